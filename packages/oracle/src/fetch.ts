/**
 * Turning what oracledb (thin mode) fetches into plain JavaScript values.
 *
 * - NUMBER is fetched as text (the driver's exact decimal form) and becomes a
 *   `number` when that loses nothing, else stays a string: a NUMBER(19) key
 *   or NUMBER(38, 10) amount never passes through a double. The row codecs
 *   then make bigint / decimal strings from it.
 * - CLOB/NCLOB are fetched as strings and BLOB as Buffers (no Lob streams).
 * - DATE and TIMESTAMP carry no time zone. The driver builds a Date from them
 *   in the Node.js process's local zone; their wall-clock fields are read back
 *   from it: DATE as 'YYYY-MM-DD HH:MM:SS' text, TIMESTAMP (UTC wall clock in
 *   alkahest's tables) as the Date of that time in UTC. A wall-clock time that
 *   does not exist in the local zone (a DST gap) cannot survive this; run
 *   Node.js with TZ=UTC, or use TIMESTAMP WITH TIME ZONE, to be exact always.
 * - TIMESTAMP WITH [LOCAL] TIME ZONE arrives as the right instant already.
 */

/**
 * Writes Oracle's `.5` / `-.5` as `0.5` / `-0.5`.
 *
 * @example
 * ```ts
 * normalizeNumberText('-.5'); // '-0.5'
 * ```
 */
export function normalizeNumberText(text: string): string {
  if (text.startsWith('.')) return `0${text}`;
  if (text.startsWith('-.')) return `-0${text.slice(1)}`;
  return text;
}

/**
 * A NUMBER's text as a `number` when the number prints back as the same text
 * (no digit lost), else as the text.
 *
 * @example
 * ```ts
 * numberFromText('42');                    // 42
 * numberFromText('.5');                    // 0.5
 * numberFromText('9223372036854775807');   // '9223372036854775807'
 * ```
 */
export function numberFromText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = normalizeNumberText(value);
  const n = Number(text);
  return String(n) === text ? n : text;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A DATE (made a local-time Date by the driver) as its wall-clock text.
 *
 * @example
 * ```ts
 * dateWallClock(new Date(2024, 0, 31, 13, 5, 0)); // '2024-01-31 13:05:00'
 * ```
 */
export function dateWallClock(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  return (
    `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())} ` +
    `${pad(value.getHours())}:${pad(value.getMinutes())}:${pad(value.getSeconds())}`
  );
}

/**
 * A TIMESTAMP (made a local-time Date by the driver) as the Date whose UTC
 * fields are its wall-clock fields.
 *
 * @example
 * ```ts
 * timestampAsUtc(new Date(2024, 0, 31, 13, 5, 0)).toISOString(); // '2024-01-31T13:05:00.000Z'
 * ```
 */
export function timestampAsUtc(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const d = new Date(0);
  d.setUTCFullYear(value.getFullYear(), value.getMonth(), value.getDate());
  d.setUTCHours(value.getHours(), value.getMinutes(), value.getSeconds(), value.getMilliseconds());
  return d;
}
