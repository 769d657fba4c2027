/**
 * The 13 SSB queries as hand-written SQL, the way the spec writes them (FROM
 * a comma list, join conditions in WHERE), with their constants bound as
 * parameters like alkahest binds them: `?` for SQLite and MariaDB, `$n` for
 * PostgreSQL. The parameter values are the spec's.
 */
import type { SsbDialect, SsbTableNames } from './schema';

export interface SsbSql {
  readonly sql: string;
  readonly params: readonly (number | string)[];
}

export const ssbQueryIds = ['Q1.1', 'Q1.2', 'Q1.3', 'Q2.1', 'Q2.2', 'Q2.3', 'Q3.1', 'Q3.2', 'Q3.3', 'Q3.4', 'Q4.1', 'Q4.2', 'Q4.3'] as const;
export type SsbQueryId = (typeof ssbQueryIds)[number];

type Template = (t: SsbTableNames) => SsbSql;

const q1 = (t: SsbTableNames, where: string, params: (number | string)[]): SsbSql => ({
  sql: `SELECT SUM(lo_extendedprice * lo_discount) AS revenue FROM ${t.lineorder}, ${t.date} WHERE lo_orderdate = d_datekey AND ${where}`,
  params,
});

const q2 = (t: SsbTableNames, where: string, params: (number | string)[]): SsbSql => ({
  sql:
    `SELECT SUM(lo_revenue) AS revenue, d_year, p_brand1 FROM ${t.lineorder}, ${t.date}, ${t.part}, ${t.supplier} ` +
    `WHERE lo_orderdate = d_datekey AND lo_partkey = p_partkey AND lo_suppkey = s_suppkey AND ${where} ` +
    `GROUP BY d_year, p_brand1 ORDER BY d_year, p_brand1`,
  params,
});

const q3 = (t: SsbTableNames, level: 'nation' | 'city', where: string, params: (number | string)[]): SsbSql => ({
  sql:
    `SELECT c_${level}, s_${level}, d_year, SUM(lo_revenue) AS revenue FROM ${t.customer}, ${t.lineorder}, ${t.supplier}, ${t.date} ` +
    `WHERE lo_custkey = c_custkey AND lo_suppkey = s_suppkey AND lo_orderdate = d_datekey AND ${where} ` +
    `GROUP BY c_${level}, s_${level}, d_year ORDER BY d_year ASC, revenue DESC`,
  params,
});

const q4 = (t: SsbTableNames, columns: string, where: string, params: (number | string)[]): SsbSql => ({
  sql:
    `SELECT ${columns}, SUM(lo_revenue - lo_supplycost) AS profit FROM ${t.date}, ${t.customer}, ${t.supplier}, ${t.part}, ${t.lineorder} ` +
    `WHERE lo_custkey = c_custkey AND lo_suppkey = s_suppkey AND lo_partkey = p_partkey AND lo_orderdate = d_datekey AND ${where} ` +
    `GROUP BY ${columns} ORDER BY ${columns}`,
  params,
});

const ukCities = ['UNITED KI1', 'UNITED KI5'];

const templates: Readonly<Record<SsbQueryId, Template>> = {
  'Q1.1': (t) => q1(t, 'd_year = ? AND lo_discount BETWEEN ? AND ? AND lo_quantity < ?', [1993, 1, 3, 25]),
  'Q1.2': (t) => q1(t, 'd_yearmonthnum = ? AND lo_discount BETWEEN ? AND ? AND lo_quantity BETWEEN ? AND ?', [199401, 4, 6, 26, 35]),
  'Q1.3': (t) => q1(t, 'd_weeknuminyear = ? AND d_year = ? AND lo_discount BETWEEN ? AND ? AND lo_quantity BETWEEN ? AND ?', [6, 1994, 5, 7, 26, 35]),
  'Q2.1': (t) => q2(t, 'p_category = ? AND s_region = ?', ['MFGR#12', 'AMERICA']),
  'Q2.2': (t) => q2(t, 'p_brand1 BETWEEN ? AND ? AND s_region = ?', ['MFGR#2221', 'MFGR#2228', 'ASIA']),
  'Q2.3': (t) => q2(t, 'p_brand1 = ? AND s_region = ?', ['MFGR#2221', 'EUROPE']),
  'Q3.1': (t) => q3(t, 'nation', 'c_region = ? AND s_region = ? AND d_year >= ? AND d_year <= ?', ['ASIA', 'ASIA', 1992, 1997]),
  'Q3.2': (t) => q3(t, 'city', 'c_nation = ? AND s_nation = ? AND d_year >= ? AND d_year <= ?', ['UNITED STATES', 'UNITED STATES', 1992, 1997]),
  'Q3.3': (t) => q3(t, 'city', '(c_city = ? OR c_city = ?) AND (s_city = ? OR s_city = ?) AND d_year >= ? AND d_year <= ?', [...ukCities, ...ukCities, 1992, 1997]),
  'Q3.4': (t) => q3(t, 'city', '(c_city = ? OR c_city = ?) AND (s_city = ? OR s_city = ?) AND d_yearmonth = ?', [...ukCities, ...ukCities, 'Dec1997']),
  'Q4.1': (t) =>
    q4(t, 'd_year, c_nation', 'c_region = ? AND s_region = ? AND (p_mfgr = ? OR p_mfgr = ?)', ['AMERICA', 'AMERICA', 'MFGR#1', 'MFGR#2']),
  'Q4.2': (t) =>
    q4(t, 'd_year, s_nation, p_category', 'c_region = ? AND s_region = ? AND (d_year = ? OR d_year = ?) AND (p_mfgr = ? OR p_mfgr = ?)', [
      'AMERICA',
      'AMERICA',
      1997,
      1998,
      'MFGR#1',
      'MFGR#2',
    ]),
  'Q4.3': (t) =>
    q4(t, 'd_year, s_city, p_brand1', 'c_region = ? AND s_nation = ? AND (d_year = ? OR d_year = ?) AND p_category = ?', [
      'AMERICA',
      'UNITED STATES',
      1997,
      1998,
      'MFGR#14',
    ]),
};

/** `?` placeholders numbered `$1, $2, …` for PostgreSQL. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The hand-written SQL of query `id` for a database. */
export function ssbSql(id: SsbQueryId, dialect: SsbDialect, names: SsbTableNames): SsbSql {
  const q = templates[id](names);
  return dialect === 'postgres' ? { sql: numbered(q.sql), params: q.params } : q;
}
