/**
 * The SSB schema: alkahest's table definitions and the hand-written DDL for
 * SQLite, PostgreSQL and MariaDB. Prices are DECIMAL(15, 2), as the spec's
 * "numeric" money columns; keys, dates (yyyymmdd), quantities, discounts and
 * taxes are integers. The date table is `<prefix>_date`.
 */
import { integer, numeric, table, varchar } from '@alkahest/core';

export type SsbDialect = 'sqlite' | 'postgres' | 'mysql';

export interface SsbTableNames {
  readonly lineorder: string;
  readonly customer: string;
  readonly supplier: string;
  readonly part: string;
  readonly date: string;
}

export function ssbTableNames(prefix: string): SsbTableNames {
  return { lineorder: `${prefix}_lineorder`, customer: `${prefix}_customer`, supplier: `${prefix}_supplier`, part: `${prefix}_part`, date: `${prefix}_date` };
}

const money = () => numeric({ precision: 15, scale: 2 }).notNull();
const int = () => integer().notNull();
const str = (length: number) => varchar({ length }).notNull();

/** alkahest's tables, keyed by the SSB column names. */
export function ssbTables(names: SsbTableNames) {
  const lineorder = table(
    names.lineorder,
    {
      lo_orderkey: int(),
      lo_linenumber: int(),
      lo_custkey: int(),
      lo_partkey: int(),
      lo_suppkey: int(),
      lo_orderdate: int(),
      lo_orderpriority: str(15),
      lo_shippriority: str(1),
      lo_quantity: int(),
      lo_extendedprice: money(),
      lo_ordtotalprice: money(),
      lo_discount: int(),
      lo_revenue: money(),
      lo_supplycost: money(),
      lo_tax: int(),
      lo_commitdate: int(),
      lo_shipmode: str(10),
    },
    { primaryKey: ['lo_orderkey', 'lo_linenumber'] },
  );
  const customer = table(names.customer, {
    c_custkey: integer().primaryKey(),
    c_name: str(25),
    c_address: str(25),
    c_city: str(10),
    c_nation: str(15),
    c_region: str(12),
    c_phone: str(15),
    c_mktsegment: str(10),
  });
  const supplier = table(names.supplier, {
    s_suppkey: integer().primaryKey(),
    s_name: str(25),
    s_address: str(25),
    s_city: str(10),
    s_nation: str(15),
    s_region: str(12),
    s_phone: str(15),
  });
  const part = table(names.part, {
    p_partkey: integer().primaryKey(),
    p_name: str(22),
    p_mfgr: str(6),
    p_category: str(7),
    p_brand1: str(9),
    p_color: str(11),
    p_type: str(25),
    p_size: int(),
    p_container: str(10),
  });
  const date = table(names.date, {
    d_datekey: integer().primaryKey(),
    d_date: str(18),
    d_dayofweek: str(9),
    d_month: str(9),
    d_year: int(),
    d_yearmonthnum: int(),
    d_yearmonth: str(7),
    d_daynuminweek: int(),
    d_daynuminmonth: int(),
    d_daynuminyear: int(),
    d_monthnuminyear: int(),
    d_weeknuminyear: int(),
    d_sellingseason: str(12),
    d_lastdayinweekfl: int(),
    d_lastdayinmonthfl: int(),
    d_holidayfl: int(),
    d_weekdayfl: int(),
  });
  return { lineorder, customer, supplier, part, date };
}
export type SsbTables = ReturnType<typeof ssbTables>;

/** Column name and SQL type of each table, in insertion order: the DDL and the loader read them. */
export const ssbColumns: Readonly<Record<keyof SsbTableNames, readonly (readonly [string, 'int' | 'money' | number])[]>> = {
  lineorder: [
    ['lo_orderkey', 'int'], ['lo_linenumber', 'int'], ['lo_custkey', 'int'], ['lo_partkey', 'int'], ['lo_suppkey', 'int'],
    ['lo_orderdate', 'int'], ['lo_orderpriority', 15], ['lo_shippriority', 1], ['lo_quantity', 'int'], ['lo_extendedprice', 'money'],
    ['lo_ordtotalprice', 'money'], ['lo_discount', 'int'], ['lo_revenue', 'money'], ['lo_supplycost', 'money'], ['lo_tax', 'int'],
    ['lo_commitdate', 'int'], ['lo_shipmode', 10],
  ],
  customer: [['c_custkey', 'int'], ['c_name', 25], ['c_address', 25], ['c_city', 10], ['c_nation', 15], ['c_region', 12], ['c_phone', 15], ['c_mktsegment', 10]],
  supplier: [['s_suppkey', 'int'], ['s_name', 25], ['s_address', 25], ['s_city', 10], ['s_nation', 15], ['s_region', 12], ['s_phone', 15]],
  part: [['p_partkey', 'int'], ['p_name', 22], ['p_mfgr', 6], ['p_category', 7], ['p_brand1', 9], ['p_color', 11], ['p_type', 25], ['p_size', 'int'], ['p_container', 10]],
  date: [
    ['d_datekey', 'int'], ['d_date', 18], ['d_dayofweek', 9], ['d_month', 9], ['d_year', 'int'], ['d_yearmonthnum', 'int'], ['d_yearmonth', 7],
    ['d_daynuminweek', 'int'], ['d_daynuminmonth', 'int'], ['d_daynuminyear', 'int'], ['d_monthnuminyear', 'int'], ['d_weeknuminyear', 'int'],
    ['d_sellingseason', 12], ['d_lastdayinweekfl', 'int'], ['d_lastdayinmonthfl', 'int'], ['d_holidayfl', 'int'], ['d_weekdayfl', 'int'],
  ],
};

const primaryKeys: Readonly<Record<keyof SsbTableNames, string>> = {
  lineorder: 'lo_orderkey, lo_linenumber',
  customer: 'c_custkey',
  supplier: 's_suppkey',
  part: 'p_partkey',
  date: 'd_datekey',
};

export const ssbTableKeys: readonly (keyof SsbTableNames)[] = ['date', 'customer', 'supplier', 'part', 'lineorder'];

/** CREATE TABLE for one table, hand-written per database. */
export function createTableSql(dialect: SsbDialect, key: keyof SsbTableNames, names: SsbTableNames): string {
  const columns = ssbColumns[key].map(([name, type]) => {
    const sqlType = type === 'int' ? 'INTEGER' : type === 'money' ? 'DECIMAL(15, 2)' : `VARCHAR(${type})`;
    return `${name} ${sqlType} NOT NULL`;
  });
  const suffix = dialect === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4' : '';
  return `CREATE TABLE ${names[key]} (${columns.join(', ')}, PRIMARY KEY (${primaryKeys[key]}))${suffix}`;
}

export function dropTableSql(key: keyof SsbTableNames, names: SsbTableNames): string {
  return `DROP TABLE IF EXISTS ${names[key]}`;
}
