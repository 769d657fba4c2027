/**
 * LIMIT/OFFSET for Oracle.
 *
 * 12c+: the row-limiting clause `[OFFSET n ROWS] [FETCH NEXT m ROWS ONLY]`
 * (Oracle Database SQL Language Reference, SELECT, "row_limiting_clause").
 *
 * 11g: the ROWNUM pattern. ROWNUM is assigned before ORDER BY of the same
 * query block, so the ordered query is nested and ROWNUM filtered outside it
 * (SQL Language Reference, "ROWNUM Pseudocolumn"):
 *
 * ```sql
 * SELECT * FROM (<query>) WHERE ROWNUM <= :limit
 * SELECT <keys> FROM (SELECT ALKAHEST_Q.*, ROWNUM AS ALKAHEST_RN FROM (<query>) ALKAHEST_Q
 *   WHERE ROWNUM <= :offset + :limit) WHERE ALKAHEST_RN > :offset ORDER BY ALKAHEST_RN
 * ```
 *
 * Counts are compiled expressions (bound values, named parameters, or other
 * expressions in parentheses); the SQL
 * never depends on their values, so a compiled shape serves any page.
 */
import type { Expression } from '@alkahest/core/dialect';

/** What the LIMIT renderers need from the compiler. */
export interface LimitHost {
  quoteIdentifier(name: string): string;
  /** Compiles a row count (a bound value or parameter) and returns its SQL. */
  count(value: Expression): string;
}

/** The 12c+ row-limiting clause (with a leading space), or ''; `withTies` ends it WITH TIES instead of ONLY. */
export function rowLimitingClause(limit: Expression | undefined, offset: Expression | undefined, host: LimitHost, withTies = false): string {
  let out = '';
  if (offset !== undefined) out += ` OFFSET ${host.count(offset)} ROWS`;
  if (limit !== undefined) out += ` FETCH NEXT ${host.count(limit)} ROWS ${withTies ? 'WITH TIES' : 'ONLY'}`;
  return out;
}

/**
 * Wraps an already compiled query (`inner`, without LIMIT/OFFSET) in the 11g
 * ROWNUM pattern. `keys` are the result column names of `inner`, so that the
 * row number column is not returned. Placeholders are bound in text order.
 */
export function rownumLimit(inner: string, keys: readonly string[], limit: Expression | undefined, offset: Expression | undefined, host: LimitHost): string {
  if (offset === undefined) {
    return limit === undefined ? inner : `SELECT * FROM (${inner}) WHERE ROWNUM <= ${host.count(limit)}`;
  }
  const q = host.quoteIdentifier('alkahest_q');
  const rn = host.quoteIdentifier('alkahest_rn');
  const end = limit === undefined ? '' : ` WHERE ROWNUM <= ${host.count(offset)} + ${host.count(limit)}`;
  const columns = keys.map((k) => host.quoteIdentifier(k)).join(', ');
  return `SELECT ${columns} FROM (SELECT ${q}.*, ROWNUM AS ${rn} FROM (${inner}) ${q}${end}) WHERE ${rn} > ${host.count(offset)} ORDER BY ${rn}`;
}
