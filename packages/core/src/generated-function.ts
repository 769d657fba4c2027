/**
 * Functions written out as source for one case: a node kind's declared fields
 * (expr/walk.ts), a result's columns (result.ts). In such a function each
 * property access sees one shape of object, which V8 turns into a direct
 * load; the general loop it replaces is one access that sees every shape, a
 * slow lookup each time.
 */

/**
 * `new Function(...params, body)`, or `undefined` where the runtime refuses
 * code generation from strings (a content security policy,
 * `--disallow-code-generation-from-strings`): the caller then keeps its loop.
 * Any other error (a body that does not parse) is a bug and is thrown.
 * @internal
 */
export function generatedFunction<F extends (...args: never[]) => unknown>(params: readonly string[], body: string): F | undefined {
  try {
    return new Function(...params, body) as F;
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}
