/**
 * The 13 SSB queries written with alkahest's builder, shaped like the spec's
 * SQL (and like queries-sql.ts): FROM a list of tables, joins in WHERE,
 * `fn.sum` over column arithmetic, BETWEEN, OR, GROUP BY and ORDER BY. Each
 * call builds a fresh statement, as an application does.
 */
import { and, asc, desc, fn, or, select } from '@alkahest/core';
import type { Expression, Statement } from '@alkahest/core';
import type { SsbQueryId } from './queries-sql';
import type { SsbTables } from './schema';

function q1(t: SsbTables, where: (lo: SsbTables['lineorder']['c'], d: SsbTables['date']['c']) => Expression<boolean>) {
  const lo = t.lineorder.c;
  const d = t.date.c;
  return select(fn.sum(lo.lo_extendedprice.times(lo.lo_discount)).as('revenue'))
    .from(t.lineorder, t.date)
    .where(and(lo.lo_orderdate.eq(d.d_datekey), where(lo, d)));
}

function q2(t: SsbTables, where: (p: SsbTables['part']['c'], s: SsbTables['supplier']['c']) => Expression<boolean>) {
  const { lineorder, date, part, supplier } = t;
  const lo = lineorder.c;
  return select(fn.sum(lo.lo_revenue).as('revenue'), date.c.d_year, part.c.p_brand1)
    .from(lineorder, date, part, supplier)
    .where(and(lo.lo_orderdate.eq(date.c.d_datekey), lo.lo_partkey.eq(part.c.p_partkey), lo.lo_suppkey.eq(supplier.c.s_suppkey), where(part.c, supplier.c)))
    .groupBy(date.c.d_year, part.c.p_brand1)
    .orderBy(date.c.d_year, part.c.p_brand1);
}

function q3(
  t: SsbTables,
  level: 'nation' | 'city',
  where: (c: SsbTables['customer']['c'], s: SsbTables['supplier']['c'], d: SsbTables['date']['c']) => Expression<boolean>,
) {
  const { lineorder, date, customer, supplier } = t;
  const lo = lineorder.c;
  const cGroup = level === 'nation' ? customer.c.c_nation : customer.c.c_city;
  const sGroup = level === 'nation' ? supplier.c.s_nation : supplier.c.s_city;
  return select(cGroup, sGroup, date.c.d_year, fn.sum(lo.lo_revenue).as('revenue'))
    .from(customer, lineorder, supplier, date)
    .where(and(lo.lo_custkey.eq(customer.c.c_custkey), lo.lo_suppkey.eq(supplier.c.s_suppkey), lo.lo_orderdate.eq(date.c.d_datekey), where(customer.c, supplier.c, date.c)))
    .groupBy(cGroup, sGroup, date.c.d_year)
    .orderBy(asc(date.c.d_year), desc('revenue'));
}

function q4Base(t: SsbTables) {
  const { lineorder, date, customer, supplier, part } = t;
  const lo = lineorder.c;
  return {
    profit: fn.sum(lo.lo_revenue.minus(lo.lo_supplycost)).as('profit'),
    from: [date, customer, supplier, part, lineorder] as const,
    joins: [
      lo.lo_custkey.eq(customer.c.c_custkey),
      lo.lo_suppkey.eq(supplier.c.s_suppkey),
      lo.lo_partkey.eq(part.c.p_partkey),
      lo.lo_orderdate.eq(date.c.d_datekey),
    ],
  };
}

const ukCity = (column: SsbTables['customer']['c']['c_city'] | SsbTables['supplier']['c']['s_city']) => or(column.eq('UNITED KI1'), column.eq('UNITED KI5'));

const builders: Readonly<Record<SsbQueryId, (t: SsbTables) => Statement>> = {
  'Q1.1': (t) => q1(t, (lo, d) => and(d.d_year.eq(1993), lo.lo_discount.between(1, 3), lo.lo_quantity.lt(25))),
  'Q1.2': (t) => q1(t, (lo, d) => and(d.d_yearmonthnum.eq(199401), lo.lo_discount.between(4, 6), lo.lo_quantity.between(26, 35))),
  'Q1.3': (t) => q1(t, (lo, d) => and(d.d_weeknuminyear.eq(6), d.d_year.eq(1994), lo.lo_discount.between(5, 7), lo.lo_quantity.between(26, 35))),
  'Q2.1': (t) => q2(t, (p, s) => and(p.p_category.eq('MFGR#12'), s.s_region.eq('AMERICA'))),
  'Q2.2': (t) => q2(t, (p, s) => and(p.p_brand1.between('MFGR#2221', 'MFGR#2228'), s.s_region.eq('ASIA'))),
  'Q2.3': (t) => q2(t, (p, s) => and(p.p_brand1.eq('MFGR#2221'), s.s_region.eq('EUROPE'))),
  'Q3.1': (t) => q3(t, 'nation', (c, s, d) => and(c.c_region.eq('ASIA'), s.s_region.eq('ASIA'), d.d_year.gte(1992), d.d_year.lte(1997))),
  'Q3.2': (t) => q3(t, 'city', (c, s, d) => and(c.c_nation.eq('UNITED STATES'), s.s_nation.eq('UNITED STATES'), d.d_year.gte(1992), d.d_year.lte(1997))),
  'Q3.3': (t) => q3(t, 'city', (c, s, d) => and(ukCity(c.c_city), ukCity(s.s_city), d.d_year.gte(1992), d.d_year.lte(1997))),
  'Q3.4': (t) => q3(t, 'city', (c, s, d) => and(ukCity(c.c_city), ukCity(s.s_city), d.d_yearmonth.eq('Dec1997'))),
  'Q4.1': (t) => {
    const { profit, from, joins } = q4Base(t);
    const { date, customer, supplier, part } = t;
    return select(date.c.d_year, customer.c.c_nation, profit)
      .from(...from)
      .where(and(...joins, customer.c.c_region.eq('AMERICA'), supplier.c.s_region.eq('AMERICA'), or(part.c.p_mfgr.eq('MFGR#1'), part.c.p_mfgr.eq('MFGR#2'))))
      .groupBy(date.c.d_year, customer.c.c_nation)
      .orderBy(date.c.d_year, customer.c.c_nation);
  },
  'Q4.2': (t) => {
    const { profit, from, joins } = q4Base(t);
    const { date, customer, supplier, part } = t;
    return select(date.c.d_year, supplier.c.s_nation, part.c.p_category, profit)
      .from(...from)
      .where(
        and(
          ...joins,
          customer.c.c_region.eq('AMERICA'),
          supplier.c.s_region.eq('AMERICA'),
          or(date.c.d_year.eq(1997), date.c.d_year.eq(1998)),
          or(part.c.p_mfgr.eq('MFGR#1'), part.c.p_mfgr.eq('MFGR#2')),
        ),
      )
      .groupBy(date.c.d_year, supplier.c.s_nation, part.c.p_category)
      .orderBy(date.c.d_year, supplier.c.s_nation, part.c.p_category);
  },
  'Q4.3': (t) => {
    const { profit, from, joins } = q4Base(t);
    const { date, customer, supplier, part } = t;
    return select(date.c.d_year, supplier.c.s_city, part.c.p_brand1, profit)
      .from(...from)
      .where(and(...joins, customer.c.c_region.eq('AMERICA'), supplier.c.s_nation.eq('UNITED STATES'), or(date.c.d_year.eq(1997), date.c.d_year.eq(1998)), part.c.p_category.eq('MFGR#14')))
      .groupBy(date.c.d_year, supplier.c.s_city, part.c.p_brand1)
      .orderBy(date.c.d_year, supplier.c.s_city, part.c.p_brand1);
  },
};

/**
 * Builds SSB query `id` on alkahest's tables (a new statement on every call).
 *
 * @example
 * ```ts
 * const rows = await engine.execute(ssbStatement('Q1.1', ssbTables(ssbTableNames('bench'))));
 * ```
 */
export function ssbStatement(id: SsbQueryId, tables: SsbTables): Statement {
  return builders[id](tables);
}
