/**
 * Window functions: `fn(...) OVER (PARTITION BY … ORDER BY … frame)`.
 *
 * A window function call ({@link WindowCall}) is not an expression until it is
 * given a window with `.over()`; aggregates (`fn.sum(x)`) are expressions and
 * become window functions with `.over()` too. A window is written inline or
 * named on the SELECT (`select(…).window('w', {…})`) and referred to by name.
 */
import { CompileError, InvalidValueError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import { Expression, FunctionCall, Node, Of, Operand, operand, Ordering } from './expression';
import { checkIdentifier } from './sql-template';

/** One end of a window frame, as written by the user. */
export type FrameBoundInput =
  | 'unboundedPreceding'
  | 'currentRow'
  | 'unboundedFollowing'
  | { readonly preceding: number }
  | { readonly following: number };

/** What a frame leaves out (PostgreSQL, SQLite and Oracle 21c+). */
export type FrameExclusion = 'currentRow' | 'group' | 'ties' | 'noOthers';

/**
 * A window frame: `ROWS`, `RANGE` or `GROUPS` (PostgreSQL, SQLite, Oracle 21c+)
 * from `start` to `end` (default: the current row). Offsets are non-negative
 * integers written into the SQL as numbers (most databases refuse a bound
 * parameter there).
 */
export interface FrameInput {
  readonly unit: 'rows' | 'range' | 'groups';
  readonly start: FrameBoundInput;
  readonly end?: FrameBoundInput;
  readonly exclude?: FrameExclusion;
}

/** A window as written by the user: partitions, order, frame. */
export interface WindowInput {
  readonly partitionBy?: readonly Expression[];
  readonly orderBy?: readonly (Ordering | Expression)[];
  readonly frame?: FrameInput;
}

/** A frame bound in the tree. */
export interface FrameBound {
  readonly type: 'unbounded-preceding' | 'preceding' | 'current-row' | 'following' | 'unbounded-following';
  /** For `preceding` / `following`: the row, value or group count. */
  readonly offset: number | undefined;
}

/** A frame in the tree. */
export interface Frame {
  readonly unit: 'rows' | 'range' | 'groups';
  readonly start: FrameBound;
  /** Undefined: the short form `ROWS <start>` (up to the current row). */
  readonly end: FrameBound | undefined;
  readonly exclude: FrameExclusion | undefined;
}

/** The position of each bound type: a frame may not end before it starts. */
const BOUND_ORDER: Readonly<Record<FrameBound['type'], number>> = {
  'unbounded-preceding': 0,
  preceding: 1,
  'current-row': 2,
  following: 3,
  'unbounded-following': 4,
};

function frameOffset(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidValueError(`window frame ${what} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

function frameBound(input: FrameBoundInput, what: string): FrameBound {
  switch (input) {
    case 'unboundedPreceding':
      return { type: 'unbounded-preceding', offset: undefined };
    case 'currentRow':
      return { type: 'current-row', offset: undefined };
    case 'unboundedFollowing':
      return { type: 'unbounded-following', offset: undefined };
  }
  if (input !== null && typeof input === 'object') {
    if ('preceding' in input) return { type: 'preceding', offset: frameOffset(input.preceding, `${what} (preceding)`) };
    if ('following' in input) return { type: 'following', offset: frameOffset(input.following, `${what} (following)`) };
  }
  throw new CompileError(
    `window frame ${what} must be 'unboundedPreceding', 'currentRow', 'unboundedFollowing', { preceding: n } or { following: n }, got ${JSON.stringify(input)}`,
  );
}

const EXCLUSIONS: ReadonlySet<string> = new Set(['currentRow', 'group', 'ties', 'noOthers']);

function frame(input: FrameInput, orderBy: readonly Ordering[]): Frame {
  if (input.unit !== 'rows' && input.unit !== 'range' && input.unit !== 'groups') {
    throw new CompileError(`window frame unit must be 'rows', 'range' or 'groups', got ${JSON.stringify(input.unit)}`);
  }
  const start = frameBound(input.start, 'start');
  const end = input.end === undefined ? undefined : frameBound(input.end, 'end');
  if (start.type === 'unbounded-following') throw new CompileError('a window frame cannot start at unboundedFollowing');
  if (end?.type === 'unbounded-preceding') throw new CompileError('a window frame cannot end at unboundedPreceding');
  const last = end ?? { type: 'current-row', offset: undefined };
  if (BOUND_ORDER[last.type] < BOUND_ORDER[start.type]) {
    throw new CompileError(`a window frame cannot end (${last.type}) before it starts (${start.type})${end === undefined ? ': give an end' : ''}`);
  }
  if (input.exclude !== undefined && !EXCLUSIONS.has(input.exclude)) {
    throw new CompileError(`window frame exclude must be 'currentRow', 'group', 'ties' or 'noOthers', got ${JSON.stringify(input.exclude)}`);
  }
  // Oracle requires an ORDER BY with any frame; elsewhere a frame without one is arbitrary.
  if (orderBy.length === 0) throw new CompileError('a window frame needs an orderBy in the same window');
  const offsets = start.offset !== undefined || end?.offset !== undefined;
  if (input.unit === 'range' && offsets && orderBy.length !== 1) {
    throw new CompileError('a RANGE frame with an offset needs exactly one orderBy expression (the offset is measured on it)');
  }
  return { unit: input.unit, start, end, exclude: input.exclude };
}

/**
 * A window specification in the tree: `(PARTITION BY … ORDER BY … frame)`.
 *
 * @example
 * ```ts
 * windowSpec({ partitionBy: [people.c.city], orderBy: [people.c.age.desc()] })
 * ```
 */
export class WindowSpec implements Node {
  readonly kind = 'window-spec';
  constructor(
    readonly partitionBy: readonly Expression[],
    readonly orderBy: readonly Ordering[],
    readonly frame: Frame | undefined,
  ) {}
}

/**
 * Checks and builds a window specification.
 *
 * @example
 * ```ts
 * windowSpec({ orderBy: [orders.c.id], frame: { unit: 'rows', start: { preceding: 2 }, end: 'currentRow' } })
 * ```
 */
export function windowSpec(input: WindowInput): WindowSpec {
  if (input === null || typeof input !== 'object') throw new CompileError('a window is an object { partitionBy?, orderBy?, frame? } or a window name');
  const partitionBy = input.partitionBy ?? [];
  for (const p of partitionBy) if (!(p instanceof Expression)) throw new CompileError('window partitionBy takes expressions');
  const orderBy = (input.orderBy ?? []).map((o) => {
    if (o instanceof Ordering) return o;
    if (o instanceof Expression) return o.asc();
    throw new CompileError('window orderBy takes orderings or expressions');
  });
  return new WindowSpec([...partitionBy], orderBy, input.frame === undefined ? undefined : frame(input.frame, orderBy));
}

/** A window given to `.over()`: written inline, or the name of a window defined with `select(…).window()`. */
export type WindowRef = WindowInput | string;

function windowOf(ref: WindowRef): WindowSpec | string {
  return typeof ref === 'string' ? checkIdentifier(ref, 'window name') : windowSpec(ref);
}

/**
 * Aggregate functions that may take an OVER clause when called by name
 * (`fn.stddev(x)`); any aggregate built with `aggregate()` may too.
 */
export const AGGREGATE_NAMES: ReadonlySet<string> = new Set([
  'count', 'sum', 'avg', 'min', 'max', 'total', 'string_agg', 'group_concat', 'listagg', 'array_agg', 'json_agg', 'jsonb_agg',
  'json_object_agg', 'jsonb_object_agg', 'json_group_array', 'json_group_object', 'json_arrayagg', 'json_objectagg', 'bool_and',
  'bool_or', 'every', 'bit_and', 'bit_or', 'bit_xor', 'stddev', 'stddev_pop', 'stddev_samp', 'std', 'variance', 'var_pop',
  'var_samp', 'median', 'corr', 'covar_pop', 'covar_samp', 'regr_slope', 'regr_intercept', 'regr_count', 'regr_r2', 'regr_avgx',
  'regr_avgy', 'regr_sxx', 'regr_syy', 'regr_sxy', 'any_value',
]);

/** Window functions that ignore a frame, which the SQL standard therefore forbids on them. */
export const FRAMELESS_FUNCTIONS: ReadonlySet<string> = new Set(['row_number', 'rank', 'dense_rank', 'percent_rank', 'cume_dist', 'ntile', 'lag', 'lead']);

/**
 * Whether a node may carry an OVER clause: a window function or an aggregate.
 *
 * @example
 * ```ts
 * isWindowable(fn.count()); // true
 * isWindowable(fn.lower(people.c.name)); // false
 * ```
 */
export function isWindowable(node: Node): boolean {
  if (node instanceof WindowCall || node.kind === 'aggregate-filter') return true;
  if (node instanceof FunctionCall) return (node as { aggregate?: unknown }).aggregate === true || AGGREGATE_NAMES.has(node.name.toLowerCase());
  return false;
}

/**
 * `call OVER window`: a window function or an aggregate computed over a window
 * of rows around each row, without grouping them.
 *
 * @example
 * ```ts
 * const running: Over<number | null> = fn.sum(orders.c.amount).over({ orderBy: [orders.c.id] });
 * ```
 */
export class Over<T = unknown> extends Expression<T> {
  readonly kind = 'over';
  constructor(
    /** A {@link WindowCall}, an aggregate call, or a filtered aggregate. */
    readonly call: Node,
    /** The window, or the name of one defined on the SELECT. */
    readonly window: WindowSpec | string,
    readonly type: SqlType,
  ) {
    super();
  }
  override describe(): string {
    return 'window function';
  }
}

/**
 * Puts any window function or aggregate over a window. An OVER on a function
 * that is neither (`fn.lower(x)`) is a CompileError.
 *
 * @example
 * ```ts
 * over(fn.stddev(orders.c.amount), { partitionBy: [orders.c.personId] })
 * ```
 */
export function over<T>(call: WindowCall<T> | Of<T>, window: WindowRef): Over<T> {
  if (call === null || typeof call !== 'object' || !isWindowable(call)) {
    const what = call instanceof Expression ? call.describe() : typeof call;
    throw new CompileError(`OVER needs a window function or an aggregate, not ${what}`);
  }
  return new Over<T>(call, windowOf(window), (call as { type: SqlType }).type);
}

/**
 * A window function call, waiting for its window: `.over({ … })` or `.over('w')`.
 *
 * @example
 * ```ts
 * win.rank().over({ partitionBy: [people.c.city], orderBy: [people.c.age.desc()] }).as('r')
 * ```
 */
export class WindowCall<T = unknown> implements Node {
  readonly kind = 'window-call';
  declare readonly __value: T;
  constructor(
    readonly name: string,
    readonly args: readonly Expression[],
    /** A row or bucket count written as a number (LAG/LEAD offset, NTILE buckets, NTH_VALUE position). */
    readonly count: number | undefined,
    /** LAG / LEAD: the value when there is no such row. */
    readonly defaultValue: Expression | undefined,
    readonly type: SqlType,
  ) {}
  /** The window: inline, or the name of a window defined with `select(…).window(name, …)`. */
  over(window: WindowRef): Over<T> {
    return new Over<T>(this, windowOf(window), this.type);
  }
}

function count(value: unknown, what: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidValueError(`${what} must be an integer of at least ${min}, got ${String(value)}`);
  }
  return value;
}

/** The typed window functions (also reachable on `fn`). */
export interface WindowFunctions {
  /** `ROW_NUMBER()`: 1, 2, 3 … in the window's order. */
  rowNumber(): WindowCall<number>;
  /** `RANK()`: peers share a rank, with gaps after them. */
  rank(): WindowCall<number>;
  /** `DENSE_RANK()`: peers share a rank, without gaps. */
  denseRank(): WindowCall<number>;
  /** `PERCENT_RANK()`: (rank - 1) / (rows - 1), from 0 to 1. */
  percentRank(): WindowCall<number>;
  /** `CUME_DIST()`: the fraction of rows up to the current row's last peer. */
  cumeDist(): WindowCall<number>;
  /** `NTILE(n)`: the bucket (1 … n) the row falls into. */
  ntile(buckets: number): WindowCall<number>;
  /** `LAG(x, offset)`: the value `offset` rows before (NULL when there is none). */
  lag<T>(expr: Of<T>, offset?: number): WindowCall<T | null>;
  /** `LAG(x, offset, default)`: `default` when there is no such row. */
  lag<T>(expr: Of<T>, offset: number, defaultValue: Operand<T>): WindowCall<T>;
  /** `LEAD(x, offset)`: the value `offset` rows after (NULL when there is none). */
  lead<T>(expr: Of<T>, offset?: number): WindowCall<T | null>;
  /** `LEAD(x, offset, default)`: `default` when there is no such row. */
  lead<T>(expr: Of<T>, offset: number, defaultValue: Operand<T>): WindowCall<T>;
  /** `FIRST_VALUE(x)` in the frame. */
  firstValue<T>(expr: Of<T>): WindowCall<T | null>;
  /** `LAST_VALUE(x)` in the frame (by default the frame ends at the current row's last peer). */
  lastValue<T>(expr: Of<T>): WindowCall<T | null>;
  /** `NTH_VALUE(x, n)` in the frame (NULL while the frame has fewer than n rows). */
  nthValue<T>(expr: Of<T>, n: number): WindowCall<T | null>;
}

function shifted(name: 'lag' | 'lead') {
  return <T>(expr: Of<T>, offset?: number, defaultValue?: Operand<T>): WindowCall<T | null> => {
    if (!(expr instanceof Expression)) throw new CompileError(`${name}() takes an expression`);
    const n = offset === undefined ? undefined : count(offset, `${name}() offset`, 0);
    if (defaultValue !== undefined && n === undefined) throw new CompileError(`${name}(): give an offset with a default`);
    const fallback = defaultValue === undefined ? undefined : operand(defaultValue, expr);
    return new WindowCall<T | null>(name, [expr], n, fallback, expr.type);
  };
}

/**
 * The window functions, each finished with `.over()`.
 *
 * @example
 * ```ts
 * select(people.c.name, win.rowNumber().over({ partitionBy: [people.c.city], orderBy: [people.c.age.desc()] }).as('n')).from(people)
 * select(orders.c.id, win.lag(orders.c.amount, 1, 0).over({ orderBy: [orders.c.id] }).as('previous')).from(orders)
 * ```
 */
export const win: WindowFunctions = {
  rowNumber: () => new WindowCall<number>('row_number', [], undefined, undefined, builtinTypes.integer),
  rank: () => new WindowCall<number>('rank', [], undefined, undefined, builtinTypes.integer),
  denseRank: () => new WindowCall<number>('dense_rank', [], undefined, undefined, builtinTypes.integer),
  percentRank: () => new WindowCall<number>('percent_rank', [], undefined, undefined, builtinTypes.double),
  cumeDist: () => new WindowCall<number>('cume_dist', [], undefined, undefined, builtinTypes.double),
  ntile: (buckets) => new WindowCall<number>('ntile', [], count(buckets, 'ntile() buckets', 1), undefined, builtinTypes.integer),
  lag: shifted('lag') as WindowFunctions['lag'],
  lead: shifted('lead') as WindowFunctions['lead'],
  firstValue: <T>(expr: Of<T>) => new WindowCall<T | null>('first_value', [expr], undefined, undefined, expr.type),
  lastValue: <T>(expr: Of<T>) => new WindowCall<T | null>('last_value', [expr], undefined, undefined, expr.type),
  nthValue: <T>(expr: Of<T>, n: number) => new WindowCall<T | null>('nth_value', [expr], count(n, 'nthValue() position', 1), undefined, expr.type),
};

/** A window defined on a SELECT: `WINDOW name AS (…)`. */
export interface NamedWindow {
  readonly name: string;
  readonly spec: WindowSpec;
}

/**
 * Checks and builds a named window for `select(…).window(name, spec)`.
 *
 * @example
 * ```ts
 * namedWindow('w', { partitionBy: [orders.c.personId] }, []); // { name: 'w', spec: WindowSpec }
 * ```
 */
export function namedWindow(name: string, spec: WindowInput, existing: readonly NamedWindow[]): NamedWindow {
  checkIdentifier(name, 'window name');
  if (existing.some((w) => w.name === name)) throw new CompileError(`window ${JSON.stringify(name)} is defined twice`);
  return { name, spec: windowSpec(spec) };
}
