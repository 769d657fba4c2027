/**
 * SQLite's type compiler: the names DDL and CAST write, and the reverse
 * mapping reflection reads back (one object, so that the two agree).
 *
 * Forward: JSON, UUID and enum columns are declared TEXT (their values are
 * strings); a DOUBLE is REAL; an auto-incrementing key is `INTEGER`, the only
 * type that aliases the rowid. CAST goes to a storage class (INTEGER, REAL,
 * NUMERIC, TEXT, BLOB): SQLite's CAST takes no length.
 *
 * Backward: SQLite keeps the type text as written in CREATE TABLE, so names
 * alkahest writes come back as they went in; JSON, UUID and enum columns
 * come back as text (their values are the same strings). Other names follow
 * SQLite's affinity rules (SQLite documentation, "Datatypes In SQLite", 3.1):
 * INT → integer, CHAR / CLOB / TEXT → text, BLOB or no type → blob,
 * REAL / FLOA / DOUB → double, anything else → numeric.
 */
import { Column, SqlType, TypeCompiler, UnsupportedFeatureError } from '@alkahest/core/dialect';

/**
 * SQLite's type names.
 *
 * @example
 * ```ts
 * const types = new SqliteTypeCompiler();
 * types.columnType(new SqlType('json'));   // 'TEXT'
 * types.reflect('VARCHAR(40)');            // varchar(40)
 * types.reflect('MEDIUMINT');              // integer (affinity)
 * ```
 */
export class SqliteTypeCompiler extends TypeCompiler<string> {
  readonly dialect = 'sqlite';

  override columnType(type: SqlType, column?: Column): string {
    // Only "INTEGER PRIMARY KEY" aliases the rowid and so generates keys.
    if (column !== undefined && column.spec.autoIncrement && column.spec.primaryKey) return 'INTEGER';
    switch (type.kind) {
      case 'json':
      case 'uuid':
      case 'enum':
        return 'TEXT';
      case 'double':
        return 'REAL';
      default:
        return super.columnType(type, column);
    }
  }

  override castType(type: SqlType): string {
    switch (type.kind) {
      case 'integer':
      case 'bigint':
      case 'smallint':
        return 'INTEGER';
      case 'real':
      case 'double':
        return 'REAL';
      case 'numeric':
        return 'NUMERIC';
      case 'blob':
        return 'BLOB';
      case 'boolean':
        throw new UnsupportedFeatureError('CAST to boolean', this.dialect, 'SQLite has no boolean type: compare instead, e.g. x.ne(0)');
      case 'unknown':
        return super.castType(type);
      default:
        // Text, dates and times, JSON, UUIDs are stored as text (a length is not enforced).
        return 'TEXT';
    }
  }

  /** The alkahest type of a declared SQLite type (`PRAGMA table_info`'s `type`). */
  reflect(declared: string): SqlType {
    return sqliteTypeOf(declared);
  }
}

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

function sqliteTypeOf(declared: string): SqlType {
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
