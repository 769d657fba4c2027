/**
 * SELECT: an immutable, generative builder.
 */
import { CompileError, InvalidValueError } from '../errors';
import { Aliased, Bind, Expression, Ordering, SubqueryNode } from '../expr/expression';
import { Param } from '../expr/param';
import { andAlso, isNoCondition } from '../expr/operators';
import { checkIdentifier, RawSql } from '../expr/sql-template';
import { Column, ColumnSource, ColumnSpec, columnSpec } from '../schema/column';
import { FromItem, NullableOf } from '../schema/from';
import { Table } from '../schema/table';
import { builtinTypes } from '../types/sql-type';
import type { RowOf, SelectItem, UniqueKeys, ValuesRowOf } from './result-types';
import { Needs, NeedsOf, withPhantoms } from '../capabilities';
import { CommonTableExpression } from './cte';
import type { ValuesQuery } from './values-query';
import { GroupByItem, GroupingNeeds, GroupingSet } from '../expr/grouping-sets';
import { NamedWindow, namedWindow, WindowInput } from '../expr/window';
import { setOwnProperty } from '../schema/own-property';

/** One resolved entry of a select list: the key it has in result rows and its expression. */
export interface SelectedColumn {
  readonly key: string;
  readonly expr: Expression;
}

/**
 * The state of a SELECT: plain data the builder copies on every change.
 * Object literals of this shape are accepted wherever a state is; a Select
 * keeps its state as an instance, every field present, because the statement
 * cache lists a class's fields once (cache/shape.ts) where a plain object's
 * would be read one by one on every statement.
 */
export class SelectState {
  /** A node kind of its own, so that the one walker reads its fields from their declaration (expr/traversal.ts). */
  readonly kind = 'select-state';
  /** Common table expressions declared with `.with()`. */
  readonly ctes: readonly CommonTableExpression[];
  readonly columns: readonly SelectedColumn[];
  readonly from: readonly FromItem<string, string>[];
  readonly distinct: boolean;
  /** `DISTINCT ON (…)`: one row per distinct value of these, the first in ORDER BY order. */
  readonly distinctOn: readonly Expression[];
  /** `FOR UPDATE` / `FOR SHARE` */
  readonly lock: LockClause | undefined;
  readonly where: Expression<boolean | null> | undefined;
  /** Expressions, and ROLLUP / CUBE / GROUPING SETS. */
  readonly groupBy: readonly GroupByItem[];
  /** Windows named with `.window()` (`WINDOW w AS (…)`). */
  readonly windows?: readonly NamedWindow[];
  readonly having: Expression<boolean | null> | undefined;
  readonly orderBy: readonly Ordering[];
  /** Row counts: a bound integer ({@link Bind}), a named parameter, or an expression. */
  readonly limit: Expression | undefined;
  readonly offset: Expression | undefined;
  /** `FETCH FIRST n ROWS WITH TIES`: the limit also returns the rows that tie with the last one in ORDER BY. */
  readonly withTies: boolean;
  constructor(s: SelectStateFields) {
    this.ctes = s.ctes;
    this.columns = s.columns;
    this.from = s.from;
    this.distinct = s.distinct;
    this.distinctOn = s.distinctOn;
    this.lock = s.lock;
    this.where = s.where;
    this.groupBy = s.groupBy;
    this.windows = s.windows;
    this.having = s.having;
    this.orderBy = s.orderBy;
    this.limit = s.limit;
    this.offset = s.offset;
    this.withTies = s.withTies;
  }
}

/** A SELECT's state as data: what {@link SelectState} and a Select are made from. */
export type SelectStateFields = Omit<SelectState, 'kind'>;

/** Row locking of a SELECT. */
export interface LockClause {
  readonly mode: 'update' | 'share';
  /** Lock rows of these tables only (`FOR UPDATE OF t`). */
  readonly of: readonly Table[];
  /** Wait for locked rows (default), fail at once, or skip them. */
  readonly wait: 'wait' | 'nowait' | 'skip locked';
}

/** The features a lock's options need, for the types (see capabilities.ts). */
export type LockNeeds<O> =
  | (O extends { readonly of: readonly unknown[] } ? 'FOR UPDATE OF' : never)
  | (O extends { readonly nowait: true } | { readonly skipLocked: true } ? 'NOWAIT / SKIP LOCKED' : never);

/** Options of {@link Select.forUpdate} and {@link Select.forShare}. */
export interface LockOptions {
  /** Lock rows of these tables only. */
  readonly of?: readonly Table[];
  /** Fail at once on a locked row instead of waiting. */
  readonly nowait?: boolean;
  /** Leave locked rows out of the result instead of waiting (job queues). */
  readonly skipLocked?: boolean;
}

function lockClause(mode: LockClause['mode'], options: LockOptions): LockClause {
  if (options.nowait && options.skipLocked) throw new CompileError('a lock may use nowait or skipLocked, not both');
  for (const t of options.of ?? []) if (!(t instanceof Table)) throw new CompileError('forUpdate({ of }) takes tables');
  return { mode, of: options.of ?? [], wait: options.nowait ? 'nowait' : options.skipLocked ? 'skip locked' : 'wait' };
}

/**
 * A select-list entry as a statement holds it: a node of its own kind, so that
 * walks read its two fields by their declaration rather than by name. Its
 * kind is on the prototype: an entry has the own fields of a
 * {@link SelectedColumn} and no others.
 * @internal
 */
export class SelectedColumnNode implements SelectedColumn {
  declare readonly kind: 'selected-column';
  constructor(
    readonly key: string,
    readonly expr: Expression,
  ) {}
}
Object.defineProperty(SelectedColumnNode.prototype, 'kind', { value: 'selected-column' });

/** Refuses a select list that names two columns alike (short lists pairwise, which costs less than a Set). */
function checkDistinctKeys(columns: readonly SelectedColumn[]): void {
  const twice = (key: string): never => {
    throw new CompileError(`select(): two columns are named ${JSON.stringify(key)}; give one an alias with .as()`);
  };
  if (columns.length > 16) {
    const seen = new Set<string>();
    for (const c of columns) {
      if (seen.has(c.key)) twice(c.key);
      seen.add(c.key);
    }
    return;
  }
  for (let i = 1; i < columns.length; i++) {
    const key = columns[i]!.key;
    for (let j = 0; j < i; j++) if (columns[j]!.key === key) twice(key);
  }
}

/** Turns select items into the named columns they stand for. @internal */
export function resolveSelectItems(items: readonly SelectItem[]): SelectedColumn[] {
  const out: SelectedColumn[] = [];
  for (const item of items) {
    if (item instanceof Column) out.push(new SelectedColumnNode(item.key, item));
    else if (item instanceof Aliased) out.push(new SelectedColumnNode(item.alias, item.expr));
    else if (item instanceof Table) out.push(...item.columns.map((c) => new SelectedColumnNode(c.key, c)));
    else if (item instanceof Expression) {
      throw new CompileError(`select(): a ${item.describe()} needs a name: use .as('name') or select({ name: expr })`);
    } else if (item !== null && typeof item === 'object' && !('kind' in item)) {
      for (const [key, expr] of Object.entries(item)) {
        if (!(expr instanceof Expression)) throw new CompileError(`select(): ${key} is not an expression`);
        out.push(new SelectedColumnNode(key, expr));
      }
    } else {
      throw new CompileError(`select(): cannot select ${item === null ? 'null' : typeof item}`);
    }
  }
  return out;
}

/**
 * A row count for {@link Select.limit} and {@link Select.offset}: a number, a
 * named parameter, or an expression giving a number.
 *
 * @example
 * ```ts
 * const pageSize: RowCount = param('size');
 * select(people.c.name).from(people).orderBy(people.c.id).limit(pageSize)
 * ```
 */
export type RowCount = number | Param | Expression<number | bigint | null>;

/**
 * Options of {@link Select.limit}.
 *
 * @example
 * ```ts
 * const ties: LimitOptions = { withTies: true };
 * select(people.c.name).from(people).orderBy(people.c.age.desc()).limit(3, ties)
 * ```
 */
export interface LimitOptions {
  /** `FETCH FIRST n ROWS WITH TIES`: also the rows that tie with the last one in ORDER BY. */
  readonly withTies?: boolean;
}

/** Type kinds a row count expression may have. */
const COUNT_KINDS: ReadonlySet<string> = new Set(['smallint', 'integer', 'bigint', 'numeric', 'real', 'double', 'unknown']);

/** A row count as a bound integer, a named parameter given when a prepared query runs, or an expression. @internal */
export function rowCount(value: RowCount, what: string): Expression {
  if (value instanceof Param) return value.typedLike(countLike);
  if (value instanceof Expression) {
    if (!COUNT_KINDS.has(value.type.kind)) throw new InvalidValueError(`${what} must be a number, got a ${value.type.kind} expression`);
    return value;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidValueError(`${what} must be a non-negative integer, got ${countProblem(value)}`);
  }
  return new Bind(value, builtinTypes.integer);
}
const countLike = new Bind(0, builtinTypes.integer);

/** What is wrong with a row count, saying what it is (`'2'` is a string, not the number 2). */
function countProblem(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)} (pass a number)`;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
    if (!Number.isInteger(value)) return `${value}, which has a fraction`;
    if (value < 0) return `${value}, which is negative`;
    return `${value}, which is past Number.MAX_SAFE_INTEGER`;
  }
  if (typeof value === 'bigint') return `the bigint ${value}n (pass a number)`;
  return value === null ? 'null' : value === undefined ? 'undefined' : `a ${typeof value}`;
}

/**
 * A SELECT statement. `S` is the select list and `Nullable` the tables an
 * outer join may leave empty; together they give the row type {@link RowOf}.
 *
 * @example
 * ```ts
 * const q = select(users.c.name, fn.count(posts.c.id).as('n'))
 *   .from(users.leftJoin(posts, posts.c.userId.eq(users.c.id)))
 *   .groupBy(users.c.name)
 *   .orderBy(desc('n'))
 *   .limit(10);
 * const rows = await engine.execute(q); // { name: string; n: number }[]
 * ```
 */
export class Select<S extends readonly SelectItem[] = readonly SelectItem[], Nullable extends string = never> {
  readonly kind = 'select';
  /** Phantom: the row results give (exact decimals as `string`). */
  declare readonly __row: RowOf<S, Nullable>;
  /**
   * Phantom: the select list's items, in order (for checks such as
   * `fromSelect`). A method's parameter, so that it does not change which
   * SELECTs are assignable to which.
   */
  declare readonly __items: { check(items: S): void }['check'];
  /** Phantom: the value types of its columns as expressions (a subquery's, a CTE's). */
  declare readonly __values: ValuesRowOf<S, Nullable>;
  readonly state: SelectState;
  constructor(state: SelectStateFields) {
    this.state = state instanceof SelectState ? state : new SelectState(state);
  }

  /** The columns it selects, in order (for subqueries and set operations). */
  get selectedColumns(): readonly SelectedColumn[] {
    return this.state.columns;
  }

  /** The same SELECT with one field of its state changed (a copy of the state, that one field written over it). */
  private change<K extends keyof SelectStateFields>(field: K, value: SelectStateFields[K]): this {
    const state = this.copyState();
    state[field] = value;
    return new Select(state) as this;
  }

  /** A copy of the state, to be written to before a new Select takes it. */
  private copyState(): { -readonly [F in keyof SelectStateFields]: SelectStateFields[F] } {
    return new SelectState(this.state);
  }

  /** The FROM clause: tables, aliases, subqueries or joins (several items are cross-joined). */
  from<F extends FromItem<string, string>[]>(...items: F): Select<S, NullableOf<F[number]>> & Needs<NeedsOf<F[number]> | NeedsOf<this>> {
    for (const item of items) if (!(item instanceof FromItem)) throw new CompileError('from() takes tables, aliases, subqueries or joins');
    return withPhantoms(this.change('from', items));
  }
  /**
   * `WITH name AS (…), …`: declares common table expressions (made with
   * {@link cte} or {@link recursiveCte}) for use in FROM.
   */
  with<W extends CommonTableExpression<string, unknown>[]>(...ctes: W): this & Needs<NeedsOf<W[number]>> {
    for (const c of ctes) if (!(c instanceof CommonTableExpression)) throw new CompileError('with() takes cte() / recursiveCte() items');
    return withPhantoms(this.change('ctes', [...this.state.ctes, ...(ctes as CommonTableExpression[])]));
  }
  /** SELECT DISTINCT */
  distinct(): this {
    return this.change('distinct', true);
  }
  /**
   * `DISTINCT ON (exprs)`: one row for each distinct value of `exprs`, the
   * first in ORDER BY order. Native on PostgreSQL; elsewhere emulated with
   * ROW_NUMBER() over those expressions in a subquery.
   *
   * @example
   * ```ts
   * // Each person's largest order:
   * select(orders.c.personId, orders.c.item).from(orders).distinctOn(orders.c.personId).orderBy(orders.c.personId, orders.c.amount.desc())
   * ```
   */
  distinctOn(...exprs: Expression[]): this {
    if (exprs.length === 0) throw new CompileError('distinctOn() needs at least one expression');
    for (const e of exprs) if (!(e instanceof Expression)) throw new CompileError('distinctOn() takes expressions');
    return this.change('distinctOn', exprs);
  }
  /**
   * `FOR UPDATE`: lock the rows read until the transaction ends. SQLite has
   * no row locks; its transactions (BEGIN IMMEDIATE) already hold the write
   * lock, so there it compiles to nothing, and nowait/skipLocked are refused.
   *
   * @example
   * ```ts
   * await engine.transaction(async (tx) => {
   *   const [job] = await tx.execute(select(jobs.c.id).from(jobs).where(jobs.c.done.eq(false)).limit(1).forUpdate({ skipLocked: true }));
   * });
   * ```
   */
  forUpdate<O extends LockOptions = LockOptions>(options?: O): this & Needs<LockNeeds<O>> {
    return withPhantoms(this.change('lock', lockClause('update', options ?? {})));
  }
  /** `FOR SHARE` (`LOCK IN SHARE MODE` on MariaDB; not on Oracle). */
  forShare<O extends LockOptions = LockOptions>(options?: O): this & Needs<'FOR SHARE' | LockNeeds<O>> {
    return withPhantoms(this.change('lock', lockClause('share', options ?? {})));
  }
  /** WHERE; called again, conditions are ANDed. `undefined` (an optional filter left out) adds none. */
  where(condition: Expression<boolean> | Expression<boolean | null> | undefined): this {
    if (isNoCondition(condition)) return this;
    return this.change('where', andAlso(this.state.where, condition));
  }
  /** GROUP BY expressions, or `rollup(…)`, `cube(…)`, `groupingSets(…)`. */
  groupBy<I extends GroupByItem[]>(...exprs: I): this & Needs<GroupingNeeds<I[number]>> {
    for (const e of exprs) if (!(e instanceof Expression) && !(e instanceof GroupingSet)) throw new CompileError('groupBy() takes expressions, rollup(), cube() or groupingSets()');
    return withPhantoms(this.change('groupBy', [...this.state.groupBy, ...exprs]));
  }
  /**
   * Names a window for the window functions of this SELECT: `WINDOW name AS
   * (…)`, used with `.over(name)` (written inline on Oracle before 21c).
   *
   * @example
   * ```ts
   * select(people.c.name, win.rank().over('w').as('r'), fn.count().over('w').as('n'))
   *   .from(people)
   *   .window('w', { partitionBy: [people.c.city], orderBy: [people.c.age] })
   * ```
   */
  window(name: string, spec: WindowInput): this {
    const windows = this.state.windows ?? [];
    return this.change('windows', [...windows, namedWindow(name, spec, windows)]);
  }
  /** HAVING; called again, conditions are ANDed. */
  having(condition: Expression<boolean> | Expression<boolean | null> | undefined): this {
    if (isNoCondition(condition)) return this;
    return this.change('having', andAlso(this.state.having, condition));
  }
  /** ORDER BY: orderings (`desc(x)`, `x.asc().nullsLast()`) or expressions (ascending). */
  orderBy(...items: (Ordering | Expression)[]): this {
    const orderings = items.map((i) => {
      if (i instanceof Ordering) return i;
      if (i instanceof Expression) return i.asc();
      throw new CompileError('orderBy() takes orderings or expressions');
    });
    return this.change('orderBy', [...this.state.orderBy, ...orderings]);
  }
  /**
   * LIMIT n: a number (bound as a parameter), `param('n')`, or an expression
   * giving a number (`val(2).plus(1)`, `scalar(select(…))`, ``sql<number>`…` ``;
   * MySQL and MariaDB take only numbers and parameters there, so an expression
   * is emulated with ROW_NUMBER() in a subquery).
   *
   * `{ withTies: true }` is `FETCH FIRST n ROWS WITH TIES`: the rows that tie
   * with the last one in ORDER BY come too (ORDER BY is required). Native on
   * PostgreSQL 13+, MariaDB 10.6+ and Oracle 12c+; emulated with RANK() in a
   * subquery on SQLite, MySQL and Oracle 11g.
   *
   * @example
   * ```ts
   * select(people.c.name, people.c.age).from(people).orderBy(people.c.age.desc()).limit(3, { withTies: true })
   * select(people.c.name).from(people).orderBy(people.c.id).limit(val(1).plus(1))
   * ```
   */
  limit(count: RowCount, options?: LimitOptions): this {
    const state = this.copyState();
    state.limit = rowCount(count, 'limit');
    state.withTies = options?.withTies === true;
    return new Select(state) as this;
  }
  /**
   * OFFSET n: a number (bound as a parameter), `param('n')`, or an expression
   * giving a number (emulated on MySQL and MariaDB, as for {@link Select.limit}).
   *
   * @example
   * ```ts
   * select(people.c.name).from(people).orderBy(people.c.id).limit(10).offset(20)
   * ```
   */
  offset(count: RowCount): this {
    return this.change('offset', rowCount(count, 'offset'));
  }
  /**
   * This SELECT as a `LATERAL` subquery: in FROM, it may refer to the items
   * joined before it (PostgreSQL, MySQL 8.0.14+, Oracle 12c+; an
   * UnsupportedFeatureError on SQLite and MariaDB).
   *
   * @example
   * ```ts
   * const latest = select(orders.c.amount).from(orders).where(orders.c.personId.eq(people.c.id)).orderBy(orders.c.id.desc()).limit(1).lateral('latest');
   * select(people.c.name, latest.c.amount).from(people.crossJoin(latest))
   * ```
   */
  lateral<A extends string>(alias: A): Subquery<A, ValuesRowOf<S, Nullable>> & Needs<'LATERAL'> {
    checkIdentifier(alias, 'subquery alias');
    return withPhantoms(new Subquery<A, ValuesRowOf<S, Nullable>>(this, alias, true));
  }
  /** This SELECT as a named subquery, usable in FROM with columns in `.c`. */
  as<A extends string>(alias: A): Subquery<A, ValuesRowOf<S, Nullable>> {
    checkIdentifier(alias, 'subquery alias');
    return new Subquery<A, ValuesRowOf<S, Nullable>>(this, alias);
  }
}

/** Columns of a subquery, typed from its row. */
export type SubqueryColumns<A extends string, Row> = { readonly [K in keyof Row & string]: Column<Row[K], A, K, true> };

/**
 * A SELECT used in FROM under an alias.
 *
 * @example
 * ```ts
 * const counts = select(posts.c.userId, fn.count().as('n')).from(posts).groupBy(posts.c.userId).as('counts');
 * select(users.c.name, counts.c.n).from(users.join(counts, counts.c.userId.eq(users.c.id)))
 * ```
 */
export class Subquery<A extends string = string, Row = Record<string, unknown>> extends FromItem<A> implements ColumnSource {
  readonly kind = 'subquery';
  readonly c: SubqueryColumns<A, Row>;
  constructor(
    /** The query: a SELECT, a set operation, or a VALUES list. */
    readonly select: (SubqueryNode | ValuesQuery) & { readonly selectedColumns: readonly SelectedColumn[] },
    readonly alias: A,
    /** `LATERAL`: the query may refer to FROM items before it. */
    readonly lateral = false,
  ) {
    super();
    const c: Record<string, Column> = {};
    for (const col of select.selectedColumns) {
      const spec: ColumnSpec = columnSpec(col.expr.type, undefined);
      setOwnProperty(c, col.key, new Column(this, col.key, col.key, spec));
    }
    this.c = Object.freeze(c) as unknown as SubqueryColumns<A, Row>;
  }
  get referenceName(): string {
    return this.alias;
  }
}

/**
 * Starts a SELECT. Items are columns (named by their key), aliased
 * expressions (`expr.as('n')`), whole tables (all their columns), or objects
 * mapping names to expressions.
 *
 * Without `.from()`, FROM is the one table the selected columns come from.
 *
 * @example
 * ```ts
 * select(users.c.id, users.c.name).from(users).where(users.c.age.gte(18))
 * select({ total: fn.count() }).from(users)
 * select(users)                        // every column of users
 * ```
 */
export function select<const S extends readonly SelectItem[]>(...items: S & UniqueKeys<S>): Select<S, never> {
  const columns = resolveSelectItems(items);
  if (columns.length === 0) throw new CompileError('select() needs at least one column');
  checkDistinctKeys(columns);
  // The empty clauses copied once, the columns written over them (cheaper than spreading a record).
  const state: { columns: readonly SelectedColumn[] } = new SelectState(NO_CLAUSES as SelectStateFields);
  state.columns = columns;
  return new Select<S, never>(state as SelectState);
}

/** A SELECT's clauses, all empty: what `select()` starts from. @internal */
export const NO_CLAUSES: Omit<SelectStateFields, 'columns'> = Object.freeze({
  ctes: [],
  from: [],
  distinct: false,
  distinctOn: [],
  lock: undefined,
  where: undefined,
  groupBy: [],
  having: undefined,
  orderBy: [],
  limit: undefined,
  offset: undefined,
  withTies: false,
});

const ONE = new RawSql<number>(['1'], []);

/**
 * `SELECT 1`: the select list of an EXISTS subquery, which only asks whether
 * a row exists (the columns are never read).
 *
 * @example
 * ```ts
 * select(people.c.name).from(people).where(exists(selectOne().from(orders).where(orders.c.personId.eq(people.c.id))))
 * // … WHERE EXISTS (SELECT 1 AS "one" FROM "orders" WHERE …)
 * ```
 */
export function selectOne(): Select<readonly [{ readonly one: Expression<number> }], never> {
  return select({ one: ONE });
}
