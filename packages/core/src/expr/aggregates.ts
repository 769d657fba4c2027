/**
 * Aggregate functions: COUNT, SUM, AVG, MIN, MAX (plain or DISTINCT), string
 * aggregation, and what every aggregate can take: `.filter(cond)` (FILTER
 * (WHERE …), emulated with CASE where the database lacks it) and `.over(w)`
 * (the aggregate as a window function).
 */
import { CompileError, InvalidIdentifierError, InvalidValueError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import type { Decimal, NumericValue } from '../types/decimal';
import { bindValue, Expression, FunctionCall, Of, Ordering } from './expression';
import { Over, WindowRef, over } from './window';

type Predicate = Expression<boolean> | Expression<boolean | null>;

function condition(cond: Predicate): Expression {
  if (!(cond instanceof Expression)) throw new CompileError('filter() takes a condition');
  return cond;
}

/**
 * A call of an aggregate function. Besides being an expression, it takes a
 * FILTER and can be computed over a window.
 *
 * @example
 * ```ts
 * fn.count().filter(orders.c.amount.gt(10))
 * fn.sum(orders.c.amount).over({ partitionBy: [orders.c.personId] })
 * ```
 */
export class AggregateCall<T = unknown> extends FunctionCall<T> {
  /** Marks a call known to be an aggregate, whatever its name (it may take OVER and FILTER). */
  readonly aggregate = true;
  constructor(name: string, args: readonly Expression[], type: SqlType, star = false, distinct = false) {
    super(name, args, type, star, distinct);
  }
  /**
   * Aggregates only the rows where `cond` holds: `FILTER (WHERE cond)` on
   * PostgreSQL and SQLite, `agg(CASE WHEN cond THEN x END)` elsewhere.
   */
  filter(cond: Predicate): FilteredAggregate<T> {
    return new FilteredAggregate<T>(this, condition(cond), this.type);
  }
  /** The aggregate over a window instead of a group: `SUM(x) OVER (…)`. */
  over(window: WindowRef): Over<T> {
    return over<T>(this as unknown as Of<T>, window);
  }
}

/**
 * `aggregate FILTER (WHERE condition)`, built by `.filter()` on an aggregate.
 *
 * @example
 * ```ts
 * const big: FilteredAggregate<number> = fn.count().filter(orders.c.amount.gt(100));
 * ```
 */
export class FilteredAggregate<T = unknown> extends Expression<T> {
  readonly kind = 'aggregate-filter';
  constructor(
    /** An {@link AggregateCall} or a {@link StringAgg}. */
    readonly aggregate: FunctionCall | StringAgg,
    readonly condition: Expression,
    readonly type: SqlType,
  ) {
    super();
  }
  /** The filtered aggregate over a window. */
  over(window: WindowRef): Over<T> {
    return over<T>(this as unknown as Of<T>, window);
  }
  override describe(): string {
    return `${this.aggregate.describe()} FILTER`;
  }
}

/** Options of {@link AggregateFunctions.stringAgg}. */
export interface StringAggOptions {
  /** The order of the values in the result (default: whatever order the database meets them in). */
  readonly orderBy?: readonly (Ordering | Expression)[];
}

/**
 * String aggregation: STRING_AGG (PostgreSQL), GROUP_CONCAT (SQLite, MySQL),
 * LISTAGG (Oracle). NULL values are skipped; over no rows it is NULL.
 *
 * @example
 * ```ts
 * fn.stringAgg(orders.c.item, ', ', { orderBy: [orders.c.id] }) // a StringAgg
 * ```
 */
export class StringAgg extends Expression<string | null> {
  readonly kind = 'string-agg';
  readonly type = builtinTypes.text;
  constructor(
    readonly expr: Expression,
    /** Written as a string literal: MySQL and Oracle take no parameter there. */
    readonly separator: string,
    readonly orderBy: readonly Ordering[],
  ) {
    super();
  }
  /** Aggregates only the rows where `cond` holds. */
  filter(cond: Predicate): FilteredAggregate<string | null> {
    return new FilteredAggregate<string | null>(this, condition(cond), this.type);
  }
  override describe(): string {
    return 'stringAgg()';
  }
}

/** Names a user-defined aggregate may have. */
const AGGREGATE_NAME = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$/;

/**
 * Calls an aggregate function by name (a built-in one alkahest has no typed
 * builder for, or a user-defined one), so that it takes `.filter()` and `.over()`.
 *
 * @example
 * ```ts
 * aggregate<number>('stddev_pop', orders.c.amount).over({ partitionBy: [orders.c.personId] })
 * ```
 */
export function aggregate<T = unknown>(name: string, ...args: unknown[]): AggregateCall<T> {
  if (typeof name !== 'string' || !AGGREGATE_NAME.test(name)) throw new InvalidIdentifierError(`${JSON.stringify(name)} is not a valid SQL function name`);
  const values = args.map((v) => (v instanceof Expression ? v : bindValue(v, builtinTypes.unknown, `argument of ${name}()`)));
  return new AggregateCall<T>(name, values, builtinTypes.unknown);
}

/** The value type of AVG over values of type `N`: exact over decimals, a (fractional) number otherwise. */
export type AverageOf<N> = [Extract<N, Decimal>] extends [never] ? number : Decimal;

/** AVG of a NUMERIC is NUMERIC on every database; of anything else, a double. */
function averageType(expr: Expression): SqlType {
  return expr?.type?.kind === 'numeric' ? builtinTypes.numeric : builtinTypes.double;
}

/** The typed aggregates (on `fn`). */
export interface AggregateFunctions {
  /** `COUNT(*)`, or `COUNT(expr)` counting non-null values. */
  count(expr?: Expression): AggregateCall<number>;
  /** `COUNT(DISTINCT expr)` */
  countDistinct(expr: Expression): AggregateCall<number>;
  /** `SUM(expr)`: NULL over no rows. */
  sum<N extends NumericValue | null>(expr: Of<N>): AggregateCall<NonNullable<N> | null>;
  /** `SUM(DISTINCT expr)` */
  sumDistinct<N extends NumericValue | null>(expr: Of<N>): AggregateCall<NonNullable<N> | null>;
  /** `AVG(expr)`: NULL over no rows; exact (a decimal) over a numeric column, as the databases give it. */
  avg<N extends NumericValue | null>(expr: Of<N>): AggregateCall<AverageOf<N> | null>;
  /** `AVG(DISTINCT expr)` */
  avgDistinct<N extends NumericValue | null>(expr: Of<N>): AggregateCall<AverageOf<N> | null>;
  /** `MIN(expr)` */
  min<T>(expr: Of<T>): AggregateCall<NonNullable<T> | null>;
  /** `MAX(expr)` */
  max<T>(expr: Of<T>): AggregateCall<NonNullable<T> | null>;
  /**
   * The non-null values joined with `separator`, in `orderBy` order: STRING_AGG
   * on PostgreSQL, GROUP_CONCAT on SQLite and MySQL, LISTAGG … WITHIN GROUP on
   * Oracle. NULL over no rows. MySQL cuts the result at `group_concat_max_len`
   * bytes (1024 by default on MySQL 8; raise it for long lists); Oracle fails
   * past 4000 bytes (ORA-01489).
   *
   * @example
   * ```ts
   * fn.stringAgg(people.c.name, ', ', { orderBy: [people.c.name] })
   * ```
   */
  stringAgg(expr: Expression<string> | Expression<string | null>, separator: string, options?: StringAggOptions): StringAgg;
}

function aggregateArg(expr: unknown, name: string): Expression {
  if (!(expr instanceof Expression)) throw new CompileError(`fn.${name}() takes an expression`);
  return expr;
}

function stringAgg(expr: Expression, separator: string, options?: StringAggOptions): StringAgg {
  if (typeof separator !== 'string') throw new InvalidValueError(`stringAgg() separator must be a string, got ${typeof separator}`);
  const orderBy = (options?.orderBy ?? []).map((o) => {
    if (o instanceof Ordering) return o;
    if (o instanceof Expression) return o.asc();
    throw new CompileError('stringAgg() orderBy takes orderings or expressions');
  });
  return new StringAgg(aggregateArg(expr, 'stringAgg'), separator, orderBy);
}

/**
 * The implementations behind {@link AggregateFunctions} (spread into `fn`).
 *
 * @example
 * ```ts
 * aggregateFunctions.sumDistinct(orders.c.amount) // SUM(DISTINCT "orders"."amount")
 * ```
 */
export const aggregateFunctions: AggregateFunctions = {
  count: (expr) =>
    expr === undefined
      ? new AggregateCall<number>('count', [], builtinTypes.integer, true)
      : new AggregateCall<number>('count', [aggregateArg(expr, 'count')], builtinTypes.integer),
  countDistinct: (expr) => new AggregateCall<number>('count', [aggregateArg(expr, 'countDistinct')], builtinTypes.integer, false, true),
  sum: <N>(expr: Of<N>) => new AggregateCall<NonNullable<N> | null>('sum', [aggregateArg(expr, 'sum')], expr.type),
  sumDistinct: <N>(expr: Of<N>) => new AggregateCall<NonNullable<N> | null>('sum', [aggregateArg(expr, 'sumDistinct')], expr.type, false, true),
  avg: <N>(expr: Of<N>) => new AggregateCall<AverageOf<N> | null>('avg', [aggregateArg(expr, 'avg')], averageType(expr)),
  avgDistinct: <N>(expr: Of<N>) => new AggregateCall<AverageOf<N> | null>('avg', [aggregateArg(expr, 'avgDistinct')], averageType(expr), false, true),
  min: <T>(expr: Of<T>) => new AggregateCall<NonNullable<T> | null>('min', [aggregateArg(expr, 'min')], expr.type),
  max: <T>(expr: Of<T>) => new AggregateCall<NonNullable<T> | null>('max', [aggregateArg(expr, 'max')], expr.type),
  stringAgg,
};
