/**
 * SQLite's batch mode: a change its ALTER TABLE cannot make in place (a
 * column's type, nullability or default; a key, unique, foreign key or check
 * added or dropped) is made by rebuilding the table, as SQLite's own
 * documentation describes ("Making Other Kinds Of Table Schema Changes") and
 * Alembic's batch mode does: create the new table under a temporary name,
 * copy the rows, drop the old table, rename the new one, and create the old
 * table's indexes and triggers again from their stored SQL. The runner has
 * turned foreign keys off (so that dropping the old table cascades nothing)
 * and checks them before the migration commits. The rows are counted before
 * and after: a rebuild that would lose one fails instead.
 */
import { AlterTable, alterTable, createTable, dropTable, fn, insert, select, sql, UnsupportedFeatureError } from '@alkahest/core';
import type { AlterAction, CatalogReader, ReflectedTable, Statement, Table } from '@alkahest/core';
import { MigrationError } from './errors';
import { tablesFrom } from './reflect';

/** What the runner lends a rewriter: running statements (recorded, dry-run aware), reading rows, and the run's output. */
export interface RewriteTools {
  readonly catalog: CatalogReader;
  run(statement: Statement): Promise<unknown>;
  query(statement: Statement): Promise<Record<string, unknown>[]>;
  log(message: string): void;
  readonly dryRun: boolean;
}

/** Whether the SQLite compiler refuses this ALTER TABLE as needing a rebuild. @internal */
export function needsRebuild(statement: Statement, compile: (s: Statement) => unknown): statement is AlterTable {
  if (!(statement instanceof AlterTable)) return false;
  try {
    compile(statement);
    return false;
  } catch (error) {
    if (error instanceof UnsupportedFeatureError && error.dialect === 'sqlite' && error.feature.startsWith('ALTER TABLE')) return true;
    throw error;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The table as it will be after the action. @internal */
export function applyAction(current: ReflectedTable, action: AlterAction, catalog: CatalogReader): ReflectedTable {
  const t: Mutable<ReflectedTable> = { ...current };
  const has = (name: string) => t.columns.some((c) => c.name === name);
  switch (action.kind) {
    case 'add-column':
    case 'alter-column': {
      const c = action.kind === 'add-column' ? action.column : action.to;
      const column = { name: c.name, type: c.type, nativeType: '', nullable: !c.spec.notNull, ...(c.spec.default === undefined ? {} : { default: c.spec.default }), autoIncrement: false };
      if (action.kind === 'alter-column') {
        if (!has(action.name)) throw new MigrationError(`table ${t.name} has no column ${action.name}`);
        t.columns = t.columns.map((x) => (x.name === action.name ? { ...column, name: action.name, autoIncrement: x.autoIncrement } : x));
      } else t.columns = [...t.columns, column];
      break;
    }
    case 'add-primary-key':
      t.primaryKey = { ...(action.name === undefined ? {} : { name: action.name }), columns: action.columns };
      break;
    case 'add-unique':
      t.uniques = [...t.uniques, { name: action.name, columns: action.columns }];
      break;
    case 'add-foreign-key':
      t.foreignKeys = [...t.foreignKeys, { name: action.name, columns: action.columns, references: action.references, ...action.options }];
      break;
    case 'add-check': {
      const shell = tablesFrom([current])[0]!;
      t.checks = [...t.checks, { name: action.name, sql: catalog.checkSql(action.condition, shell) }];
      break;
    }
    case 'drop-constraint': {
      const keep = <X extends { name?: string }>(list: readonly X[]) => {
        const kept = list.filter((x) => x.name !== action.name);
        if (kept.length === list.length) throw new MigrationError(`table ${t.name} has no ${action.constraint} constraint named ${action.name}`);
        return kept;
      };
      if (action.constraint === 'primary-key') {
        if (t.primaryKey === undefined) throw new MigrationError(`table ${t.name} has no primary key`);
        delete t.primaryKey;
      } else if (action.constraint === 'unique') t.uniques = keep(t.uniques);
      else if (action.constraint === 'foreign-key') t.foreignKeys = keep(t.foreignKeys);
      else t.checks = keep(t.checks);
      break;
    }
    default:
      throw new MigrationError(`${action.kind} needs no rebuild`);
  }
  return t;
}

/** The rows of a table, counted. */
async function countRows(tools: RewriteTools, table: Table): Promise<number> {
  const rows = await tools.query(select({ n: fn.count() }).from(table));
  return Number(rows[0]?.['n'] ?? 0);
}

/**
 * Rebuilds a SQLite table to make a change its ALTER TABLE cannot, keeping
 * every row, index and trigger.
 * @internal
 */
export async function rebuildSqliteTable(node: AlterTable, tools: RewriteTools): Promise<void> {
  const name = node.table.name;
  const schema = node.table.schema;
  const reflect = tools.catalog.table(name, schema);
  const results: Record<string, unknown>[][] = [];
  for (const s of reflect.statements) results.push(await tools.query(s));
  const current = reflect.decode(results);
  if (current.columns.length === 0) throw new MigrationError(`table ${name} does not exist`);
  const next = applyAction(current, node.action, tools.catalog);
  const temporary = `_alkahest_new_${name}`;
  const [oldTable] = tablesFrom([current]);
  const [newTable] = tablesFrom([{ ...next, name: temporary, indexes: [] }]);
  const master = schema === undefined ? sql.id('sqlite_schema') : sql.id(schema, 'sqlite_schema');
  const dependents = await tools.query(sql`SELECT type, name, sql FROM ${master} WHERE tbl_name = ${name} AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`);
  const before = await countRows(tools, oldTable!);

  // Copy the columns both tables have; a new column takes its default.
  const kept = next.columns.filter((c) => current.columns.some((x) => x.name === c.name)).map((c) => c.name);
  const source = tablesFrom([{ ...current, indexes: [] }])[0]!;
  await tools.run(createTable(newTable!));
  await tools.run(insert(newTable!).fromSelect(kept as never, select(...kept.map((k) => source.c[k]!)).from(source) as never));
  await tools.run(dropTable(oldTable!));
  await tools.run(alterTable(newTable!).renameTo(name));
  for (const d of dependents) await tools.run(sql`${sql.unsafe(String(d['sql']))}`);
  if (tools.dryRun) return;
  const after = await countRows(tools, tablesFrom([{ ...next, indexes: [] }])[0]!);
  if (after !== before) throw new MigrationError(`rebuilding ${name} kept ${after} of ${before} rows`);
  tools.log(`SQLite cannot ${describe(node.action)} in place: rebuilt table ${name} (batch mode), ${after} row(s) copied, ${dependents.length} index(es) and trigger(s) recreated`);
}

function describe(action: AlterAction): string {
  return action.kind.replace(/-/g, ' ');
}
