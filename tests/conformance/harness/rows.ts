/**
 * Comparing result rows with the hand-written expected rows.
 */
import type { Row } from './case';

/** A stable text form of a row, for sorting rows whose order is not defined. */
export function rowKey(row: Row): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => [k, row[k]]),
    (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value),
  );
}

/** Rows sorted by their text form (for outcomes with `ordered: false`). */
export function sortRows(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => (rowKey(a) < rowKey(b) ? -1 : rowKey(a) > rowKey(b) ? 1 : 0));
}

/** Asserts that `actual` holds exactly the `expected` rows (in order, when ordered). */
export function expectRows(actual: readonly Row[], expected: readonly Row[], ordered: boolean): void {
  if (ordered) expect(actual).toEqual(expected);
  else expect(sortRows(actual)).toEqual(sortRows(expected));
}
