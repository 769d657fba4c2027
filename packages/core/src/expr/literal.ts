/**
 * Typed literals: a value written into the SQL text itself (`CAST(5 AS
 * INTEGER)`, `'O''Brien'`, `DATE '2024-01-31'`), not bound as a parameter —
 * SQLAlchemy's `literal(…, literal_execute)` / `render_literal_value`. For
 * where a user needs the value in the text: a statement logged or shipped
 * elsewhere, a partial index's predicate, a server that plans differently
 * for a constant.
 *
 * The value is checked when the node is built by the same check as a bound
 * value of its type; each dialect writes it with its own escaping
 * (`BaseCompiler.typedLiteral`). The value is part of the statement's shape
 * (`key`), so two statements differing only in a literal never share a
 * compiled SQL text.
 */
import { InvalidValueError } from '../errors';
import { customToDriver } from '../types/custom';
import { JsonNull } from '../types/json-null';
import type { SqlType } from '../types/sql-type';
import { checkBindValue } from '../types/validate';
import { Expression } from './expression';
import { ConstantType, ConstantValue, constantType, Widened } from './values';

/**
 * A value written inline as a SQL literal of its type: the node {@link literal} builds.
 *
 * @example
 * ```ts
 * const five = literal(5, integer());   // a Literal: five.kind === 'literal'
 * ```
 */
export class Literal<T = unknown> extends Expression<T> {
  readonly kind = 'literal';
  constructor(
    /** The value, checked for its type when built. */
    readonly value: unknown,
    readonly type: SqlType,
    /** The value as shape text (see {@link literalKey}): the SQL is cached by this, never by `value`. */
    readonly key: string,
  ) {
    super();
  }
  override describe(): string {
    return `literal ${this.type.describe()}`;
  }
}

/**
 * A text that tells apart every two values written differently: the kind of
 * value, then its exact text (a Date by its instant, bytes in hex, -0 apart
 * from 0, JSON by the text every dialect writes for it).
 */
function literalKey(value: unknown): string {
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value instanceof Uint8Array) return `x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  if (value instanceof JsonNull) return 'J';
  switch (typeof value) {
    case 'string':
      return `s${value}`;
    case 'number':
      return `n${Object.is(value, -0) ? '-0' : String(value)}`;
    case 'bigint':
      return `i${value}`;
    case 'boolean':
      return value ? 't' : 'f';
    default:
      return `j${JSON.stringify(value)}`;
  }
}

/**
 * A typed value written into the SQL text as a literal, not bound: `literal(5,
 * integer())` is `CAST(5 AS INTEGER)`, `literal("O'Brien", text())` is
 * `'O''Brien'` (or its dialect's safe form), `literal(new Date(…), timestamp())`
 * a timestamp literal in UTC. Without a type, the value's own is taken, as
 * for {@link val} (which binds the value instead).
 *
 * The value is checked when the literal is built, as a bound value of its
 * type is (range, finiteness, lone surrogates); a string holding NUL (U+0000)
 * is refused, since no SQL literal can hold one. A value a dialect cannot
 * write inline safely (on Oracle, a BLOB over 2,000 bytes or a varchar over
 * 4,000 bytes) is refused when compiled, naming the type and the dialect.
 *
 * The value is part of the statement's cache key: statements differing only
 * in a literal each compile their own SQL. Bind values that change from one
 * run to the next with {@link val}.
 *
 * @example
 * ```ts
 * select({ five: literal(5, integer()), name: literal("O'Brien", text()) })
 * // SELECT CAST(5 AS INTEGER) AS "five", CAST('O''Brien' AS TEXT) AS "name"   (PostgreSQL)
 * select(orders.c.id).from(orders).where(orders.c.placedAt.gte(literal(new Date(Date.UTC(2024, 0, 1)), timestamp())))
 * literal(true)                                   // TRUE, or 1 where there is no boolean
 * ```
 */
export function literal<V extends ConstantValue>(value: V): Expression<Widened<V>>;
export function literal<T>(value: unknown, type: ConstantType<T>): Expression<T>;
export function literal(value: unknown, type?: ConstantType<unknown>): Expression {
  const sqlType = constantType(value, type, 'literal()');
  checkBindValue(sqlType, value, 'literal()');
  // A custom type's value is written as its codec gives it: the key (and the NUL check) read that.
  const custom = sqlType.options.custom;
  const written = custom === undefined ? value : customToDriver(custom, value, 'literal()');
  if (typeof written === 'string' && written.includes('\u0000')) {
    throw new InvalidValueError('literal(): the string holds a NUL character (U+0000), which no SQL literal can hold; bind it with val() instead');
  }
  return new Literal(value, sqlType, literalKey(written));
}
