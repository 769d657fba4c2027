/**
 * The outer SELECT of an emulation that wraps a query in a subquery (DISTINCT
 * ON, row limits): the wrapped query's columns read back by key, so that its
 * result columns stay what they were.
 */
import type { Expression } from '../expr/expression';
import { NO_CLAUSES, Select, SelectedColumn, SelectStateFields, Subquery } from './select';

/** The columns of a subquery by key. @internal */
export function columnsOf(subquery: Subquery): Readonly<Record<string, Expression>> {
  return subquery.c as Readonly<Record<string, Expression>>;
}

/** `SELECT <columns read from subquery> FROM subquery` with the clauses given; every other clause empty. @internal */
export function selectFromSubquery(columns: readonly SelectedColumn[], subquery: Subquery, clauses: Partial<SelectStateFields>): Select {
  const c = columnsOf(subquery);
  return new Select({ ...NO_CLAUSES, columns: columns.map((col) => ({ key: col.key, expr: c[col.key]! })), from: [subquery], ...clauses });
}
