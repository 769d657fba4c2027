/**
 * Whether alkahest's rows equal the raw driver's. Drivers spell numbers
 * differently (pg and mysql2 read DECIMAL and BIGINT sums as strings,
 * better-sqlite3 as JavaScript numbers; alkahest reads every DECIMAL as an
 * exact string, on SQLite rounded to the declared scale), so values are
 * compared as numbers written in one canonical form; column names, row count
 * and row order must match exactly.
 */

/** Significant digits a double holds exactly (DBL_DIG): past them a SQLite sum of REALs carries binary noise. */
const DOUBLE_DIGITS = 15;

/**
 * `'1234.50'`, `1234.5` and `'1234.500'` all read `1234.5`, and so does the
 * double `1234.4999999999998` (to 15 significant digits); other values as JSON.
 */
export function canonicalValue(value: unknown): string {
  if (typeof value === 'number') return canonicalNumber(String(Number.isInteger(value) ? value : Number(value.toPrecision(DOUBLE_DIGITS))));
  if (typeof value === 'bigint') return canonicalNumber(String(value));
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return canonicalNumber(value);
  return JSON.stringify(value) ?? 'undefined';
}

function canonicalNumber(text: string): string {
  if (!text.includes('.') || /e/i.test(text)) return text;
  const trimmed = text.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/** The rows as text, one line a row: `name=value, …`. */
export function canonicalRows(rows: readonly Readonly<Record<string, unknown>>[]): string[] {
  return rows.map((row) =>
    Object.keys(row)
      .map((key) => `${key}=${canonicalValue(row[key])}`)
      .join(', '),
  );
}

/** Undefined when the rows are equal, else the first difference. */
export function rowsDiffer(expected: readonly Readonly<Record<string, unknown>>[], actual: readonly Readonly<Record<string, unknown>>[]): string | undefined {
  const a = canonicalRows(expected);
  const b = canonicalRows(actual);
  if (a.length !== b.length) return `${b.length} rows, expected ${a.length}`;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `row ${i}: ${b[i]}, expected ${a[i]}`;
  return undefined;
}
