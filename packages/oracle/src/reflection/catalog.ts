/**
 * Oracle's catalog for reflection (the ALL_* views: ALL_TABLES, ALL_VIEWS,
 * ALL_TAB_COLUMNS, ALL_COL_COMMENTS, ALL_CONSTRAINTS, ALL_CONS_COLUMNS,
 * ALL_INDEXES, ALL_IND_COLUMNS, ALL_IND_EXPRESSIONS, ALL_TAB_COMMENTS;
 * Oracle Database Reference). Run by no server here: golden SQL and decoding
 * tested with rows shaped as oracledb gives them.
 *
 * Names: Oracle stores an unquoted name in upper case; alkahest writes an
 * all-lower-case name unquoted, so a stored name in upper case reflects in
 * lower case (USERS → users), any other as stored. Constraints Oracle named
 * itself (SYS_C…) reflect without a name; NOT NULL is a column's nullability,
 * not a check; a boolean's `IN (0, 1)` CHECK belongs to its type (../type-compiler.ts).
 */
import { CatalogReader, catalogText, CatalogRows, groupRows, Column, literalDefault, ReferentialAction, ReflectedColumn, ReflectedIndex, ReflectedTable, sql } from '@alkahest/core/dialect';
import type { SqlCompiler } from '@alkahest/core/dialect';
import { storedName } from '../identifiers';
import type { OracleTypeCompiler } from '../type-compiler';

const str = catalogText;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The name alkahest uses for a stored Oracle name. @internal */
export function reflectedName(stored: string): string {
  return /^[A-Z][A-Z0-9_$#]*$/.test(stored) ? stored.toLowerCase() : stored;
}


/** Decodes the rows of the four statements of `table()`. @internal */
export function decodeOracleTable(name: string, schema: string | undefined, view: boolean, [columnRows, constraintRows, indexRows, tableRows]: readonly CatalogRows[], types: OracleTypeCompiler): ReflectedTable {
  const checks: ReflectedTable['checks'][number][] = [];
  const table: { -readonly [K in keyof ReflectedTable]: ReflectedTable[K] } = { name, ...(schema === undefined ? {} : { schema }), view, columns: [], uniques: [], foreignKeys: [], indexes: [], checks };
  for (const [stored, rows] of groupRows(constraintRows, 'name')) {
    const first = rows[0]!;
    const cname = str(first['generated']) === 'GENERATED NAME' ? undefined : reflectedName(stored);
    const cols = rows.map((r) => reflectedName(str(r['column_name'])));
    const base = cname === undefined ? {} : { name: cname };
    switch (str(first['type'])) {
      case 'P':
        table.primaryKey = { ...base, columns: cols };
        break;
      case 'U':
        table.uniques = [...table.uniques, { ...base, columns: cols }];
        break;
      case 'R': {
        const rule = str(first['delete_rule']).toLowerCase();
        const onDelete: ReferentialAction | undefined = rule === 'cascade' || rule === 'set null' ? rule : undefined;
        const refOwner = str(first['ref_owner']);
        table.foreignKeys = [
          ...table.foreignKeys,
          {
            ...base,
            columns: cols,
            references: { table: reflectedName(str(first['ref_table'])), ...(schema === undefined || refOwner === storedName(schema) ? {} : { schema: reflectedName(refOwner) }), columns: rows.map((r) => reflectedName(str(r['ref_column']))) },
            ...(onDelete === undefined ? {} : { onDelete }),
          },
        ];
        break;
      }
      case 'C': {
        const condition = str(first['condition']).trim();
        if (/^"?[^"]+"? IS NOT NULL$/i.test(condition)) break;
        // A boolean's own CHECK (before 23ai): part of its NUMBER(1) type.
        if (/^"?[^"\s]+"? IN \(0, ?1\)$/i.test(condition)) break;
        checks.push({ ...base, sql: condition });
        break;
      }
    }
  }
  table.columns = (columnRows ?? []).map((r): ReflectedColumn => {
    const type = types.reflect({ dataType: str(r['data_type']), charLength: num(r['char_length']), precision: num(r['data_precision']), scale: num(r['data_scale']) });
    // An identity's default is its sequence: the identity, not a default.
    const dflt = r['data_default'] === null || r['data_default'] === undefined || r['identity'] === 'YES' ? undefined : str(r['data_default']).trim();
    const comment = r['comment'];
    return {
      name: reflectedName(str(r['name'])),
      type,
      nativeType: str(r['data_type']),
      nullable: r['nullable'] === 'Y',
      ...(dflt === undefined || dflt === '' || /^NULL$/i.test(dflt) ? {} : { default: literalDefault(dflt, type) }),
      autoIncrement: r['identity'] === 'YES',
      ...(typeof comment === 'string' && comment !== '' ? { comment } : {}),
    };
  });
  const indexes: ReflectedIndex[] = [];
  for (const [stored, rows] of groupRows(indexRows, 'name')) {
    const expressions = rows.map((r) => (r['expression'] === null || r['expression'] === undefined ? undefined : str(r['expression'])));
    indexes.push({
      name: reflectedName(stored),
      columns: rows.map((r) => reflectedName(str(r['column_name']))),
      unique: r0(rows)['uniqueness'] === 'UNIQUE',
      ...(expressions.some((e) => e !== undefined) ? { expressions } : {}),
    });
  }
  table.indexes = indexes;
  const comment = tableRows?.[0]?.['comment'];
  if (typeof comment === 'string' && comment !== '') table.comment = comment;
  return table;
}

const r0 = (rows: CatalogRows[number][]): CatalogRows[number] => rows[0]!;

/**
 * The Oracle catalog reader.
 *
 * @example
 * ```ts
 * oracleCatalog(new OracleCompiler()).table('users').statements.length; // 4
 * ```
 */
export function oracleCatalog(compiler: SqlCompiler & { readonly types: OracleTypeCompiler }): CatalogReader {
  const owner = (schema: string | undefined) => sql`COALESCE(${schema === undefined ? null : storedName(schema)}, SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA'))`;
  return {
    tableNames: (schema) => ({
      statements: [
        sql`SELECT TABLE_NAME AS "name", 'TABLE' AS "kind" FROM ALL_TABLES WHERE OWNER = ${owner(schema)} AND DROPPED = 'NO' AND NESTED = 'NO' UNION ALL SELECT VIEW_NAME, 'VIEW' FROM ALL_VIEWS WHERE OWNER = ${owner(schema)} ORDER BY 1`,
      ],
      decode: ([rows]) => (rows ?? []).map((r) => ({ name: reflectedName(str(r['name'])), view: r['kind'] === 'VIEW' })),
    }),
    table: (name, schema, view = false) => {
      const t = storedName(name);
      return {
        statements: [
          sql`SELECT c.COLUMN_NAME AS "name", c.DATA_TYPE AS "data_type", c.CHAR_LENGTH AS "char_length", c.DATA_PRECISION AS "data_precision", c.DATA_SCALE AS "data_scale", c.NULLABLE AS "nullable", c.DATA_DEFAULT AS "data_default", c.IDENTITY_COLUMN AS "identity", m.COMMENTS AS "comment" FROM ALL_TAB_COLUMNS c LEFT JOIN ALL_COL_COMMENTS m ON m.OWNER = c.OWNER AND m.TABLE_NAME = c.TABLE_NAME AND m.COLUMN_NAME = c.COLUMN_NAME WHERE c.OWNER = ${owner(schema)} AND c.TABLE_NAME = ${t} ORDER BY c.COLUMN_ID`,
          sql`SELECT c.CONSTRAINT_NAME AS "name", c.CONSTRAINT_TYPE AS "type", c.GENERATED AS "generated", c.DELETE_RULE AS "delete_rule", c.SEARCH_CONDITION_VC AS "condition", cc.COLUMN_NAME AS "column_name", r.OWNER AS "ref_owner", r.TABLE_NAME AS "ref_table", rc.COLUMN_NAME AS "ref_column" FROM ALL_CONSTRAINTS c LEFT JOIN ALL_CONS_COLUMNS cc ON cc.OWNER = c.OWNER AND cc.CONSTRAINT_NAME = c.CONSTRAINT_NAME LEFT JOIN ALL_CONSTRAINTS r ON r.OWNER = c.R_OWNER AND r.CONSTRAINT_NAME = c.R_CONSTRAINT_NAME LEFT JOIN ALL_CONS_COLUMNS rc ON rc.OWNER = r.OWNER AND rc.CONSTRAINT_NAME = r.CONSTRAINT_NAME AND rc.POSITION = cc.POSITION WHERE c.OWNER = ${owner(schema)} AND c.TABLE_NAME = ${t} AND c.CONSTRAINT_TYPE IN ('P', 'U', 'R', 'C') ORDER BY c.CONSTRAINT_NAME, cc.POSITION`,
          sql`SELECT i.INDEX_NAME AS "name", i.UNIQUENESS AS "uniqueness", ic.COLUMN_NAME AS "column_name", e.COLUMN_EXPRESSION AS "expression" FROM ALL_INDEXES i JOIN ALL_IND_COLUMNS ic ON ic.INDEX_OWNER = i.OWNER AND ic.INDEX_NAME = i.INDEX_NAME LEFT JOIN ALL_IND_EXPRESSIONS e ON e.INDEX_OWNER = ic.INDEX_OWNER AND e.INDEX_NAME = ic.INDEX_NAME AND e.COLUMN_POSITION = ic.COLUMN_POSITION WHERE i.TABLE_OWNER = ${owner(schema)} AND i.TABLE_NAME = ${t} AND NOT EXISTS (SELECT 1 FROM ALL_CONSTRAINTS k WHERE k.OWNER = i.TABLE_OWNER AND k.INDEX_NAME = i.INDEX_NAME AND k.CONSTRAINT_TYPE IN ('P', 'U')) ORDER BY i.INDEX_NAME, ic.COLUMN_POSITION`,
          sql`SELECT COMMENTS AS "comment" FROM ALL_TAB_COMMENTS WHERE OWNER = ${owner(schema)} AND TABLE_NAME = ${t}`,
        ],
        decode: (results) => decodeOracleTable(name, schema, view, results, compiler.types),
      };
    },
    columnTypeSql: (column: Column) => compiler.types.columnType(column.type, column),
    defaultSql: (column: Column) => compiler.defaultClause(column),
    checkSql: (condition, table) => compiler.check(undefined, condition, table).replace(/^CHECK \((.*)\)$/s, '$1'),
  };
}
