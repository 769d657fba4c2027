import { InvalidIdentifierError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import { bindValue, Expression, FunctionCall, NullOf, Of, Operand, operand } from './expression';
import { AggregateFunctions, aggregateFunctions } from './aggregates';
import { nullif } from './conditional';
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
  nullif<T>(a: Of<T>, b: Operand<T>): Expression<NonNullable<T> | null>;
  /** `GROUPING(a, …)`: which arguments a ROLLUP / CUBE row rolled up (a bit mask). */
  grouping(...args: Expression[]): Expression<number>;
  /** `COALESCE(a, b, …)`: the first non-null argument. */
  coalesce<T>(first: Of<T>, ...rest: Operand<T>[]): Expression<NonNullable<T>>;
  /** `LOWER(s)` */
  lower<S extends string | null>(expr: Of<S>): Expression<S>;
  /** `UPPER(s)` */
  upper<S extends string | null>(expr: Of<S>): Expression<S>;
  /** Length of a string in characters (`LENGTH`, `CHAR_LENGTH`, as the dialect names it). */
  length<S extends string | null>(expr: Of<S>): Expression<number | NullOf<S>>;
  /** `ABS(n)` */
  abs<N extends number | bigint | null>(expr: Of<N>): Expression<N>;
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

/** Generic calls by property name: `fn.julianday(x)`. */
export type GenericFunctions = { readonly [name: string]: (...args: unknown[]) => Expression<unknown> };

const known: KnownFunctions = {
  ...aggregateFunctions,
  ...win,
  nullif,
  grouping,
  coalesce: <T>(first: Of<T>, ...rest: Operand<T>[]) => new FunctionCall<NonNullable<T>>('coalesce', [first, ...rest.map((r) => operand(r, first))], first.type),
  lower: <S>(expr: Of<S>) => new FunctionCall<S>('lower', [expr], expr.type),
  upper: <S>(expr: Of<S>) => new FunctionCall<S>('upper', [expr], expr.type),
  length: <S>(expr: Of<S>) => new FunctionCall<number | NullOf<S>>('length', [expr], builtinTypes.integer),
  abs: <N>(expr: Of<N>) => new FunctionCall<N>('abs', [expr], expr.type),
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

/** Gives a generic function call (or raw fragment) a known SQL type, for result conversion. */
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
