/**
 * GROUP BY extensions: ROLLUP, CUBE and GROUPING SETS, and GROUPING() to tell
 * the subtotal rows they add from the others.
 */
import { CompileError } from '../errors';
import { builtinTypes } from '../types/sql-type';
import { Expression, Node } from './expression';

/** One element of ROLLUP / CUBE: an expression, or several grouped as one (`(a, b)`). */
export type GroupingElement = Expression | readonly Expression[];

/**
 * `ROLLUP (…)`, `CUBE (…)` or `GROUPING SETS (…)` in GROUP BY. `sets` holds
 * the elements of ROLLUP and CUBE, or the sets of GROUPING SETS (each a list,
 * `[]` being the grand total).
 *
 * @example
 * ```ts
 * rollup(orders.c.personId, orders.c.item) // GroupingSet { type: 'rollup', sets: [[personId], [item]] }
 * ```
 */
export class GroupingSet<T extends 'rollup' | 'cube' | 'sets' = 'rollup' | 'cube' | 'sets'> implements Node {
  readonly kind = 'grouping-set';
  constructor(
    readonly type: T,
    readonly sets: readonly (readonly Expression[])[],
  ) {}
}

/** What `select().groupBy()` accepts. */
export type GroupByItem = Expression | GroupingSet;

/** The features GROUP BY items need, for the types (see capabilities.ts). */
export type GroupingNeeds<I> = I extends GroupingSet<infer T> ? (T extends 'rollup' ? 'ROLLUP' : 'CUBE / GROUPING SETS') : never;

function element(item: GroupingElement, what: string): readonly Expression[] {
  const list = Array.isArray(item) ? (item as readonly Expression[]) : [item as Expression];
  for (const e of list) if (!(e instanceof Expression)) throw new CompileError(`${what}() takes expressions or arrays of expressions`);
  return [...list];
}

function elements(items: readonly GroupingElement[], what: string): (readonly Expression[])[] {
  if (items.length === 0) throw new CompileError(`${what}() needs at least one expression`);
  return items.map((i) => {
    const list = element(i, what);
    if (list.length === 0) throw new CompileError(`${what}(): an element cannot be empty`);
    return list;
  });
}

/**
 * `ROLLUP (a, b)`: groups by (a, b), then (a), then all rows, adding
 * subtotal rows where the rolled-up columns are NULL. MySQL writes it
 * `GROUP BY a, b WITH ROLLUP`; SQLite has no ROLLUP.
 *
 * @example
 * ```ts
 * select(orders.c.personId, orders.c.item, fn.sum(orders.c.amount).as('total')).from(orders).groupBy(rollup(orders.c.personId, orders.c.item))
 * ```
 */
export function rollup(...items: GroupingElement[]): GroupingSet<'rollup'> {
  return new GroupingSet('rollup', elements(items, 'rollup'));
}

/**
 * `CUBE (a, b)`: groups by every subset of the elements (PostgreSQL, Oracle).
 *
 * @example
 * ```ts
 * select(orders.c.personId, orders.c.item, fn.count().as('n')).from(orders).groupBy(cube(orders.c.personId, orders.c.item))
 * ```
 */
export function cube(...items: GroupingElement[]): GroupingSet<'cube'> {
  return new GroupingSet('cube', elements(items, 'cube'));
}

/**
 * `GROUPING SETS ((a), (a, b), ())`: the union of the groupings given, `[]`
 * being the grand total (PostgreSQL, Oracle).
 *
 * @example
 * ```ts
 * select(orders.c.item, fn.count().as('n')).from(orders).groupBy(groupingSets([orders.c.item], []))
 * ```
 */
export function groupingSets(...sets: (readonly Expression[])[]): GroupingSet<'sets'> {
  if (sets.length === 0) throw new CompileError('groupingSets() needs at least one set');
  return new GroupingSet(
    'sets',
    sets.map((s) => {
      if (!Array.isArray(s)) throw new CompileError('groupingSets() takes arrays of expressions: groupingSets([a], [a, b], [])');
      return element(s, 'groupingSets');
    }),
  );
}

/**
 * `GROUPING(a, …)`: a bit mask, 1 for each argument rolled up in this row
 * (its NULL is a subtotal's, not the data's).
 *
 * @example
 * ```ts
 * fn.grouping(orders.c.item) // a Grouping, Expression<number>
 * ```
 */
export class Grouping extends Expression<number> {
  readonly kind = 'grouping';
  readonly type = builtinTypes.integer;
  constructor(readonly args: readonly Expression[]) {
    super();
  }
  override describe(): string {
    return 'GROUPING()';
  }
}

/**
 * `GROUPING(a, …)` (PostgreSQL, Oracle, MySQL 8; not MariaDB or SQLite).
 *
 * @example
 * ```ts
 * select(orders.c.item, fn.grouping(orders.c.item).as('subtotal'), fn.count().as('n')).from(orders).groupBy(rollup(orders.c.item))
 * ```
 */
export function grouping(...args: Expression[]): Expression<number> {
  if (args.length === 0) throw new CompileError('grouping() needs at least one expression');
  for (const a of args) if (!(a instanceof Expression)) throw new CompileError('grouping() takes expressions');
  return new Grouping(args);
}
