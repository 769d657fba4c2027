/**
 * PostgreSQL's catalog for reflection (pg_catalog: pg_class, pg_attribute,
 * pg_attrdef, pg_constraint, pg_index; PostgreSQL documentation, "System
 * Catalogs"). Names and lists come back as JSON so that no driver array
 * parsing is needed.
 *
 * Rules where the catalog loses information: an enum column is a VARCHAR with
 * a CHECK, so it reflects as varchar; a serial column (a default of
 * `nextval(…)`) reflects as generating its values, without that default.
 */
import { CatalogReader, catalogText, CatalogRows, Column, literalDefault, ReferentialAction, ReflectedColumn, ReflectedTable, sql } from '@alkahest/core/dialect';
import type { SqlCompiler } from '@alkahest/core/dialect';
import type { PostgresTypeCompiler } from '../type-compiler';

const str = catalogText;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? (JSON.parse(v) as string[]) : []);

const ACTIONS: Readonly<Record<string, ReferentialAction | undefined>> = { c: 'cascade', r: 'restrict', n: 'set null', d: 'set default', a: undefined };

/** `'draft'::character varying` → `'draft'`; `(-1)` → `-1`. @internal */
export function stripPostgresCast(text: string): string {
  let t = text.trim();
  for (;;) {
    const cast = /^(.*)::[a-z ]+(\(\d+(,\d+)?\))?(\[\])?$/s.exec(t);
    if (cast === null) break;
    t = cast[1]!.trim();
  }
  const paren = /^\((-?[\d.]+)\)$/.exec(t);
  return paren ? paren[1]! : t;
}

/** Decodes the rows of the four statements of `table()`. @internal */
export function decodePostgresTable(name: string, schema: string | undefined, view: boolean, [columnRows, constraints, indexRows, tableRows]: readonly CatalogRows[], types: PostgresTypeCompiler): ReflectedTable {
  const columns: ReflectedColumn[] = (columnRows ?? []).map((r) => {
    const type = types.reflect(str(r['type']));
    const dflt = r['default'] === null || r['default'] === undefined ? undefined : str(r['default']);
    const serial = dflt !== undefined && /^nextval\(/.test(dflt);
    const comment = r['comment'];
    return {
      name: str(r['name']),
      type,
      nativeType: str(r['type']),
      nullable: r['notnull'] !== true,
      ...(dflt === undefined || serial ? {} : { default: literalDefault(stripPostgresCast(dflt), type) }),
      autoIncrement: serial || (str(r['identity']) !== '' && str(r['identity']) !== '\u0000'),
      ...(typeof comment === 'string' ? { comment } : {}),
    };
  });
  const table: { -readonly [K in keyof ReflectedTable]: ReflectedTable[K] } = { name, ...(schema === undefined ? {} : { schema }), view, columns, uniques: [], foreignKeys: [], indexes: [], checks: [] };
  for (const c of constraints ?? []) {
    const cname = str(c['name']);
    const cols = list(c['columns']);
    switch (str(c['type'])) {
      case 'p':
        // PostgreSQL names an unnamed key <table>_pkey: that name is the default, not a choice.
        table.primaryKey = cname === `${name}_pkey` ? { columns: cols } : { name: cname, columns: cols };
        break;
      case 'u':
        table.uniques = [...table.uniques, { name: cname, columns: cols }];
        break;
      case 'f': {
        const onDelete = ACTIONS[str(c['on_delete'])];
        const onUpdate = ACTIONS[str(c['on_update'])];
        const refSchema = str(c['ref_schema']);
        table.foreignKeys = [
          ...table.foreignKeys,
          {
            name: cname,
            columns: cols,
            references: { table: str(c['ref_table']), ...(schema === undefined || refSchema === schema ? {} : { schema: refSchema }), columns: list(c['ref_columns']) },
            ...(onDelete === undefined ? {} : { onDelete }),
            ...(onUpdate === undefined ? {} : { onUpdate }),
          },
        ];
        break;
      }
      case 'c': {
        const def = /^CHECK \((.*)\)( NOT VALID)?$/s.exec(str(c['definition']));
        table.checks = [...table.checks, { name: cname, sql: def ? def[1]! : str(c['definition']) }];
        break;
      }
    }
  }
  table.indexes = (indexRows ?? []).map((r) => {
    const parts = (Array.isArray(r['parts']) ? r['parts'] : JSON.parse(str(r['parts']))) as { column: string | null; expr: string | null }[];
    const expressions = parts.map((p) => (p.column === null ? (p.expr ?? undefined) : undefined));
    return {
      name: str(r['name']),
      columns: parts.map((p) => p.column ?? ''),
      unique: r['unique'] === true,
      ...(expressions.some((e) => e !== undefined) ? { expressions } : {}),
    };
  });
  const comment = tableRows?.[0]?.['comment'];
  if (typeof comment === 'string') table.comment = comment;
  return table;
}

/**
 * The PostgreSQL catalog reader.
 *
 * @example
 * ```ts
 * postgresCatalog(new PostgresCompiler()).table('users', 'public').statements.length; // 4
 * ```
 */
export function postgresCatalog(compiler: SqlCompiler & { readonly types: PostgresTypeCompiler }): CatalogReader {
  const schemaOf = (schema: string | undefined) => sql`COALESCE(${schema ?? null}::text, current_schema()::text)`;
  const relation = (name: string, schema: string | undefined) =>
    sql`(SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = ${name} AND n.nspname = ${schemaOf(schema)})`;
  return {
    tableNames: (schema) => ({
      statements: [
        sql`SELECT c.relname AS name, c.relkind AS kind FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ${schemaOf(schema)} AND c.relkind IN ('r', 'p', 'v', 'm') ORDER BY c.relname`,
      ],
      decode: ([rows]) => (rows ?? []).map((r) => ({ name: str(r['name']), view: r['kind'] === 'v' || r['kind'] === 'm' })),
    }),
    table: (name, schema, view = false) => {
      const rel = relation(name, schema);
      return {
        statements: [
          sql`SELECT a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS "default", a.attidentity::text AS identity, pg_catalog.col_description(a.attrelid, a.attnum) AS comment FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = ${rel} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
          sql`SELECT con.conname AS name, con.contype::text AS type, pg_catalog.pg_get_constraintdef(con.oid) AS definition, array_to_json(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)) AS columns, fc.relname AS ref_table, fn.nspname AS ref_schema, array_to_json(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i)) AS ref_columns, con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update FROM pg_catalog.pg_constraint con LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace WHERE con.conrelid = ${rel} ORDER BY con.conname`,
          sql`SELECT i.relname AS name, ix.indisunique AS "unique", array_to_json(ARRAY(SELECT json_build_object('column', a.attname, 'expr', CASE WHEN ix.indkey[k] = 0 THEN pg_catalog.pg_get_indexdef(ix.indexrelid, k + 1, true) END) FROM generate_series(0, ix.indnkeyatts - 1) k LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k] ORDER BY k)) AS parts FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid WHERE ix.indrelid = ${rel} AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid) ORDER BY i.relname`,
          sql`SELECT pg_catalog.obj_description(${rel}, 'pg_class') AS comment`,
        ],
        decode: (results) => decodePostgresTable(name, schema, view, results, compiler.types),
      };
    },
    columnTypeSql: (column: Column) => compiler.types.columnType(column.type, column),
    defaultSql: (column: Column) => compiler.defaultClause(column),
    checkSql: (condition, table) => compiler.check(undefined, condition, table).replace(/^CHECK \((.*)\)$/s, '$1'),
  };
}
