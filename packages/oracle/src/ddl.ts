/**
 * Oracle DDL pieces: type names and the PL/SQL wrappers that emulate
 * `IF [NOT] EXISTS` before 23ai.
 */
import { CompileError, SqlType } from '@alkahest/core/dialect';
import type { OracleFeatures } from './version';

/** Oracle error numbers the DDL emulations swallow. */
export const ORA = {
  /** ORA-00955: name is already used by an existing object. */
  nameInUse: 955,
  /** ORA-00942: table or view does not exist. */
  noTable: 942,
  /** ORA-01418: specified index does not exist. */
  noIndex: 1418,
  /** ORA-02289: sequence does not exist. */
  noSequence: 2289,
} as const;

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

/**
 * The Oracle type of a column (Oracle Database SQL Language Reference, "Data
 * Types"). Lengths are in characters (`n CHAR`), so that a limit means the
 * same as on other databases whatever the character set.
 *
 * @example
 * ```ts
 * oracleColumnType(new SqlType('varchar', { length: 20 }), oracleFeatures()); // 'VARCHAR2(20 CHAR)'
 * ```
 */
export function oracleColumnType(type: SqlType, features: OracleFeatures): string {
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
      return features.nativeBoolean ? 'BOOLEAN' : 'NUMBER(1)';
    case 'date':
      return 'DATE';
    case 'time':
      // Oracle has no time-of-day type; 'HH:MM:SS.ffffff' text sorts correctly.
      return 'VARCHAR2(15 CHAR)';
    case 'timestamp':
      return o.withTimeZone ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
    case 'json':
      return features.nativeJson ? 'JSON' : 'CLOB';
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

/** `EXECUTE IMMEDIATE '…';` for one DDL statement (quotes doubled). */
export function executeImmediate(sql: string, stringLiteral: (text: string) => string): string {
  return `EXECUTE IMMEDIATE ${stringLiteral(sql)};`;
}

/**
 * A PL/SQL block running `statements` and ignoring the Oracle error `code`
 * (as SQLCODE, negative), the pre-23ai way to say IF [NOT] EXISTS.
 *
 * @example
 * ```ts
 * ignoringError(["EXECUTE IMMEDIATE 'DROP TABLE T';"], 942)
 * // BEGIN EXECUTE IMMEDIATE 'DROP TABLE T'; EXCEPTION WHEN OTHERS THEN IF SQLCODE != -942 THEN RAISE; END IF; END;
 * ```
 */
export function ignoringError(statements: readonly string[], code: number): string {
  return `BEGIN ${statements.join(' ')} EXCEPTION WHEN OTHERS THEN IF SQLCODE != -${code} THEN RAISE; END IF; END;`;
}

/** A PL/SQL block running `statements` in order. */
export function plsqlBlock(statements: readonly string[]): string {
  return `BEGIN ${statements.join(' ')} END;`;
}
