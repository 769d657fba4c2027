import { InvalidValueError } from '../errors';
import type { SqlType, TypeKind } from './sql-type';
import { parseTimestampText } from './timestamp-text';
import { readTime, writeTime } from './time-of-day';

/**
 * How one type's values cross a driver boundary. `toDriver` receives a value
 * already checked by `checkBindValue`; `fromDriver` receives whatever the
 * driver returned (never null: nulls pass through untouched).
 */
export interface TypeCodec {
  toDriver?(value: unknown, type: SqlType): unknown;
  fromDriver?(value: unknown, type: SqlType): unknown;
}

/** A dialect's codecs by type kind; kinds missing here pass values unchanged. */
export type CodecTable = Partial<Record<TypeKind, TypeCodec>>;

/** Reads an integer the driver may give as number, bigint or string. @internal */
export function readInteger(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  return value;
}

/** Reads a 64-bit integer without losing digits. @internal */
export function readBigInt(value: unknown): unknown {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  if (typeof value === 'string') return BigInt(value);
  return value;
}

/** Reads a floating point number the driver may give as string. @internal */
export function readFloat(value: unknown): unknown {
  return typeof value === 'string' || typeof value === 'bigint' ? Number(value) : value;
}

/**
 * Writes a float for a driver that turns numbers into text with `String()`
 * (pg) or sends integral numbers as integers (mysql2): both would drop the
 * sign of -0, which a DOUBLE keeps. -0 is sent as the text `-0`.
 *
 * @example
 * ```ts
 * writeSignedZero(-0); // '-0'
 * writeSignedZero(2); // 2
 * ```
 */
export function writeSignedZero(value: unknown): unknown {
  return Object.is(value, -0) ? '-0' : value;
}

/** Reads an exact decimal as its string form, so no digit is lost. @internal */
export function readDecimal(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;
}

/**
 * Reads JSON stored as text; a value the driver already parsed passes through.
 *
 * @example
 * ```ts
 * readJsonText('{"a":1}'); // { a: 1 }
 * ```
 */
export function readJsonText(value: unknown): unknown {
  if (typeof value === 'string') return JSON.parse(value);
  if (value instanceof Uint8Array) return JSON.parse(Buffer.from(value).toString('utf8'));
  return value;
}

/** Writes a decimal value as a string, so that no driver rounds it through a double. @internal */
export function writeDecimal(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Formats a Date as `YYYY-MM-DD HH:MM:SS.mmm` in UTC: sortable text with the same shape as SQL timestamps.
 *
 * @example
 * ```ts
 * formatUtcTimestamp(new Date(Date.UTC(2024, 0, 31, 12, 0, 0, 250))); // '2024-01-31 12:00:00.250'
 * ```
 */
export function formatUtcTimestamp(date: Date): string {
  const year = date.getUTCFullYear();
  const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  return (
    `${y}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}`
  );
}

/**
 * Parses timestamp text written as UTC (`YYYY-MM-DD HH:MM:SS[.fff]`, optionally
 * with `T`, `Z` or an offset, years past 9999 or BC; see timestamp-text.ts).
 *
 * @example
 * ```ts
 * parseUtcTimestamp('2024-01-31 12:00:00.250'); // Date 2024-01-31T12:00:00.250Z
 * ```
 */
export function parseUtcTimestamp(value: unknown): unknown {
  if (typeof value === 'number') return new Date(value);
  if (typeof value !== 'string') return value;
  const date = parseTimestampText(value);
  if (date === undefined) throw new RangeError(`no JavaScript Date holds the timestamp ${JSON.stringify(value)}`);
  return date;
}

/**
 * Writes a Date for a database whose timestamps hold years `min` to `max`,
 * refusing (when the statement is built) one it could not store or alkahest
 * could not read back in order.
 *
 * @example
 * ```ts
 * const codecs: CodecTable = {
 *   ...baseCodecs,
 *   timestamp: { toDriver: timestampWriter(1000, 9999, 'MySQL DATETIME'), fromDriver: parseUtcTimestamp },
 * };
 * ```
 */
export function timestampWriter(min: number, max: number, database: string): (value: unknown) => string {
  return (value) => {
    const date = value as Date;
    const year = date.getUTCFullYear();
    if (year < min || year > max) {
      throw new InvalidValueError(`${date.toISOString()}: ${database} timestamps hold the years ${min} to ${max}`);
    }
    return formatUtcTimestamp(date);
  };
}

/**
 * Reads a Date or date-time text as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * readDateText('2024-02-29 00:00:00'); // '2024-02-29'
 * ```
 */
export function readDateText(value: unknown): unknown {
  if (value instanceof Date) {
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return typeof value === 'string' ? value.slice(0, 10) : value;
}

/** Reads bytes as a Buffer (a Uint8Array). @internal */
export function readBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.isBuffer(value) ? value : Buffer.from(value);
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  return value;
}

/**
 * Reads a boolean stored as a number (0/1) or text.
 *
 * @example
 * ```ts
 * readBooleanish(1); // true
 * readBooleanish('0'); // false
 * ```
 */
export function readBooleanish(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value) !== 0;
  if (typeof value === 'string') return value === '1' || value.toLowerCase() === 'true' || value === 't';
  return value;
}

/**
 * A UUID in lower case, as PostgreSQL's uuid type writes every one. Where a
 * UUID is text (CHAR(36), TEXT, VARCHAR2), writing and reading it in lower
 * case makes `'A0EE…'` and `'a0ee…'` one value, as they are on PostgreSQL.
 *
 * @example
 * ```ts
 * lowerCaseUuid('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'); // 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'
 * ```
 */
function lowerCaseUuid(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/** Codecs that hold for any driver that returns exact values as text. */
export const baseCodecs: CodecTable = {
  integer: { fromDriver: readInteger },
  smallint: { fromDriver: readInteger },
  bigint: { toDriver: (v) => (typeof v === 'bigint' ? v.toString() : v), fromDriver: readBigInt },
  real: { fromDriver: readFloat },
  double: { fromDriver: readFloat },
  numeric: { toDriver: writeDecimal, fromDriver: readDecimal },
  boolean: { fromDriver: readBooleanish },
  blob: { fromDriver: readBytes },
  time: { toDriver: writeTime, fromDriver: readTime },
  uuid: { toDriver: lowerCaseUuid, fromDriver: lowerCaseUuid },
};
