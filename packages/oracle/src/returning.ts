/**
 * `RETURNING … INTO :n`: Oracle gives a DML statement's returned values in
 * OUT bind variables, not as rows. The compiler puts an {@link OutBind} where
 * each OUT placeholder's value would be; the driver binds it as an OUT
 * variable and turns the values it gets back (one array per variable, one
 * element per changed row) into rows.
 */
import { isMicrosTimestamp, type SqlType } from '@alkahest/core/dialect';
import type OracleDB from 'oracledb';
import { dateWallClock, numberFromText, timestampAsUtc } from './fetch';

/**
 * An OUT bind placeholder of `RETURNING … INTO`, standing in the parameters
 * of a compiled statement.
 *
 * @example
 * ```ts
 * compiled.params.filter((p) => p instanceof OutBind).length // how many values each row returns
 * ```
 */
export class OutBind {
  constructor(readonly type: SqlType) {}
}

/** The oracledb constants OUT binds need. */
export type OutBindConstants = Pick<
  typeof OracleDB,
  'BIND_OUT' | 'STRING' | 'BUFFER' | 'DB_TYPE_DATE' | 'DB_TYPE_TIMESTAMP' | 'DB_TYPE_TIMESTAMP_TZ'
>;

/** The largest text or bytes one returned value may have (CLOB, BLOB and JSON included). */
export const MAX_RETURNED_SIZE = 1024 * 1024;

/**
 * The oracledb bind definition of an OUT variable for a value of `type`,
 * and how to read what comes back (as the fetch type handler reads a query's
 * values: NUMBER as exact text, DATE and TIMESTAMP by their wall clock).
 *
 * @example
 * ```ts
 * outBindDefinition(require('oracledb'), builtinTypes.integer).bind // { dir: BIND_OUT, type: STRING, maxSize: 64 }
 * ```
 */
export function outBindDefinition(lib: OutBindConstants, type: SqlType): { bind: OracleDB.BindParameter; read: (value: unknown) => unknown } {
  const out = (bindType: unknown, maxSize?: number): OracleDB.BindParameter =>
    ({ dir: lib.BIND_OUT, type: bindType, ...(maxSize === undefined ? {} : { maxSize }) }) as OracleDB.BindParameter;
  const same = (value: unknown): unknown => value;
  switch (type.kind) {
    case 'integer':
    case 'smallint':
    case 'bigint':
    case 'numeric':
    case 'real':
    case 'double':
    case 'boolean':
      return { bind: out(lib.STRING, 64), read: numberFromText };
    case 'date':
      return { bind: out(lib.DB_TYPE_DATE), read: dateWallClock };
    case 'timestamp':
      // A microsecond timestamp comes back as the session's ISO text, read by its codec.
      if (isMicrosTimestamp(type)) return { bind: out(lib.STRING, 64), read: same };
      return type.options.withTimeZone ? { bind: out(lib.DB_TYPE_TIMESTAMP_TZ), read: same } : { bind: out(lib.DB_TYPE_TIMESTAMP), read: timestampAsUtc };
    case 'blob':
      return { bind: out(lib.BUFFER, MAX_RETURNED_SIZE), read: same };
    default:
      return { bind: out(lib.STRING, MAX_RETURNED_SIZE), read: same };
  }
}

/**
 * The rows of a `RETURNING … INTO` statement from its OUT binds: oracledb
 * gives each OUT variable as an array with one value per changed row.
 *
 * @example
 * ```ts
 * rowsFromOutBinds([[1, 2], ['Ada', 'Alan']], [numberFromText, (v) => v]) // [[1, 'Ada'], [2, 'Alan']]
 * ```
 */
export function rowsFromOutBinds(outBinds: unknown, read: readonly ((value: unknown) => unknown)[]): unknown[][] {
  const columns = (Array.isArray(outBinds) ? outBinds : []) as unknown[];
  const values = columns.map((c) => (Array.isArray(c) ? c : c === undefined || c === null ? [] : [c]));
  const count = values.length === 0 ? 0 : Math.max(...values.map((v) => v.length));
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) rows.push(values.map((v, j) => read[j]!(v[i] ?? null)));
  return rows;
}
