/**
 * How values cross the pg driver. pg is configured (per client, see driver.ts)
 * to hand over int8, numeric, dates, timestamps and JSON as raw text, which
 * these codecs convert exactly.
 */
import { baseCodecs, CodecTable, formatUtcTimestamp, InvalidValueError, microsText, parseUtcTimestamp, readJsonText, withMicros, writeSignedZero } from '@alkahest/core/dialect';

/**
 * Reads `timestamptz` text such as `2024-01-01 12:00:00.123+00`, `…+05:30`,
 * `…+00:19:32` (a zone's local mean time before 1937) or `… BC`.
 * @internal
 */
export function readTimestamptz(value: unknown): unknown {
  return parseUtcTimestamp(value);
}

/** Reads `timestamp` (without time zone) text as UTC wall-clock time, years past 9999 and BC included. @internal */
export function readTimestamp(value: unknown): unknown {
  return parseUtcTimestamp(value);
}

/**
 * Writes a Date as PostgreSQL reads it: years before 1 as `… BC` (PostgreSQL
 * has no year 0 and no minus sign), the range it holds checked (4713 BC to
 * 294276 AD).
 */
function writePgTimestamp(date: Date, withTimeZone: boolean): string {
  const year = date.getUTCFullYear();
  if (year < -4712) throw new InvalidValueError(`${date.toISOString()}: PostgreSQL timestamps start in 4713 BC`);
  const zone = withTimeZone ? '+00' : '';
  if (year > 0) return `${formatUtcTimestamp(date)}${zone}`;
  const text = formatUtcTimestamp(date).replace(/^-?\d+/, String(1 - year).padStart(4, '0'));
  return `${text}${zone} BC`;
}

/**
 * Reads a PostgreSQL date (ISO output) as `YYYY-MM-DD`. A date that string
 * cannot hold — `infinity`, `-infinity`, a BC date (`0044-03-15 BC`), a year
 * past 9999 — is refused, so the row decoder reports an UnreadableValueError
 * naming the column and the raw text rather than handing back a value that
 * reads as another date.
 */
function readPgDate(value: unknown): unknown {
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new RangeError(`a date column holds YYYY-MM-DD, and PostgreSQL sent "${value}"`);
  }
  return value;
}

/**
 * PostgreSQL codecs. Timestamps without time zone hold UTC wall-clock time;
 * timestamptz values are sent as ISO text with `Z`, so no session setting
 * can shift either.
 */
export const postgresCodecs: CodecTable = {
  ...baseCodecs,
  real: { toDriver: writeSignedZero, fromDriver: baseCodecs.real!.fromDriver! },
  double: { toDriver: writeSignedZero, fromDriver: baseCodecs.double!.fromDriver! },
  timestamp: withMicros(
    {
      toDriver: (v, type) => writePgTimestamp(v as Date, type.options.withTimeZone === true),
      fromDriver: (v, type) => (type.options.withTimeZone ? readTimestamptz(v) : readTimestamp(v)),
    },
    // Microsecond timestamps (years 0001 to 9999) as UTC text; PostgreSQL reads them exactly.
    (type, v) => `${microsText(type, v)}${type.options.withTimeZone ? '+00' : ''}`,
  ),
  date: { fromDriver: readPgDate },
  // pg would send a JS array as a PostgreSQL array literal: JSON is always sent as text.
  json: { toDriver: (v) => JSON.stringify(v), fromDriver: readJsonText },
};
