/**
 * INSERT, UPDATE and DELETE: immutable, generative builders.
 */
import { CompileError } from '../errors';
import { bindValue, Expression } from '../expr/expression';
import { and } from '../expr/operators';
import type { AnyColumn, ColumnMap, Table } from '../schema/table';
import type { InsertRow, UpdateSet } from './result-types';
import { Select } from './select';

/** A column and the expression (often a bound value) assigned to it. */
export interface Assignment {
  readonly column: AnyColumn;
  readonly value: Expression;
}

/** Turns `{ key: value }` into checked assignments of `table`'s columns. */
function assignments(table: Table, row: Record<string, unknown>, what: string): Assignment[] {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new CompileError(`${what}: expected an object of column values`);
  const out: Assignment[] = [];
  for (const key of Object.keys(row)) {
    const column = Object.prototype.hasOwnProperty.call(table.c, key) ? table.c[key] : undefined;
    if (!column) throw new CompileError(`${what}: table ${table.name} has no column ${JSON.stringify(key)}`);
    const value = row[key];
    if (value === undefined) continue; // an undefined key is the same as a missing key
    out.push({ column, value: value instanceof Expression ? value : bindValue(value, column.type, column.describe()) });
  }
  return out;
}

/** The source of an INSERT's rows. */
export type InsertSource =
  | { readonly kind: 'values'; readonly rows: readonly (readonly Assignment[])[] }
  | { readonly kind: 'default-values' }
  | { readonly kind: 'select'; readonly columns: readonly AnyColumn[]; readonly select: Select<never[], string> };

/**
 * An INSERT. Start it with {@link insert}.
 *
 * @example
 * ```ts
 * insert(users).values({ name: 'Ada', age: 36 })
 * insert(users).values([{ name: 'Ada' }, { name: 'Alan', age: 41 }])
 * insert(archive).fromSelect(['id', 'name'], select(users.c.id, users.c.name).from(users))
 * ```
 */
export class Insert<C extends ColumnMap = ColumnMap> {
  readonly kind = 'insert';
  constructor(
    readonly table: Table<string, C>,
    readonly source: InsertSource | undefined,
  ) {}

  /** One row, or several. Keys are column keys; a value may be an expression. */
  values(rows: InsertRow<C> | readonly InsertRow<C>[]): Insert<C> {
    const list = (Array.isArray(rows) ? rows : [rows]) as Record<string, unknown>[];
    if (list.length === 0) throw new CompileError(`insert into ${this.table.name}: values() needs at least one row`);
    const converted = list.map((r, i) => assignments(this.table, r, `insert into ${this.table.name}, row ${i + 1}`));
    return new Insert(this.table, { kind: 'values', rows: converted });
  }
  /** The same INSERT with other rows (used to run a large insert in batches). */
  withRows(rows: readonly (readonly Assignment[])[]): Insert<C> {
    return new Insert(this.table, { kind: 'values', rows });
  }
  /** `INSERT … DEFAULT VALUES`: one row of defaults. */
  defaultValues(): Insert<C> {
    return new Insert(this.table, { kind: 'default-values' });
  }
  /** `INSERT INTO t (cols) SELECT …`: the select's columns fill `keys` in order. */
  fromSelect(keys: readonly (keyof C & string)[], query: Select<never[], string> | Select): Insert<C> {
    const columns = keys.map((k) => {
      const column = Object.prototype.hasOwnProperty.call(this.table.c, k) ? this.table.c[k] : undefined;
      if (!column) throw new CompileError(`insert into ${this.table.name}: no column ${JSON.stringify(k)}`);
      return column;
    });
    if (!(query instanceof Select)) throw new CompileError('fromSelect() takes a select()');
    if (query.state.columns.length !== columns.length) {
      throw new CompileError(`insert into ${this.table.name}: ${columns.length} columns but the select has ${query.state.columns.length}`);
    }
    return new Insert(this.table, { kind: 'select', columns, select: query as Select<never[], string> });
  }
}

/** Starts an INSERT into `table`. */
export function insert<C extends ColumnMap>(table: Table<string, C>): Insert<C> {
  return new Insert(table, undefined);
}

/**
 * An UPDATE. Start it with {@link update}.
 *
 * @example
 * ```ts
 * update(users).set({ age: users.c.age.plus(1) }).where(users.c.id.eq(7))
 * ```
 */
export class Update<C extends ColumnMap = ColumnMap> {
  readonly kind = 'update';
  constructor(
    readonly table: Table<string, C>,
    readonly assignments: readonly Assignment[],
    readonly condition: Expression<boolean | null> | undefined,
  ) {}
  /** SET column = value; keys are column keys, values may be expressions. */
  set(values: UpdateSet<C>): Update<C> {
    const more = assignments(this.table, values as Record<string, unknown>, `update ${this.table.name}`);
    const kept = this.assignments.filter((a) => !more.some((m) => m.column.key === a.column.key));
    return new Update(this.table, [...kept, ...more], this.condition);
  }
  /** WHERE; called again, conditions are ANDed. */
  where(condition: Expression<boolean> | Expression<boolean | null>): Update<C> {
    return new Update(this.table, this.assignments, this.condition ? and(this.condition, condition) : condition);
  }
}

/** Starts an UPDATE of `table`. */
export function update<C extends ColumnMap>(table: Table<string, C>): Update<C> {
  return new Update(table, [], undefined);
}

/**
 * A DELETE. Start it with {@link deleteFrom}.
 *
 * @example
 * ```ts
 * deleteFrom(users).where(users.c.age.lt(18))
 * ```
 */
export class Delete<C extends ColumnMap = ColumnMap> {
  readonly kind = 'delete';
  constructor(
    readonly table: Table<string, C>,
    readonly condition: Expression<boolean | null> | undefined,
  ) {}
  /** WHERE; called again, conditions are ANDed. */
  where(condition: Expression<boolean> | Expression<boolean | null>): Delete<C> {
    return new Delete(this.table, this.condition ? and(this.condition, condition) : condition);
  }
}

/** Starts a DELETE from `table` (`delete` is a reserved word in JavaScript). */
export function deleteFrom<C extends ColumnMap>(table: Table<string, C>): Delete<C> {
  return new Delete(table, undefined);
}
