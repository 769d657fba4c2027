/**
 * SELECT: an immutable, generative builder.
 */
import { CompileError, InvalidValueError } from '../errors';
import { Aliased, Bind, Expression, Ordering } from '../expr/expression';
import { Param } from '../expr/param';
import { and } from '../expr/operators';
import { checkIdentifier } from '../expr/sql-template';
import { Column, ColumnSource, ColumnSpec, columnSpec } from '../schema/column';
import { FromItem, NullableOf } from '../schema/from';
import { Table } from '../schema/table';
import { builtinTypes } from '../types/sql-type';
import type { RowOf, SelectItem } from './result-types';

/** One resolved entry of a select list: the key it has in result rows and its expression. */
export interface SelectedColumn {
  readonly key: string;
  readonly expr: Expression;
}

/** The state of a SELECT. Plain data: the builder copies it on every change. */
export interface SelectState {
  readonly columns: readonly SelectedColumn[];
  readonly from: readonly FromItem<string, string>[];
  readonly distinct: boolean;
  readonly where: Expression<boolean | null> | undefined;
  readonly groupBy: readonly Expression[];
  readonly having: Expression<boolean | null> | undefined;
  readonly orderBy: readonly Ordering[];
  /** Row counts, bound (a {@link Bind} of an integer) or a named parameter. */
  readonly limit: Expression | undefined;
  readonly offset: Expression | undefined;
}

/** Turns select items into the named columns they stand for. */
export function resolveSelectItems(items: readonly SelectItem[]): SelectedColumn[] {
  const out: SelectedColumn[] = [];
  for (const item of items) {
    if (item instanceof Column) out.push({ key: item.key, expr: item });
    else if (item instanceof Aliased) out.push({ key: item.alias, expr: item.expr });
    else if (item instanceof Table) out.push(...item.columns.map((c) => ({ key: c.key, expr: c })));
    else if (item instanceof Expression) {
      throw new CompileError(`select(): a ${item.describe()} needs a name: use .as('name') or select({ name: expr })`);
    } else if (item !== null && typeof item === 'object' && !('kind' in item)) {
      for (const [key, expr] of Object.entries(item)) {
        if (!(expr instanceof Expression)) throw new CompileError(`select(): ${key} is not an expression`);
        out.push({ key, expr });
      }
    } else {
      throw new CompileError(`select(): cannot select ${item === null ? 'null' : typeof item}`);
    }
  }
  return out;
}

/** A row count as a bound integer, or a named parameter given when a prepared query runs. */
function rowCount(value: number | Param, what: string): Expression {
  if (value instanceof Param) return value.typedLike(countLike);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidValueError(`${what} must be a non-negative integer, got ${String(value)}`);
  }
  return new Bind(value, builtinTypes.integer);
}
const countLike = new Bind(0, builtinTypes.integer);

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
  declare readonly __row: RowOf<S, Nullable>;
  constructor(readonly state: SelectState) {}

  private with(changes: Partial<SelectState>): this {
    return new Select({ ...this.state, ...changes }) as this;
  }

  /** The FROM clause: tables, aliases, subqueries or joins (several items are cross-joined). */
  from<F extends FromItem<string, string>[]>(...items: F): Select<S, NullableOf<F[number]>> {
    for (const item of items) if (!(item instanceof FromItem)) throw new CompileError('from() takes tables, aliases, subqueries or joins');
    return new Select({ ...this.state, from: items });
  }
  /** SELECT DISTINCT */
  distinct(): this {
    return this.with({ distinct: true });
  }
  /** WHERE; called again, conditions are ANDed. */
  where(condition: Expression<boolean> | Expression<boolean | null>): this {
    return this.with({ where: this.state.where ? and(this.state.where, condition) : condition });
  }
  /** GROUP BY */
  groupBy(...exprs: Expression[]): this {
    return this.with({ groupBy: [...this.state.groupBy, ...exprs] });
  }
  /** HAVING; called again, conditions are ANDed. */
  having(condition: Expression<boolean> | Expression<boolean | null>): this {
    return this.with({ having: this.state.having ? and(this.state.having, condition) : condition });
  }
  /** ORDER BY: orderings (`desc(x)`, `x.asc().nullsLast()`) or expressions (ascending). */
  orderBy(...items: (Ordering | Expression)[]): this {
    const orderings = items.map((i) => {
      if (i instanceof Ordering) return i;
      if (i instanceof Expression) return i.asc();
      throw new CompileError('orderBy() takes orderings or expressions');
    });
    return this.with({ orderBy: [...this.state.orderBy, ...orderings] });
  }
  /** LIMIT n (bound as a parameter), or `param('n')`. */
  limit(count: number | Param): this {
    return this.with({ limit: rowCount(count, 'limit') });
  }
  /** OFFSET n (bound as a parameter), or `param('n')`. */
  offset(count: number | Param): this {
    return this.with({ offset: rowCount(count, 'offset') });
  }
  /** This SELECT as a named subquery, usable in FROM with columns in `.c`. */
  as<A extends string>(alias: A): Subquery<A, RowOf<S, Nullable>> {
    checkIdentifier(alias, 'subquery alias');
    return new Subquery<A, RowOf<S, Nullable>>(this, alias);
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
    readonly select: Select<readonly SelectItem[], string>,
    readonly alias: A,
  ) {
    super();
    const c: Record<string, Column> = {};
    for (const col of select.state.columns) {
      const spec: ColumnSpec = columnSpec(col.expr.type, undefined);
      Object.defineProperty(c, col.key, { value: new Column(this, col.key, col.key, spec), enumerable: true });
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
export function select<const S extends readonly SelectItem[]>(...items: S): Select<S, never> {
  const columns = resolveSelectItems(items);
  if (columns.length === 0) throw new CompileError('select() needs at least one column');
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.key)) throw new CompileError(`select(): two columns are named ${JSON.stringify(c.key)}; give one an alias with .as()`);
    seen.add(c.key);
  }
  return new Select<S, never>({
    columns,
    from: [],
    distinct: false,
    where: undefined,
    groupBy: [],
    having: undefined,
    orderBy: [],
    limit: undefined,
    offset: undefined,
  });
}
