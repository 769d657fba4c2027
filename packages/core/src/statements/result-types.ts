/**
 * Result typing: what row a select list produces, what an INSERT accepts.
 */
import type { Aliased, Expression, NullOf, Of } from '../expr/expression';
import type { Column } from '../schema/column';
import type { Table } from '../schema/table';
import type { JsonNull } from '../types/json-null';
import type { Param } from '../expr/param';
import type { InputOf, NumericValue, Read } from '../types/decimal';
import type { IsNumeric } from '../expr/arithmetic';
import type { NullFromJoin, SourcesOf } from '../expr/sources';

/** Flattens an intersection for readable hover types. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * The value of an expression in a row, `| null` when it reads a table an
 * outer join may leave empty (a column of it, or an alias, function, CASE,
 * CAST or arithmetic over one).
 */
export type ExpressionValue<E, Nullable extends string> =
  // Read from the phantom alone: inferring from a subclass of Expression (Over, Case …) as a whole would add `| null`.
  E extends Expression<unknown> & { readonly __value: infer T } ? T | NullFromJoin<SourcesOf<E>, Nullable> : never;

/** Anything a select list may hold. */
export type SelectItem =
  | Column<unknown, string, string, boolean>
  | Aliased<unknown, string, string>
  | Table<string, { readonly [key: string]: Column<unknown, string, string, boolean> }>
  | { readonly [name: string]: Expression<unknown> };

/** The keys one select item gives result rows. */
type KeysOfItem<I> =
  I extends Column<unknown, string, infer K, boolean>
    ? K
    : I extends Aliased<unknown, infer A, string>
      ? A
      : I extends Table<string, infer C>
        ? keyof C & string
        : I extends { readonly [name: string]: unknown }
          ? keyof I & string
          : never;
type KeysOfItems<S> = S extends readonly [infer H, ...infer T] ? KeysOfItem<H> | KeysOfItems<T> : never;
/** Keys that two items of a select list both give (`select(books, authors)`: `'id'`). */
export type DuplicateKeys<S> = S extends readonly [infer H, ...infer T] ? Extract<KeysOfItem<H>, KeysOfItems<T>> | DuplicateKeys<T> : never;

/**
 * A select list, or, when two of its items give a row the same key, a
 * message saying which (rows are objects: one of the two would be lost).
 */
export type UniqueKeys<S> = [DuplicateKeys<S>] extends [never]
  ? S
  : { readonly 'select(): duplicate keys': `two columns are named "${DuplicateKeys<S>}": give one an alias with .as(), or select the columns one by one` };

/** How a row types its values: as results read them (`string` for decimals), or as expressions (a subquery's columns). */
type Reading = 'read' | 'values';
type As<T, M extends Reading> = M extends 'read' ? Read<T> : T;

/** The fields one select item contributes to a row. */
export type FieldsOf<I, Nullable extends string, M extends Reading = 'read'> =
  I extends Column<unknown, string, infer K, boolean>
    ? { [P in K]: As<ExpressionValue<I, Nullable>, M> }
    : I extends Aliased<infer T, infer A, infer S>
      ? { [P in A]: As<T | NullFromJoin<S, Nullable>, M> }
      : I extends Table<string, infer C>
        ? { -readonly [P in keyof C]: As<ExpressionValue<C[P], Nullable>, M> }
        : I extends { readonly [name: string]: Expression<unknown> }
          ? { -readonly [P in keyof I]: As<ExpressionValue<I[P], Nullable>, M> }
          : never;

/** The row a select list produces, as results give it (exact decimals as `string`). */
export type RowOf<S extends readonly SelectItem[], Nullable extends string = never> = Simplify<UnionToIntersection<FieldsOf<S[number], Nullable>>>;

/** The value types of a select list's columns as expressions (decimals stay `Decimal`): a subquery's or CTE's columns. */
export type ValuesRowOf<S extends readonly SelectItem[], Nullable extends string = never> = Simplify<UnionToIntersection<FieldsOf<S[number], Nullable, 'values'>>>;

/**
 * The value or expression an INSERT or UPDATE accepts for a column (`jsonNull`
 * is checked at run time: json columns only). A numeric column takes any
 * decimal string, number or bigint, and any numeric expression; any column
 * takes an untyped `param('name')`, which takes the column's type.
 */
export type ValueFor<C> =
  C extends Column<infer T, string, string, boolean>
    ? InputOf<T> | Expression<T> | Expression<NonNullable<T>> | JsonNull | Param<unknown> | (IsNumeric<T> extends true ? Of<NumericValue | NullOf<T>> : never)
    : never;

type OptionalKeys<C> = { [K in keyof C]: C[K] extends Column<unknown, string, string, true> ? K : never }[keyof C];
type RequiredKeys<C> = Exclude<keyof C, OptionalKeys<C>>;

/** One row for `insert(table).values(…)`: NOT NULL columns without a default are required. */
export type InsertRow<C> = Simplify<{ [K in RequiredKeys<C>]: ValueFor<C[K]> } & { [K in OptionalKeys<C>]?: ValueFor<C[K]> }>;

/** The value `engine.load()` accepts for a column: a plain value (no expression), checked like a bound value. */
export type LoadValueFor<C> = C extends Column<infer T, string, string, boolean> ? InputOf<T> | JsonNull : never;

/** One row for `engine.load(table, rows)`: NOT NULL columns without a default are required. */
export type LoadRow<C> = Simplify<{ [K in RequiredKeys<C>]: LoadValueFor<C[K]> } & { [K in OptionalKeys<C>]?: LoadValueFor<C[K]> }>;

/** The assignments `update(table).set(…)` accepts. */
export type UpdateSet<C> = Simplify<{ [K in keyof C]?: ValueFor<C[K]> }>;

/** What running an INSERT, UPDATE or DELETE reports. */
export interface MutationResult {
  /** Rows inserted, updated or deleted. */
  readonly rowsAffected: number;
  /**
   * The key generated for the first row the INSERT added (MySQL's meaning of
   * LAST_INSERT_ID()), also when the INSERT ran in batches: SQLite's rowid,
   * MySQL's AUTO_INCREMENT value, PostgreSQL's generated integer primary key
   * (returned by the INSERT itself). Undefined where nothing was generated
   * (MySQL: every row gave its key) or the table has no single generated key
   * (PostgreSQL).
   */
  readonly insertId?: number | bigint;
}

type ColumnsGiving<C, G> = { [K in keyof C]: C[K] extends Column<unknown, string, string, boolean, infer X> ? ([X] extends [G] ? K : never) : never }[keyof C];

/**
 * The row `insert(…).returningDefaults()` gives: the primary key column, and
 * each column with a default or a generated value, present when the INSERT
 * left it to the database (optional: a statement that sets it in every row
 * does not return it).
 */
export type ReturnedDefaults<C> = Simplify<
  { -readonly [K in ColumnsGiving<C, 'key'>]: Read<ExpressionValue<C[K], never>> } & { -readonly [K in ColumnsGiving<C, 'default'>]?: Read<ExpressionValue<C[K], never>> }
>;

/** A table's full row. */
export type RowOfTable<T> = T extends Table<string, infer C> ? { -readonly [K in keyof C]: Read<ExpressionValue<C[K], never>> } : never;
