/**
 * SQLite dates: `strftime()` over the stored text. Timestamps are stored as
 * UTC text `YYYY-MM-DD HH:MM:SS.SSS` and dates as `YYYY-MM-DD`; every result
 * here has the same shape as what is stored, so it reads back as the column's type.
 */
import { calendarMonths, CompileContext, DateAdd, DateExtract, DateField, DateTrunc, DateTruncUnit, Expression, isDateType } from '@alkahest/core/dialect';
import type { SqliteCompiler } from './compiler';

const FORMATS: Readonly<Record<DateField, string>> = { year: '%Y', month: '%m', day: '%d', hour: '%H', minute: '%M', second: '%S', dow: '%w' };
/** The stored shape of a timestamp. */
const TIMESTAMP_FORMAT = '%Y-%m-%d %H:%M:%f';
const TRUNC_TIMESTAMP: Readonly<Record<DateTruncUnit, string>> = {
  year: '%Y-01-01 00:00:00.000',
  month: '%Y-%m-01 00:00:00.000',
  day: '%Y-%m-%d 00:00:00.000',
  hour: '%Y-%m-%d %H:00:00.000',
};
const TRUNC_DATE: Readonly<Record<DateTruncUnit, string>> = { year: '%Y-01-01', month: '%Y-%m-01', day: '%Y-%m-%d', hour: '%Y-%m-%d' };

/**
 * `CAST(strftime('%Y', x) AS INTEGER)`; `%w` is the day of the week, 0 = Sunday.
 *
 * @example
 * ```ts
 * sqliteDateExtract(compiler, dates.extract('month', t.c.at), ctx); // `CAST(strftime('%m', "t"."at") AS INTEGER)`
 * ```
 */
export function sqliteDateExtract(c: SqliteCompiler, node: DateExtract, ctx: CompileContext): string {
  return `CAST(strftime(${c.stringLiteral(FORMATS[node.field])}, ${c.expression(node.operand, ctx)}) AS INTEGER)`;
}

/**
 * `strftime('%Y-%m-%d %H:%M:%f', x, ? || ' months', 'floor', ? || ' days', …)`
 * (`date(x, …)` for a date). Each amount is bound and made a modifier in SQL;
 * `floor` (SQLite 3.46+) clamps Jan 31 + 1 month to Feb 28/29 as other
 * databases do, instead of rolling over into March.
 *
 * @example
 * ```ts
 * sqliteDateAdd(compiler, dates.add(t.c.at, { days: 1 }), ctx); // `strftime('%Y-%m-%d %H:%M:%f', "t"."at", ? || ' days')`
 * ```
 */
export function sqliteDateAdd(c: SqliteCompiler, node: DateAdd, ctx: CompileContext): string {
  const operand = c.expression(node.operand, ctx);
  const amount = (e: Expression): string => c.operand(e, ctx);
  const modifier = (value: string, unit: string): string => `${value} || ${c.stringLiteral(` ${unit}`)}`;
  const a = node.amounts;
  const modifiers: string[] = [];
  const months = calendarMonths(a, amount);
  if (months !== undefined) {
    // `||` binds tighter than `*` and `+` in SQLite: a computed number of months needs parentheses.
    modifiers.push(modifier(a.years !== undefined ? `(${months})` : months, 'months'), c.stringLiteral('floor'));
  }
  if (a.days !== undefined) modifiers.push(modifier(amount(a.days), 'days'));
  if (a.hours !== undefined) modifiers.push(modifier(amount(a.hours), 'hours'));
  if (a.minutes !== undefined) modifiers.push(modifier(amount(a.minutes), 'minutes'));
  if (a.seconds !== undefined) modifiers.push(modifier(amount(a.seconds), 'seconds'));
  if (isDateType(node.operand.type)) return `date(${operand}, ${modifiers.join(', ')})`;
  return `strftime(${c.stringLiteral(TIMESTAMP_FORMAT)}, ${operand}, ${modifiers.join(', ')})`;
}

/**
 * `strftime('%Y-%m-01 00:00:00.000', x)` and the like: the start of the unit, in the stored shape.
 *
 * @example
 * ```ts
 * sqliteDateTrunc(compiler, dates.trunc('day', t.c.at), ctx); // `strftime('%Y-%m-%d 00:00:00.000', "t"."at")`
 * ```
 */
export function sqliteDateTrunc(c: SqliteCompiler, node: DateTrunc, ctx: CompileContext): string {
  const format = isDateType(node.operand.type) ? TRUNC_DATE[node.unit] : TRUNC_TIMESTAMP[node.unit];
  return `strftime(${c.stringLiteral(format)}, ${c.expression(node.operand, ctx)})`;
}
