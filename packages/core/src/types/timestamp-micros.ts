/**
 * Timestamps to the microsecond, for `timestamp({ mode: 'string' })` and
 * `timestamp({ mode: 'bigint' })` columns: a JavaScript Date stops at
 * milliseconds, so these travel as text both ways and are held, in between,
 * as a bigint count of microseconds since 1970-01-01 00:00:00 UTC.
 *
 * The text is `YYYY-MM-DD HH:MM:SS[.ffffff]` (a `T` is taken for the space),
 * UTC unless it carries an offset (`Z`, `+05:30`): the project's rule for
 * every timestamp, with and without time zone. Years 0001 to 9999 (what the
 * databases' text forms share; MySQL's DATETIME starts in 1000).
 */
import type { TypeCodec } from './codec';
import type { SqlType } from './sql-type';
import { offsetMillis } from './timestamp-text';

/**
 * How a timestamp column's values are given in JavaScript: `Date`s, UTC text
 * to the microsecond, or a bigint of microseconds since the epoch.
 *
 * @example
 * ```ts
 * const mode: TimestampMode = 'string';
 * const at = timestamp({ mode, precision: 6 }); // values like '2024-01-02 03:04:05.123456'
 * ```
 */
export type TimestampMode = 'date' | 'string' | 'bigint';

declare const microsBrand: unique symbol;

/**
 * The value type of a `timestamp({ mode: 'bigint' })` column: a bigint of
 * microseconds since 1970-01-01 00:00:00 UTC, branded (in the types only) so
 * that SQL arithmetic on the column does not type-check as integer
 * arithmetic would (it is a timestamp in SQL: use `dates.add()`). Rows read
 * it as a plain `bigint`, and any bigint is accepted where one is written.
 *
 * @example
 * ```ts
 * const events = table('events', { id: integer().primaryKey(), tick: timestamp({ mode: 'bigint' }) });
 * const tick: Expression<Microseconds | null> = events.c.tick;
 * ```
 */
export type Microseconds = bigint & { readonly [microsBrand]: 'timestamp' };

const TEXT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d*))?\s*(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?$/i;
const MICROS_PER_SECOND = 1_000_000n;
/** 0001-01-01 00:00:00 and 9999-12-31 23:59:59.999999 UTC, in microseconds. */
const MIN_MICROS = -62135596800000000n;
const MAX_MICROS = 253402300799999999n;

/** Whether a timestamp type's values are text or microseconds (not Dates). @internal */
export function isMicrosTimestamp(type: SqlType): boolean {
  return type.kind === 'timestamp' && (type.options.mode === 'string' || type.options.mode === 'bigint');
}

/** The fraction digits a timestamp keeps: its precision, else 6 (microseconds). @internal */
export function fractionDigits(type: SqlType): number {
  return type.options.precision ?? 6;
}

/**
 * The microseconds since the epoch of a timestamp text, or a message saying
 * why it is none. `maxDigits` refuses finer fractions (trailing zeros are no
 * digits); reading passes `Infinity` and drops what is past microseconds.
 */
function parse(text: string, maxDigits: number): bigint | string {
  const parts = TEXT.exec(text.trim());
  if (parts === null) return "expected a timestamp 'YYYY-MM-DD HH:MM:SS[.ffffff]' (with an optional offset such as Z or +05:30)";
  const [, year, month, day, hours, minutes, seconds, fraction = '', offset] = parts;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > maxDigits) return `the timestamp has ${significant.length} fraction digits and the column keeps ${maxDigits}`;
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hours), Number(minutes), Number(seconds), 0);
  const valid =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hours) &&
    date.getUTCMinutes() === Number(minutes) &&
    date.getUTCSeconds() === Number(seconds);
  if (!valid) return 'the timestamp names no calendar date and time of day';
  const micros = BigInt(date.getTime()) * 1000n + BigInt(fraction.slice(0, 6).padEnd(6, '0')) - BigInt(offsetMillis(offset)) * 1000n;
  if (micros < MIN_MICROS || micros > MAX_MICROS) return 'the timestamp is outside the years 0001 to 9999';
  return micros;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A count of microseconds since the epoch as UTC text with `digits` fraction
 * digits (none for 0), the form every database reads.
 *
 * @example
 * ```ts
 * formatMicros(1704164645123456n, 6); // '2024-01-02 03:04:05.123456'
 * formatMicros(-1n, 6);               // '1969-12-31 23:59:59.999999'
 * ```
 */
export function formatMicros(micros: bigint, digits: number): string {
  let seconds = micros / MICROS_PER_SECOND;
  let fraction = micros % MICROS_PER_SECOND;
  if (fraction < 0n) {
    seconds -= 1n;
    fraction += MICROS_PER_SECOND;
  }
  const d = new Date(Number(seconds) * 1000);
  const text = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return digits === 0 ? text : `${text}.${String(fraction).padStart(6, '0').slice(0, digits)}`;
}

/**
 * What is wrong with a value for a microsecond timestamp of `type`, or
 * undefined when it is one (text in the column's precision, or a bigint of
 * microseconds in range and precision).
 * @internal
 */
export function microsProblem(type: SqlType, value: unknown): string | undefined {
  const micros = microsOf(type, value);
  return typeof micros === 'string' ? micros : undefined;
}

function microsOf(type: SqlType, value: unknown): bigint | string {
  const digits = fractionDigits(type);
  if (type.options.mode === 'bigint') {
    if (typeof value !== 'bigint') return 'expected a bigint of microseconds since 1970-01-01 00:00:00 UTC';
    if (value < MIN_MICROS || value > MAX_MICROS) return 'the timestamp is outside the years 0001 to 9999';
    if (value % 10n ** BigInt(6 - digits) !== 0n) return `the timestamp has more than ${digits} fraction digits, which the column keeps`;
    return value;
  }
  if (typeof value !== 'string') return "expected a timestamp string 'YYYY-MM-DD HH:MM:SS[.ffffff]'";
  return parse(value, digits);
}

/**
 * A (checked) value of a microsecond timestamp as the UTC text a driver
 * binds, with `digits` fraction digits (the column's precision unless given).
 *
 * @example
 * ```ts
 * microsText(timestampType, '2024-01-02T05:04:05.5+02:00'); // '2024-01-02 03:04:05.500000'
 * ```
 */
export function microsText(type: SqlType, value: unknown, digits = fractionDigits(type)): string {
  const micros = microsOf(type, value);
  if (typeof micros === 'string') throw new RangeError(micros);
  return formatMicros(micros, digits);
}

/**
 * Reads a microsecond timestamp the driver gave as text (any fraction, any
 * offset) as the column's JavaScript value: canonical UTC text with the
 * column's fraction digits (and `Z` with time zone), or a bigint of
 * microseconds. Digits past the column's precision (a foreign TIMESTAMP(9)) are dropped.
 *
 * @example
 * ```ts
 * readMicros('2024-01-02 03:04:05.1+00', timestamptzText); // '2024-01-02 03:04:05.100000Z'
 * ```
 */
export function readMicros(value: unknown, type: SqlType): unknown {
  if (typeof value !== 'string') return value;
  const micros = parse(value, Infinity);
  if (typeof micros === 'string') throw new RangeError(`${micros}, and the database sent ${JSON.stringify(value)}`);
  const digits = fractionDigits(type);
  const unit = 10n ** BigInt(6 - digits);
  const kept = micros - (((micros % unit) + unit) % unit);
  if (type.options.mode === 'bigint') return kept;
  return `${formatMicros(kept, digits)}${type.options.withTimeZone ? 'Z' : ''}`;
}

/**
 * A dialect's timestamp codec extended to microsecond timestamps: those are
 * written by `write` (the dialect's text for a count of microseconds) and
 * read by {@link readMicros}; Dates go through `dates` as before.
 *
 * @example
 * ```ts
 * timestamp: withMicros({ toDriver: timestampWriter(1000, 9999, 'MySQL'), fromDriver: parseUtcTimestamp }, (type, value) => microsText(type, value)),
 * ```
 */
export function withMicros(dates: TypeCodec, write: (type: SqlType, value: unknown) => unknown): TypeCodec {
  return {
    toDriver: (value, type) => (isMicrosTimestamp(type) ? write(type, value) : dates.toDriver ? dates.toDriver(value, type) : value),
    fromDriver: (value, type) => (isMicrosTimestamp(type) ? readMicros(value, type) : dates.fromDriver ? dates.fromDriver(value, type) : value),
  };
}
