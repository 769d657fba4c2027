/**
 * MySQL 8 and MariaDB catalog for reflection (information_schema: TABLES,
 * COLUMNS, TABLE_CONSTRAINTS, KEY_COLUMN_USAGE, REFERENTIAL_CONSTRAINTS,
 * CHECK_CONSTRAINTS, STATISTICS).
 *
 * Rules where the catalog loses information (besides the types, see
 * types.ts): the primary key has no name of its own (`PRIMARY`); the index
 * MySQL makes for a foreign key, named after it, is not reported as an index;
 * MariaDB's `json_valid` CHECK of a JSON column is the column's type, not a
 * check. MariaDB writes a string default quoted, MySQL bare.
 */
import { CatalogReader, catalogText, CatalogRows, groupRows, Column, literalDefault, ReferentialAction, ReflectedColumn, ReflectedIndex, ReflectedTable, sql } from '@alkahest/core/dialect';
import type { SqlCompiler } from '@alkahest/core/dialect';
import type { MysqlTypeCompiler } from '../type-compiler';

const str = catalogText;

/** RESTRICT and NO ACTION are the same in MySQL (checked at once), and the default: both reflect as no action given. */
function action(rule: unknown): ReferentialAction | undefined {
  const a = str(rule).toLowerCase();
  return a === 'cascade' || a === 'set null' || a === 'set default' ? a : undefined;
}


/** Decodes the rows of the five statements of `table()`. @internal */
export function decodeMysqlTable(
  flavor: 'mysql' | 'mariadb',
  name: string,
  schema: string | undefined,
  view: boolean,
  [columnRows, constraintRows, checkRows, indexRows, tableRows]: readonly CatalogRows[],
  types: MysqlTypeCompiler,
): ReflectedTable {
  const jsonColumns = new Set<string>();
  const checks: ReflectedTable['checks'][number][] = [];
  for (const r of checkRows ?? []) {
    const clause = str(r['clause']);
    const json = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(clause);
    if (flavor === 'mariadb' && json && json[1] === r['name']) jsonColumns.add(json[1]);
    else checks.push({ name: str(r['name']), sql: clause });
  }
  const columns: ReflectedColumn[] = (columnRows ?? []).map((r) => {
    const cname = str(r['name']);
    const type = jsonColumns.has(cname) ? types.reflect('json') : types.reflect(str(r['column_type']));
    const extra = str(r['extra']).toLowerCase();
    const raw = r['dflt'];
    let dflt: string | undefined = raw === null || raw === undefined || (flavor === 'mariadb' && raw === 'NULL') ? undefined : str(raw);
    // MySQL writes a literal default bare and marks an expression DEFAULT_GENERATED.
    if (dflt !== undefined && flavor === 'mysql' && !extra.includes('default_generated') && !/^-?[\d.]+$/.test(dflt)) dflt = `'${dflt.replace(/'/g, "''")}'`;
    const comment = str(r['comment']);
    return {
      name: cname,
      type,
      nativeType: str(r['column_type']),
      nullable: r['nullable'] === 'YES',
      ...(dflt === undefined ? {} : { default: literalDefault(dflt, type) }),
      autoIncrement: extra.includes('auto_increment'),
      ...(comment === '' ? {} : { comment }),
    };
  });
  const table: { -readonly [K in keyof ReflectedTable]: ReflectedTable[K] } = { name, ...(schema === undefined ? {} : { schema }), view, columns, uniques: [], foreignKeys: [], indexes: [], checks };
  const constraintNames = new Set<string>();
  for (const [cname, rows] of groupRows(constraintRows, 'name')) {
    const cols = rows.map((r) => str(r['column_name']));
    const first = rows[0]!;
    constraintNames.add(cname);
    switch (str(first['type'])) {
      case 'PRIMARY KEY':
        table.primaryKey = { columns: cols };
        break;
      case 'UNIQUE':
        table.uniques = [...table.uniques, { name: cname, columns: cols }];
        break;
      case 'FOREIGN KEY': {
        const onDelete = action(first['on_delete']);
        const onUpdate = action(first['on_update']);
        const refSchema = str(first['ref_schema']);
        table.foreignKeys = [
          ...table.foreignKeys,
          {
            name: cname,
            columns: cols,
            references: { table: str(first['ref_table']), ...(schema === undefined || refSchema === schema ? {} : { schema: refSchema }), columns: rows.map((r) => str(r['ref_column'])) },
            ...(onDelete === undefined ? {} : { onDelete }),
            ...(onUpdate === undefined ? {} : { onUpdate }),
          },
        ];
        break;
      }
    }
  }
  const indexes: ReflectedIndex[] = [];
  for (const [iname, rows] of groupRows(indexRows, 'name')) {
    if (iname === 'PRIMARY' || constraintNames.has(iname)) continue;
    // The index InnoDB makes for a foreign key: named after the key, or after its first column when the key has no name.
    const cols = rows.map((r) => str(r['column_name']));
    const forKey = table.foreignKeys.some((fk) => (iname === fk.name || iname === fk.columns[0]) && fk.columns.join(',') === cols.join(','));
    if (forKey && Number(rows[0]!['non_unique']) === 1) continue;
    const expressions = rows.map((r) => (r['column_name'] === null ? str(r['expression']) : undefined));
    indexes.push({
      name: iname,
      columns: cols,
      unique: Number(rows[0]!['non_unique']) === 0,
      ...(expressions.some((e) => e !== undefined) ? { expressions } : {}),
    });
  }
  table.indexes = indexes;
  const comment = str(tableRows?.[0]?.['comment']);
  if (comment !== '') table.comment = comment;
  return table;
}

/**
 * The MySQL / MariaDB catalog reader.
 *
 * @example
 * ```ts
 * mysqlCatalog(new MysqlCompiler({ flavor: 'mariadb' }), 'mariadb').table('users').statements.length; // 5
 * ```
 */
export function mysqlCatalog(compiler: SqlCompiler & { readonly types: MysqlTypeCompiler }, flavor: 'mysql' | 'mariadb'): CatalogReader {
  const db = (schema: string | undefined) => sql`COALESCE(${schema ?? null}, DATABASE())`;
  return {
    tableNames: (schema) => ({
      statements: [sql`SELECT TABLE_NAME AS name, TABLE_TYPE AS kind FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${db(schema)} ORDER BY TABLE_NAME`],
      decode: ([rows]) => (rows ?? []).map((r) => ({ name: str(r['name']), view: r['kind'] === 'VIEW' })),
    }),
    table: (name, schema, view = false) => ({
      statements: [
        sql`SELECT COLUMN_NAME AS name, COLUMN_TYPE AS column_type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS dflt, EXTRA AS extra, COLUMN_COMMENT AS comment FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ${db(schema)} AND TABLE_NAME = ${name} ORDER BY ORDINAL_POSITION`,
        sql`SELECT tc.CONSTRAINT_NAME AS name, tc.CONSTRAINT_TYPE AS type, k.COLUMN_NAME AS column_name, k.REFERENCED_TABLE_SCHEMA AS ref_schema, k.REFERENCED_TABLE_NAME AS ref_table, k.REFERENCED_COLUMN_NAME AS ref_column, rc.DELETE_RULE AS on_delete, rc.UPDATE_RULE AS on_update FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.TABLE_NAME = tc.TABLE_NAME LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND rc.TABLE_NAME = tc.TABLE_NAME WHERE tc.TABLE_SCHEMA = ${db(schema)} AND tc.TABLE_NAME = ${name} AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') ORDER BY tc.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
        flavor === 'mariadb'
          ? sql`SELECT CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ${db(schema)} AND TABLE_NAME = ${name} ORDER BY CONSTRAINT_NAME`
          : sql`SELECT cc.CONSTRAINT_NAME AS name, cc.CHECK_CLAUSE AS clause FROM information_schema.CHECK_CONSTRAINTS cc JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME AND tc.CONSTRAINT_TYPE = 'CHECK' WHERE tc.TABLE_SCHEMA = ${db(schema)} AND tc.TABLE_NAME = ${name} ORDER BY cc.CONSTRAINT_NAME`,
        flavor === 'mariadb'
          ? sql`SELECT INDEX_NAME AS name, NON_UNIQUE AS non_unique, COLUMN_NAME AS column_name, NULL AS expression FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ${db(schema)} AND TABLE_NAME = ${name} ORDER BY INDEX_NAME, SEQ_IN_INDEX`
          : sql`SELECT INDEX_NAME AS name, NON_UNIQUE AS non_unique, COLUMN_NAME AS column_name, EXPRESSION AS expression FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ${db(schema)} AND TABLE_NAME = ${name} ORDER BY INDEX_NAME, SEQ_IN_INDEX`,
        sql`SELECT TABLE_COMMENT AS comment FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${db(schema)} AND TABLE_NAME = ${name}`,
      ],
      decode: (results) => decodeMysqlTable(flavor, name, schema, view, results, compiler.types),
    }),
    columnTypeSql: (column: Column) => compiler.types.columnType(column.type, column),
    defaultSql: (column: Column) => compiler.defaultClause(column),
    checkSql: (condition, table) => compiler.check(undefined, condition, table).replace(/^CHECK \((.*)\)$/s, '$1'),
  };
}
