/**
 * Column factories: one per SQL type. Each takes an optional SQL name (when it
 * differs from the key in `table()`) and, for some types, options.
 */
import { SchemaError } from '../errors';
import { SqlType } from '../types/sql-type';
import type { Decimal } from '../types/decimal';
import type { Microseconds, TimestampMode } from '../types/timestamp-micros';
import { ColumnBuilder, columnSpec } from './column';
import { jsonFunctions } from '../expr/json';

type Builder<T, A extends boolean = false> = ColumnBuilder<T, false, false, A>;

function make<T, A extends boolean = false>(type: SqlType, name: string | undefined): Builder<T, A> {
  return new ColumnBuilder<T, false, false, A>(columnSpec(type, name));
}

function split<O>(nameOrOptions: string | O | undefined, options: O | undefined): [string | undefined, O | undefined] {
  return typeof nameOrOptions === 'string' ? [nameOrOptions, options] : [undefined, nameOrOptions ?? options];
}

function positiveInt(value: number | undefined, what: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new SchemaError(`${what} must be a non-negative integer, got ${value}`);
}

/**
 * 32-bit INTEGER, read as `number`. As a primary key it auto-increments.
 *
 * @example
 * ```ts
 * const items = table('items', { id: integer().primaryKey(), stock: integer('stock_count').notNull().default(0) });
 * ```
 */
export const integer = (name?: string): Builder<number, true> => make(new SqlType<number>('integer'), name);
/**
 * 64-bit BIGINT, read as `bigint` so no digit is lost. As a primary key it auto-increments.
 *
 * @example
 * ```ts
 * const events = table('events', { id: bigint().primaryKey(), bytes: bigint() });
 * // rows read back: { id: bigint; bytes: bigint | null }
 * ```
 */
export const bigint = (name?: string): Builder<bigint, true> => make(new SqlType<bigint>('bigint'), name);
/**
 * 16-bit SMALLINT, read as `number`.
 *
 * @example
 * ```ts
 * const items = table('items', { id: integer().primaryKey(), rank: smallint() });
 * ```
 */
export const smallint = (name?: string): Builder<number> => make(new SqlType<number>('smallint'), name);
/** Options of REAL and DOUBLE. */
export interface FloatOptions {
  /**
   * Take Infinity, -Infinity and NaN (default false: finite numbers only).
   * PostgreSQL stores all three; SQLite stores the infinities (its NaN would
   * be NULL, so NaN is refused); MySQL/MariaDB and Oracle refuse them with
   * an UnsupportedFeatureError when the statement is compiled.
   */
  readonly nonFinite?: boolean;
}
/**
 * Single-precision float (REAL).
 *
 * @example
 * ```ts
 * const readings = table('readings', { id: integer().primaryKey(), celsius: real() });
 * ```
 */
export function real(name?: string | FloatOptions, options?: FloatOptions): Builder<number> {
  const [n, o] = split(name, options);
  return make(new SqlType<number>('real', o?.nonFinite === true ? { nonFinite: true } : {}), n);
}
/**
 * Double-precision float; finite numbers only unless `nonFinite: true`.
 *
 * @example
 * ```ts
 * const readings = table('readings', { id: integer().primaryKey(), value: double({ nonFinite: true }) });
 * const points = table('points', { id: integer().primaryKey(), x: double().notNull(), y: double().notNull() });
 * ```
 */
export function double(name?: string | FloatOptions, options?: FloatOptions): Builder<number> {
  const [n, o] = split(name, options);
  return make(new SqlType<number>('double', o?.nonFinite === true ? { nonFinite: true } : {}), n);
}

/** Options of NUMERIC. */
export interface NumericOptions {
  readonly precision?: number;
  readonly scale?: number;
}
/**
 * Exact NUMERIC(p, s), read as a decimal `string` so that no digit is lost to
 * floating point, and written as a decimal string, number or bigint. In
 * expressions its values are {@link Decimal}s, so that arithmetic and
 * comparisons with numbers type-check.
 *
 * @example
 * ```ts
 * const items = table('order_items', { unitPrice: numeric({ precision: 10, scale: 2 }).notNull(), quantity: integer().notNull() });
 * select({ total: fn.sum(items.c.unitPrice.times(items.c.quantity)) }).from(items) // { total: string | null }
 * ```
 */
export function numeric(name?: string | NumericOptions, options?: NumericOptions): Builder<Decimal> {
  const [n, o] = split(name, options);
  positiveInt(o?.precision, 'numeric precision');
  positiveInt(o?.scale, 'numeric scale');
  if (o?.scale !== undefined && o.precision === undefined) throw new SchemaError('numeric scale needs a precision');
  return make(new SqlType<Decimal>('numeric', { ...o }), n);
}

/**
 * Unbounded TEXT (CLOB on Oracle).
 *
 * @example
 * ```ts
 * const posts = table('posts', { id: integer().primaryKey(), body: text().notNull() });
 * ```
 */
export const text = (name?: string): Builder<string> => make(new SqlType<string>('text'), name);

/** Options of VARCHAR and CHAR. */
export interface LengthOptions {
  readonly length: number;
}
/**
 * VARCHAR(n).
 *
 * @example
 * ```ts
 * const users = table('users', {
 *   id: integer().primaryKey(),
 *   email: varchar({ length: 255 }).notNull().unique(),
 *   nick: varchar('nick_name', { length: 40 }),
 * });
 * ```
 */
export function varchar(name: string | LengthOptions, options?: LengthOptions): Builder<string> {
  const [n, o] = split(name, options);
  if (o === undefined) throw new SchemaError('varchar needs { length }');
  positiveInt(o.length, 'varchar length');
  return make(new SqlType<string>('varchar', { length: o.length }), n);
}
/**
 * CHAR(n), fixed length.
 *
 * @example
 * ```ts
 * const countries = table('countries', { code: char({ length: 2 }).primaryKey(), name: text().notNull() });
 * ```
 */
export function char(name: string | LengthOptions, options?: LengthOptions): Builder<string> {
  const [n, o] = split(name, options);
  if (o === undefined) throw new SchemaError('char needs { length }');
  positiveInt(o.length, 'char length');
  return make(new SqlType<string>('char', { length: o.length }), n);
}
/**
 * BOOLEAN (0/1 where the database has no boolean type).
 *
 * @example
 * ```ts
 * const users = table('users', { id: integer().primaryKey(), active: boolean().notNull().default(true) });
 * select(users.c.id).from(users).where(users.c.active.eq(true));
 * ```
 */
export const boolean = (name?: string): Builder<boolean> => make(new SqlType<boolean>('boolean'), name);
/**
 * DATE, as a `'YYYY-MM-DD'` string (a calendar date has no time zone).
 *
 * @example
 * ```ts
 * const people = table('people', { id: integer().primaryKey(), born: date() });
 * await engine.execute(insert(people).values({ born: '1815-12-10' }));
 * ```
 */
export const date = (name?: string): Builder<string> => make(new SqlType<string>('date'), name);
/**
 * TIME of day, as an `'HH:MM:SS[.fff]'` string.
 *
 * @example
 * ```ts
 * const shops = table('shops', { id: integer().primaryKey(), opens: time().notNull() });
 * await engine.execute(insert(shops).values({ opens: '09:30:00' }));
 * ```
 */
export const time = (name?: string): Builder<string> => make(new SqlType<string>('time'), name);

/** Options of TIMESTAMP. */
export interface TimestampOptions {
  /** TIMESTAMP WITH TIME ZONE; without it, values are stored as UTC wall-clock time. */
  readonly withTimeZone?: boolean;
  /**
   * How values are given in JavaScript: `'date'` (default) a `Date`, which
   * stops at milliseconds; `'string'` UTC text `'YYYY-MM-DD HH:MM:SS.ffffff'`
   * (`Z` appended with time zone) and `'bigint'` microseconds since
   * 1970-01-01 00:00:00 UTC, both exact to the microsecond.
   */
  readonly mode?: TimestampMode;
  /**
   * Fraction digits of a second the column keeps, 0 to 6 (default 6 in the
   * string and bigint modes; the database's own in date mode: 6 on
   * PostgreSQL and Oracle, 3 on MySQL). A finer value is refused, not rounded.
   */
  readonly precision?: number;
}

/**
 * A TIMESTAMP's JavaScript value type in a mode.
 *
 * @example
 * ```ts
 * const text: TimestampValue<'string'> = '2024-01-02 03:04:05.123456';
 * const micros: TimestampValue<'bigint'> = 1704164645123456n as Microseconds; // rows read it as a plain bigint
 * ```
 */
export type TimestampValue<M extends TimestampMode | undefined> = M extends 'string' ? string : M extends 'bigint' ? Microseconds : Date;

/**
 * TIMESTAMP [WITH TIME ZONE], as a `Date`; with `mode: 'string'` or
 * `mode: 'bigint'`, to the microsecond as text or as microseconds since the
 * epoch. Strings are checked when a statement is built (a malformed value,
 * a date that does not exist, more fraction digits than `precision`), taken
 * as UTC unless they carry an offset (`Z`, `+05:30`), and read back as
 * UTC text with exactly `precision` fraction digits.
 *
 * @example
 * ```ts
 * const orders = table('orders', {
 *   id: integer().primaryKey(),
 *   placedAt: timestamp('placed_at').notNull().default(fn.now()),   // UTC wall-clock time
 *   paidAt: timestamp({ withTimeZone: true }),
 *   seenAt: timestamp({ mode: 'string', precision: 6 }),             // '2024-01-02 03:04:05.123456'
 *   tick: timestamp({ mode: 'bigint' }),                              // 1704164645123456n
 * });
 * ```
 */
export function timestamp<const M extends TimestampMode | undefined = undefined>(
  name?: string | (TimestampOptions & { readonly mode?: M }),
  options?: TimestampOptions & { readonly mode?: M },
): Builder<TimestampValue<M>> {
  const [n, o] = split(name, options);
  const mode = o?.mode ?? 'date';
  if (mode !== 'date' && mode !== 'string' && mode !== 'bigint') throw new SchemaError(`timestamp mode must be 'date', 'string' or 'bigint', got ${String(mode)}`);
  positiveInt(o?.precision, 'timestamp precision');
  if (o?.precision !== undefined && o.precision > 6) throw new SchemaError(`timestamp precision must be 0 to 6 (microseconds), got ${o.precision}`);
  const precision = o?.precision ?? (mode === 'date' ? undefined : 6);
  return make(
    new SqlType<TimestampValue<M>>('timestamp', {
      withTimeZone: o?.withTimeZone === true,
      ...(mode === 'date' ? {} : { mode }),
      ...(precision === undefined ? {} : { precision }),
    }),
    n,
  );
}
/**
 * JSON (jsonb on PostgreSQL), holding values of type `T`; `jsonNull` stores the
 * JSON literal null. `json` also carries the JSON functions (expr/json.ts).
 *
 * @example
 * ```ts
 * const users = table('users', { id: integer().primaryKey(), profile: json<{ name: string }>() });
 * select({ name: json.text(users.c.profile, ['name']) }).from(users);
 * ```
 */
export const json = Object.assign(<T = unknown>(name?: string): Builder<T> => make(new SqlType<T>('json'), name), jsonFunctions);
/**
 * UUID, as a string.
 *
 * @example
 * ```ts
 * const sessions = table('sessions', { id: uuid().primaryKey(), userId: integer().notNull() });
 * await engine.execute(insert(sessions).values({ id: crypto.randomUUID(), userId: 1 }));
 * ```
 */
export const uuid = (name?: string): Builder<string> => make(new SqlType<string>('uuid'), name);
/**
 * Binary data (BLOB, BYTEA), as a `Buffer`/`Uint8Array`.
 *
 * @example
 * ```ts
 * const files = table('files', { id: integer().primaryKey(), content: blob().notNull() });
 * await engine.execute(insert(files).values({ content: new Uint8Array([0xca, 0xfe]) }));
 * ```
 */
export const blob = (name?: string): Builder<Uint8Array> => make(new SqlType<Uint8Array>('blob'), name);

/**
 * A column holding one of a fixed set of strings (a native ENUM on MySQL and
 * PostgreSQL-style CHECK elsewhere).
 *
 * @example
 * ```ts
 * status: enumOf(['draft', 'published'] as const).notNull().default('draft')
 * ```
 */
export function enumOf<const V extends readonly [string, ...string[]]>(values: V, name?: string): Builder<V[number]> {
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) {
    throw new SchemaError('enumOf needs a non-empty array of strings');
  }
  if (new Set(values).size !== values.length) throw new SchemaError('enumOf values must be distinct');
  return make(new SqlType<V[number]>('enum', { values: [...values] }), name);
}
