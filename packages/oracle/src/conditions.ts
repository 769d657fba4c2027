/**
 * Telling conditions from values, for an Oracle without a SQL BOOLEAN type
 * (before 23ai): a condition (`a = b`, `x IS NULL`, `p AND q` …) may stand only
 * where SQL expects one, and a boolean value (a NUMBER(1) column) is not one.
 */
import { Expression, InvalidValueError } from '@alkahest/core/dialect';
import type { Binary, Bind, TypedExpression } from '@alkahest/core/dialect';

const CONDITION_KINDS: ReadonlySet<string> = new Set([
  'logical',
  'not',
  'is-null',
  'in',
  'between',
  'like',
  'exists',
  'row-comparison',
  'distinct-from',
  'regex-match',
  // JSON predicates (expr/json.ts) compile to comparisons and JSON_EXISTS-style conditions.
  'json-is-null',
  'json-contains',
]);
/** Binary operators that compare, and so make a condition. */
export const COMPARISONS: ReadonlySet<string> = new Set(['=', '<>', '<', '<=', '>', '>=']);

/** Whether `node` is a condition (true/false/unknown), not a value. */
export function isCondition(node: Expression): boolean {
  if (CONDITION_KINDS.has(node.kind)) return true;
  return node.kind === 'binary' && COMPARISONS.has((node as Binary).op);
}

/** Raw SQL is opaque: the compiler cannot tell what it is, so leaves it as written. */
function isOpaque(node: Expression): boolean {
  if (node.kind === 'raw' || node.kind === 'unsafe-text') return true;
  return node.kind === 'typed' && isOpaque((node as TypedExpression<unknown>).inner);
}

/** Whether `node` is a boolean value (a column, bound value or function), which needs `= 1` to be a condition. */
export function isBooleanValue(node: Expression): boolean {
  return node.type.kind === 'boolean' && !isCondition(node) && !isOpaque(node);
}

/** Whether `node` is a bound empty string, which Oracle stores and compares as NULL. */
export function isEmptyString(node: Expression): boolean {
  return node.kind === 'bind' && (node as Bind).value === '';
}

/** Whether `node` is a bound NULL. */
export function isNullBind(node: Expression): boolean {
  return node.kind === 'bind' && (node as Bind).value === null;
}

/** Whether a value of an INSERT's rows is NULL: a plain null or a bound NULL. */
export function isNullValue(value: unknown): boolean {
  return value === null || (value instanceof Expression && isNullBind(value));
}

/** The error for an empty string where Oracle cannot give the meaning other databases do ('' is NULL). */
export function emptyStringError(where: string): InvalidValueError {
  return new InvalidValueError(
    `${where} with an empty string: Oracle stores and compares '' as NULL, so this can never match as it does elsewhere; ` +
      "use .eq('') / .ne('') (compiled as IS NULL / IS NOT NULL) or .isNull()",
  );
}
