/**
 * Reflection: reads a live database's catalog through its dialect's catalog
 * statements and gives back `table()` definitions that query it like
 * hand-written ones.
 */
import { CatalogReader, ColumnBuilder, MetaData, ReflectedTable, SchemaError, sql, SqlType, table } from '@alkahest/core';
import { columnSpec } from '@alkahest/core/dialect';
import type { AnyColumn, AnyColumnBuilder, CatalogQuery, Expression, ForeignKeyDefinition, Table } from '@alkahest/core';
import type { Engine, Executor } from '@alkahest/pool';
import { MigrationError } from './errors';

/** Options of {@link reflect}. */
export interface ReflectOptions {
  /** The schema to read (the connection's current one when not given). */
  readonly schema?: string;
  /** Only these tables (SQL names), or those a predicate keeps. */
  readonly only?: readonly string[] | ((name: string) => boolean);
  /** Views too, as read-only tables (default true). */
  readonly views?: boolean;
}

/** The catalog reader of an engine's dialect, or a clear error. @internal */
export function catalogOf(engine: Engine): CatalogReader {
  const catalog = engine.dialect.catalog;
  if (catalog === undefined) throw new MigrationError(`the ${engine.dialect.name} dialect has no catalog statements: reflection is not available`);
  return catalog;
}

async function run<R>(executor: Executor, query: CatalogQuery<R>): Promise<R> {
  const results: Record<string, unknown>[][] = [];
  for (const statement of query.statements) results.push((await executor.execute(statement)) as Record<string, unknown>[]);
  return query.decode(results);
}

/**
 * What the catalog says about each table, as plain data.
 *
 * @example
 * ```ts
 * const [users] = await reflectTables(engine, { only: ['users'] });
 * users.columns.map((c) => `${c.name} ${c.nativeType}`);
 * ```
 */
export async function reflectTables(executor: Executor & { readonly dialect: Engine['dialect'] }, options: ReflectOptions = {}): Promise<ReflectedTable[]> {
  const catalog = catalogOf(executor as Engine);
  const keep = options.only === undefined ? () => true : typeof options.only === 'function' ? options.only : (n: string) => (options.only as readonly string[]).includes(n);
  const names = (await run(executor, catalog.tableNames(options.schema))).filter((t) => keep(t.name) && (options.views !== false || !t.view));
  const tables: ReflectedTable[] = [];
  for (const t of names) tables.push(await run(executor, catalog.table(t.name, options.schema, t.view)));
  return tables;
}

/** A column definition from what the catalog says. @internal */
export function columnBuilderOf(reflected: ReflectedTable, name: string): AnyColumnBuilder {
  const c = reflected.columns.find((x) => x.name === name);
  if (c === undefined) throw new SchemaError(`table ${reflected.name} has no column ${name}`);
  const single = reflected.primaryKey?.columns.length === 1 && reflected.primaryKey.columns[0] === name && reflected.primaryKey.name === undefined;
  return new ColumnBuilder({
    ...columnSpec(c.type, name),
    notNull: !c.nullable,
    primaryKey: single,
    autoIncrement: single && c.autoIncrement,
    ...(c.default === undefined ? {} : { default: c.default }),
  }) as AnyColumnBuilder;
}

/** Turns reflected tables into `table()` definitions, foreign keys resolved among them. @internal */
export function tablesFrom(reflected: readonly ReflectedTable[]): Table[] {
  const byName = new Map<string, Table>();
  const target = (t: ReflectedTable['foreignKeys'][number]): readonly AnyColumn[] => {
    const found = byName.get(t.references.table);
    if (found === undefined) {
      // A table outside the reflected set: columns enough to name in REFERENCES.
      const stub = table(t.references.table, Object.fromEntries(t.references.columns.map((c) => [c, new ColumnBuilder(columnSpec(reflected[0]!.columns[0]!.type, c))])), t.references.schema === undefined ? {} : { schema: t.references.schema });
      return t.references.columns.map((c) => stub.c[c]!);
    }
    return t.references.columns.map((c) => {
      const col = found.c[c];
      if (col === undefined) throw new SchemaError(`foreign key of ${t.columns.join(', ')} references ${t.references.table}.${c}, which does not exist`);
      return col;
    });
  };
  for (const r of reflected) {
    const columns = Object.fromEntries(r.columns.map((c) => [c.name, columnBuilderOf(r, c.name)]));
    const pk = r.primaryKey;
    const composite = pk !== undefined && (pk.columns.length > 1 || pk.name !== undefined);
    const foreignKeys: ForeignKeyDefinition[] = r.foreignKeys.map((fk) => ({
      ...(fk.name === undefined ? {} : { name: fk.name }),
      columns: fk.columns,
      references: () => target(fk),
      ...(fk.onDelete === undefined ? {} : { onDelete: fk.onDelete }),
      ...(fk.onUpdate === undefined ? {} : { onUpdate: fk.onUpdate }),
    }));
    const t = table(r.name, columns, {
      ...(r.schema === undefined ? {} : { schema: r.schema }),
      ...(composite ? { primaryKey: { ...(pk.name === undefined ? {} : { name: pk.name }), columns: pk.columns } } : {}),
      unique: r.uniques.map((u) => ({ ...(u.name === undefined ? {} : { name: u.name }), columns: u.columns })),
      indexes: r.indexes.filter((i) => i.expressions === undefined).map((i) => ({ name: i.name, columns: i.columns, unique: i.unique })),
      foreignKeys,
      checks: () => r.checks.map((ch) => ({ ...(ch.name === undefined ? {} : { name: ch.name }), condition: sql.unsafe(ch.sql) as unknown as Expression<boolean> })),
    });
    byName.set(r.name, t as unknown as Table);
  }
  return [...byName.values()];
}

/**
 * Reads the live schema into a `MetaData` of `table()` definitions: columns
 * keyed by their SQL names, with their types, nullability, defaults, keys,
 * foreign keys, indexes and checks. Views come as tables to read from.
 *
 * @example
 * ```ts
 * const metadata = await reflect(engine, { only: ['users'] });
 * const users = metadata.sortedTables[0]!;
 * await engine.execute(select(users.c['name']!).from(users));
 * ```
 */
export async function reflect(engine: Engine, options: ReflectOptions = {}): Promise<MetaData> {
  return new MetaData(...tablesFrom(await reflectTables(engine, options)));
}

/**
 * A table known by its name only, for statements that need no columns
 * (`dropTable(tableNamed('old_logs'))` in a migration).
 *
 * @example
 * ```ts
 * await m.execute(dropTable(tableNamed({ name: 'logs', schema: 'audit' })));
 * ```
 */
export function tableNamed(ref: string | { readonly name: string; readonly schema?: string }): Table {
  const r = typeof ref === 'string' ? { name: ref } : ref;
  return table(r.name, { _: new ColumnBuilder(columnSpec(new SqlType('unknown'), undefined)) }, r.schema === undefined ? {} : { schema: r.schema }) as unknown as Table;
}
