/**
 * Upsert: `insert(t).values(…).onConflict([keys]).doNothing()` or
 * `.doUpdate({ set, where })`, with the row that was proposed for insertion
 * reached as `excluded(t.c.column)` on every dialect.
 */
import { CompileError } from '../errors';
import { Expression } from '../expr/expression';
import type { Column } from '../schema/column';
import type { AnyColumn, ColumnMap, Table } from '../schema/table';
import type { SqlType } from '../types/sql-type';
import { Assignment, toAssignments } from './assignments';
import type { Insert } from './dml';
import type { UpdateSet } from './result-types';

/**
 * The value a column would have had in the row an upsert proposed:
 * PostgreSQL's and SQLite's `EXCLUDED.col`, MariaDB's `VALUES(col)`, MySQL's
 * row alias `new.col`, the MERGE source on Oracle. Only valid inside
 * `onConflict(…).doUpdate(…)`.
 *
 * @example
 * ```ts
 * new Excluded(users.c.name).kind // 'excluded'
 * ```
 */
export class Excluded<T = unknown> extends Expression<T> {
  readonly kind = 'excluded';
  readonly type: SqlType;
  constructor(readonly column: AnyColumn) {
    super();
    this.type = column.type;
  }
  override describe(): string {
    return `excluded(${this.column.describe()})`;
  }
}

/**
 * The proposed value of a column in an upsert's `doUpdate` (`EXCLUDED.col`).
 *
 * @example
 * ```ts
 * insert(users).values({ id: 1, name: 'Ada' })
 *   .onConflict(['id'])
 *   .doUpdate({ set: { name: excluded(users.c.name) } })
 * ```
 */
export function excluded<T>(column: Column<T, string, string, boolean>): Expression<T> {
  if (!(column instanceof Expression) || column.kind !== 'column') throw new CompileError('excluded() takes a column of the table inserted into');
  return new Excluded<T>(column as unknown as AnyColumn);
}

/** What an upsert does with a row whose key already exists. */
export type ConflictAction =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'update'; readonly set: readonly Assignment[]; readonly where: Expression<boolean | null> | undefined };

/** An upsert's ON CONFLICT part: the key columns and the action. */
export interface OnConflict {
  /** The columns of the unique key (primary key or unique constraint) a conflict is detected on. */
  readonly target: readonly AnyColumn[];
  readonly action: ConflictAction;
}

/** The argument of `doUpdate()`. */
export interface ConflictUpdate<C extends ColumnMap> {
  /** Columns to change: values, or expressions of the existing row (`t.c.x`) and the proposed one (`excluded(t.c.x)`). */
  readonly set: UpdateSet<C>;
  /** Update only existing rows where this holds (others are left as they are). */
  readonly where?: Expression<boolean> | Expression<boolean | null>;
}

/**
 * The second half of `onConflict(keys)`: what to do on a conflict.
 *
 * @example
 * ```ts
 * insert(users).values(rows).onConflict(['email']).doNothing()
 * ```
 */
export class OnConflictBuilder<C extends ColumnMap, R> {
  constructor(
    private readonly table: Table<string, C>,
    private readonly target: readonly AnyColumn[],
    private readonly finish: (onConflict: OnConflict) => Insert<C, R>,
  ) {}

  /** Skip rows whose key exists. */
  doNothing(): Insert<C, R> {
    return this.finish({ target: this.target, action: { kind: 'nothing' } });
  }

  /** Update the existing row instead: `set` may read the existing row (`t.c.x`) and the proposed one (`excluded(t.c.x)`). */
  doUpdate(update: ConflictUpdate<C>): Insert<C, R> {
    const what = `insert into ${this.table.name} … doUpdate`;
    if (update === null || typeof update !== 'object') throw new CompileError(`${what}: expected { set, where? }`);
    const set = toAssignments(this.table, update.set as Record<string, unknown>, what);
    if (set.length === 0) throw new CompileError(`${what} sets nothing: give set: { column: value }, or use doNothing()`);
    if (update.where !== undefined && !(update.where instanceof Expression)) throw new CompileError(`${what}: where must be a condition`);
    return this.finish({ target: this.target, action: { kind: 'update', set, where: update.where } });
  }
}

/**
 * Resolves onConflict()'s key names to columns of `table`.
 *
 * @example
 * ```ts
 * conflictTarget(users, ['email']) // [users.c.email]
 * ```
 */
export function conflictTarget(table: Table, keys: readonly string[]): AnyColumn[] {
  if (!Array.isArray(keys) || keys.length === 0) throw new CompileError(`insert into ${table.name}: onConflict() takes the key columns, e.g. onConflict(['id'])`);
  return keys.map((key) => {
    const column = Object.prototype.hasOwnProperty.call(table.c, key) ? table.c[key] : undefined;
    if (!column) throw new CompileError(`insert into ${table.name}: onConflict() names unknown column ${JSON.stringify(key)}`);
    return column;
  });
}
