/**
 * The Oracle releases the compiler targets, and what each one can do.
 */
import type { IdentifierByteLimit } from './identifiers';

/**
 * The Oracle feature level to compile for (example: `new OracleCompiler({ version: '11g' })`):
 * - `'11g'`: 11.2: no identity columns (sequence + trigger emulation), LIMIT as
 *   nested ROWNUM queries, no `IS JSON`, 30-byte names;
 * - `'12c'` (default): 12.1 to 21c: identity columns, `OFFSET … FETCH`,
 *   `IS JSON` checks, no SQL BOOLEAN;
 * - `'23ai'`: native BOOLEAN and JSON types, `IF [NOT] EXISTS` in DDL.
 */
export type OracleVersion = '11g' | '12c' | '23ai';

/**
 * Options of `OracleCompiler` (and of `oracleDialect()`).
 *
 * @example
 * ```ts
 * new OracleCompiler({ version: '12c', maxIdentifierBytes: 30 }); // Oracle 12.1
 * ```
 */
export interface OracleCompilerOptions {
  /** The feature level (default `'12c'`). */
  readonly version?: OracleVersion;
  /**
   * The identifier length limit in bytes. Default: 30 under `'11g'`, 128
   * otherwise; set 30 for Oracle 12.1, or for 12.2+ with COMPATIBLE < 12.2.
   */
  readonly maxIdentifierBytes?: IdentifierByteLimit;
}

/**
 * The resolved features of a version.
 *
 * @example
 * ```ts
 * new OracleCompiler({ version: '23ai' }).features.nativeBoolean; // true
 * ```
 */
export interface OracleFeatures {
  readonly version: OracleVersion;
  readonly maxIdentifierBytes: IdentifierByteLimit;
  /** SQL BOOLEAN type, TRUE/FALSE, conditions as values (23ai). */
  readonly nativeBoolean: boolean;
  /** The JSON data type (21c; targeted as 23ai here). */
  readonly nativeJson: boolean;
  /** `IS JSON` conditions (12.1.0.2+). */
  readonly isJsonCheck: boolean;
  /** Identity columns and the row-limiting clause (12c+). */
  readonly identity: boolean;
  readonly fetchFirst: boolean;
  /** `CREATE … IF NOT EXISTS` / `DROP … IF EXISTS` (23ai). */
  readonly ifExists: boolean;
  /** The WINDOW clause, GROUPS frames and EXCLUDE in frames (21c; targeted as 23ai here). */
  readonly windowClause: boolean;
}

/**
 * Resolves options to the feature set of a version.
 *
 * @example
 * ```ts
 * oracleFeatures({ version: '11g' }).fetchFirst; // false
 * ```
 */
export function oracleFeatures(options: OracleCompilerOptions = {}): OracleFeatures {
  const version = options.version ?? '12c';
  if (version !== '11g' && version !== '12c' && version !== '23ai') {
    throw new RangeError(`unknown Oracle version ${JSON.stringify(version)}; expected '11g', '12c' or '23ai'`);
  }
  const maxIdentifierBytes = options.maxIdentifierBytes ?? (version === '11g' ? 30 : 128);
  if (maxIdentifierBytes !== 30 && maxIdentifierBytes !== 128) throw new RangeError('maxIdentifierBytes must be 30 or 128');
  const modern = version !== '11g';
  return {
    version,
    maxIdentifierBytes,
    nativeBoolean: version === '23ai',
    nativeJson: version === '23ai',
    isJsonCheck: modern,
    identity: modern,
    fetchFirst: modern,
    ifExists: version === '23ai',
    windowClause: version === '23ai',
  };
}
