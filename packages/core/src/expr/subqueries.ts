/**
 * Subqueries used as expressions: EXISTS, scalar subqueries, and the
 * quantified comparisons ANY / ALL.
 */
import { CompileError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import { Expression, SubqueryNode } from './expression';

/** A query that selects one column whose value is `T`: what scalar(), any() and all() take. */
export interface SingleColumnQuery<T = unknown> extends SubqueryNode {
  readonly __row: Record<string, T>;
  /** The columns it selects, in order. */
  readonly selectedColumns: readonly { readonly key: string; readonly expr: Expression }[];
}

/** The value type of a one-column query's rows. */
export type ValueOfQuery<Q> = Q extends { readonly __values: infer V } ? V[keyof V] : Q extends { readonly __row: infer R } ? R[keyof R] : never;

function singleColumn(query: SingleColumnQuery, what: string): Expression {
  const columns = query?.selectedColumns;
  if (!Array.isArray(columns)) throw new CompileError(`${what}() takes a select()`);
  if (columns.length !== 1) throw new CompileError(`${what}() takes a query that selects one column, got ${columns.length}`);
  return columns[0]!.expr;
}

/** `[NOT] EXISTS (query)` */
export class Exists extends Expression<boolean> {
  readonly kind = 'exists';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly query: SubqueryNode,
    readonly negated: boolean,
  ) {
    super();
  }
}

/**
 * `EXISTS (query)`: true when the query gives at least one row.
 *
 * @example
 * ```ts
 * select(people.c.name).from(people).where(exists(select(orders.c.id).from(orders).where(orders.c.personId.eq(people.c.id))))
 * ```
 */
export function exists(query: SubqueryNode): Expression<boolean> {
  return new Exists(query, false);
}

/**
 * `NOT EXISTS (query)`
 *
 * @example
 * ```ts
 * select(people.c.name).from(people).where(notExists(select(orders.c.id).from(orders).where(orders.c.personId.eq(people.c.id))))
 * ```
 */
export function notExists(query: SubqueryNode): Expression<boolean> {
  return new Exists(query, true);
}

/** `(query)` as a value: a query giving one column and at most one row. */
export class ScalarSubquery<T = unknown> extends Expression<T> {
  readonly kind = 'scalar-subquery';
  constructor(
    readonly query: SubqueryNode,
    readonly type: SqlType,
  ) {
    super();
  }
}

/**
 * A one-column query used as a value; NULL when it gives no row (and an
 * error from the database when it gives more than one).
 *
 * @example
 * ```ts
 * const orderCount = scalar(select(fn.count().as('n')).from(orders).where(orders.c.personId.eq(people.c.id)));
 * select(people.c.name, orderCount.as('orders')).from(people)
 * ```
 */
export function scalar<Q extends SingleColumnQuery>(query: Q): Expression<ValueOfQuery<Q> | null> {
  return new ScalarSubquery<ValueOfQuery<Q> | null>(query, singleColumn(query, 'scalar').type);
}

/** `ANY (query)` / `ALL (query)`: only the right side of a comparison. */
export class Quantified<T = unknown> extends Expression<T> {
  readonly kind = 'quantified';
  constructor(
    readonly quantifier: 'any' | 'all',
    readonly query: SingleColumnQuery,
    readonly type: SqlType,
  ) {
    super();
  }
}

/**
 * `x op ANY (query)`: true when the comparison holds for some row.
 *
 * @example
 * ```ts
 * people.c.age.gt(any(select(orders.c.amount).from(orders)))
 * ```
 */
export function any<Q extends SingleColumnQuery>(query: Q): Expression<NonNullable<ValueOfQuery<Q>>> {
  return new Quantified<NonNullable<ValueOfQuery<Q>>>('any', query, singleColumn(query, 'any').type);
}

/**
 * `x op ALL (query)`: true when the comparison holds for every row (and for no rows).
 *
 * @example
 * ```ts
 * people.c.age.gte(all(select(people.c.age).from(people).where(people.c.age.isNotNull())))
 * ```
 */
export function all<Q extends SingleColumnQuery>(query: Q): Expression<NonNullable<ValueOfQuery<Q>>> {
  return new Quantified<NonNullable<ValueOfQuery<Q>>>('all', query, singleColumn(query, 'all').type);
}
