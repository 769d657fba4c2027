/**
 * What each dialect can do, known to the types (the idea behind jOOQ's
 * `@Support`). A builder method that some dialect cannot do marks the
 * statement's type with the feature it needs ({@link Needs}); an engine
 * whose dialect is known from its URL (`createEngine('sqlite::memory:')`)
 * refuses, at compile time, a statement that needs what its dialect lacks.
 * Where the dialect is not known to the types, the compiler still refuses it
 * at run time with an UnsupportedFeatureError naming the feature.
 */

/** Features some dialect cannot do (and that are not emulated). */
export type Feature =
  | 'FULL OUTER JOIN'
  | 'LATERAL'
  | 'FOR SHARE'
  | 'FOR UPDATE OF'
  | 'NOWAIT / SKIP LOCKED'
  | 'ROLLUP'
  | 'CUBE / GROUPING SETS'
  | 'RETURNING'
  | 'UPDATE … RETURNING'
  | 'data-modifying CTE';

/**
 * The features of {@link Feature} each dialect has, by dialect id. Empty
 * here: core names no dialect. Each dialect package adds its own entries by
 * module augmentation, from the one object that declares its capabilities
 * (see {@link CapabilitiesOf}), so the types know a dialect's capabilities
 * wherever its package's types are loaded (importing it, or
 * `import type {} from '@alkahest/sqlite'`). Checked against the compilers
 * by tests/types/capabilities.test.ts. (Features used inside expressions —
 * JSON containment, GROUPS frames — are checked at run time.)
 *
 * @example
 * ```ts
 * // in a dialect package:
 * export const capabilities = { mydb: ['RETURNING', 'LATERAL'] } as const satisfies DialectCapabilities;
 * declare module '@alkahest/core/dialect' {
 *   interface Capabilities extends CapabilitiesOf<typeof capabilities> {}
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by dialect packages
export interface Capabilities {}

/**
 * URL schemes → dialect ids, for {@link DialectOfUrl}. Empty here: each
 * dialect package adds its schemes by module augmentation.
 *
 * @example
 * ```ts
 * declare module '@alkahest/core/dialect' {
 *   interface DialectSchemes { mydb: 'mydb' }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by dialect packages
export interface DialectSchemes {}

/** Dialects as the types know them: those whose packages declared their {@link Capabilities}. */
export type DialectId = Extract<keyof Capabilities, string>;

/**
 * One dialect package's declaration of its capabilities: per dialect id (a
 * package may hold more than one, as MySQL and MariaDB), the features it has.
 * It is a value, so that tests and tools read the same list the types do.
 *
 * @example
 * ```ts
 * const capabilities = { sqlite: ['FULL OUTER JOIN', 'RETURNING'] } as const satisfies DialectCapabilities;
 * ```
 */
export type DialectCapabilities = Readonly<Record<string, readonly Feature[]>>;

/** The {@link Capabilities} entries of a {@link DialectCapabilities} object, as types. */
export type CapabilitiesOf<C extends DialectCapabilities> = { [D in keyof C]: C[D][number] };

/** Marks a statement (or FROM item) as needing features. Phantom: never set at run time. */
export interface Needs<F extends Feature> {
  readonly __needs?: { readonly [K in F]: true };
}

/** The features a statement's type says it needs. */
export type NeedsOf<S> = S extends { readonly __needs?: infer N } ? (keyof NonNullable<N> & Feature) : never;

/** The features of `S` that dialect `D` lacks. */
export type MissingOn<S, D extends DialectId> = Exclude<NeedsOf<S>, Capabilities[D]>;

/**
 * `unknown` when dialect `D` can run `S` (or when no dialect is known to the
 * types); otherwise a type `S` does not match, whose property names say what
 * is missing, so that `engine.execute(statement)` fails to compile with that
 * message.
 */
export type SupportedOn<S, D extends DialectId> = [D] extends [never]
  ? unknown
  : [MissingOn<S, D>] extends [never]
    ? unknown
    : { readonly [K in MissingOn<S, D> as `${K} is not available on ${D}`]: true };

/**
 * The dialect a URL's scheme names, as a type: `'sqlite'` for
 * `'sqlite::memory:'` once `@alkahest/sqlite` declared its scheme
 * ({@link DialectSchemes}); any known dialect for a scheme no package declared.
 */
export type DialectOfUrl<U extends string> = U extends `${infer S}:${string}` ? (S extends keyof DialectSchemes ? Extract<DialectSchemes[S], DialectId> : DialectId) : DialectId;

/**
 * Gives a builder's result the phantom parts of its declared return type
 * (`Needs<…>`), which have no run-time existence. The structural check cannot
 * follow them through methods that return `this`-typed joins, so this is the
 * one place such results are asserted; use it only for that.
 * @internal
 */
export function withPhantoms<T>(value: object): T {
  return value as T;
}
