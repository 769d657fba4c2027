/** A table's columns by key, for the builders that look columns up row after row (INSERT rows, SET assignments). */
import type { AnyColumn, Table } from '../schema/table';

/** Each table's columns by key: a Map is much faster to ask than the frozen `table.c`, row after row. */
const columnMaps = new WeakMap<Table, ReadonlyMap<string, AnyColumn>>();

/** The table's columns by key, built once per table. */
export function columnsByKey(table: Table): ReadonlyMap<string, AnyColumn> {
  let map = columnMaps.get(table);
  if (map === undefined) {
    map = new Map(table.columns.map((c) => [c.key, c]));
    columnMaps.set(table, map);
  }
  return map;
}
