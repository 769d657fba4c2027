/**
 * INSERT, UPDATE and DELETE: immutable, generative builders.
 */
import { CompileError } from '../errors';
import { Expression } from '../expr/expression';
import { andAlso } from '../expr/operators';
import { FromItem } from '../schema/from';
import type { AnyColumn, ColumnMap, Table } from '../schema/table';
import { Assignment, toAssignments as assignments } from './assignments';
import { InsertValues } from './insert-values';
import type { InsertRow, ReturnedDefaults, RowOf, SelectItem, UpdateSet } from './result-types';
import { checkColumnTypes, FitsColumns } from './insert-select-types';
import { defaultsReturned, returningItems } from './returning';
import { Select, SelectedColumn } from './select';
import { CommonTableExpression } from './cte';
import { Needs, NeedsOf, withPhantoms } from '../capabilities';
import { conflictTarget, OnConflict, OnConflictBuilder } from './upsert';

export type { Assignment } from './assignments';

/** Checks the items of a DML statement's `.with()`. */
function checkCtes(ctes: readonly unknown[]): CommonTableExpression[] {
  for (const c of ctes) if (!(c instanceof CommonTableExpression)) throw new CompileError('with() takes cte() / recursiveCte() items');
  return ctes as CommonTableExpression[];
}

/** The clauses every DML statement may have. */
interface CommonClauses {
  readonly ctes?: readonly CommonTableExpression[];
  readonly returning?: readonly SelectedColumn[];
}

/** What INSERT, UPDATE and DELETE share: WITH, and the columns RETURNING gives. */
abstract class DmlStatement<Clauses extends CommonClauses> {
  abstract readonly clauses: Clauses;

  /** The same statement with other clauses. */
  protected abstract withClauses(clauses: Clauses): this;

  /**
   * `WITH …`: common table expressions this statement reads (in a subquery,
   * in FROM / USING, or as the rows of an INSERT … SELECT). Where a database
   * cannot put WITH on this statement (MariaDB's and Oracle's UPDATE and
   * DELETE), each CTE is written as a derived table where it is used.
   */
  with<W extends CommonTableExpression<string, unknown>[]>(...ctes: W): this & Needs<NeedsOf<W[number]>> {
    return withPhantoms(this.withClauses({ ...this.clauses, ctes: [...(this.clauses.ctes ?? []), ...checkCtes(ctes)] }));
  }

  /** The columns `.returning()` gives, for a data-modifying CTE (PostgreSQL). */
  get selectedColumns(): readonly SelectedColumn[] {
    return this.clauses.returning ?? [];
  }
}

/** Checks the extra FROM items of a multi-table UPDATE / DELETE. */
function extraSources(table: Table, items: readonly FromItem<string, string>[], what: string): readonly FromItem<string, string>[] {
  if (items.length === 0) throw new CompileError(`${what}: name at least one table`);
  for (const item of items) {
    if (!(item instanceof FromItem)) throw new CompileError(`${what} takes tables, aliases, subqueries or joins`);
    if (item === (table as FromItem<string, string>)) throw new CompileError(`${what}: ${table.name} is the table being changed; use an alias (${table.name}.as('…')) to join it to itself`);
  }
  return items;
}

/** The source of an INSERT's rows. */
export type InsertSource =
  | InsertValues
  | { readonly kind: 'default-values' }
  | { readonly kind: 'select'; readonly columns: readonly AnyColumn[]; readonly select: Select<never[], string> };

/** The optional clauses of an INSERT, carried by every builder step (and by withRows). */
export interface InsertClauses {
  /** `WITH …`: common table expressions the statement reads. */
  readonly ctes?: readonly CommonTableExpression[];
  /** Upsert: ON CONFLICT … DO NOTHING / DO UPDATE, or the dialect's equivalent. */
  readonly onConflict?: OnConflict;
  /** RETURNING: the columns of the inserted rows to give back. */
  readonly returning?: readonly SelectedColumn[];
  /** RETURNING is `returningDefaults()`'s: worked out again when the rows change. */
  readonly returningDefaults?: true;
}

/**
 * An INSERT. Start it with {@link insert}. `R` is the row `.returning()`
 * gives (`never` without it).
 *
 * @example
 * ```ts
 * insert(users).values({ name: 'Ada', age: 36 })
 * insert(users).values([{ name: 'Ada' }, { name: 'Alan', age: 41 }])
 * insert(archive).fromSelect(['id', 'name'], select(users.c.id, users.c.name).from(users))
 * insert(users).values({ id: 1, name: 'Ada' }).onConflict(['id']).doUpdate({ set: { name: excluded(users.c.name) } })
 * insert(users).values({ name: 'Ada' }).returning(users.c.id)
 * ```
 */
export class Insert<C extends ColumnMap = ColumnMap, R = unknown> extends DmlStatement<InsertClauses> {
  readonly kind = 'insert';
  /** Phantom: the row `.returning()` gives. Never set at run time. */
  declare readonly __row: R;
  constructor(
    readonly table: Table<string, C>,
    readonly source: InsertSource | undefined,
    readonly clauses: InsertClauses = {},
  ) {
    super();
  }

  /** One row, or several. Keys are column keys; a value may be an expression. */
  values(rows: InsertRow<C> | readonly InsertRow<C>[]): Insert<C, R> {
    const list = (Array.isArray(rows) ? rows : [rows]) as Record<string, unknown>[];
    if (list.length === 0) throw new CompileError(`insert into ${this.table.name}: values() needs at least one row`);
    return this.from(InsertValues.of(this.table, list));
  }
  /** The same INSERT from other rows; what returningDefaults() returns follows them. */
  private from(source: InsertSource): Insert<C, R> {
    const clauses = this.clauses.returningDefaults ? { ...this.clauses, returning: defaultsReturned(this.table, source) } : this.clauses;
    return new Insert(this.table, source, clauses);
  }
  /** The same INSERT (ON CONFLICT and RETURNING included) with other rows: a large insert runs in batches. */
  withRows(rows: InsertValues): Insert<C, R> {
    return new Insert(this.table, rows, this.clauses);
  }
  /** `INSERT … DEFAULT VALUES`: one row of defaults. */
  defaultValues(): Insert<C, R> {
    return this.from({ kind: 'default-values' });
  }
  /** `INSERT INTO t (cols) SELECT …`: the select's columns fill `keys` in order. */
  fromSelect<const K extends readonly (keyof C & string)[], Q extends Select<never[], string> | Select>(keys: K, query: Q & FitsColumns<C, K, Q>): Insert<C, R> {
    const columns = keys.map((k) => {
      const column = Object.prototype.hasOwnProperty.call(this.table.c, k) ? this.table.c[k] : undefined;
      if (!column) throw new CompileError(`insert into ${this.table.name}: no column ${JSON.stringify(k)}`);
      return column;
    });
    if (!(query instanceof Select)) throw new CompileError('fromSelect() takes a select()');
    if (query.state.columns.length !== columns.length) {
      throw new CompileError(`insert into ${this.table.name}: ${columns.length} columns but the select has ${query.state.columns.length}`);
    }
    checkColumnTypes(this.table.name, columns, query.state.columns);
    return this.from({ kind: 'select', columns, select: query as Select<never[], string> });
  }
  /**
   * Upsert: what to do when a row's `keys` (the primary key or a unique
   * constraint) already exist. Follow with `.doNothing()` or `.doUpdate(…)`.
   * MySQL/MariaDB need `keys` to be the table's only unique key (ON DUPLICATE
   * KEY fires on any); Oracle runs it as MERGE.
   */
  onConflict(keys: readonly (keyof C & string)[]): OnConflictBuilder<C, R> {
    const target = conflictTarget(this.table, keys);
    return new OnConflictBuilder<C, R>(this.table, target, (onConflict) => new Insert<C, R>(this.table, this.source, { ...this.clauses, onConflict }));
  }
  protected withClauses(clauses: InsertClauses): this {
    return new Insert<C, R>(this.table, this.source, clauses) as this;
  }
  /** RETURNING: the inserted rows' columns or expressions (as select() takes them), given back by execute(). */
  returning<const S extends readonly SelectItem[]>(...items: S): Insert<C, RowOf<S>> & Needs<'RETURNING'> {
    const returning = returningItems(items, `insert into ${this.table.name}`);
    const { returningDefaults: _, ...clauses } = this.clauses;
    return withPhantoms(new Insert<C, RowOf<S>>(this.table, this.source, { ...clauses, returning }));
  }
  /**
   * RETURNING what the database filled in (SQLAlchemy's `return_defaults()`):
   * the primary key, and every column with a default or a generated value
   * (auto-increment) that some row leaves out — without listing them. Each
   * inserted row comes back, in the order inserted, where the database
   * returns rows of a multi-row INSERT (PostgreSQL, SQLite, MariaDB); Oracle
   * and MySQL 8 return a single row only and refuse more (they cannot say
   * which row got which value).
   *
   * @example
   * ```ts
   * const [row] = await engine.execute(insert(orders).values({ item: 'pen', amount: '2.50' }).returningDefaults());
   * row.id; row.placedAt; // the generated key and the server's default
   * ```
   */
  returningDefaults(): Insert<C, ReturnedDefaults<C>> & Needs<'RETURNING'> {
    const returning = defaultsReturned(this.table, this.source);
    return withPhantoms(new Insert<C, ReturnedDefaults<C>>(this.table, this.source, { ...this.clauses, returning, returningDefaults: true }));
  }
}

/**
 * Starts an INSERT into `table`.
 *
 * @example
 * ```ts
 * await engine.execute(insert(users).values([{ email: 'ada@example.org', name: 'Ada' }, { email: 'alan@example.org', name: 'Alan' }]));
 * const [row] = await engine.execute(insert(users).values({ email: 'grace@example.org', name: 'Grace' }).returning(users.c.id));
 * ```
 */
export function insert<C extends ColumnMap>(table: Table<string, C>): Insert<C, never> {
  return new Insert<C, never>(table, undefined);
}

/** The optional clauses of an UPDATE, carried by every builder step. */
export interface UpdateClauses {
  /** `WITH …`: common table expressions the statement reads. */
  readonly ctes?: readonly CommonTableExpression[];
  /** Other tables the UPDATE reads (`UPDATE … FROM`), joined to the target by WHERE. */
  readonly from?: readonly FromItem<string, string>[];
  /** RETURNING: the columns of the updated rows to give back. */
  readonly returning?: readonly SelectedColumn[];
}

/**
 * An UPDATE. Start it with {@link update}. `R` is the row `.returning()`
 * gives (`never` without it).
 *
 * @example
 * ```ts
 * update(users).set({ age: users.c.age.plus(1) }).where(users.c.id.eq(7))
 * update(people).set({ city: moves.c.city }).from(moves).where(moves.c.personId.eq(people.c.id))
 * ```
 */
export class Update<C extends ColumnMap = ColumnMap, R = unknown> extends DmlStatement<UpdateClauses> {
  readonly kind = 'update';
  /** Phantom: the row `.returning()` gives. Never set at run time. */
  declare readonly __row: R;
  constructor(
    readonly table: Table<string, C>,
    readonly assignments: readonly Assignment[],
    readonly condition: Expression<boolean | null> | undefined,
    readonly clauses: UpdateClauses = {},
  ) {
    super();
  }
  /** SET column = value; keys are column keys, values may be expressions. */
  set(values: UpdateSet<C>): Update<C, R> {
    const more = assignments(this.table, values as Record<string, unknown>, () => `update ${this.table.name}`);
    if (this.assignments.length === 0) return new Update(this.table, more, this.condition, this.clauses);
    const kept = this.assignments.filter((a) => !more.some((m) => m.column.key === a.column.key));
    return new Update(this.table, [...kept, ...more], this.condition, this.clauses);
  }
  /** WHERE; called again, conditions are ANDed. `undefined` adds none. */
  where(condition: Expression<boolean> | Expression<boolean | null> | undefined): Update<C, R> {
    return new Update(this.table, this.assignments, andAlso(this.condition, condition), this.clauses);
  }
  /**
   * `UPDATE … FROM other`: SET and WHERE may use the columns of these tables
   * (join them to the target in WHERE). MySQL writes `UPDATE t, other`;
   * Oracle gets correlated subqueries.
   */
  from(...items: FromItem<string, string>[]): Update<C, R> {
    const from = extraSources(this.table, items, `update ${this.table.name} … from()`);
    return new Update(this.table, this.assignments, this.condition, { ...this.clauses, from });
  }
  protected withClauses(clauses: UpdateClauses): this {
    return new Update<C, R>(this.table, this.assignments, this.condition, clauses) as this;
  }
  /** RETURNING: the updated rows' columns or expressions (as select() takes them), given back by execute(). */
  returning<const S extends readonly SelectItem[]>(...items: S): Update<C, RowOf<S>> & Needs<'UPDATE … RETURNING'> {
    const returning = returningItems(items, `update ${this.table.name}`);
    return withPhantoms(new Update<C, RowOf<S>>(this.table, this.assignments, this.condition, { ...this.clauses, returning }));
  }
}

/**
 * Starts an UPDATE of `table`.
 *
 * @example
 * ```ts
 * await engine.execute(update(users).set({ active: false }).where(users.c.id.eq(1)));
 * ```
 */
export function update<C extends ColumnMap>(table: Table<string, C>): Update<C, never> {
  return new Update<C, never>(table, [], undefined);
}

/** The optional clauses of a DELETE, carried by every builder step. */
export interface DeleteClauses {
  /** `WITH …`: common table expressions the statement reads. */
  readonly ctes?: readonly CommonTableExpression[];
  /** Other tables the DELETE reads (`DELETE … USING`), joined to the target by WHERE. */
  readonly using?: readonly FromItem<string, string>[];
  /** RETURNING: the columns of the deleted rows to give back. */
  readonly returning?: readonly SelectedColumn[];
}

/**
 * A DELETE. Start it with {@link deleteFrom}. `R` is the row `.returning()`
 * gives (`never` without it).
 *
 * @example
 * ```ts
 * deleteFrom(users).where(users.c.age.lt(18))
 * deleteFrom(orders).using(people).where(and(people.c.id.eq(orders.c.personId), people.c.city.eq('Paris')))
 * ```
 */
export class Delete<C extends ColumnMap = ColumnMap, R = unknown> extends DmlStatement<DeleteClauses> {
  readonly kind = 'delete';
  /** Phantom: the row `.returning()` gives. Never set at run time. */
  declare readonly __row: R;
  constructor(
    readonly table: Table<string, C>,
    readonly condition: Expression<boolean | null> | undefined,
    readonly clauses: DeleteClauses = {},
  ) {
    super();
  }
  /** WHERE; called again, conditions are ANDed. `undefined` adds none. */
  where(condition: Expression<boolean> | Expression<boolean | null> | undefined): Delete<C, R> {
    return new Delete(this.table, andAlso(this.condition, condition), this.clauses);
  }
  /**
   * `DELETE … USING other`: WHERE may use the columns of these tables (join
   * them to the target in WHERE). MySQL writes `DELETE t FROM t, other`;
   * SQLite and Oracle get `WHERE EXISTS (SELECT 1 FROM other WHERE …)`.
   */
  using(...items: FromItem<string, string>[]): Delete<C, R> {
    const using = extraSources(this.table, items, `delete from ${this.table.name} … using()`);
    return new Delete(this.table, this.condition, { ...this.clauses, using });
  }
  protected withClauses(clauses: DeleteClauses): this {
    return new Delete<C, R>(this.table, this.condition, clauses) as this;
  }
  /** RETURNING: the deleted rows' columns or expressions (as select() takes them), given back by execute(). */
  returning<const S extends readonly SelectItem[]>(...items: S): Delete<C, RowOf<S>> & Needs<'RETURNING'> {
    const returning = returningItems(items, `delete from ${this.table.name}`);
    return withPhantoms(new Delete<C, RowOf<S>>(this.table, this.condition, { ...this.clauses, returning }));
  }
}

/**
 * Starts a DELETE from `table` (`delete` is a reserved word in JavaScript).
 *
 * @example
 * ```ts
 * await engine.execute(deleteFrom(users).where(users.c.active.eq(false)));
 * ```
 */
export function deleteFrom<C extends ColumnMap>(table: Table<string, C>): Delete<C, never> {
  return new Delete<C, never>(table, undefined);
}
