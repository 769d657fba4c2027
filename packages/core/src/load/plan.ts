/**
 * Bulk loading (`engine.load()`): which columns a load writes, and each row
 * checked and converted into driver values by the same gate and codecs as
 * every bound value (`checkBindValue`, then the dialect's `toDriver`, as
 * `fillTemplate` does for a statement's values). A driver then writes the
 * converted rows by its database's fastest path (COPY, LOAD DATA, one
 * prepared INSERT, executeMany).
 */
import { InvalidValueError, LoadRowError } from '../errors';
import { param } from '../expr/param';
import type { AnyColumn, Table } from '../schema/table';
import { insert } from '../statements/dml';
import type { SqlType } from '../types/sql-type';
import { checkBindValue } from '../types/validate';
import type { PreparedStatement } from '../dialect';
import type { SqlCompiler } from '../compiler/sql-compiler';

/** One column a load writes. */
export interface LoadColumn {
  /** Its key in the rows given. */
  readonly key: string;
  /** Its name in SQL, quoted by the dialect. */
  readonly sql: string;
  readonly type: SqlType;
}

/**
 * What a driver needs to load rows into one table: the table and columns as
 * SQL, a one-row INSERT whose placeholders take a converted row in column
 * order, and the conversion of a row object.
 */
export interface LoadPlan {
  readonly dialect: string;
  /** The table's name, for messages. */
  readonly tableName: string;
  /** The table as SQL: quoted, with its (translated) schema. */
  readonly table: string;
  /** The columns written, in the order of each converted row's values. */
  readonly columns: readonly LoadColumn[];
  /** `INSERT INTO t (a, b) VALUES (?, ?)` in the dialect's SQL: one placeholder per column, in order. */
  readonly insertSql: string;
  /**
   * The INSERT of `rows` rows (`VALUES (?, ?), (?, ?)`), compiled by the
   * dialect once per row count: its placeholders take the rows' values
   * row after row, in column order.
   */
  insertRowsSql(rows: number): string;
  /** The most rows one INSERT of {@link LoadPlan.insertRowsSql} may carry: the dialect's parameter limit over the columns. */
  readonly maxRowsPerInsert: number;
  /**
   * Checks one row object and converts it to driver values in column order.
   * Throws a {@link LoadRowError} naming the row's index and the column.
   */
  row(values: Readonly<Record<string, unknown>>, index: number): unknown[];
}

/** The columns of a load: those named (or the first row's keys), in the table's order. @internal */
export function loadColumns(table: Table, keys: readonly string[]): AnyColumn[] {
  const wanted = new Set(keys);
  for (const key of wanted) {
    if (!table.columns.some((c) => c.key === key)) {
      throw new LoadRowError(`load into ${table.name}, rows[0]: table ${table.name} has no column ${JSON.stringify(key)}`, 0, key);
    }
  }
  return table.columns.filter((c) => wanted.has(c.key));
}

/** The keys a row gives a value for (an undefined value is the same as a missing key, as in insert().values()). @internal */
export function keysOf(row: unknown, table: Table, index: number): string[] {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    throw new LoadRowError(`load into ${table.name}, rows[${index}]: expected an object of column values`, index, '');
  }
  return Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined);
}

/**
 * Makes the plan of a load into `table` of `columns`.
 *
 * @example
 * ```ts
 * const plan = makeLoadPlan(compiler, (s) => dialect.prepare(s), users, loadColumns(users, ['id', 'name']));
 * plan.row({ id: 1, name: 'Ada' }, 0); // [1, 'Ada']
 * ```
 */
export function makeLoadPlan(compiler: SqlCompiler, prepare: (statement: ReturnType<typeof insert>) => PreparedStatement, table: Table, columns: readonly AnyColumn[]): LoadPlan {
  /** The INSERT of `count` rows whose every value is a named parameter, checked to bind them in order. */
  const compileRows = (count: number): string => {
    const names: string[] = [];
    const rows = Array.from({ length: count }, (_, r) =>
      Object.fromEntries(
        columns.map((c, i) => {
          const name = `r${r}c${i}`;
          names.push(name);
          return [c.key, param(name, c.type)];
        }),
      ),
    );
    const prepared = prepare(insert(table).values(rows as never));
    const probe = prepared.bind(Object.fromEntries(names.map((n) => [n, null])));
    if (probe.params.length !== names.length || prepared.params.some((p, i) => p !== names[i])) {
      // Every dialect writes one placeholder per inserted value, in order; a load relies on it.
      throw new InvalidValueError(`load into ${table.name}: ${compiler.dialect}'s INSERT does not bind one placeholder per value, in order`);
    }
    return probe.sql;
  };
  const insertSql = compileRows(1);
  const multiRow = new Map<number, string>();
  const loadColumnsSql: LoadColumn[] = columns.map((c) => ({ key: c.key, sql: compiler.quoteIdentifier(c.name), type: c.type }));
  const tableName = table.name;
  const keys = columns.map((c) => c.key);
  const types = columns.map((c) => c.type);
  const count = columns.length;
  const toDriver = (value: unknown, type: SqlType): unknown => compiler.toDriver(value, type);
  // One place per column, naming the row being converted only when a message is written.
  let current = 0;
  const places = columns.map((column) => ({ describe: (): string => `load into ${tableName}, rows[${current}]: ${column.describe()}` }));
  return {
    dialect: compiler.dialect,
    tableName,
    table: compiler.quoteQualified(table.schema, table.name),
    columns: loadColumnsSql,
    insertSql,
    maxRowsPerInsert: Math.max(1, Math.floor(compiler.maxParameters / count)),
    insertRowsSql(count) {
      if (count === 1) return insertSql;
      let text = multiRow.get(count);
      if (text === undefined) {
        // Loads use few row counts (a full batch, a last one): keep a handful.
        if (multiRow.size >= 8) multiRow.clear();
        multiRow.set(count, (text = compileRows(count)));
      }
      return text;
    },
    row(values, index) {
      if (values === null || typeof values !== 'object' || Array.isArray(values)) {
        throw new LoadRowError(`load into ${tableName}, rows[${index}]: expected an object of column values`, index, '');
      }
      const out = new Array<unknown>(count);
      let given = 0;
      for (let i = 0; i < count; i++) {
        const key = keys[i]!;
        const value = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
        if (value === undefined) {
          throw new LoadRowError(
            `load into ${tableName}, rows[${index}]: no value for column ${JSON.stringify(key)}; every row of a load gives the columns its first row gives (null for NULL)`,
            index,
            key,
          );
        }
        given++;
        current = index;
        out[i] = convert(value, types[i]!, places[i]!, index, key);
      }
      if (Object.keys(values).length !== given) extraKey(values, keys, table, index);
      return out;
    },
  };

  function convert(value: unknown, type: SqlType, where: { describe(): string }, index: number, key: string): unknown {
    try {
      checkBindValue(type, value, where);
      return value === null ? null : toDriver(value, type);
    } catch (error) {
      if (!(error instanceof InvalidValueError)) throw error;
      const message = error.message.startsWith('load into ') ? error.message : `${where.describe()}: ${error.message}`;
      throw new LoadRowError(message, index, key, { cause: error });
    }
  }
}

/** Reports a key beyond the load's columns: one the table lacks, or one the first row left out. */
function extraKey(values: Readonly<Record<string, unknown>>, keys: readonly string[], table: Table, index: number): void {
  for (const key of Object.keys(values)) {
    if (keys.includes(key) || values[key] === undefined) continue;
    if (!table.columns.some((c) => c.key === key)) {
      throw new LoadRowError(`load into ${table.name}, rows[${index}]: table ${table.name} has no column ${JSON.stringify(key)}`, index, key);
    }
    throw new LoadRowError(
      `load into ${table.name}, rows[${index}]: a value for column ${JSON.stringify(key)}, which the load does not write (its columns are the first row's, or options.columns)`,
      index,
      key,
    );
  }
}
