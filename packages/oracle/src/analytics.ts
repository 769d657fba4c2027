/**
 * Oracle analytics helpers: CAST target names.
 */
import { SqlType, UnsupportedFeatureError } from '@alkahest/core/dialect';
import { oracleColumnType } from './ddl';
import type { OracleFeatures } from './version';

/** The longest VARCHAR2 of a standard (MAX_STRING_SIZE = STANDARD) database. */
const MAX_VARCHAR2 = 4000;

/**
 * The CAST target for a type: the column type, except that CAST takes no LOB
 * (text becomes VARCHAR2(4000), JSON text too before 23ai) and no BOOLEAN
 * before 23ai.
 *
 * @example
 * ```ts
 * oracleCastType(new SqlType('text'), oracleFeatures(), 'oracle'); // 'VARCHAR2(4000)'
 * ```
 */
export function oracleCastType(type: SqlType, features: OracleFeatures, dialect: string): string {
  switch (type.kind) {
    case 'text':
      return `VARCHAR2(${MAX_VARCHAR2})`;
    case 'json':
      return features.nativeJson ? 'JSON' : `VARCHAR2(${MAX_VARCHAR2})`;
    case 'blob':
      throw new UnsupportedFeatureError('CAST to a BLOB', dialect, "Oracle's CAST takes no LOB types; use TO_BLOB() or HEXTORAW()");
    case 'boolean':
      if (!features.nativeBoolean) {
        throw new UnsupportedFeatureError('CAST to boolean', dialect, 'Oracle has no BOOLEAN before 23ai: compare instead, e.g. x.ne(0)');
      }
      return 'BOOLEAN';
    case 'unknown':
      throw new UnsupportedFeatureError('CAST to an unknown type', dialect);
    default:
      return oracleColumnType(type, features);
  }
}
