/**
 * Nullability through expressions, in the types.
 *
 * A column of the table on the far side of a LEFT JOIN is NULL in the rows
 * the join found no match for, although the column is NOT NULL. The select
 * list learns which tables an outer join may leave empty only at `.from()`,
 * so each expression carries, as a phantom, the FROM names it reads
 * (`Sourced<'authors'>`): an alias, a function, CASE, CAST or arithmetic over
 * `authors.c.name` is then `string | null` in such rows, like the bare column.
 */
import type { Expression } from './expression';

/** Phantom: the FROM names (tables, aliases, subqueries) an expression reads. Never set at run time. */
export interface Sourced<S extends string> {
  readonly __sources: S;
}

/** The FROM names an expression (or an operand that may be a plain value) reads. */
export type SourcesOf<E> = E extends { readonly __column: { readonly table: infer TN extends string } }
  ? TN
  : E extends { readonly __sources: infer S extends string }
    ? S
    : never;

/** `X` marked as reading the FROM names `S` (`X` itself when it reads none). */
export type WithSources<X, S> = [S] extends [never] ? X : X & Sourced<S & string>;

/** An expression of value type `T` reading the FROM names `S` (a plain `Expression<T>` when it reads none). */
export type Derived<T, S> = WithSources<Expression<T>, S>;

/** `null` when an expression reading `S` may be NULL because an outer join may leave one of `S` empty. */
export type NullFromJoin<S, Nullable extends string> = [Extract<S, Nullable>] extends [never] ? never : null;
