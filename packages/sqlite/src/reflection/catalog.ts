/**
 * SQLite's catalog for reflection: `sqlite_schema` (with the CREATE text it
 * stores) and the table-valued pragmas table_info, foreign_key_list,
 * index_list and index_xinfo (SQLite documentation, "PRAGMA Statements").
 *
 * Rules where the catalog loses information:
 * - JSON, UUID and enum columns are TEXT (see ../type-compiler.ts);
 * - an INTEGER PRIMARY KEY is the rowid, so it always reflects as generating its values;
 * - a primary-key column reflects as NOT NULL, as alkahest declares it (SQLite
 *   itself lets NULL into a non-integer key);
 * - constraint names and CHECK conditions come from the stored CREATE text.
 */
import { CatalogReader, catalogText, CatalogRows, groupRows, Column, literalDefault, ReferentialAction, ReflectedColumn, ReflectedForeignKey, ReflectedIndex, ReflectedKey, ReflectedTable, sql } from '@alkahest/core/dialect';
import type { SqlCompiler } from '@alkahest/core/dialect';
import { indexParts, parseConstraints, ParsedConstraint } from './create-sql';
import type { SqliteTypeCompiler } from '../type-compiler';

const str = catalogText;

function action(rule: unknown): ReferentialAction | undefined {
  const a = str(rule).toLowerCase();
  return a === 'cascade' || a === 'restrict' || a === 'set null' || a === 'set default' ? a : undefined;
}

const sameColumns = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((c, i) => c.toLowerCase() === b[i]!.toLowerCase());

function nameOf(parsed: readonly ParsedConstraint[], kind: ParsedConstraint['kind'], columns: readonly string[]): { name?: string } {
  const found = parsed.find((p) => p.kind === kind && sameColumns(p.columns, columns));
  return found?.name === undefined ? {} : { name: found.name };
}

/** Decodes the rows of the four statements of `table()`. @internal */
export function decodeSqliteTable(name: string, schema: string | undefined, view: boolean, [create, info, fks, indexRows]: readonly CatalogRows[], types: SqliteTypeCompiler): ReflectedTable {
  const createSql = str(create?.[0]?.['sql']);
  const parsed = parseConstraints(createSql);
  const pkColumns = [...(info ?? [])].filter((r) => Number(r['pk']) > 0).sort((a, b) => Number(a['pk']) - Number(b['pk'])).map((r) => str(r['name']));
  const columns: ReflectedColumn[] = (info ?? []).map((r) => {
    const type = types.reflect(str(r['type']));
    const isRowid = pkColumns.length === 1 && pkColumns[0] === r['name'] && str(r['type']).toUpperCase() === 'INTEGER';
    const dflt = r['dflt_value'];
    return {
      name: str(r['name']),
      type,
      nativeType: str(r['type']),
      nullable: Number(r['notnull']) === 0 && !pkColumns.includes(str(r['name'])),
      ...(dflt === null || dflt === undefined ? {} : { default: literalDefault(str(dflt), type) }),
      autoIncrement: isRowid,
    };
  });
  const primaryKey: ReflectedKey | undefined = pkColumns.length === 0 ? undefined : { ...nameOf(parsed, 'primary-key', pkColumns), columns: pkColumns };

  const byId = groupRows(fks, 'id');
  const foreignKeys: ReflectedForeignKey[] = [...byId.values()].map((rows) => {
    const cols = rows.map((r) => str(r['from']));
    const onDelete = action(rows[0]!['on_delete']);
    const onUpdate = action(rows[0]!['on_update']);
    return {
      ...nameOf(parsed, 'foreign-key', cols),
      columns: cols,
      references: { table: str(rows[0]!['table']), columns: rows.map((r) => str(r['to'])) },
      ...(onDelete === undefined ? {} : { onDelete }),
      ...(onUpdate === undefined ? {} : { onUpdate }),
    };
  });

  const byIndex = groupRows(indexRows, 'name');
  const uniques: ReflectedKey[] = [];
  const indexes: ReflectedIndex[] = [];
  for (const [indexName, rows] of byIndex) {
    const origin = str(rows[0]!['origin']);
    if (origin === 'pk') continue;
    if (origin === 'u') {
      const cols = rows.map((r) => str(r['column_name']));
      uniques.push({ ...nameOf(parsed, 'unique', cols), columns: cols });
      continue;
    }
    const parts = indexParts(str(rows[0]!['sql']));
    const expressions = rows.map((r, i) => (Number(r['cid']) === -2 ? parts[i] : undefined));
    indexes.push({
      name: indexName,
      columns: rows.map((r) => str(r['column_name'])),
      unique: Number(rows[0]!['unique']) === 1,
      ...(expressions.some((e) => e !== undefined) ? { expressions } : {}),
    });
  }
  const checks = parsed.filter((p) => p.kind === 'check').map((p) => ({ ...(p.name === undefined ? {} : { name: p.name }), sql: p.check! }));
  return { name, ...(schema === undefined ? {} : { schema }), view, columns, ...(primaryKey ? { primaryKey } : {}), uniques, foreignKeys, indexes, checks };
}

/**
 * The SQLite catalog reader.
 *
 * @example
 * ```ts
 * const reader = sqliteCatalog(new SqliteCompiler());
 * reader.table('users').statements; // four queries, run by @alkahest/migrate's reflect()
 * ```
 */
export function sqliteCatalog(compiler: SqlCompiler & { readonly types: SqliteTypeCompiler }): CatalogReader {
  const master = (schema: string | undefined) => (schema === undefined ? sql.id('sqlite_schema') : sql.id(schema, 'sqlite_schema'));
  return {
    tableNames: (schema) => ({
      statements: [sql`SELECT name, type FROM ${master(schema)} WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`],
      decode: ([rows]) => (rows ?? []).map((r) => ({ name: str(r['name']), view: r['type'] === 'view' })),
    }),
    table: (name, schema, view = false) => {
      const s = schema ?? 'main';
      return {
        statements: [
          sql`SELECT sql FROM ${master(schema)} WHERE name = ${name}`,
          sql`SELECT name, type, "notnull" AS "notnull", dflt_value, pk FROM pragma_table_info(${name}, ${s}) ORDER BY cid`,
          sql`SELECT id, seq, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(${name}, ${s}) ORDER BY id, seq`,
          sql`SELECT il.name AS name, il."unique" AS "unique", il.origin AS origin, ii.cid AS cid, ii.name AS column_name, m.sql AS sql FROM pragma_index_list(${name}, ${s}) AS il JOIN pragma_index_xinfo(il.name, ${s}) AS ii LEFT JOIN ${master(schema)} AS m ON m.name = il.name WHERE ii.key = 1 ORDER BY il.name, ii.seqno`,
        ],
        decode: (results) => decodeSqliteTable(name, schema, view, results, compiler.types),
      };
    },
    columnTypeSql: (column: Column) => compiler.types.columnType(column.type, column),
    defaultSql: (column: Column) => compiler.defaultClause(column),
    checkSql: (condition, table) => compiler.check(undefined, condition, table).replace(/^CHECK \((.*)\)$/s, '$1'),
  };
}
