/**
 * Oracle dates. `EXTRACT` (of a TIMESTAMP WITH TIME ZONE it gives UTC
 * values), interval arithmetic with `NUMTOYMINTERVAL` / `NUMTODSINTERVAL`
 * (which keep a TIMESTAMP's type and fractional seconds, where ADD_MONTHS
 * would turn it into a DATE), and `TRUNC`, cast back to the operand's type
 * (TRUNC always returns a DATE).
 *
 * One difference remains: month arithmetic that lands on a day the month does
 * not have (Jan 31 + 1 month) raises ORA-01839 on Oracle, where the other
 * databases clamp to the month's last day.
 */
import { calendarMonths, CompileContext, DateAdd, DateExtract, DateTrunc, DateTruncUnit, Expression, isDateType, isTimestampTz } from '@alkahest/core/dialect';
import type { OracleBaseCompiler } from './base-compiler';

const TRUNC_FORMATS: Readonly<Record<DateTruncUnit, string>> = { year: 'YYYY', month: 'MM', day: 'DD', hour: 'HH24' };

/** A timestamp with time zone as UTC TIMESTAMP; anything else as it is. */
function utc(c: OracleBaseCompiler, expr: Expression, ctx: CompileContext): string {
  return isTimestampTz(expr.type) ? `SYS_EXTRACT_UTC(${c.expression(expr, ctx)})` : c.expression(expr, ctx);
}

/**
 * `EXTRACT(YEAR FROM x)`; seconds floored (EXTRACT gives fractions);
 * the day of the week counted from the ISO week's Monday, so that no NLS
 * territory setting changes it: `MOD(TRUNC(x) - TRUNC(x, 'IW') + 1, 7)`, 0 = Sunday.
 *
 * @example
 * ```ts
 * oracleDateExtract(compiler, dates.extract('second', t.c.at), ctx); // 'FLOOR(EXTRACT(SECOND FROM T.AT))'
 * ```
 */
export function oracleDateExtract(c: OracleBaseCompiler, node: DateExtract, ctx: CompileContext): string {
  if (node.field === 'dow') {
    const x = utc(c, node.operand, ctx);
    const y = utc(c, node.operand, ctx);
    return `MOD(TRUNC(${x}) - TRUNC(${y}, ${c.stringLiteral('IW')}) + 1, 7)`;
  }
  const extract = `EXTRACT(${node.field.toUpperCase()} FROM ${c.expression(node.operand, ctx)})`;
  return node.field === 'second' ? `FLOOR(${extract})` : extract;
}

/**
 * `x + NUMTOYMINTERVAL(?, 'MONTH') + NUMTODSINTERVAL(?, 'DAY') + …`, months first.
 *
 * @example
 * ```ts
 * oracleDateAdd(compiler, dates.add(t.c.at, { days: 1 }), ctx); // "T.AT + NUMTODSINTERVAL(:1, 'DAY')"
 * ```
 */
export function oracleDateAdd(c: OracleBaseCompiler, node: DateAdd, ctx: CompileContext): string {
  const amount = (e: Expression): string => c.expression(e, ctx);
  const a = node.amounts;
  const terms = [c.operand(node.operand, ctx)];
  const months = calendarMonths(a, (e) => c.operand(e, ctx));
  if (months !== undefined) terms.push(`NUMTOYMINTERVAL(${months}, ${c.stringLiteral('MONTH')})`);
  if (a.days !== undefined) terms.push(`NUMTODSINTERVAL(${amount(a.days)}, ${c.stringLiteral('DAY')})`);
  if (a.hours !== undefined) terms.push(`NUMTODSINTERVAL(${amount(a.hours)}, ${c.stringLiteral('HOUR')})`);
  if (a.minutes !== undefined) terms.push(`NUMTODSINTERVAL(${amount(a.minutes)}, ${c.stringLiteral('MINUTE')})`);
  if (a.seconds !== undefined) terms.push(`NUMTODSINTERVAL(${amount(a.seconds)}, ${c.stringLiteral('SECOND')})`);
  return terms.join(' + ');
}

/**
 * `TRUNC(x, 'MM')` for a date; cast back to TIMESTAMP for a timestamp; for a
 * timestamp with time zone, truncated in UTC and given back the `+00:00` zone.
 *
 * @example
 * ```ts
 * oracleDateTrunc(compiler, dates.trunc('month', t.c.at), ctx); // "CAST(TRUNC(T.AT, 'MM') AS TIMESTAMP)"
 * ```
 */
export function oracleDateTrunc(c: OracleBaseCompiler, node: DateTrunc, ctx: CompileContext): string {
  const format = c.stringLiteral(TRUNC_FORMATS[node.unit]);
  if (isDateType(node.operand.type)) return `TRUNC(${c.expression(node.operand, ctx)}, ${format})`;
  if (isTimestampTz(node.operand.type)) {
    return `FROM_TZ(CAST(TRUNC(${utc(c, node.operand, ctx)}, ${format}) AS TIMESTAMP), ${c.stringLiteral('+00:00')})`;
  }
  return `CAST(TRUNC(${c.expression(node.operand, ctx)}, ${format}) AS TIMESTAMP)`;
}
