import { CompileError } from '../errors';
import { Expression, LabelRef, Logical, Not, Ordering } from './expression';

type Predicate = Expression<boolean> | Expression<boolean | null>;

function flatten(op: 'and' | 'or', items: readonly (Predicate | undefined)[]): Expression<boolean> {
  const kept: Expression[] = [];
  for (const item of items) {
    if (item === undefined) continue;
    if (!(item instanceof Expression)) throw new CompileError(`${op}() takes expressions, got ${typeof item}`);
    // Nested ANDs inside an AND (ORs inside an OR) flatten: the SQL is the same and shorter.
    if (item instanceof Logical && item.op === op) kept.push(...item.items);
    else kept.push(item);
  }
  if (kept.length === 0) throw new CompileError(`${op}() needs at least one condition`);
  if (kept.length === 1) return kept[0] as Expression<boolean>;
  return new Logical(op, kept);
}

/**
 * `a AND b AND …`. `undefined` items are skipped, which makes optional filters easy.
 *
 * @example
 * ```ts
 * select(users.c.id).from(users).where(and(users.c.age.gt(25), name ? users.c.name.eq(name) : undefined))
 * ```
 */
export function and(...conditions: (Predicate | undefined)[]): Expression<boolean> {
  return flatten('and', conditions);
}

/** `a OR b OR …`. `undefined` items are skipped. */
export function or(...conditions: (Predicate | undefined)[]): Expression<boolean> {
  return flatten('or', conditions);
}

/** `NOT condition` */
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

/** Descending order of an expression, or of a name given in the select list. */
export function desc(target: Expression | string): Ordering {
  return new Ordering(typeof target === 'string' ? new LabelRef(target) : target, 'desc', undefined);
}
