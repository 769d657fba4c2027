/**
 * Autogenerate's comparison: the application's tables against what
 * reflection finds, as a list of operations, each with its inverse (for the
 * migration's `down`). Columns are compared as the dialect writes them, so a
 * catalog's losses (SQLite's TEXT for JSON, MySQL's TINYINT(1) for booleans)
 * are no difference. A column that disappears while another of the same type
 * appears is never taken for a rename silently: give a rename hint, or the
 * operations drop one and add the other, with a warning.
 */
import { SqlType } from '@alkahest/core';
import type { CatalogReader, ReferentialAction, ReflectedColumn, ReflectedForeignKey, ReflectedIndex, ReflectedKey, ReflectedTable, Table } from '@alkahest/core';
import type { Engine } from '@alkahest/pool';
import { columnFrom, describeTable, ModelCheck } from './model';
import { catalogOf, reflectTables } from './reflect';
import { DEFAULT_VERSIONS_TABLE } from './versions';

/** A table by name. */
export interface TableRef {
  readonly name: string;
  readonly schema?: string;
}

/** One change that brings the database to the application's tables. */
export type SchemaOperation =
  | { readonly kind: 'create-table'; readonly table: ReflectedTable }
  | { readonly kind: 'drop-table'; readonly table: ReflectedTable }
  | { readonly kind: 'rename-table'; readonly table: TableRef; readonly to: string }
  | { readonly kind: 'add-column'; readonly table: TableRef; readonly column: ReflectedColumn }
  | { readonly kind: 'drop-column'; readonly table: TableRef; readonly column: ReflectedColumn }
  | { readonly kind: 'rename-column'; readonly table: TableRef; readonly from: string; readonly to: string }
  | { readonly kind: 'alter-column'; readonly table: TableRef; readonly from: ReflectedColumn; readonly to: ReflectedColumn; readonly narrowing: boolean }
  | { readonly kind: 'add-primary-key' | 'drop-primary-key'; readonly table: TableRef; readonly key: ReflectedKey }
  | { readonly kind: 'add-unique' | 'drop-unique'; readonly table: TableRef; readonly key: ReflectedKey & { readonly name: string } }
  | { readonly kind: 'add-foreign-key' | 'drop-foreign-key'; readonly table: TableRef; readonly foreignKey: ReflectedForeignKey & { readonly name: string } }
  | { readonly kind: 'add-check' | 'drop-check'; readonly table: TableRef; readonly check: ModelCheck & { readonly name: string } }
  | { readonly kind: 'add-index' | 'drop-index'; readonly table: TableRef; readonly index: ReflectedIndex };

/** Renames the diff is told about, so that it renames instead of dropping and adding. */
export interface RenameHints {
  /** Old table name → new. */
  readonly tables?: Readonly<Record<string, string>>;
  /** `table.oldColumn` (the table's new name) → new column name. */
  readonly columns?: Readonly<Record<string, string>>;
}

/** Options of {@link diff}. */
export interface DiffOptions {
  readonly schema?: string;
  readonly renames?: RenameHints;
  /** Database tables to leave alone (the versions table always is). */
  readonly ignore?: readonly string[];
  /** Compare only the database tables this keeps (default: all of the schema's). */
  readonly only?: (name: string) => boolean;
}

/** What {@link diff} finds. */
export interface SchemaDiff {
  readonly operations: readonly SchemaOperation[];
  /** Operations that lose data: dropped tables and columns, narrowed types. */
  readonly destructive: boolean;
  /** Things a person should look at (a likely rename written as drop and add). */
  readonly warnings: readonly string[];
}

const refOf = (t: ReflectedTable): TableRef => ({ name: t.name, ...(t.schema === undefined ? {} : { schema: t.schema }) });
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function action(a: ReferentialAction | undefined, dialect: string): ReferentialAction | undefined {
  if (a === 'no action') return undefined;
  // MySQL's RESTRICT is its NO ACTION (and its default); Oracle's too.
  if (a === 'restrict' && (dialect === 'mysql' || dialect === 'oracle')) return undefined;
  return a;
}

const WIDER: Readonly<Record<string, readonly string[]>> = {
  smallint: ['integer', 'bigint', 'numeric', 'double'],
  integer: ['bigint', 'numeric', 'double'],
  bigint: ['numeric'],
  real: ['double'],
  varchar: ['text'],
  char: ['varchar', 'text'],
  enum: ['varchar', 'text'],
  date: ['timestamp'],
};

/** Whether changing `from` to `to` can lose values (a shorter string, fewer digits, a smaller number type). @internal */
export function isNarrowing(from: ReflectedColumn, to: ReflectedColumn): boolean {
  const a = from.type;
  const b = to.type;
  if (a.kind === b.kind) {
    if (a.kind === 'varchar' || a.kind === 'char') return (b.options.length ?? Infinity) < (a.options.length ?? Infinity);
    if (a.kind === 'numeric') {
      const p = (x: typeof a) => x.options.precision ?? Infinity;
      const s = (x: typeof a) => x.options.scale ?? 0;
      return p(b) - s(b) < p(a) - s(a) || s(b) < s(a);
    }
    if (a.kind === 'enum') return (a.options.values ?? []).some((v) => !(b.options.values ?? []).includes(v));
    return false;
  }
  if (a.kind === 'varchar' && b.kind === 'varchar') return false;
  return !(WIDER[a.kind] ?? []).includes(b.kind);
}

/** NUMERIC(p) is NUMERIC(p, 0): the catalogs of PostgreSQL, MySQL and Oracle report that scale. */
function withScale(c: ReflectedColumn): ReflectedColumn {
  const o = c.type.options;
  return c.type.kind === 'numeric' && o.precision !== undefined && o.scale === undefined ? { ...c, type: new SqlType(c.type.kind, { ...o, scale: 0 }) } : c;
}

/** Compares two columns as the dialect would write them. */
function columnChanged(catalog: CatalogReader, table: string, app: ReflectedColumn, db: ReflectedColumn): boolean {
  const a = columnFrom(table, withScale(app));
  const d = columnFrom(table, withScale(db));
  if (catalog.columnTypeSql(a) !== catalog.columnTypeSql(d)) return true;
  if (app.nullable !== db.nullable) return true;
  const ad = app.default;
  const dd = db.default;
  if ((ad === undefined) !== (dd === undefined)) return true;
  // Two expression defaults are taken as equal: the catalog rewrites expressions its own way.
  if (ad !== undefined && dd !== undefined && 'expr' in ad && 'expr' in dd) return false;
  return catalog.defaultSql(a) !== catalog.defaultSql(d);
}

function named<T extends { readonly name?: string }>(item: T, fallback: string): T & { readonly name: string } {
  return { ...item, name: item.name ?? fallback };
}

/**
 * Compares tables: `app` as the application declares them, `db` as reflected.
 * Pure: no database is touched. {@link diff} reads the database first.
 *
 * @example
 * ```ts
 * const { operations } = diffTables(appModels, reflected, engine.dialect.catalog!, 'sqlite');
 * ```
 */
export function diffTables(app: readonly ReflectedTable[], db: readonly ReflectedTable[], catalog: CatalogReader, dialect: string, renames: RenameHints = {}): SchemaDiff {
  const before: SchemaOperation[] = [];
  const middle: SchemaOperation[] = [];
  const after: SchemaOperation[] = [];
  const warnings: string[] = [];
  const dbByName = new Map(db.map((t) => [t.name, t]));
  const renamedFrom = new Map(Object.entries(renames.tables ?? {}).map(([from, to]) => [to, from]));
  const matched = new Set<string>();
  for (const a of app) {
    const fromName = renamedFrom.get(a.name) ?? a.name;
    const d = dbByName.get(fromName);
    if (d === undefined) {
      middle.push({ kind: 'create-table', table: a });
      continue;
    }
    matched.add(d.name);
    if (fromName !== a.name) before.push({ kind: 'rename-table', table: refOf(d), to: a.name });
    diffTable(a, { ...d, name: a.name }, catalog, dialect, renames, { before, middle, after }, warnings);
  }
  const dropped = db.filter((t) => !matched.has(t.name) && !t.view);
  for (const t of dropped) {
    // Foreign keys of dropped tables go first, so that tables drop in any order.
    for (const fk of t.foreignKeys) before.push({ kind: 'drop-foreign-key', table: refOf(t), foreignKey: named(fk, `fk_${t.name}_${fk.columns.join('_')}`) });
    after.push({ kind: 'drop-table', table: { ...t, foreignKeys: [] } });
  }
  // Tables created in this step get their foreign keys after all of them exist.
  const created = middle.filter((o): o is Extract<SchemaOperation, { kind: 'create-table' }> => o.kind === 'create-table');
  const createOps = created.map((o) => ({ ...o, table: { ...o.table, foreignKeys: [] } }));
  const createdFks: SchemaOperation[] = created.flatMap((o) => o.table.foreignKeys.map((fk) => ({ kind: 'add-foreign-key' as const, table: refOf(o.table), foreignKey: named(fk, `fk_${o.table.name}_${fk.columns.join('_')}`) })));
  const operations = [...before, ...createOps, ...middle.filter((o) => o.kind !== 'create-table'), ...createdFks, ...after];
  const destructive = operations.some((o) => o.kind === 'drop-table' || o.kind === 'drop-column' || (o.kind === 'alter-column' && o.narrowing));
  return { operations, destructive, warnings };
}

function diffTable(
  a: ReflectedTable,
  d: ReflectedTable,
  catalog: CatalogReader,
  dialect: string,
  renames: RenameHints,
  out: { before: SchemaOperation[]; middle: SchemaOperation[]; after: SchemaOperation[] },
  warnings: string[],
): void {
  const ref = refOf(a);
  const columnRenames = new Map<string, string>();
  for (const [key, to] of Object.entries(renames.columns ?? {})) {
    const [t, from] = key.split('.');
    if (t === a.name && from !== undefined) columnRenames.set(from, to);
  }
  const dbColumns = new Map(d.columns.map((c) => [columnRenames.get(c.name) ?? c.name, c]));
  for (const [from, to] of columnRenames) if (d.columns.some((c) => c.name === from)) out.before.push({ kind: 'rename-column', table: ref, from, to });
  const added = a.columns.filter((c) => !dbColumns.has(c.name));
  const dropped = d.columns.filter((c) => !a.columns.some((x) => x.name === (columnRenames.get(c.name) ?? c.name)));
  for (const c of dropped) {
    const twin = added.find((x) => catalog.columnTypeSql(columnFrom(a.name, x)) === catalog.columnTypeSql(columnFrom(a.name, c)));
    if (twin !== undefined) {
      warnings.push(`${a.name}.${c.name} is dropped and ${a.name}.${twin.name} added with the same type: if it is a rename, pass the hint ${a.name}.${c.name}=${twin.name}, or its values are lost`);
    }
  }
  for (const c of added) out.middle.push({ kind: 'add-column', table: ref, column: c });
  for (const c of a.columns) {
    const old = dbColumns.get(c.name);
    if (old !== undefined && columnChanged(catalog, a.name, c, old)) out.middle.push({ kind: 'alter-column', table: ref, from: { ...old, name: c.name }, to: c, narrowing: isNarrowing(old, c) });
  }

  // MySQL's primary key has no name of its own (it is PRIMARY, and reflects without one).
  const pkNamed = a.primaryKey?.name !== undefined && dialect !== 'mysql';
  const pkSame = a.primaryKey !== undefined && d.primaryKey !== undefined && same(a.primaryKey.columns, d.primaryKey.columns.map((c) => columnRenames.get(c) ?? c)) && (!pkNamed || a.primaryKey.name === d.primaryKey.name);
  if (!pkSame) {
    if (d.primaryKey) out.before.push({ kind: 'drop-primary-key', table: ref, key: d.primaryKey });
    if (a.primaryKey) out.after.unshift({ kind: 'add-primary-key', table: ref, key: a.primaryKey });
  }
  const rn = (cols: readonly string[]) => cols.map((c) => columnRenames.get(c) ?? c);
  const dbUniques = [...d.uniques];
  for (const u of a.uniques) {
    const i = dbUniques.findIndex((x) => same(rn(x.columns), u.columns) && (u.name === undefined || u.name === x.name));
    if (i >= 0) dbUniques.splice(i, 1);
    else out.after.push({ kind: 'add-unique', table: ref, key: named(u, `uq_${a.name}_${u.columns.join('_')}`) });
  }

  const dbFks = [...d.foreignKeys];
  for (const fk of a.foreignKeys) {
    const i = dbFks.findIndex(
      (x) =>
        same(rn(x.columns), fk.columns) &&
        x.references.table === fk.references.table &&
        same(x.references.columns, fk.references.columns) &&
        action(x.onDelete, dialect) === action(fk.onDelete, dialect) &&
        action(x.onUpdate, dialect) === action(fk.onUpdate, dialect) &&
        (fk.name === undefined || fk.name === x.name),
    );
    if (i >= 0) dbFks.splice(i, 1);
    else out.after.push({ kind: 'add-foreign-key', table: ref, foreignKey: named(fk, `fk_${a.name}_${fk.columns.join('_')}`) });
  }
  for (const fk of dbFks) out.before.unshift({ kind: 'drop-foreign-key', table: ref, foreignKey: named(fk, `fk_${a.name}_${fk.columns.join('_')}`) });

  const dbIndexes = new Map(d.indexes.map((i) => [i.name, i]));
  // MySQL keeps a unique index as a unique constraint: one of the application's unique indexes is found there.
  for (const i of a.indexes) {
    const u = dbUniques.findIndex((x) => i.unique && x.name === i.name && same(rn(x.columns), i.columns));
    if (u >= 0 && !dbIndexes.has(i.name)) {
      dbIndexes.set(i.name, { name: i.name, columns: dbUniques[u]!.columns, unique: true });
      dbUniques.splice(u, 1);
    }
  }
  for (const i of a.indexes) {
    const old = dbIndexes.get(i.name);
    if (old !== undefined && same(rn(old.columns), i.columns) && old.unique === i.unique && old.expressions === undefined) {
      dbIndexes.delete(i.name);
      continue;
    }
    out.after.push({ kind: 'add-index', table: ref, index: i });
  }
  for (const i of dbIndexes.values()) out.before.push({ kind: 'drop-index', table: ref, index: i });
  for (const u of dbUniques) out.before.push({ kind: 'drop-unique', table: ref, key: named(u, `uq_${a.name}_${u.columns.join('_')}`) });

  // Checks: compared by name, for checks the application names (catalogs rewrite their conditions).
  const dbChecks = new Map(d.checks.filter((c) => c.name !== undefined).map((c) => [c.name!, c]));
  for (const ch of a.checks) {
    if (ch.name === undefined) continue;
    if (dbChecks.has(ch.name)) dbChecks.delete(ch.name);
    else out.after.push({ kind: 'add-check', table: ref, check: named(ch, ch.name) });
  }
  for (const ch of dbChecks.values()) {
    // Unnamed checks get names from the database (PostgreSQL's <table>_<column>_check, MariaDB's CONSTRAINT_n, a JSON column's own): not the application's to drop.
    if (/_check\d*$|^CONSTRAINT_\d+$/.test(ch.name!) || d.columns.some((c) => c.name === ch.name)) continue;
    out.before.push({ kind: 'drop-check', table: ref, check: named(ch, ch.name!) });
  }
  for (const c of dropped) out.middle.push({ kind: 'drop-column', table: ref, column: c });
}

/**
 * Compares the application's tables with the live database: the operations
 * that bring the database to them.
 *
 * @example
 * ```ts
 * const { operations, destructive, warnings } = await diff(new MetaData(users, posts), engine);
 * ```
 */
export async function diff(metadata: { readonly sortedTables: readonly Table[] }, engine: Engine, options: DiffOptions = {}): Promise<SchemaDiff> {
  const catalog = catalogOf(engine);
  const ignore = new Set([DEFAULT_VERSIONS_TABLE, ...(options.ignore ?? [])]);
  const db = await reflectTables(engine, { ...(options.schema === undefined ? {} : { schema: options.schema }), only: (n) => !ignore.has(n) && (options.only === undefined || options.only(n)) });
  const app = metadata.sortedTables.map((t) => describeTable(t, catalog));
  return diffTables(app, db, catalog, engine.dialect.name, options.renames);
}

/** The operation that undoes one (for `down`). @internal */
export function inverse(op: SchemaOperation): SchemaOperation {
  switch (op.kind) {
    case 'create-table':
      return { kind: 'drop-table', table: op.table };
    case 'drop-table':
      return { kind: 'create-table', table: op.table };
    case 'rename-table':
      return { kind: 'rename-table', table: { ...op.table, name: op.to }, to: op.table.name };
    case 'add-column':
      return { kind: 'drop-column', table: op.table, column: op.column };
    case 'drop-column':
      return { kind: 'add-column', table: op.table, column: op.column };
    case 'rename-column':
      return { kind: 'rename-column', table: op.table, from: op.to, to: op.from };
    case 'alter-column':
      return { kind: 'alter-column', table: op.table, from: op.to, to: op.from, narrowing: isNarrowing(op.to, op.from) };
    case 'add-primary-key':
      return { ...op, kind: 'drop-primary-key' };
    case 'drop-primary-key':
      return { ...op, kind: 'add-primary-key' };
    case 'add-unique':
      return { ...op, kind: 'drop-unique' };
    case 'drop-unique':
      return { ...op, kind: 'add-unique' };
    case 'add-foreign-key':
      return { ...op, kind: 'drop-foreign-key' };
    case 'drop-foreign-key':
      return { ...op, kind: 'add-foreign-key' };
    case 'add-check':
      return { ...op, kind: 'drop-check' };
    case 'drop-check':
      return { ...op, kind: 'add-check' };
    case 'add-index':
      return { ...op, kind: 'drop-index' };
    case 'drop-index':
      return { ...op, kind: 'add-index' };
  }
}
