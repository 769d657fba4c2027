/**
 * Common table expressions: `WITH name AS (query)`, recursive ones included.
 */
import { CompileError } from '../errors';
import type { SubqueryNode } from '../expr/expression';
import { checkIdentifier } from '../expr/sql-template';
import { Column, ColumnSource, ColumnSpec, columnSpec, ColumnBuilder } from '../schema/column';
import { FromItem } from '../schema/from';
import type { AnyColumnBuilder, ColumnsFrom } from '../schema/table';
import type { SelectedColumn, SubqueryColumns } from './select';
import { Needs, NeedsOf, withPhantoms } from '../capabilities';
import { setOwnProperty } from '../schema/own-property';

/**
 * What a CTE may name: a SELECT, a set operation, a VALUES list, or (a data-modifying
 * CTE, PostgreSQL only) an INSERT, UPDATE or DELETE with `.returning()`.
 */
export type CteQuery = { readonly kind: SubqueryNode['kind'] | 'values-query' | 'insert' | 'update' | 'delete'; readonly selectedColumns: readonly SelectedColumn[] };

/** A simplified row of a column map. */
type RowOfColumns<C> = { -readonly [K in keyof C]: C[K] extends Column<infer T, string, string, boolean> ? T : never };

/**
 * A named query declared with `.with()` and used in FROM like a table, its
 * columns in `.c`.
 *
 * @example
 * ```ts
 * const big = cte('big_orders', select(orders.c.personId, orders.c.amount).from(orders).where(orders.c.amount.gt(100)));
 * select(people.c.name, big.c.amount).with(big).from(people.join(big, big.c.personId.eq(people.c.id)))
 * // PostgreSQL: a data-modifying CTE
 * const moved = cte('moved', deleteFrom(orders).where(orders.c.amount.lt(10)).returning(orders.c.id, orders.c.item));
 * insert(archive).with(moved).fromSelect(['id', 'item'], select(moved.c.id, moved.c.item).from(moved))
 * ```
 */
export class CommonTableExpression<A extends string = string, Row = Record<string, unknown>> extends FromItem<A> implements ColumnSource {
  readonly kind = 'cte';
  readonly c: SubqueryColumns<A, Row>;
  /** The query; set once, after construction for a recursive CTE that refers to itself. */
  query!: CteQuery;

  constructor(
    readonly name: A,
    readonly recursive: boolean,
    /** Names listed after the CTE's name (`name (a, b)`): every recursive CTE has them. */
    readonly columnNames: readonly string[] | undefined,
    columns: readonly { readonly key: string; readonly spec: ColumnSpec }[],
  ) {
    super();
    checkIdentifier(name, 'CTE name');
    const c: Record<string, Column> = {};
    for (const col of columns) setOwnProperty(c, col.key, new Column(this, col.key, col.key, col.spec));
    this.c = Object.freeze(c) as unknown as SubqueryColumns<A, Row>;
  }

  get referenceName(): string {
    return this.name;
  }
}

function isQuery(value: unknown): value is CteQuery {
  return typeof value === 'object' && value !== null && Array.isArray((value as { selectedColumns?: unknown }).selectedColumns);
}

/** The value types of a query's columns as expressions: a SELECT's (decimals stay decimals), else its row. */
export type ValuesOf<Q> = Q extends { readonly __values: infer V } ? V : Q extends { readonly __row: infer R } ? R : never;

/**
 * Names a query for `.with()`.
 *
 * @example
 * ```ts
 * const spenders = cte('spenders', select(orders.c.personId, fn.sum(orders.c.amount).as('total')).from(orders).groupBy(orders.c.personId));
 * select(spenders.c.personId).with(spenders).from(spenders).where(spenders.c.total.gt(100))
 * ```
 */
export function cte<A extends string, Q extends CteQuery & { readonly __row: unknown }>(
  name: A,
  query: Q,
): CommonTableExpression<A, ValuesOf<Q>> & Needs<NeedsOf<Q> | (Q extends { readonly kind: 'insert' | 'update' | 'delete' } ? 'data-modifying CTE' : never)> {
  if (!isQuery(query)) throw new CompileError(`cte(${JSON.stringify(name)}) takes a select() or a set operation`);
  if (query.selectedColumns.length === 0) throw new CompileError(`cte(${JSON.stringify(name)}): an INSERT, UPDATE or DELETE in WITH needs .returning()`);
  const made = new CommonTableExpression<A, ValuesOf<Q>>(
    name,
    false,
    undefined,
    query.selectedColumns.map((col) => ({ key: col.key, spec: columnSpec(col.expr.type, undefined) })),
  );
  made.query = query;
  return withPhantoms(made);
}

/**
 * A recursive CTE: its columns are declared (like a table's), and `body`
 * gets the CTE itself to refer to, usually as `unionAll(anchor, step)`.
 *
 * @example
 * ```ts
 * const chain = recursiveCte('chain', { id: integer(), depth: integer() }, (self) =>
 *   unionAll(
 *     select(nodes.c.id, sql<number>`0`.as('depth')).from(nodes).where(nodes.c.parentId.isNull()),
 *     select(nodes.c.id, self.c.depth.plus(1).as('depth')).from(nodes.join(self, nodes.c.parentId.eq(self.c.id))),
 *   ));
 * select(chain.c.id, chain.c.depth).with(chain).from(chain)
 * ```
 */
export function recursiveCte<A extends string, Defs extends Record<string, AnyColumnBuilder>>(
  name: A,
  columns: Defs,
  body: (self: CommonTableExpression<A, RowOfColumns<ColumnsFrom<Defs, A>>>) => CteQuery,
): CommonTableExpression<A, RowOfColumns<ColumnsFrom<Defs, A>>> {
  const keys = Object.keys(columns);
  if (keys.length === 0) throw new CompileError(`recursiveCte(${JSON.stringify(name)}) needs its columns`);
  const specs = keys.map((key) => {
    const builder = columns[key];
    if (!(builder instanceof ColumnBuilder)) throw new CompileError(`recursiveCte(${JSON.stringify(name)}): ${key} is not a column definition`);
    checkIdentifier(key, 'CTE column name');
    return { key, spec: builder.spec };
  });
  const made = new CommonTableExpression<A, RowOfColumns<ColumnsFrom<Defs, A>>>(name, true, keys, specs);
  const query = body(made);
  if (!isQuery(query)) throw new CompileError(`recursiveCte(${JSON.stringify(name)}): the body must return a query (usually unionAll(anchor, step))`);
  if (query.selectedColumns.length !== keys.length) {
    throw new CompileError(`recursiveCte(${JSON.stringify(name)}) declares ${keys.length} columns but its query selects ${query.selectedColumns.length}`);
  }
  made.query = query;
  return made;
}
