/**
 * Exact decimals in the types.
 *
 * A NUMERIC value is read and written as a decimal string, so that no digit
 * is lost to floating point. In the types, though, a numeric column must be
 * told apart from a text column: `price.times(quantity)` is arithmetic, and
 * `name.times(2)` is a mistake. A numeric expression's value type is therefore
 * {@link Decimal}, a string with a brand that exists only in the types; rows
 * read it back as a plain `string` ({@link Read}), and wherever a numeric
 * value is written, any decimal string, number or bigint is accepted
 * ({@link InputOf}). A column read through a decimal library
 * (`decimalColumn(Decimal, …)`) is a {@link DecimalOf} that library's class:
 * still a decimal in expressions, the library's object in rows and inputs.
 */

import type { Microseconds } from './timestamp-micros';

declare const decimalBrand: unique symbol;

/**
 * The value type of a NUMERIC expression: an exact decimal string such as
 * `'14.50'`. The brand is a phantom (never set at run time); rows give the
 * value as `string`.
 *
 * @example
 * ```ts
 * const total: Expression<Decimal> = orderItems.c.unitPrice.times(orderItems.c.quantity);
 * const rows = await engine.execute(select({ total }).from(orderItems)); // { total: string }[]
 * ```
 */
export type Decimal = string & { readonly [decimalBrand]: 'numeric' };

declare const libraryBrand: unique symbol;

/**
 * The value type of a NUMERIC column read and written as objects of a decimal
 * library (`D`, such as decimal.js's `Decimal`): a {@link Decimal} in
 * expressions, so arithmetic and comparisons type-check as for any numeric;
 * `D` in result rows ({@link Read}); `D` or any {@link DecimalInput} where a
 * value is written ({@link InputOf}). Arithmetic on it gives a plain
 * `Decimal` (read as a string): the SQL result is a new NUMERIC, not the column.
 *
 * @example
 * ```ts
 * import Decimal from 'decimal.js';
 * const prices = table('prices', { id: integer().primaryKey(), amount: decimalColumn(Decimal, { precision: 12, scale: 2 }).notNull() });
 * const amount: Expression<DecimalOf<Decimal>> = prices.c.amount;
 * ```
 */
export type DecimalOf<D> = Decimal & { readonly [libraryBrand]: D };

/** What a NUMERIC accepts as a value: a decimal string, a (finite) number or a bigint. */
export type DecimalInput = string | number | bigint;

/** Any numeric value type: integers and floats (`number`), `bigint`, exact decimals. */
export type NumericValue = number | bigint | Decimal;

/**
 * What a value of type `T` may be written as: a NUMERIC takes any
 * {@link DecimalInput} (and a {@link DecimalOf} column its library's objects
 * too), other types themselves.
 */
export type InputOf<T> = T extends Decimal ? DecimalInput | LibraryOf<T> : T extends Microseconds ? bigint : T;

/** What a value of type `T` reads as in a result row: a {@link Decimal} is a plain `string`, a {@link DecimalOf} its library's object. */
export type Read<T> = T extends Decimal ? ([LibraryOf<T>] extends [never] ? string : LibraryOf<T>) : T extends Microseconds ? bigint : T;

/** The library class of a {@link DecimalOf}; never for a plain {@link Decimal}. */
export type LibraryOf<T> = T extends { readonly [libraryBrand]: infer D } ? D : never;
