/** Exact type equality, for type-level tests: `const ok: Equal<A, B> = true`. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The row type of a SELECT. */
export type RowType<Q> = Q extends { readonly __row: infer R } ? R : never;

/**
 * A type-level assertion: checked by tsc (`npm run typecheck` covers the
 * tests), nothing at run time. `assertType<Equal<A, B>>()` does not compile
 * unless A and B are the same type.
 */
export function assertType<T extends true>(): T | undefined {
  return undefined;
}
