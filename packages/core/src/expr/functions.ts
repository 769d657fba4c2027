import { InvalidIdentifierError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import { bindValue, Expression, FunctionCall, NullOf, Of, Operand, operand } from './expression';
import type { NumericValue } from '../types/decimal';
import type { Derived, SourcesOf } from './sources';
import { AggregateFunctions, aggregateFunctions } from './aggregates';
import { nullif } from './conditional';
import { sharedScale } from './arithmetic';
import { grouping } from './grouping-sets';
import { win, WindowFunctions } from './window';

/** Names a generic function call may use: plain SQL identifiers, optionally schema-qualified. */
const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$/;

function checkFunctionName(name: string): string {
  if (typeof name !== 'string' || !FUNCTION_NAME.test(name)) {
    throw new InvalidIdentifierError(`${JSON.stringify(name)} is not a valid SQL function name`);
  }
  return name;
}

function args(name: string, values: readonly unknown[]): Expression[] {
  return values.map((v) => (v instanceof Expression ? v : bindValue(v, builtinTypes.unknown, `argument of ${name}()`)));
}

/** The typed, portable functions. Any other name is reachable as `fn.name(...)` or {@link fn.call}. */
export interface KnownFunctions extends AggregateFunctions, WindowFunctions {
  /** `NULLIF(a, b)`: NULL when `a = b`, otherwise `a`. */
  nullif<E extends Of<unknown>>(a: E, b: Operand<E['__value']>): Derived<NonNullable<E['__value']> | null, SourcesOf<E>>;
  /** `GROUPING(a, …)`: which arguments a ROLLUP / CUBE row rolled up (a bit mask). */
  grouping(...args: Expression[]): Expression<number>;
  /**
   * `COALESCE(a, b, …)`: the first non-null argument. The result may be NULL
   * only when every argument may be: a value, or a NOT NULL expression of a
   * table no outer join leaves empty, makes it non-null.
   *
   * @example
   * ```ts
   * fn.coalesce(authors.c.name, 'anonymous')   // string, also on the nullable side of a LEFT JOIN
   * ```
   */
  coalesce<E extends Of<unknown>, R extends Operand<E['__value']>[]>(first: E, ...rest: R): Coalesced<E, R>;
  /** `LOWER(s)` */
  lower<E extends Of<string | null>>(expr: E): Derived<E['__value'], SourcesOf<E>>;
  /** `UPPER(s)` */
  upper<E extends Of<string | null>>(expr: E): Derived<E['__value'], SourcesOf<E>>;
  /** Length of a string in characters (`LENGTH`, `CHAR_LENGTH`, as the dialect names it). */
  length<E extends Of<string | null>>(expr: E): Derived<number | NullOf<E['__value']>, SourcesOf<E>>;
  /** `ABS(n)` */
  abs<E extends Of<NumericValue | null>>(expr: E): Derived<E['__value'], SourcesOf<E>>;
  /**
   * The part of a string from character `start` (1 for the first), `length`
   * characters long or to its end: `SUBSTR(s, start[, length])` on every database.
   *
   * @example
   * ```ts
   * select({ initial: fn.substring(people.c.name, 1, 1) }).from(people)
   * ```
   */
  substring<E extends Of<string | null>>(expr: E, start: number | Expression<number>, length?: number | Expression<number>): Derived<E['__value'], SourcesOf<E>>;
  /** `TRIM(s)`: without leading and trailing spaces. */
  trim<E extends Of<string | null>>(expr: E): Derived<E['__value'], SourcesOf<E>>;
  /** `LTRIM(s)`: without leading spaces. */
  ltrim<E extends Of<string | null>>(expr: E): Derived<E['__value'], SourcesOf<E>>;
  /** `RTRIM(s)`: without trailing spaces. */
  rtrim<E extends Of<string | null>>(expr: E): Derived<E['__value'], SourcesOf<E>>;
  /**
   * `REPLACE(s, from, to)`: every occurrence of `from` replaced by `to`.
   *
   * @example
   * ```ts
   * fn.replace(people.c.city, ' ', '-')
   * ```
   */
  replace<E extends Of<string | null>>(expr: E, from: Operand<string>, to: Operand<string>): Derived<E['__value'], SourcesOf<E>>;
  /** The current timestamp of the transaction or statement, with time zone where the dialect has it. */
  now(): Expression<Date>;
  /**
   * Calls any SQL function by name. The name must be a plain identifier
   * (optionally `schema.name`); arguments are bound or compiled as expressions.
   *
   * @example
   * ```ts
   * fn.call<string>('replace', users.c.name, 'a', 'b')
   * ```
   */
  call<T = unknown>(name: string, ...args: unknown[]): Expression<T>;
}

/** An argument of COALESCE that is never NULL: a value, or a NOT NULL expression reading no table. */
type NeverNull<A> = A extends { readonly __value: infer V } ? ([NullOf<V>] extends [never] ? ([SourcesOf<A>] extends [never] ? true : false) : false) : true;
type AnyNeverNull<A extends readonly unknown[]> = true extends { [I in keyof A]: NeverNull<A[I]> }[number] ? true : false;
/**
 * The tables the first NOT NULL argument reads: the result is non-null
 * whenever no outer join empties them (a sound, if not the tightest, bound).
 */
type NotNullSources<A extends readonly unknown[]> = A extends readonly [infer H, ...infer T]
  ? H extends { readonly __value: infer V }
    ? [NullOf<V>] extends [never]
      ? SourcesOf<H>
      : NotNullSources<T>
    : never
  : never;

/** The type of `COALESCE(first, ...rest)`. */
export type Coalesced<E extends Of<unknown>, R extends readonly unknown[]> =
  AnyNeverNull<[E, ...R]> extends true
    ? Expression<NonNullable<E['__value']>>
    : [NotNullSources<[E, ...R]>] extends [never]
      ? Expression<E['__value'] | null>
      : Derived<NonNullable<E['__value']>, NotNullSources<[E, ...R]>>;

/** Generic calls by property name: `fn.julianday(x)`. */
export type GenericFunctions = { readonly [name: string]: (...args: unknown[]) => Expression<unknown> };

const known: KnownFunctions = {
  ...aggregateFunctions,
  ...win,
  nullif,
  grouping,
  coalesce: <E extends Of<unknown>, R extends unknown[]>(first: E, ...rest: R) => {
    const args = [first, ...rest.map((r) => operand(r, first))];
    return new FunctionCall('coalesce', args, sharedScale(first.type, args)) as unknown as Coalesced<E, R>;
  },
  lower: <E extends Of<unknown>>(expr: E) => new FunctionCall('lower', [expr], expr.type) as unknown as Derived<E['__value'], SourcesOf<E>>,
  upper: <E extends Of<unknown>>(expr: E) => new FunctionCall('upper', [expr], expr.type) as unknown as Derived<E['__value'], SourcesOf<E>>,
  length: <E extends Of<unknown>>(expr: E) =>
    new FunctionCall('length', [expr], builtinTypes.integer) as unknown as Derived<number | NullOf<E['__value']>, SourcesOf<E>>,
  abs: <E extends Of<unknown>>(expr: E) => new FunctionCall('abs', [expr], expr.type) as unknown as Derived<E['__value'], SourcesOf<E>>,
  substring: <E extends Of<unknown>>(expr: E, start: number | Expression<number>, length?: number | Expression<number>) => {
    const position = (value: unknown, what: string): Expression =>
      value instanceof Expression ? value : bindValue(value, builtinTypes.integer, `fn.substring() ${what}`);
    const args = length === undefined ? [expr, position(start, 'start')] : [expr, position(start, 'start'), position(length, 'length')];
    return new FunctionCall('substr', args, expr.type) as unknown as Derived<E['__value'], SourcesOf<E>>;
  },
  trim: <E extends Of<unknown>>(expr: E) => new FunctionCall('trim', [expr], expr.type) as unknown as Derived<E['__value'], SourcesOf<E>>,
  ltrim: <E extends Of<unknown>>(expr: E) => new FunctionCall('ltrim', [expr], expr.type) as unknown as Derived<E['__value'], SourcesOf<E>>,
  rtrim: <E extends Of<unknown>>(expr: E) => new FunctionCall('rtrim', [expr], expr.type) as unknown as Derived<E['__value'], SourcesOf<E>>,
  replace: <E extends Of<unknown>>(expr: E, from: unknown, to: unknown) =>
    new FunctionCall('replace', [expr, operand(from, expr), operand(to, expr)], expr.type) as unknown as Derived<E['__value'], SourcesOf<E>>,
  now: () => new FunctionCall<Date>('now', [], builtinTypes.timestamptz),
  call: <T,>(name: string, ...values: unknown[]): Expression<T> => new FunctionCall<T>(checkFunctionName(name), args(name, values), builtinTypes.unknown),
};

/**
 * SQL functions. The common ones are typed; any other is called by name.
 *
 * @example
 * ```ts
 * select(fn.count().as('n'), fn.max(users.c.age).as('oldest')).from(users)
 * fn.julianday(posts.c.createdAt)          // generic: Expression<unknown>
 * ```
 */
export const fn: KnownFunctions & GenericFunctions = new Proxy(known as KnownFunctions & GenericFunctions, {
  get(target, property, receiver) {
    if (typeof property !== 'string' || Object.prototype.hasOwnProperty.call(target, property)) {
      return Reflect.get(target, property, receiver);
    }
    // Thenable probes (await fn) and inspection must not turn into SQL functions.
    if (property === 'then' || property === 'toJSON' || property === 'constructor') return undefined;
    const name = checkFunctionName(property);
    return (...values: unknown[]) => new FunctionCall(name, args(name, values), builtinTypes.unknown);
  },
});

/**
 * Gives a generic function call (or raw fragment) a known SQL type, for result conversion.
 *
 * @example
 * ```ts
 * const pid = typed(fn.pg_backend_pid(), builtinTypes.integer);   // read as a number
 * await engine.execute(select({ pid }));
 * ```
 */
export function typed<T>(expr: Expression, type: SqlType<T>): Expression<T> {
  if (expr instanceof FunctionCall) return new FunctionCall<T>(expr.name, expr.args, type, expr.star, expr.distinct);
  return new TypedExpression<T>(expr, type);
}

/** An expression re-typed for result conversion; compiles as its inner expression. */
export class TypedExpression<T> extends Expression<T> {
  readonly kind = 'typed';
  constructor(
    readonly inner: Expression,
    readonly type: SqlType,
  ) {
    super();
  }
}
