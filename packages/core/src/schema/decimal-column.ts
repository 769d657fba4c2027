/**
 * NUMERIC columns read and written as a decimal library's objects
 * (decimal.js's `Decimal`, big.js's `Big`), with no run-time dependency:
 * the application passes the library's class, and core only calls
 * `new Library(text)` and `value.toFixed()`.
 *
 * Values cross the driver as exact decimal text, as every numeric does. A
 * value with more decimal places than the column's scale, or more whole
 * digits than its precision leaves, is refused when the statement is built
 * (no silent rounding: the databases round differently, and SQLite not at
 * all); round it first (`d.toDecimalPlaces(2)` in decimal.js, `d.round(2)`
 * in big.js). NaN and the infinities are refused: no NUMERIC holds them on
 * every database.
 */
import { SqlType } from '../types/sql-type';
import type { DecimalOf } from '../types/decimal';
import type { CustomTypeInfo } from '../types/custom';
import { ColumnBuilder, columnSpec } from './column';
import { numeric, type NumericOptions } from './column-types';

/** What a decimal library's values must offer: their exact text in plain notation (no exponent). */
export interface DecimalObject {
  toFixed(): string;
}

/** A decimal library's class: built from a decimal string (decimal.js's `Decimal`, big.js's `Big`). */
export type DecimalLibrary<D extends DecimalObject> = (new (value: string) => D) & { readonly name: string };

const PLAIN = /^-?\d+(\.\d+)?$/;
const INPUT = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The digits of a plain decimal text before and after its point (leading zeros of the whole part not counted). */
function digitsOf(text: string): { whole: number; fraction: number } {
  const [whole = '', fraction = ''] = text.replace('-', '').split('.');
  return { whole: whole.replace(/^0+/, '').length, fraction: fraction.length };
}

/** The exact text of a value for a NUMERIC(precision, scale), or an error saying what does not fit. */
function exactText<D extends DecimalObject>(library: DecimalLibrary<D>, options: NumericOptions, value: unknown): string {
  let object: unknown = value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string') {
    const text = String(value);
    if (!INPUT.test(text)) throw new Error('expected a decimal string, a finite number, a bigint or a ' + library.name);
    object = new library(text);
  }
  if (!(object instanceof library)) throw new Error(`expected a ${library.name} (or a decimal string, number or bigint)`);
  const text = (object as D).toFixed();
  if (!PLAIN.test(text)) throw new Error(`${text} is not a finite decimal`);
  const { precision, scale = 0 } = options;
  if (precision === undefined) return text;
  const digits = digitsOf(text);
  if (digits.fraction > scale) throw new Error(`it has ${digits.fraction} decimal places and the column keeps ${scale}: round it first`);
  if (digits.whole > precision - scale) throw new Error(`it has ${digits.whole} digits before the point and the column holds ${precision - scale}`);
  return text;
}

const shared = new WeakMap<object, Map<string, SqlType>>();

/** One SqlType per library, precision and scale, so that statements over such columns share their cache entries. */
function decimalType<D extends DecimalObject>(library: DecimalLibrary<D>, options: NumericOptions): SqlType {
  const key = `${options.precision ?? ''},${options.scale ?? ''}`;
  const types = shared.get(library) ?? new Map<string, SqlType>();
  shared.set(library, types);
  const known = types.get(key);
  if (known !== undefined) return known;
  const described = new SqlType('numeric', options).describe();
  const info: CustomTypeInfo = Object.freeze({
    name: `${described} as ${library.name}`,
    check: (value: unknown) => value instanceof library || typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint',
    toDriver: (value: unknown) => exactText(library, options, value),
    fromDriver: (value: unknown) => new library(String(value)),
  });
  const type = new SqlType('numeric', { ...options, custom: info });
  types.set(key, type);
  return type;
}

/**
 * A NUMERIC(precision, scale) column whose values are a decimal library's
 * objects: read back as `new Library(text)` from the exact text the database
 * gives, written as the object's exact `toFixed()` text. In expressions it
 * is a numeric like any other ({@link DecimalOf}): arithmetic, comparisons
 * and aggregates type-check, and `sum`/`min`/`max` read back as the
 * library's objects while arithmetic results (new NUMERICs) read as decimal
 * strings. Inserts, updates and comparisons take the library's objects as
 * well as decimal strings, numbers and bigints.
 *
 * A value with more decimal places than `scale` or more whole digits than
 * `precision - scale` is refused with an InvalidValueError naming the column
 * (round it first); NaN and infinities are refused.
 *
 * @example
 * ```ts
 * import Decimal from 'decimal.js';
 * const accounts = table('accounts', {
 *   id: integer().primaryKey(),
 *   balance: decimalColumn(Decimal, { precision: 38, scale: 10 }).notNull(),
 *   fee: decimalColumn(Decimal, 'fee_amount', { precision: 12, scale: 2 }),
 * });
 * await engine.execute(insert(accounts).values({ balance: new Decimal('12345678901234567890.0123456789') }));
 * const rows = await engine.execute(select(accounts.c.balance).from(accounts)); // { balance: Decimal }[]
 * ```
 */
export function decimalColumn<D extends DecimalObject>(
  library: DecimalLibrary<D>,
  name?: string | NumericOptions,
  options?: NumericOptions,
): ColumnBuilder<DecimalOf<D>> {
  // numeric() checks the name, precision and scale.
  const { spec } = numeric(name, options);
  const { precision, scale } = spec.type.options;
  const type = decimalType(library, { ...(precision === undefined ? {} : { precision }), ...(scale === undefined ? {} : { scale }) });
  return new ColumnBuilder<DecimalOf<D>>(columnSpec(type, spec.sqlName));
}
