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
 * ({@link InputOf}).
 */

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

/** What a NUMERIC accepts as a value: a decimal string, a (finite) number or a bigint. */
export type DecimalInput = string | number | bigint;

/** Any numeric value type: integers and floats (`number`), `bigint`, exact decimals. */
export type NumericValue = number | bigint | Decimal;

/** What a value of type `T` may be written as: a NUMERIC takes any {@link DecimalInput}, other types themselves. */
export type InputOf<T> = T extends Decimal ? DecimalInput : T;

/** What a value of type `T` reads as in a result row: a {@link Decimal} is a plain `string`. */
export type Read<T> = T extends Decimal ? string : T;
