/**
 * How deep a tree a compile can render. The walker (expr/walk.ts) goes to any
 * depth, but rendering SQL recurses once per level of nesting, and SQL servers
 * refuse deep expressions too (SQLite's default SQLITE_MAX_EXPR_DEPTH is
 * 1000). A deeper tree is refused with a typed error that says how to build
 * it flat, never with the engine's RangeError.
 */
import { ExpressionTooDeepError } from '../errors';

/** The deepest nesting of nodes a statement may have. */
export const MAX_NESTING_DEPTH = 1000;

/** Throws {@link ExpressionTooDeepError} when `depth` is over {@link MAX_NESTING_DEPTH}. @internal */
export function checkNestingDepth(depth: number): void {
  if (depth > MAX_NESTING_DEPTH) throw new ExpressionTooDeepError(depth, MAX_NESTING_DEPTH);
}

/**
 * The error a compile throws: the engine's stack overflow (a tree deep enough
 * to exhaust the stack before the depth check, as when the compiler is called
 * directly) becomes {@link ExpressionTooDeepError}; any other error is itself.
 * @internal
 */
export function tooDeepOr(error: unknown): unknown {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return new ExpressionTooDeepError(undefined, MAX_NESTING_DEPTH, error);
  return error;
}
