/**
 * PostgreSQL dates: `EXTRACT` cast to integer, `make_interval()` arithmetic
 * and `date_trunc()`. A timestamp with time zone is read in UTC, whatever the
 * session's time zone.
 */
import { calendarMonths, CompileContext, DateAdd, DateExtract, DateTrunc, Expression, isDateType, isTimestampTz } from '@alkahest/core/dialect';
import type { PostgresCompiler } from './compiler';

/** The operand as UTC wall-clock time where it has a time zone. */
function utc(c: PostgresCompiler, expr: Expression, ctx: CompileContext): string {
  return isTimestampTz(expr.type) ? `(${c.operand(expr, ctx)} AT TIME ZONE ${c.stringLiteral('UTC')})` : c.expression(expr, ctx);
}

/**
 * `CAST(EXTRACT(YEAR FROM x) AS INTEGER)` (EXTRACT gives numeric); seconds
 * are floored first, as the cast would round 59.9 up to 60.
 *
 * @example
 * ```ts
 * pgDateExtract(compiler, dates.extract('dow', t.c.day), ctx); // 'CAST(EXTRACT(DOW FROM "t"."day") AS INTEGER)'
 * ```
 */
export function pgDateExtract(c: PostgresCompiler, node: DateExtract, ctx: CompileContext): string {
  const extract = `EXTRACT(${node.field.toUpperCase()} FROM ${utc(c, node.operand, ctx)})`;
  return `CAST(${node.field === 'second' ? `FLOOR(${extract})` : extract} AS INTEGER)`;
}

/**
 * `x + make_interval(months => …, days => $n, hours => $n, mins => $n, secs => $n)`,
 * cast back to DATE for a date (date + interval is a timestamp).
 *
 * @example
 * ```ts
 * pgDateAdd(compiler, dates.add(t.c.at, { days: 1 }), ctx); // '"t"."at" + make_interval(days => $1)'
 * ```
 */
export function pgDateAdd(c: PostgresCompiler, node: DateAdd, ctx: CompileContext): string {
  const operand = c.operand(node.operand, ctx);
  const amount = (e: Expression): string => c.operand(e, ctx);
  const a = node.amounts;
  const parts: string[] = [];
  const months = calendarMonths(a, amount);
  if (months !== undefined) parts.push(`months => ${months}`);
  if (a.days !== undefined) parts.push(`days => ${amount(a.days)}`);
  if (a.hours !== undefined) parts.push(`hours => ${amount(a.hours)}`);
  if (a.minutes !== undefined) parts.push(`mins => ${amount(a.minutes)}`);
  if (a.seconds !== undefined) parts.push(`secs => ${amount(a.seconds)}`);
  const sum = `${operand} + make_interval(${parts.join(', ')})`;
  return isDateType(node.operand.type) ? `CAST(${sum} AS DATE)` : sum;
}

/**
 * `date_trunc('month', x)`; with a time zone, `date_trunc('month', x, 'UTC')`;
 * a date is cast back to DATE.
 *
 * @example
 * ```ts
 * pgDateTrunc(compiler, dates.trunc('month', t.c.at), ctx); // `date_trunc('month', "t"."at")`
 * ```
 */
export function pgDateTrunc(c: PostgresCompiler, node: DateTrunc, ctx: CompileContext): string {
  const unit = c.stringLiteral(node.unit);
  const operand = c.expression(node.operand, ctx);
  if (isDateType(node.operand.type)) return `CAST(date_trunc(${unit}, ${operand}) AS DATE)`;
  if (isTimestampTz(node.operand.type)) return `date_trunc(${unit}, ${operand}, ${c.stringLiteral('UTC')})`;
  return `date_trunc(${unit}, ${operand})`;
}
