/**
 * Division with one meaning on every database, as SQLAlchemy 2.0 chose:
 * `div` is true division (7 ÷ 2 is 3.5, where PostgreSQL, SQLite and Oracle's
 * integer `/` would give 3 and MySQL 3.5000), and `floorDiv` rounds the
 * quotient down, as Python's `//` does (-7 // 2 is -4).
 *
 * Both are written as a tree of portable nodes that the compiler then visits,
 * so each dialect's own rules (CAST targets, Oracle's MOD) apply.
 */
import { Case, Cast } from '../expr/conditional';
import { Binary, Bind, Expression, FunctionCall } from '../expr/expression';
import { isIntegerType } from '../expr/division-types';
import { builtinTypes } from '../types/sql-type';

/**
 * The portable tree for a division node, or undefined where `/` already
 * means true division (a decimal or floating-point side).
 *
 * - `a / b` on two integers: `CAST(a AS DOUBLE) / b`.
 * - `a // b` on two integers: the truncated quotient `(a - a % b) / b`
 *   (exact: the numerator is a multiple of `b`), less 1 where the remainder's
 *   sign differs from `b`'s, i.e. where truncation rounded up; cast to the
 *   integer type, since MySQL's `/` gives a DECIMAL.
 * - `a // b` otherwise: `FLOOR(a / b)`.
 */
export function portableDivision(node: Binary): Expression | undefined {
  const { left, right } = node;
  const integers = isIntegerType(left.type) && isIntegerType(right.type);
  if (node.op === '/') return integers ? new Binary('/', new Cast(left, builtinTypes.double), right, node.type) : undefined;
  if (node.op !== '//') return undefined;
  if (!integers) return new FunctionCall('floor', [new Binary('/', left, right, node.type)], node.type);
  const int = node.type;
  const remainder = new Binary('%', left, right, int);
  // Typed NUMERIC so that it stays a plain `/`: the numerator is a multiple of b, so every database divides it exactly.
  const truncated = new Binary('/', new Binary('-', left, remainder, builtinTypes.numeric), right, int);
  const sign = (e: Expression): Expression => new FunctionCall('sign', [e], builtinTypes.integer);
  const signsDiffer = new Binary('<', new Binary('*', sign(remainder), sign(right), builtinTypes.integer), new Bind(0, builtinTypes.integer), builtinTypes.boolean);
  const roundedUp = new Case(undefined, [{ when: signsDiffer, then: new Bind(1, builtinTypes.integer) }], new Bind(0, builtinTypes.integer), builtinTypes.integer);
  return new Cast(new Binary('-', truncated, roundedUp, int), int);
}
