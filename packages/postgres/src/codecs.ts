/**
 * How values cross the pg driver. pg is configured (per client, see driver.ts)
 * to hand over int8, numeric, dates, timestamps and JSON as raw text, which
 * these codecs convert exactly.
 */
import { baseCodecs, CodecTable, formatUtcTimestamp, readJsonText, writeSignedZero } from '@alkahest/core/dialect';

/** Reads `timestamptz` text such as `2024-01-01 12:00:00.123+00` or `…+05:30`. */
export function readTimestamptz(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  let text = value.replace(' ', 'T');
  // JavaScript wants a full ±HH:MM offset; PostgreSQL prints ±HH when minutes are zero.
  if (/[+-]\d{2}$/.test(text)) text += ':00';
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new RangeError(`cannot read a timestamp from ${JSON.stringify(value)}`);
  return date;
}

/** Reads `timestamp` (without time zone) text as UTC wall-clock time. */
export function readTimestamp(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const date = new Date(`${value.replace(' ', 'T')}Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`cannot read a timestamp from ${JSON.stringify(value)}`);
  return date;
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
  timestamp: {
    toDriver: (v, type) => (type.options.withTimeZone ? (v as Date).toISOString() : formatUtcTimestamp(v as Date)),
    fromDriver: (v, type) => (type.options.withTimeZone ? readTimestamptz(v) : readTimestamp(v)),
  },
  // pg would send a JS array as a PostgreSQL array literal: JSON is always sent as text.
  json: { toDriver: (v) => JSON.stringify(v), fromDriver: readJsonText },
};
