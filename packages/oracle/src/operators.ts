/**
 * Oracle's per-operator hooks: `%` written as MOD(), and comparisons with an
 * empty string, which Oracle stores as NULL, or of a CLOB (as TO_CHAR).
 */
import { baseBinaryOperatorHooks } from '@alkahest/core/dialect';
import type { Binary, BinaryOperatorHook, BinaryOperatorHooks, CompileContext, ExpressionCompiler } from '@alkahest/core/dialect';
import { emptyStringError, isEmptyString } from './conditions';

/**
 * Oracle refuses an IN list of more than 1000 expressions (ORA-01795); longer
 * lists are split into OR-ed (NOT IN: AND-ed) lists of this size.
 *
 * @example
 * ```ts
 * users.c.id.in(ids) // ids.length > MAX_IN_LIST → (ID IN (…1000…) OR ID IN (…))
 * ```
 */
export const MAX_IN_LIST = 1000;

/** `MOD(a, b)`: Oracle has no % operator (SQL Language Reference, "MOD"). */
const mod: BinaryOperatorHook = (c, node, ctx) => `MOD(${c.expression(node.left, ctx)}, ${c.expression(node.right, ctx)})`;

/**
 * A comparison, where one side is '': '' is NULL in Oracle, so the rows other
 * databases find with = '' are the rows written with '' — which Oracle stored
 * as NULL. `= ''` is IS NULL, `<> ''` IS NOT NULL; an ordering is refused.
 */
function comparison(c: ExpressionCompiler, node: Binary, ctx: CompileContext): string {
  if (!isEmptyString(node.left) && !isEmptyString(node.right)) {
    // Each side as Oracle can compare it (a CLOB as TO_CHAR: see OracleCompiler.compared).
    return `${c.compared(node.left, c.operand(node.left, ctx))} ${node.op} ${c.compared(node.right, c.operand(node.right, ctx))}`;
  }
  const other = isEmptyString(node.left) ? node.right : node.left;
  if (node.op === '=') return `${c.operand(other, ctx)} IS NULL`;
  if (node.op === '<>') return `${c.operand(other, ctx)} IS NOT NULL`;
  throw emptyStringError(`comparing (${node.op})`);
}

/** Oracle's operator hooks. */
export const oracleBinaryOperatorHooks: BinaryOperatorHooks = {
  ...baseBinaryOperatorHooks,
  '%': mod,
  '=': comparison,
  '<>': comparison,
  '<': comparison,
  '<=': comparison,
  '>': comparison,
  '>=': comparison,
};
