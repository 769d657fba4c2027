/**
 * Portable date and time expressions: parts, the current date and time,
 * arithmetic with calendar amounts, and truncation.
 *
 * They work on `date` columns (`'YYYY-MM-DD'` strings) and `timestamp`
 * columns (Dates, UTC wall-clock time without a time zone; UTC when a time
 * zone is kept), and give back the same type, so a shifted or truncated
 * timestamp reads as a Date and a date as a `'YYYY-MM-DD'` string.
 */
import { InvalidValueError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import type { Microseconds } from '../types/timestamp-micros';
import { describeValue } from '../types/validate';
import { dateValue, val } from './values';
import { bindValue, Expression, FunctionCall, NullOf, Of } from './expression';

/** A part of a date or timestamp; `dow` is the day of the week, 0 (Sunday) to 6 (Saturday). */
export type DateField = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'dow';
/** What a timestamp or date can be truncated to. */
export type DateTruncUnit = 'year' | 'month' | 'day' | 'hour';
/** The units of {@link DateInterval}, in the order they are applied. */
export const DATE_UNITS = ['years', 'months', 'days', 'hours', 'minutes', 'seconds'] as const;
/** One unit of a {@link DateInterval}. */
export type DateUnit = (typeof DATE_UNITS)[number];
/** An amount of one unit: an integer (bound) or an integer expression. */
export type DateAmount = number | Expression<number> | Expression<number | null>;
/**
 * Calendar amounts to add (negative to subtract). Years and months are
 * applied first, as one number of months (the day is clamped to the end of a
 * shorter month: Jan 31 + 1 month is Feb 28/29), then days and time.
 */
export type DateInterval = Partial<Record<DateUnit, DateAmount>>;

/** One type object for every currentDate(), so that statements using it share a cache shape. */
const DATE_TYPE = new SqlType<string>('date');
const FIELDS: readonly DateField[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'dow'];
const TRUNC_UNITS: readonly DateTruncUnit[] = ['year', 'month', 'day', 'hour'];
const TIME_OF_DAY: ReadonlySet<string> = new Set(['hour', 'minute', 'second', 'hours', 'minutes', 'seconds']);

/** Whether a type is a date (not a timestamp). @internal */
export function isDateType(type: SqlType): boolean {
  return type.kind === 'date';
}

/** Whether a type is a timestamp with time zone. @internal */
export function isTimestampTz(type: SqlType): boolean {
  return type.kind === 'timestamp' && type.options.withTimeZone === true;
}

function checkOperand(expr: unknown, where: string): Expression {
  // A plain date string or Date is a typed constant (dates.add('1994-01-01', { years: 1 })).
  if (typeof expr === 'string') return dateValue(expr);
  if (expr instanceof Date) return val(expr);
  if (!(expr instanceof Expression)) throw new InvalidValueError(`${where}: expected a date or timestamp expression, got ${describeValue(expr)}`);
  if (expr.type.kind !== 'date' && expr.type.kind !== 'timestamp') {
    throw new InvalidValueError(
      `${where}: ${expr.describe()} is of type ${expr.type.describe()}, not a date or timestamp; give it one with typed(expr, new SqlType('timestamp'))`,
    );
  }
  return expr;
}

function checkTimeOfDay(operand: Expression, what: string, where: string): void {
  if (isDateType(operand.type) && TIME_OF_DAY.has(what)) {
    throw new InvalidValueError(`${where}: ${operand.describe()} is a date, which has no ${what.replace(/s$/, '')}; use a timestamp`);
  }
}

/** `dates.extract()`: one part of a date or timestamp, as an integer. */
export class DateExtract<T = number> extends Expression<T> {
  readonly kind = 'date-extract';
  readonly type = builtinTypes.integer;
  constructor(
    readonly field: DateField,
    readonly operand: Expression,
  ) {
    super();
  }
}

/** `dates.add()`: a date or timestamp shifted by calendar amounts. */
export class DateAdd<T = unknown> extends Expression<T> {
  readonly kind = 'date-add';
  constructor(
    readonly operand: Expression,
    /** The amounts given, as integer expressions (bound values mostly), in {@link DATE_UNITS} order. */
    readonly amounts: Readonly<Partial<Record<DateUnit, Expression>>>,
    readonly type: SqlType,
  ) {
    super();
  }
}

/** `dates.trunc()`: a date or timestamp truncated to the start of its year, month, day or hour. */
export class DateTrunc<T = unknown> extends Expression<T> {
  readonly kind = 'date-trunc';
  constructor(
    readonly unit: DateTruncUnit,
    readonly operand: Expression,
    readonly type: SqlType,
  ) {
    super();
  }
}

/** `dates.currentDate()`: today's date (in the session's time zone, UTC by default). */
export class CurrentDate extends Expression<string> {
  readonly kind = 'current-date';
  readonly type = DATE_TYPE;
}

/** The date functions. */
export interface DateFunctions {
  /**
   * One part of a date or timestamp as an integer: `year`, `month` (1-12),
   * `day`, `hour`, `minute`, `second` (whole seconds), `dow` (0 = Sunday).
   * Parts of a timestamp with time zone are taken in UTC.
   *
   * @example
   * ```ts
   * select({ year: dates.extract('year', orders.c.placedAt) }).from(orders)
   * ```
   */
  extract<T extends Date | string | Microseconds | null>(field: DateField, expr: Of<T>): Expression<number | NullOf<T>>;
  /** A part of a date constant (`'YYYY-MM-DD'`) or a Date. */
  extract(field: DateField, value: string | Date): Expression<number>;
  /**
   * Today's date as `'YYYY-MM-DD'` (the session's time zone: UTC unless the connection sets another).
   *
   * @example
   * ```ts
   * select(tasks.c.id).from(tasks).where(tasks.c.due.lt(dates.currentDate()))
   * ```
   */
  currentDate(): Expression<string>;
  /**
   * The current timestamp (the same as `fn.now()`).
   *
   * @example
   * ```ts
   * update(tasks).set({ doneAt: dates.currentTimestamp() })
   * ```
   */
  currentTimestamp(): Expression<Date>;
  /**
   * A date or timestamp plus calendar amounts (bound integers or integer
   * expressions; negative to subtract). A date takes years, months and days only.
   *
   * @example
   * ```ts
   * select({ due: dates.add(orders.c.placedAt, { months: 1, days: 2 }) }).from(orders)
   * ```
   */
  add<T extends Date | string | Microseconds | null>(expr: Of<T>, interval: DateInterval): Expression<T>;
  /** A date constant (`'YYYY-MM-DD'`) or a Date plus calendar amounts. */
  add<V extends string | Date>(value: V, interval: DateInterval): Expression<V extends Date ? Date : string>;
  /**
   * A date or timestamp truncated to the start of its year, month, day or hour
   * (a date to year, month or day); the result has the operand's type.
   *
   * @example
   * ```ts
   * select({ month: dates.trunc('month', orders.c.placedAt), n: fn.count() }).from(orders).groupBy(dates.trunc('month', orders.c.placedAt))
   * ```
   */
  trunc<T extends Date | string | Microseconds | null>(unit: DateTruncUnit, expr: Of<T>): Expression<T>;
}

/**
 * Date and time functions that compile to each database's own forms.
 *
 * @example
 * ```ts
 * dates.extract('month', events.c.at)            // integer 1-12
 * dates.add(events.c.at, { days: 7, hours: -1 })  // same type as events.at
 * dates.trunc('day', events.c.at)
 * ```
 */
export const dates: DateFunctions = {
  extract: <T,>(field: DateField, expr: Of<T> | string | Date) => {
    if (!FIELDS.includes(field)) throw new InvalidValueError(`dates.extract(): unknown field ${JSON.stringify(field)}; expected one of ${FIELDS.join(', ')}`);
    const operand = checkOperand(expr, 'dates.extract()');
    checkTimeOfDay(operand, field, 'dates.extract()');
    // The overloads tell a constant (never NULL) from an expression (NULL when it is).
    return new DateExtract<number | NullOf<T>>(field, operand) as DateExtract<never>;
  },
  currentDate: () => new CurrentDate(),
  currentTimestamp: () => new FunctionCall<Date>('now', [], builtinTypes.timestamptz),
  add: <T,>(expr: Of<T> | string | Date, interval: DateInterval) => {
    const operand = checkOperand(expr, 'dates.add()');
    if (interval === null || typeof interval !== 'object' || Array.isArray(interval)) {
      throw new InvalidValueError(`dates.add(): expected an object of amounts such as { days: 1 }, got ${describeValue(interval)}`);
    }
    for (const key of Object.keys(interval)) {
      if (!(DATE_UNITS as readonly string[]).includes(key)) throw new InvalidValueError(`dates.add(): unknown unit ${JSON.stringify(key)}; expected ${DATE_UNITS.join(', ')}`);
    }
    const amounts: Partial<Record<DateUnit, Expression>> = {};
    for (const unit of DATE_UNITS) {
      const amount = interval[unit];
      if (amount === undefined) continue;
      checkTimeOfDay(operand, unit, 'dates.add()');
      if (amount === null) throw new InvalidValueError(`dates.add(): the ${unit} amount is null`);
      amounts[unit] = amount instanceof Expression ? amount : bindValue(amount, builtinTypes.integer, `dates.add() ${unit}`);
    }
    if (Object.keys(amounts).length === 0) throw new InvalidValueError('dates.add(): give at least one amount, such as { days: 1 }');
    return new DateAdd<T>(operand, Object.freeze(amounts), operand.type);
  },
  trunc: <T,>(unit: DateTruncUnit, expr: Of<T>) => {
    if (!TRUNC_UNITS.includes(unit)) throw new InvalidValueError(`dates.trunc(): unknown unit ${JSON.stringify(unit)}; expected one of ${TRUNC_UNITS.join(', ')}`);
    const operand = checkOperand(expr, 'dates.trunc()');
    checkTimeOfDay(operand, unit, 'dates.trunc()');
    return new DateTrunc<T>(unit, operand, operand.type);
  },
};

/**
 * The years and months of an interval as one number of months, written with
 * `render`: `y * 12`, `m` or `y * 12 + m` (undefined when neither is given).
 * Dialects apply them as one step, so that Feb 29 + 1 year + 1 month is
 * Mar 29 everywhere (not Feb 28 + 1 month).
 *
 * @example
 * ```ts
 * calendarMonths(node.amounts, (e) => this.operand(e, ctx)); // '? * 12 + ?'
 * ```
 */
export function calendarMonths(amounts: DateAdd['amounts'], render: (amount: Expression) => string): string | undefined {
  const { years, months } = amounts;
  const y = years === undefined ? undefined : `${render(years)} * 12`;
  const m = months === undefined ? undefined : render(months);
  if (y !== undefined && m !== undefined) return `${y} + ${m}`;
  return y ?? m;
}
