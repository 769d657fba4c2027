/**
 * Result typing: what row a select list produces, what an INSERT accepts.
 */
import type { Aliased, Expression } from '../expr/expression';
import type { Column } from '../schema/column';
import type { Table } from '../schema/table';
import type { JsonNull } from '../types/json-null';

/** Flattens an intersection for readable hover types. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The value of an expression in a row, `| null` when it comes from a table an outer join may leave empty. */
export type ExpressionValue<E, Nullable extends string> =
  E extends Column<infer T, infer TN, string, boolean>
    ? T | ([TN] extends [Nullable] ? ([Nullable] extends [never] ? never : null) : never)
    : // Read from the phantom alone: inferring from a subclass of Expression (Over, Case …) as a whole would add `| null`.
      E extends Expression<unknown> & { readonly __value: infer T }
      ? T
      : never;

/** Anything a select list may hold. */
export type SelectItem =
  | Column<unknown, string, string, boolean>
  | Aliased<unknown, string>
  | Table<string, { readonly [key: string]: Column<unknown, string, string, boolean> }>
  | { readonly [name: string]: Expression<unknown> };

/** The fields one select item contributes to a row. */
export type FieldsOf<I, Nullable extends string> =
  I extends Column<unknown, string, infer K, boolean>
    ? { [P in K]: ExpressionValue<I, Nullable> }
    : I extends Aliased<infer T, infer A>
      ? { [P in A]: T }
      : I extends Table<string, infer C>
        ? { -readonly [P in keyof C]: ExpressionValue<C[P], Nullable> }
        : I extends { readonly [name: string]: Expression<unknown> }
          ? { -readonly [P in keyof I]: ExpressionValue<I[P], Nullable> }
          : never;

/** The row a select list produces. */
export type RowOf<S extends readonly SelectItem[], Nullable extends string = never> = Simplify<UnionToIntersection<FieldsOf<S[number], Nullable>>>;

/** The value or expression an INSERT or UPDATE accepts for a column (`jsonNull` is checked at run time: json columns only). */
export type ValueFor<C> = C extends Column<infer T, string, string, boolean> ? T | Expression<T> | Expression<NonNullable<T>> | JsonNull : never;

type OptionalKeys<C> = { [K in keyof C]: C[K] extends Column<unknown, string, string, true> ? K : never }[keyof C];
type RequiredKeys<C> = Exclude<keyof C, OptionalKeys<C>>;

/** One row for `insert(table).values(…)`: NOT NULL columns without a default are required. */
export type InsertRow<C> = Simplify<{ [K in RequiredKeys<C>]: ValueFor<C[K]> } & { [K in OptionalKeys<C>]?: ValueFor<C[K]> }>;

/** The assignments `update(table).set(…)` accepts. */
export type UpdateSet<C> = Simplify<{ [K in keyof C]?: ValueFor<C[K]> }>;

/** What running an INSERT, UPDATE or DELETE reports. */
export interface MutationResult {
  /** Rows inserted, updated or deleted. */
  readonly rowsAffected: number;
  /** The generated key of the last inserted row, where the driver reports it (SQLite, MySQL). */
  readonly insertId?: number | bigint;
}

/** A table's full row. */
export type RowOfTable<T> = T extends Table<string, infer C> ? { -readonly [K in keyof C]: ExpressionValue<C[K], never> } : never;
