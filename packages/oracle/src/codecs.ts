/**
 * How values cross the oracledb driver.
 *
 * Decisions (see README.md):
 * - booleans are NUMBER(1) 1/0 before 23ai, native BOOLEAN in 23ai;
 * - bigint and numeric travel as decimal strings (no double rounding); the
 *   session sets NLS_NUMERIC_CHARACTERS = '.,' so '1.5' always converts;
 * - `date` is an Oracle DATE holding midnight: written as 'YYYY-MM-DD' through
 *   `TO_DATE(:n, 'YYYY-MM-DD')`, read back as 'YYYY-MM-DD' (any time of day a
 *   foreign writer stored is dropped on read);
 * - `timestamp` is UTC wall-clock time, written as text through
 *   `TO_TIMESTAMP(:n, …)` (`TO_TIMESTAMP_TZ` with `+00:00` for WITH TIME ZONE)
 *   so neither the session nor the Node.js time zone can shift it;
 * - json is JSON text (a CLOB with IS JSON before 23ai);
 * - uuid is VARCHAR2(36), written in lower case.
 */
import {
  baseCodecs,
  CodecTable,
  formatUtcTimestamp,
  microsText,
  withMicros,
  parseUtcTimestamp,
  readBooleanish,
  readDateText,
  readJsonText,
  SqlType,
} from '@alkahest/core/dialect';

/**
 * The Oracle format models of bound timestamps and dates, used as
 * `TO_TIMESTAMP(:1, 'YYYY-MM-DD HH24:MI:SS.FF3')`.
 *
 * @example
 * ```ts
 * `TO_DATE(:1, '${DATE_FORMAT}')`
 * ```
 */
export const TIMESTAMP_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF3';
/** The same with a time zone offset (always `+00:00` as written by alkahest); see {@link TIMESTAMP_FORMAT}. */
export const TIMESTAMP_TZ_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF3 TZH:TZM';
/** The format model of microsecond timestamps (`timestamp({ mode: 'string' | 'bigint' })`), bound with six fraction digits. */
export const TIMESTAMP_MICROS_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF6';
/** The same with a time zone offset; see {@link TIMESTAMP_MICROS_FORMAT}. */
export const TIMESTAMP_TZ_MICROS_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF6 TZH:TZM';
/** The format model of `date` values; see {@link TIMESTAMP_FORMAT}. */
export const DATE_FORMAT = 'YYYY-MM-DD';

/**
 * A Date as the text bound for a TIMESTAMP [WITH TIME ZONE] column.
 *
 * @example
 * ```ts
 * writeTimestamp(new Date(0), builtinTypes.timestamptz); // '1970-01-01 00:00:00.000 +00:00'
 * ```
 */
export function writeTimestamp(value: unknown, type: SqlType): unknown {
  if (!(value instanceof Date)) return value;
  const text = formatUtcTimestamp(value);
  return type.options.withTimeZone ? `${text} +00:00` : text;
}

/**
 * Reads a timestamp: a Date passes (the driver adapter already made it UTC); text is UTC.
 *
 * @example
 * ```ts
 * readTimestamp('2024-01-02 03:04:05.000'); // 2024-01-02T03:04:05.000Z
 * ```
 */
export function readTimestamp(value: unknown): unknown {
  return value instanceof Date ? value : parseUtcTimestamp(value);
}

function toNumber(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}

/**
 * The codecs of a version: with or without a native BOOLEAN.
 *
 * @example
 * ```ts
 * oracleCodecs(false).boolean?.toDriver?.(true, builtinTypes.boolean); // 1
 * ```
 */
export function oracleCodecs(nativeBoolean: boolean): CodecTable {
  return {
    ...baseCodecs,
    // One JS type per kind, so that every row of a UNION ALL insert binds the same type.
    integer: { toDriver: toNumber, fromDriver: baseCodecs.integer!.fromDriver! },
    smallint: { toDriver: toNumber, fromDriver: baseCodecs.smallint!.fromDriver! },
    bigint: { toDriver: (v) => String(v), fromDriver: baseCodecs.bigint!.fromDriver! },
    boolean: nativeBoolean ? { fromDriver: readBooleanish } : { toDriver: (v) => (v ? 1 : 0), fromDriver: readBooleanish },
    date: { fromDriver: readDateText },
    timestamp: withMicros({ toDriver: writeTimestamp, fromDriver: readTimestamp }, (type, v) => `${microsText(type, v, 6)}${type.options.withTimeZone ? ' +00:00' : ''}`),
    json: { toDriver: (v) => JSON.stringify(v), fromDriver: readJsonText },
  };
}
