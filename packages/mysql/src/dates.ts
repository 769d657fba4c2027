/**
 * MySQL / MariaDB dates: `EXTRACT`, `DATE_ADD(x, INTERVAL ? unit)` and
 * truncation through `DATE_FORMAT`. Timestamps are DATETIME(3) holding UTC
 * wall-clock time (sessions run in +00:00).
 */
import { calendarMonths, CompileContext, DateAdd, DateExtract, DateTrunc, DateTruncUnit, Expression, isDateType } from '@alkahest/core/dialect';
import type { MysqlBaseCompiler } from './base-compiler';

const TRUNC_DATETIME: Readonly<Record<DateTruncUnit, string>> = {
  year: '%Y-01-01 00:00:00',
  month: '%Y-%m-01 00:00:00',
  day: '%Y-%m-%d 00:00:00',
  hour: '%Y-%m-%d %H:00:00',
};
const TRUNC_DATE: Readonly<Record<DateTruncUnit, string>> = { year: '%Y-01-01', month: '%Y-%m-01', day: '%Y-%m-%d', hour: '%Y-%m-%d' };

/**
 * `EXTRACT(YEAR FROM x)`; the day of the week is `DAYOFWEEK(x) - 1` (DAYOFWEEK counts from 1 = Sunday).
 *
 * @example
 * ```ts
 * mysqlDateExtract(compiler, dates.extract('dow', t.c.day), ctx); // 'DAYOFWEEK(`t`.`day`) - 1'
 * ```
 */
export function mysqlDateExtract(c: MysqlBaseCompiler, node: DateExtract, ctx: CompileContext): string {
  if (node.field === 'dow') return `DAYOFWEEK(${c.expression(node.operand, ctx)}) - 1`;
  return `EXTRACT(${node.field.toUpperCase()} FROM ${c.expression(node.operand, ctx)})`;
}

/**
 * Nested `DATE_ADD(x, INTERVAL ? MONTH)`, then days, hours, minutes and
 * seconds, in that order (years and months as one number of months).
 *
 * @example
 * ```ts
 * mysqlDateAdd(compiler, dates.add(t.c.at, { months: 1, days: 2 }), ctx);
 * // 'DATE_ADD(DATE_ADD(`t`.`at`, INTERVAL ? MONTH), INTERVAL ? DAY)'
 * ```
 */
export function mysqlDateAdd(c: MysqlBaseCompiler, node: DateAdd, ctx: CompileContext): string {
  const amount = (e: Expression): string => c.operand(e, ctx);
  const a = node.amounts;
  let sql = c.expression(node.operand, ctx);
  const add = (value: string, unit: string): void => {
    sql = `DATE_ADD(${sql}, INTERVAL ${value} ${unit})`;
  };
  const months = calendarMonths(a, amount);
  if (months !== undefined) add(a.years !== undefined ? `(${months})` : months, 'MONTH');
  if (a.days !== undefined) add(amount(a.days), 'DAY');
  if (a.hours !== undefined) add(amount(a.hours), 'HOUR');
  if (a.minutes !== undefined) add(amount(a.minutes), 'MINUTE');
  if (a.seconds !== undefined) add(amount(a.seconds), 'SECOND');
  return sql;
}

/**
 * `CAST(DATE_FORMAT(x, '%Y-%m-01 00:00:00') AS DATETIME(3))` (MySQL has no
 * date_trunc); a date becomes `CAST(DATE_FORMAT(x, '%Y-%m-01') AS DATE)`.
 *
 * @example
 * ```ts
 * mysqlDateTrunc(compiler, dates.trunc('month', t.c.at), ctx); // "CAST(DATE_FORMAT(`t`.`at`, '%Y-%m-01 00:00:00') AS DATETIME(3))"
 * ```
 */
export function mysqlDateTrunc(c: MysqlBaseCompiler, node: DateTrunc, ctx: CompileContext): string {
  const date = isDateType(node.operand.type);
  const format = c.stringLiteral(date ? TRUNC_DATE[node.unit] : TRUNC_DATETIME[node.unit]);
  return `CAST(DATE_FORMAT(${c.expression(node.operand, ctx)}, ${format}) AS ${date ? 'DATE' : 'DATETIME(3)'})`;
}
