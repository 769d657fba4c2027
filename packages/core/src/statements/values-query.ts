/**
 * A VALUES table constructor: rows of values with typed, named columns, used
 * in FROM (`values(rows, columns).as('v')`) or as a CTE (`cte('v',
 * values(rows, columns))`).
 *
 * Every value is bound with its column's type, checked when the rows are
 * given by the same checks as a column's values. How each dialect writes it:
 * PostgreSQL `(VALUES ($1, $2), …) AS v (id, name)` (the first row cast to the
 * column types); SQLite `(SELECT column1 AS id, … FROM (VALUES …)) AS v`;
 * MySQL / MariaDB (whose VALUES columns are named after the first row's
 * values) and Oracle (which has none) a UNION ALL of one SELECT per row, each
 * value cast to its column's type, built as a tree ({@link valuesAsSelects}). As a CTE: `v (id, name) AS
 * (VALUES …)`, or the UNION ALL.
 */
import { CompileError, InvalidValueError } from '../errors';
import { Bind, bindValue } from '../expr/expression';
import { checkIdentifier } from '../expr/sql-template';
import { ColumnBuilder } from '../schema/column';
import type { AnyColumnBuilder, ColumnsFrom } from '../schema/table';
import type { SqlType } from '../types/sql-type';
import { CompoundSelect } from './compound';
import type { LoadValueFor } from './result-types';
import { typedBind } from '../expr/values';
import { NO_CLAUSES, Select, SelectedColumn, Subquery } from './select';

/** The column definitions of a VALUES list: a column type (`integer()`, `text().notNull()`) per name. */
export type ValuesColumns = { readonly [name: string]: AnyColumnBuilder };

/** The typed columns a VALUES list's definitions give. */
type ColumnsOf<Defs> = ColumnsFrom<Defs, string>;

/** The value type of each column (`T`, or `T | null` unless the column is `.notNull()`). */
export type ValuesRowType<Defs> = { -readonly [K in keyof ColumnsOf<Defs>]: ColumnsOf<Defs>[K] extends { readonly __value: infer T } ? T : never };

/** One row given to {@link values}: a plain value for every column (no expressions), checked like a bound value. */
export type ValuesInputRow<Defs> = { readonly [K in keyof ColumnsOf<Defs>]: LoadValueFor<ColumnsOf<Defs>[K]> };

/**
 * A VALUES list: rows of bound values under named, typed columns. Use it in
 * FROM with `.as(alias)`, or name it with `cte()`.
 *
 * @example
 * ```ts
 * const v = values([{ id: 1, label: 'one' }, { id: 2, label: 'two' }], { id: integer().notNull(), label: text() }).as('v');
 * select(v.c.id, v.c.label).from(v)
 * ```
 */
export class ValuesQuery<Row = unknown> {
  readonly kind = 'values-query';
  /** Phantom: the row, as a subquery's or CTE's columns give it. */
  declare readonly __row: Row;
  /** Phantom: the value types of its columns as expressions. */
  declare readonly __values: Row;
  /** Its columns, each typed by the first row's value (for `.as()` and `cte()`). */
  readonly selectedColumns: readonly SelectedColumn[];
  constructor(
    /** The column names, in order. */
    readonly names: readonly string[],
    /** The column types, in the same order. */
    readonly types: readonly SqlType[],
    /** One bound value per column, per row. */
    readonly rows: readonly (readonly Bind[])[],
  ) {
    this.selectedColumns = names.map((key, j) => ({ key, expr: rows[0]![j]! }));
  }

  /**
   * This VALUES list in FROM under an alias, its columns in `.c`.
   *
   * @example
   * ```ts
   * const wanted = values([{ id: 1 }, { id: 3 }], { id: integer().notNull() }).as('wanted');
   * select(people.c.name).from(people.join(wanted, wanted.c.id.eq(people.c.id)))
   * ```
   */
  as<A extends string>(alias: A): Subquery<A, Row> {
    checkIdentifier(alias, 'VALUES alias');
    return new Subquery<A, Row>(this, alias);
  }
}

/**
 * A VALUES table constructor: `rows` under the `columns` given (names and
 * column types). Each value is bound with its column's type and checked as a
 * column's value is (a NOT NULL column refuses null); every row gives every
 * column, and there is at least one row.
 *
 * @example
 * ```ts
 * const prices = values([{ sku: 'a-1', price: '9.50' }, { sku: 'b-2', price: '12.00' }], { sku: text().notNull(), price: numeric({ precision: 8, scale: 2 }).notNull() });
 * const p = prices.as('p');
 * select(p.c.sku, p.c.price).from(p).orderBy(p.c.sku)          // { sku: string; price: string }[]
 * const listed = cte('listed', prices);
 * select(listed.c.sku).with(listed).from(listed)
 * ```
 */
export function values<const Defs extends ValuesColumns>(rows: readonly ValuesInputRow<Defs>[], columns: Defs): ValuesQuery<ValuesRowType<Defs>> {
  if (!Array.isArray(rows) || rows.length === 0) throw new CompileError('values() needs at least one row: a VALUES list without rows has no column types (use a WHERE that is false for no rows)');
  const names = Object.keys(columns);
  if (names.length === 0) throw new CompileError('values() needs at least one column');
  const specs = names.map((name) => {
    checkIdentifier(name, 'VALUES column name');
    const builder = columns[name];
    if (!(builder instanceof ColumnBuilder)) throw new CompileError(`values(): column ${name} is not a column type such as integer() or text()`);
    return { notNull: builder.spec.notNull === true, type: builder.spec.type };
  });
  const bound = rows.map((row, i) => {
    if (row === null || typeof row !== 'object') throw new InvalidValueError(`values(): row ${i + 1} is not an object`);
    const record = row as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) if (!names.includes(key)) throw new InvalidValueError(`values(): row ${i + 1} gives ${key}, which is not a column of the list`);
    return names.map((name, j) => {
      if (!(name in record)) throw new InvalidValueError(`values(): row ${i + 1} leaves out ${name}; give every column (null where it is nullable)`);
      const value = record[name];
      const spec = specs[j]!;
      if ((value === null || value === undefined) && spec.notNull) throw new InvalidValueError(`values(): ${name} is NOT NULL, got ${String(value)} in row ${i + 1}`);
      return bindValue(value ?? null, spec.type, `values(): ${name} of row ${i + 1}`);
    });
  });
  return new ValuesQuery<ValuesRowType<Defs>>(
    names,
    specs.map((spec) => spec.type),
    bound,
  );
}

/** The UNION ALL of one `SELECT value AS name, …` per row: a VALUES list for dialects without one that names its columns. @internal */
export function valuesAsSelects(node: ValuesQuery): Select | CompoundSelect {
  // Every value is cast to its column's type: a UNION ALL's column takes the widest of its members' types (MySQL binds a decimal as DECIMAL(65, 30)).
  const members = node.rows.map((row) => new Select({ ...NO_CLAUSES, columns: node.names.map((key, j) => ({ key, expr: typedBind(row[j]!) })) }));
  if (members.length === 1) return members[0]!;
  return new CompoundSelect({ operator: 'union all', members, orderBy: [], limit: undefined, offset: undefined });
}
