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
 * Runs a compile, turning the engine's stack overflow (a tree deep enough to
 * exhaust the stack before the depth check, as when the compiler is called
 * directly) into {@link ExpressionTooDeepError}.
 * @internal
 */
export function withinStack<R>(render: () => R): R {
  try {
    return render();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new ExpressionTooDeepError(undefined, MAX_NESTING_DEPTH, error);
    throw error;
  }
}
