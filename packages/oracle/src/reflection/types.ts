/**
 * Oracle column types (ALL_TAB_COLUMNS) back to alkahest's types. Where the
 * catalog loses information: NUMBER(1) is how alkahest stores a boolean
 * before 23ai, so a NUMBER(1) reflects as boolean (and its `IN (0, 1)`
 * CHECK as part of that type); NUMBER(5), NUMBER(10) and NUMBER(19) are
 * smallint, integer and bigint; a UUID (VARCHAR2(36)) and a time of day
 * (VARCHAR2(15)) reflect as varchar; CLOB is text, and JSON before 21c is a
 * CLOB too.
 */
import { SqlType } from '@alkahest/core/dialect';

/** A row of ALL_TAB_COLUMNS, as the catalog statement names its fields. */
export interface OracleColumnType {
  readonly dataType: string;
  readonly charLength?: number | null;
  readonly precision?: number | null;
  readonly scale?: number | null;
}

/**
 * The alkahest type of an Oracle column.
 *
 * @example
 * ```ts
 * oracleTypeOf({ dataType: 'NUMBER', precision: 1, scale: 0 });          // boolean
 * oracleTypeOf({ dataType: 'VARCHAR2', charLength: 40 });                // varchar(40)
 * oracleTypeOf({ dataType: 'TIMESTAMP(6) WITH TIME ZONE' });             // timestamp with time zone
 * ```
 */
export function oracleTypeOf(c: OracleColumnType): SqlType {
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
  if (t.startsWith('TIMESTAMP')) return new SqlType('timestamp', { withTimeZone: t.includes('TIME ZONE') });
  return new SqlType('text');
}
