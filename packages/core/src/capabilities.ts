/**
 * What each dialect can do, known to the types (the idea behind jOOQ's
 * `@Support`). A builder method that some dialect cannot do marks the
 * statement's type with the feature it needs ({@link Needs}); an engine
 * whose dialect is known from its URL (`createEngine('sqlite::memory:')`)
 * refuses, at compile time, a statement that needs what its dialect lacks.
 * Where the dialect is not known to the types, the compiler still refuses it
 * at run time with an UnsupportedFeatureError naming the feature.
 */

/** Dialects as the types know them (MySQL and MariaDB differ in a few features). */
export type DialectId = 'sqlite' | 'postgres' | 'mysql' | 'mariadb' | 'oracle';

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
 * The features of {@link Feature} each dialect has. Checked against the
 * compilers by tests/types/capabilities.test.ts. (Features used inside
 * expressions — JSON containment, GROUPS frames — are checked at run time.)
 */
export interface Capabilities {
  sqlite: 'FULL OUTER JOIN' | 'FOR SHARE' | 'FOR UPDATE OF' | 'RETURNING' | 'UPDATE … RETURNING';
  postgres: Feature;
  /** RETURNING: a single-row INSERT with a generated key, read back (anything else is refused at run time). */
  mysql: 'LATERAL' | 'FOR SHARE' | 'FOR UPDATE OF' | 'NOWAIT / SKIP LOCKED' | 'ROLLUP' | 'RETURNING';
  mariadb: 'FOR SHARE' | 'NOWAIT / SKIP LOCKED' | 'ROLLUP' | 'RETURNING';
  oracle: Exclude<Feature, 'FOR SHARE' | 'data-modifying CTE'>;
}

/** Marks a statement (or FROM item) as needing features. Phantom: never set at run time. */
export interface Needs<F extends Feature> {
  readonly __needs?: { readonly [K in F]: true };
}

/** The features a statement's type says it needs. */
export type NeedsOf<S> = S extends { readonly __needs?: infer N } ? (keyof NonNullable<N> & Feature) : never;

/** The features of `S` that dialect `D` lacks. */
export type MissingOn<S, D extends DialectId> = Exclude<NeedsOf<S>, Capabilities[D]>;

/**
 * `unknown` when dialect `D` can run `S`; otherwise a type `S` does not
 * match, whose property names say what is missing, so that
 * `engine.execute(statement)` fails to compile with that message.
 */
export type SupportedOn<S, D extends DialectId> = [MissingOn<S, D>] extends [never]
  ? unknown
  : { readonly [K in MissingOn<S, D> as `${K} is not available on ${D}`]: true };

/** The dialect a URL's scheme names, as a type: `'sqlite'` for `'sqlite::memory:'`. */
export type DialectOfUrl<U extends string> = U extends `sqlite:${string}`
  ? 'sqlite'
  : U extends `postgres:${string}` | `postgresql:${string}` | `pglite:${string}`
    ? 'postgres'
    : U extends `mariadb:${string}`
      ? 'mariadb'
      : U extends `mysql:${string}`
        ? 'mysql'
        : U extends `oracle:${string}`
          ? 'oracle'
          : DialectId;

/**
 * Gives a builder's result the phantom parts of its declared return type
 * (`Needs<…>`), which have no run-time existence. The structural check cannot
 * follow them through methods that return `this`-typed joins, so this is the
 * one place such results are asserted; use it only for that.
 */
export function withPhantoms<T>(value: object): T {
  return value as T;
}
