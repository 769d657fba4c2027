/** Exact type equality, for type-level tests: `const ok: Equal<A, B> = true`. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The row type of a SELECT. */
export type RowType<Q> = Q extends { readonly __row: infer R } ? R : never;
