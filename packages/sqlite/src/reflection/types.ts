/**
 * SQLite's declared column types back to alkahest's types. SQLite keeps the
 * type text as written in CREATE TABLE, so names alkahest writes come back
 * as they went in; JSON, UUID and enum columns, which alkahest declares as
 * TEXT, come back as text (their values are the same strings). Other names
 * follow SQLite's affinity rules (SQLite documentation, "Datatypes In
 * SQLite", 3.1): INT → integer, CHAR / CLOB / TEXT → text, BLOB or no type →
 * blob, REAL / FLOA / DOUB → double, anything else → numeric.
 */
import { SqlType } from '@alkahest/core/dialect';

const NAMED: Readonly<Record<string, SqlType>> = {
  INTEGER: new SqlType('integer'),
  INT: new SqlType('integer'),
  BIGINT: new SqlType('bigint'),
  SMALLINT: new SqlType('smallint'),
  REAL: new SqlType('double'),
  DOUBLE: new SqlType('double'),
  'DOUBLE PRECISION': new SqlType('double'),
  FLOAT: new SqlType('double'),
  NUMERIC: new SqlType('numeric'),
  DECIMAL: new SqlType('numeric'),
  TEXT: new SqlType('text'),
  CLOB: new SqlType('text'),
  BOOLEAN: new SqlType('boolean'),
  DATE: new SqlType('date'),
  TIME: new SqlType('time'),
  TIMESTAMP: new SqlType('timestamp', { withTimeZone: false }),
  DATETIME: new SqlType('timestamp', { withTimeZone: false }),
  'TIMESTAMP WITH TIME ZONE': new SqlType('timestamp', { withTimeZone: true }),
  JSON: new SqlType('json'),
  UUID: new SqlType('uuid'),
  BLOB: new SqlType('blob'),
  '': new SqlType('blob'),
};

/**
 * The alkahest type of a declared SQLite type.
 *
 * @example
 * ```ts
 * sqliteTypeOf('VARCHAR(40)'); // varchar(40)
 * sqliteTypeOf('MEDIUMINT');   // integer (affinity)
 * ```
 */
export function sqliteTypeOf(declared: string): SqlType {
  const text = declared.trim().toUpperCase().replace(/\s+/g, ' ');
  const named = NAMED[text];
  if (named !== undefined) return named;
  const sized = /^([A-Z ]+?)\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)$/.exec(text);
  if (sized !== undefined && sized !== null) {
    const [, base, first, second] = sized;
    const n = Number(first);
    if (base === 'VARCHAR' || base === 'CHARACTER VARYING' || base === 'NVARCHAR' || base === 'VARYING CHARACTER') return new SqlType('varchar', { length: n });
    if (base === 'CHAR' || base === 'CHARACTER' || base === 'NCHAR') return new SqlType('char', { length: n });
    if (base === 'NUMERIC' || base === 'DECIMAL') return new SqlType('numeric', second === undefined ? { precision: n } : { precision: n, scale: Number(second) });
  }
  if (text.includes('INT')) return new SqlType('integer');
  if (/CHAR|CLOB|TEXT/.test(text)) return new SqlType('text');
  if (text.includes('BLOB')) return new SqlType('blob');
  if (/REAL|FLOA|DOUB/.test(text)) return new SqlType('double');
  return new SqlType('numeric');
}
