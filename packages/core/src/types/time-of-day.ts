/**
 * Times of day (`time()` columns) as one text shape on every database:
 * `HH:MM:SS`, with a fraction of up to six digits (microseconds, what
 * PostgreSQL's `time` and MySQL's `TIME(6)` hold) and no trailing zeros.
 * MariaDB gives `12:57:18.000000` where PostgreSQL gives `12:57:18`, and
 * SQLite and Oracle store the text as written: written and read through
 * here, all give `12:57:18`, and text comparisons agree.
 */

/** What a time-of-day value may be: `HH:MM`, `HH:MM:SS`, or `HH:MM:SS.ffffff`. */
export const TIME_OF_DAY = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/;

/**
 * The canonical text of a time of day.
 *
 * @example
 * ```ts
 * canonicalTime('12:57');             // '12:57:00'
 * canonicalTime('12:57:18.500000');   // '12:57:18.5'
 * ```
 */
export function canonicalTime(text: string): string {
  const parts = TIME_OF_DAY.exec(text);
  if (parts === null) return text;
  const [, hours, minutes, seconds = '00', fraction = ''] = parts;
  const kept = fraction.replace(/0+$/, '');
  return `${hours}:${minutes}:${seconds}${kept === '' ? '' : `.${kept}`}`;
}

/** Writes a (checked) time of day in its canonical text. */
export function writeTime(value: unknown): unknown {
  return typeof value === 'string' ? canonicalTime(value) : value;
}

/** Reads a time of day as its canonical text (MariaDB's `TIME(6)` pads the fraction with zeros). */
export function readTime(value: unknown): unknown {
  return typeof value === 'string' ? canonicalTime(value.trim()) : value;
}
