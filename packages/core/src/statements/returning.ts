/**
 * RETURNING: the rows an INSERT, UPDATE or DELETE changed, as it left them.
 */
import { CompileError } from '../errors';
import type { AnyColumn, Table } from '../schema/table';
import type { InsertValues } from './insert-values';
import type { SelectItem } from './result-types';
import { resolveSelectItems, SelectedColumn } from './select';

/**
 * What running a statement with `.returning(…)` gives: the returned rows, an
 * array, that also tells how many rows the statement changed (`rowsAffected`,
 * not enumerable, so that the array compares and prints as plain rows).
 *
 * @example
 * ```ts
 * const rows = await engine.execute(insert(users).values({ name: 'Ada' }).returning(users.c.id));
 * rows[0].id; rows.rowsAffected; // 1
 * ```
 */
export type ReturnedRows<R> = R[] & { readonly rowsAffected: number };

/**
 * Marks `rows` with the number of rows the statement changed.
 *
 * @example
 * ```ts
 * withRowsAffected([{ id: 1 }], 1).rowsAffected // 1
 * ```
 */
export function withRowsAffected<R>(rows: R[], rowsAffected: number): ReturnedRows<R> {
  Object.defineProperty(rows, 'rowsAffected', { value: rowsAffected, enumerable: false, writable: false, configurable: true });
  return rows as ReturnedRows<R>;
}

/**
 * The columns of a RETURNING list: the same items select() takes (columns,
 * `expr.as('name')`, a whole table, `{ name: expr }`), with distinct names.
 *
 * @example
 * ```ts
 * returningItems([users.c.id, users.c.name.as('n')], 'insert into users')
 * ```
 */
export function returningItems(items: readonly SelectItem[], what: string): SelectedColumn[] {
  const columns = resolveSelectItems(items);
  if (columns.length === 0) throw new CompileError(`${what}: returning() needs at least one column`);
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.key)) throw new CompileError(`${what}: returning() names two columns ${JSON.stringify(c.key)}; give one an alias with .as()`);
    seen.add(c.key);
  }
  return columns;
}

/** Where an INSERT's rows come from, as {@link defaultsReturned} reads it. */
type RowSource = InsertValues | { readonly kind: 'default-values' } | { readonly kind: 'select'; readonly columns: readonly AnyColumn[] } | undefined;

/**
 * The columns `insert(…).returningDefaults()` returns (SQLAlchemy's
 * `return_defaults()`): the primary key, and every column with a default or
 * a generated value (auto-increment) that some row leaves to the database —
 * in table order, as RETURNING columns.
 *
 * @example
 * ```ts
 * defaultsReturned(users, insert(users).values({ name: 'Ada' }).source) // [id, createdAt] as RETURNING columns
 * ```
 */
export function defaultsReturned(table: Table, source: RowSource): SelectedColumn[] {
  const what = `insert into ${table.name}`;
  if (source === undefined) throw new CompileError(`${what}: returningDefaults() comes after values(), defaultValues() or fromSelect()`);
  const keys = new Set(table.definition.primaryKey?.columns ?? []);
  const leftOut = (column: AnyColumn): boolean => {
    if (source.kind === 'values') return !source.setsInEveryRow(column);
    if (source.kind === 'select') return !source.columns.includes(column);
    return true;
  };
  const columns = Object.values(table.c).filter(
    (c) => c.spec.primaryKey || keys.has(c.key) || ((c.spec.default !== undefined || c.spec.autoIncrement) && leftOut(c)),
  );
  if (columns.length === 0) throw new CompileError(`${what}: returningDefaults() has nothing to return: the table has no primary key, and no column with a default that this INSERT leaves out`);
  return returningItems(columns, what);
}
