/**
 * `insert(t).fromSelect(keys, query)`: the select's columns must fit the
 * table's, pair by pair, in the types and when the statement is built.
 */
import { CompileError } from '../errors';
import type { Aliased, Expression } from '../expr/expression';
import type { Column } from '../schema/column';
import type { InputOf, NumericValue } from '../types/decimal';
import type { TypeKind } from '../types/sql-type';
import type { SelectedColumn } from './select';

/** The value type of one select item that gives one column; `unknown` for a whole table or an object of several. */
type ItemValue<I> =
  I extends Column<infer T, string, string, boolean>
    ? T
    : I extends Aliased<infer T, string, string>
      ? T
      : I extends { readonly [name: string]: Expression<unknown> }
        ? keyof I extends infer Only
          ? [Only] extends [never]
            ? unknown
            : I[keyof I] extends { readonly __value: infer T }
              ? T
              : unknown
          : unknown
        : unknown;

/**
 * Whether a value of type `From` may be stored in a column of type `To`
 * (NULLs are the database's to refuse; a text column takes any value, as
 * every database converts it).
 */
type Fits<From, To> = unknown extends From
  ? true
  : [NonNullable<To>] extends [string]
    ? string extends NonNullable<To>
      ? true
      : [NonNullable<From>] extends [InputOf<NonNullable<To>>]
        ? true
        : false
  : [NonNullable<From>] extends [never]
    ? true
    : [NonNullable<From>] extends [InputOf<NonNullable<To>>]
      ? true
      : [NonNullable<From>] extends [NumericValue]
        ? [NonNullable<To>] extends [NumericValue]
          ? true
          : false
        : false;

type Mismatch<C, K, S> = K extends readonly [infer KH, ...infer KT]
  ? S extends readonly [infer SH, ...infer ST]
    ? KH extends keyof C
      ? C[KH] extends { readonly __value: infer To }
        ? Fits<ItemValue<SH>, To> extends true
          ? Mismatch<C, KT, ST>
          : KH
        : Mismatch<C, KT, ST>
      : never
    : never
  : never;

type ItemsOf<Q> = Q extends { readonly __items: (items: infer S) => void } ? S : never;

/**
 * The query itself when its columns fit the table's columns `K` pair by pair;
 * otherwise a message naming the first column that does not.
 */
export type FitsColumns<C, K, Q> = [Mismatch<C, K, ItemsOf<Q>>] extends [never]
  ? unknown
  : { readonly 'fromSelect(): column types': `the select's value for column "${Mismatch<C, K, ItemsOf<Q>> & string}" does not fit its type` };

const families: Readonly<Record<TypeKind, string>> = {
  integer: 'number',
  bigint: 'number',
  smallint: 'number',
  real: 'number',
  double: 'number',
  numeric: 'number',
  text: 'text',
  varchar: 'text',
  char: 'text',
  enum: 'text',
  uuid: 'text',
  boolean: 'boolean',
  date: 'date',
  time: 'time',
  timestamp: 'date',
  json: 'json',
  blob: 'blob',
  unknown: 'unknown',
};

/** Refuses a select column whose type cannot go into the table column it is paired with (text into an integer …). */
export function checkColumnTypes(tableName: string, columns: readonly Column[], selected: readonly SelectedColumn[]): void {
  columns.forEach((column, i) => {
    const from = selected[i]!.expr.type;
    const a = families[column.type.kind];
    const b = families[from.kind];
    // A text column takes anything (every database converts to text); unknown types are the user's to know.
    if (a === 'unknown' || b === 'unknown' || a === b || a === 'text' || (a === 'json' && b === 'text')) return;
    throw new CompileError(
      `insert into ${tableName}: column ${column.name} is ${column.type.describe()}, but the select's column ${i + 1} (${selected[i]!.key}) is ${from.describe()}`,
    );
  });
}
