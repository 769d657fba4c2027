import { CompileError } from '../errors';
import { Expression, LabelRef, Logical, Not, Ordering } from './expression';

type Predicate = Expression<boolean> | Expression<boolean | null>;

/**
 * True for "no condition": `undefined`, or an `and()` / `or()` whose items
 * were all `undefined`. WHERE, HAVING and enclosing AND/OR leave it out.
 * @internal
 */
export function isNoCondition(condition: Expression | undefined): boolean {
  return condition === undefined || (condition instanceof Logical && condition.items.length === 0);
}

/** `current AND next`, where either may be "no condition". @internal */
export function andAlso<E extends Expression | undefined>(current: E, next: Expression | undefined): E | Expression<boolean> {
  if (isNoCondition(next)) return current;
  if (isNoCondition(current)) return next as Expression<boolean>;
  return and(current as Predicate, next as Predicate);
}

function flatten(op: 'and' | 'or', items: readonly (Predicate | undefined)[]): Expression<boolean> {
  const kept: Expression[] = [];
  for (const item of items) {
    if (item === undefined) continue;
    if (!(item instanceof Expression)) throw new CompileError(`${op}() takes expressions, got ${typeof item}`);
    if (isNoCondition(item)) continue;
    // Nested ANDs inside an AND (ORs inside an OR) flatten: the SQL is the same and shorter.
    if (item instanceof Logical && item.op === op) kept.push(...item.items);
    else kept.push(item);
  }
  // No condition at all (every optional filter left out): an empty AND/OR that WHERE omits.
  if (kept.length === 1) return kept[0] as Expression<boolean>;
  return new Logical(op, kept);
}

/**
 * `a AND b AND …`. `undefined` items are skipped, which makes optional
 * filters easy; with none left it is "no condition", which `.where()` and
 * `.having()` leave out (and which is TRUE anywhere else).
 *
 * @example
 * ```ts
 * select(users.c.id).from(users).where(and(users.c.age.gt(25), name ? users.c.name.eq(name) : undefined))
 * ```
 */
export function and(...conditions: (Predicate | undefined)[]): Expression<boolean> {
  return flatten('and', conditions);
}

/**
 * `a OR b OR …`. `undefined` items are skipped; with none left it is "no condition", like {@link and}.
 *
 * @example
 * ```ts
 * select(users.c.id).from(users).where(or(users.c.name.like('A%'), users.c.active.eq(false)));
 * ```
 */
export function or(...conditions: (Predicate | undefined)[]): Expression<boolean> {
  return flatten('or', conditions);
}

/**
 * `NOT condition`
 *
 * @example
 * ```ts
 * select(users.c.id).from(users).where(not(users.c.name.like('A%')));
 * ```
 */
export function not(condition: Predicate): Expression<boolean> {
  return new Not(condition);
}

/**
 * Ascending order of an expression, or of a name given in the select list.
 *
 * @example
 * ```ts
 * select(users.c.name, fn.count().as('n')).from(users).groupBy(users.c.name).orderBy(desc('n'), asc(users.c.name))
 * ```
 */
export function asc(target: Expression | string): Ordering {
  return new Ordering(typeof target === 'string' ? new LabelRef(target) : target, 'asc', undefined);
}

/**
 * Descending order of an expression, or of a name given in the select list.
 *
 * @example
 * ```ts
 * select(users.c.name, fn.count(orders.c.id).as('orders'))
 *   .from(users.leftJoin(orders, orders.c.userId.eq(users.c.id)))
 *   .groupBy(users.c.name)
 *   .orderBy(desc('orders'), users.c.name);
 * ```
 */
export function desc(target: Expression | string): Ordering {
  return new Ordering(typeof target === 'string' ? new LabelRef(target) : target, 'desc', undefined);
}
