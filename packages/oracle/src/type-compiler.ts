/**
 * Oracle's type compiler: the names DDL and CAST write, and the reverse
 * mapping reflection reads back (one object, so that the two agree).
 *
 * Forward (Oracle Database SQL Language Reference, "Data Types"): lengths
 * are in characters (`n CHAR`), so that a limit means the same as on other
 * databases whatever the character set; integers are NUMBER(5/10/19), a
 * boolean is NUMBER(1) before 23ai, a time of day is VARCHAR2(15 CHAR)
 * ('HH:MM:SS.ffffff' text sorts correctly), a UUID VARCHAR2(36 CHAR). CAST
 * takes no LOB (text becomes VARCHAR2(4000), JSON text too before 23ai) and
 * no BOOLEAN before 23ai.
 *
 * Backward (ALL_TAB_COLUMNS), where the catalog loses information:
 * NUMBER(1) is how alkahest stores a boolean before 23ai, so a NUMBER(1)
 * reflects as boolean (and its `IN (0, 1)` CHECK as part of that type);
 * NUMBER(5), NUMBER(10) and NUMBER(19) are smallint, integer and bigint; a
 * UUID (VARCHAR2(36)) and a time of day (VARCHAR2(15)) reflect as varchar;
 * CLOB is text, and JSON before 21c is a CLOB too.
 */
import { Column, CompileError, SqlType, TypeCompiler, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { OracleFeatures } from './version';

/** The largest VARCHAR2 (MAX_STRING_SIZE = EXTENDED; 4000 bytes when STANDARD). */
const MAX_VARCHAR2 = 32767;
/** The largest CHAR. */
const MAX_CHAR = 2000;

function checkLength(type: SqlType, max: number, what: string): number {
  const length = type.options.length;
  if (length === undefined || length < 1 || length > max) {
    throw new CompileError(`Oracle ${what} needs a length from 1 to ${max}, got ${String(length)}`);
  }
  return length;
}

/** A row of ALL_TAB_COLUMNS, as the catalog statement names its fields. */
export interface OracleColumnType {
  readonly dataType: string;
  readonly charLength?: number | null;
  readonly precision?: number | null;
  readonly scale?: number | null;
}

/** The longest VARCHAR2 of a standard (MAX_STRING_SIZE = STANDARD) database, which CAST targets for text. */
const CAST_VARCHAR2 = 4000;

/**
 * Oracle's type names, for the targeted release's features.
 *
 * @example
 * ```ts
 * const types = new OracleTypeCompiler(oracleFeatures());
 * types.columnType(new SqlType('varchar', { length: 20 }));        // 'VARCHAR2(20 CHAR)'
 * types.castType(new SqlType('text'));                             // 'VARCHAR2(4000)'
 * types.reflect({ dataType: 'NUMBER', precision: 1, scale: 0 });   // boolean
 * types.reflect({ dataType: 'TIMESTAMP(6) WITH TIME ZONE' });      // timestamp with time zone
 * ```
 */
export class OracleTypeCompiler extends TypeCompiler<OracleColumnType> {
  readonly dialect = 'oracle';

  /** @param features - what the targeted Oracle release can do (BOOLEAN and JSON types). */
  constructor(readonly features: OracleFeatures) {
    super();
  }

  override columnType(type: SqlType, column?: Column): string {
    void column;
    const o = type.options;
    switch (type.kind) {
      case 'integer':
        return 'NUMBER(10)';
      case 'bigint':
        return 'NUMBER(19)';
      case 'smallint':
        return 'NUMBER(5)';
      case 'real':
        return 'BINARY_FLOAT';
      case 'double':
        return 'BINARY_DOUBLE';
      case 'numeric':
        // NUMBER precision is 1..38 and scale -84..127.
        if (o.precision === undefined) return 'NUMBER';
        if (o.precision < 1 || o.precision > 38) throw new CompileError(`Oracle NUMBER precision must be 1 to 38, got ${o.precision}`);
        return `NUMBER(${o.precision}${o.scale === undefined ? '' : `, ${o.scale}`})`;
      case 'text':
        return 'CLOB';
      case 'varchar':
        return `VARCHAR2(${checkLength(type, MAX_VARCHAR2, 'VARCHAR2')} CHAR)`;
      case 'char':
        return `CHAR(${checkLength(type, MAX_CHAR, 'CHAR')} CHAR)`;
      case 'boolean':
        return this.features.nativeBoolean ? 'BOOLEAN' : 'NUMBER(1)';
      case 'date':
        return 'DATE';
      case 'time':
        // Oracle has no time-of-day type; 'HH:MM:SS.ffffff' text sorts correctly.
        return 'VARCHAR2(15 CHAR)';
      case 'timestamp':
        // TIMESTAMP keeps six fraction digits unless told.
        return `TIMESTAMP${this.fractionPrecision(type, 6)}${o.withTimeZone ? ' WITH TIME ZONE' : ''}`;
      case 'json':
        return this.features.nativeJson ? 'JSON' : 'CLOB';
      case 'uuid':
        return 'VARCHAR2(36 CHAR)';
      case 'blob':
        return 'BLOB';
      case 'enum': {
        const longest = Math.max(1, ...(o.values ?? []).map((v) => v.length));
        return `VARCHAR2(${longest} CHAR)`;
      }
      case 'unknown':
        throw new CompileError('a column has no SQL type');
    }
  }

  override castType(type: SqlType): string {
    switch (type.kind) {
      case 'text':
        return `VARCHAR2(${CAST_VARCHAR2})`;
      case 'json':
        return this.features.nativeJson ? 'JSON' : `VARCHAR2(${CAST_VARCHAR2})`;
      case 'blob':
        throw new UnsupportedFeatureError('CAST to a BLOB', this.dialect, "Oracle's CAST takes no LOB types; use TO_BLOB() or HEXTORAW()");
      case 'boolean':
        if (!this.features.nativeBoolean) {
          throw new UnsupportedFeatureError('CAST to boolean', this.dialect, 'Oracle has no BOOLEAN before 23ai: compare instead, e.g. x.ne(0)');
        }
        return 'BOOLEAN';
      case 'unknown':
        throw new UnsupportedFeatureError('CAST to an unknown type', this.dialect);
      default:
        return this.columnType(type);
    }
  }

  /**
   * Whether values of the type are a CLOB here (text, and JSON before 23ai),
   * which Oracle cannot compare, sort, group or DISTINCT (ORA-00932): the
   * compiler writes them `TO_CHAR(x)` there.
   */
  isClob(type: SqlType): boolean {
    return type.kind === 'text' || (type.kind === 'json' && !this.features.nativeJson);
  }

  /** The alkahest type of an Oracle column (a row of ALL_TAB_COLUMNS). */
  reflect(c: OracleColumnType): SqlType {
    const t = c.dataType.toUpperCase();
    if (t === 'NUMBER') {
      const p = c.precision ?? undefined;
      const s = c.scale ?? undefined;
      if (p === undefined) return new SqlType('numeric');
      if (s === undefined || s === 0) {
        if (p === 1) return new SqlType('boolean');
        if (p === 5) return new SqlType('smallint');
        if (p === 10) return new SqlType('integer');
        if (p === 19) return new SqlType('bigint');
      }
      return new SqlType('numeric', s === undefined ? { precision: p } : { precision: p, scale: s });
    }
    if (t === 'VARCHAR2' || t === 'NVARCHAR2') return new SqlType('varchar', { length: c.charLength ?? 1 });
    if (t === 'CHAR' || t === 'NCHAR') return new SqlType('char', { length: c.charLength ?? 1 });
    if (t === 'CLOB' || t === 'NCLOB' || t === 'LONG') return new SqlType('text');
    if (t === 'BLOB' || t.startsWith('RAW')) return new SqlType('blob');
    if (t === 'BINARY_FLOAT') return new SqlType('real');
    if (t === 'BINARY_DOUBLE' || t === 'FLOAT') return new SqlType('double');
    if (t === 'DATE') return new SqlType('date');
    if (t === 'BOOLEAN') return new SqlType('boolean');
    if (t === 'JSON') return new SqlType('json');
    if (t.startsWith('TIMESTAMP')) {
      const withTimeZone = t.includes('TIME ZONE');
      // ALL_TAB_COLUMNS writes the precision in the type's name: TIMESTAMP(6), TIMESTAMP(3) WITH TIME ZONE.
      const precision = Number(/^TIMESTAMP\((\d)\)/.exec(t)?.[1] ?? 6);
      return new SqlType('timestamp', precision === 6 ? { withTimeZone } : { withTimeZone, precision });
    }
    return new SqlType('text');
  }
}
