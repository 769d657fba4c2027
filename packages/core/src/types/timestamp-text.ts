/**
 * Reading timestamp text as the databases print it, for every value they can
 * hold: years past 9999 (`10000-01-01 00:00:00`), before year 1 (`-0044-…`
 * as alkahest writes them, PostgreSQL's `0044-03-15 … BC`), and offsets with
 * seconds (`+00:19:32`, PostgreSQL's local mean times before the 1930s).
 * `new Date(text)` reads none of these. What no Date can hold (PostgreSQL's
 * `infinity`, MariaDB's zero date `0000-00-00`) is `undefined` here, and the
 * row decoder reports it as an {@link UnreadableValueError}.
 */

const TIMESTAMP_TEXT =
  /^([+-]?\d{4,})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(\s+BC)?$/i;

/** Milliseconds east of UTC of an offset such as `+05:30`, `-03`, `+00:19:32` or `Z`. @internal */
export function offsetMillis(offset: string | undefined): number {
  if (offset === undefined || offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(/:/g, '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4) || '0');
  const seconds = Number(digits.slice(4, 6) || '0');
  return sign * ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

/**
 * The instant of a timestamp text, read as UTC unless it carries an offset;
 * `undefined` when it names no instant a Date can hold.
 *
 * @example
 * ```ts
 * parseTimestampText('10000-01-01 00:00:00');             // +010000-01-01T00:00:00.000Z
 * parseTimestampText('0044-03-15 12:00:00 BC');           // -000043-03-15T12:00:00.000Z
 * parseTimestampText('1930-01-01 00:19:32+00:19:32');     // 1930-01-01T00:00:00.000Z
 * parseTimestampText('infinity');                         // undefined
 * ```
 */
export function parseTimestampText(text: string): Date | undefined {
  const parts = TIMESTAMP_TEXT.exec(text.trim());
  if (parts === null) return undefined;
  const [, yearText, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '', offset, bc] = parts;
  const written = Number(yearText);
  // 1 BC is year 0 (ISO 8601's astronomical numbering, as JavaScript's).
  const year = bc === undefined ? written : 1 - written;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(0);
  // setUTCFullYear: Date.UTC would read years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year, m - 1, d);
  date.setUTCHours(Number(hours), Number(minutes), Number(seconds), Number(fraction.slice(0, 3).padEnd(3, '0')));
  // A field past its range names no instant, but Date rolls it over (02-30 to 03-01, 24:00 to the next day, 10:60 to
  // 11:00, 10:00:60 to 10:01): the day then differs from the text's (for the hour too) or the minute does (for the second too).
  if (date.getUTCDate() !== d || date.getUTCMinutes() !== Number(minutes)) return undefined;
  const time = date.getTime() - offsetMillis(offset);
  return Number.isNaN(time) || Math.abs(time) > 8.64e15 ? undefined : new Date(time);
}
