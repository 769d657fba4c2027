/**
 * Typed constants: a value standing alone in a select list, arithmetic, a
 * CASE or date arithmetic (`1 - discount`, `dates.add(dateValue('1994-01-01'),
 * { years: 1 })`), where no column gives the bound value its type.
 *
 * A constant is a bound value written as `CAST(? AS type)`, so that every
 * database knows its type (PostgreSQL cannot infer `$1 + $2`); a boolean is
 * bound as it is (SQLite and MySQL have no boolean to cast to).
 */
import { InvalidValueError } from '../errors';
import { ColumnBuilder } from '../schema/column';
import type { Decimal } from '../types/decimal';
import { SqlType, typeOfValue } from '../types/sql-type';
import { Cast } from './conditional';
import { Bind, bindValue, Expression } from './expression';

/** The JavaScript type a constant of value `V` has: a literal widened (`5` → `number`). */
export type Widened<V> = V extends string ? string : V extends number ? number : V extends bigint ? bigint : V extends boolean ? boolean : V;

/** A value `val()` infers a type for. */
export type ConstantValue = string | number | bigint | boolean | Date | Uint8Array;

/** A SQL type or a column type (`numeric({ precision: 10, scale: 2 })`) a constant takes. */
export type ConstantType<T> = SqlType<T> | ColumnBuilder<T, boolean, boolean, boolean>;

/**
 * A typed constant. Without a type, the value's own is taken (a whole number
 * is an integer, a fraction a double, a string text, a Date a timestamp with
 * time zone); give one for anything else.
 *
 * @example
 * ```ts
 * select({ one: val(1), label: val('total') }).from(items)
 * val(1).minus(lineitem.c.discount)                  // 1 - l_discount, a decimal
 * val('2024-01-31', date())                          // a DATE constant
 * caseWhen(items.c.quantity.gt(10), val('bulk')).else('single')
 * ```
 */
export function val<V extends ConstantValue>(value: V): Expression<Widened<V>>;
export function val<T>(value: unknown, type: ConstantType<T>): Expression<T>;
export function val(value: unknown, type?: ConstantType<unknown>): Expression {
  const sqlType = constantType(value, type, 'val()');
  return typedBind(bindValue(value, sqlType, 'val()'));
}

/** A bound value written `CAST(? AS type)`, so that the database knows its type; a boolean as it is (SQLite and MySQL have no boolean to cast to). @internal */
export function typedBind(bound: Bind): Expression {
  return bound.type.kind === 'boolean' ? bound : new Cast(bound, bound.type);
}

/**
 * The SQL type of a constant given to `what` (`val()`, `literal()`): the type
 * given, else the value's own; a missing value, an expression or a type that
 * cannot be known is refused.
 * @internal
 */
export function constantType(value: unknown, type: ConstantType<unknown> | undefined, what: string): SqlType {
  if (value === null || value === undefined) throw new InvalidValueError(`${what} takes a value: for NULL, use null where a value is expected, or cast(null, type)`);
  if (value instanceof Expression) throw new InvalidValueError(`${what} takes a value, not an expression`);
  const declared = type instanceof ColumnBuilder ? type.spec.type : type;
  if (declared !== undefined && !(declared instanceof SqlType)) throw new InvalidValueError(`${what}: the type must be a SQL type or a column type such as date()`);
  const sqlType = declared ?? typeOfValue(value);
  if (sqlType.kind === 'unknown') throw new InvalidValueError(`${what}: cannot infer a SQL type for ${typeof value}; give one, e.g. ${what.slice(0, -1)}x, text())`);
  return sqlType;
}

const DATE_TYPE = new SqlType<string>('date');

/**
 * A DATE constant from `'YYYY-MM-DD'`.
 *
 * @example
 * ```ts
 * dates.add(dateValue('1994-01-01'), { years: 1 })
 * select(orders.c.id).from(orders).where(orders.c.placedOn.lt(dateValue('1995-03-15')))
 * ```
 */
export function dateValue(value: string): Expression<string> {
  return val<string>(value, DATE_TYPE);
}

const DECIMAL_TEXT = /^[+-]?(\d*)(?:\.(\d*))?$/;

/**
 * An exact NUMERIC constant, typed with the precision and scale its digits
 * need (`'0.05'` is NUMERIC(3, 2)), so that every database keeps them.
 *
 * @example
 * ```ts
 * select({ net: decimalValue('1').minus(lineitem.c.discount) }).from(lineitem)
 * ```
 */
export function decimalValue(value: string | number | bigint): Expression<Decimal> {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const match = DECIMAL_TEXT.exec(text);
  if (match === null || (match[1] === '' && (match[2] ?? '') === '')) {
    throw new InvalidValueError(`decimalValue() takes a decimal number such as '12.50', got ${JSON.stringify(text)}`);
  }
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const scale = (match[2] ?? '').length;
  const precision = Math.max(1, whole.length + scale);
  return val<Decimal>(text, new SqlType<Decimal>('numeric', { precision: Math.max(precision, scale + 1), scale }));
}
