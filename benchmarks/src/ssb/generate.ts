/**
 * Deterministic SSB data: the same seed gives the same rows on every run and
 * machine. The value domains follow the SSB specification (and TPC-H's dbgen
 * it derives from); the sizes follow its scale factor, with floors that keep
 * every city and brand present at small scales:
 *
 * - lineorder: `lineorders` rows (the spec's 6,000,000 × SF), orders of 1–7 lines;
 * - customer: max(250, 30,000 × SF), the first 250 one per city;
 * - supplier: max(250, 2,000 × SF), the first 250 one per city;
 * - part: max(1,000, 200,000 × SF), the first 1,000 one per brand;
 * - date: every day of 1992–1998 (2,556 rows).
 *
 * At SF 1 every query selects rows by chance; at CI's small scales the most
 * selective ones (Q1.3, Q2.3, Q3.4, Q4.3) would often select none. One line in
 * sixteen is therefore a focus line drawn inside one query group's predicates
 * (in turn: Q3.3/3.4's cities in December 1997, Q4's American customers and
 * American suppliers with MFGR#14 parts in 1997/98, Q1.2/1.3's weeks of January
 * and February 1994, Q2.2/2.3's brand MFGR#2221 from Europe or Asia). Every
 * value stays in the spec's domain; only the distribution is tilted.
 */
import { Rng } from '../harness/rng';
import {
  brand,
  brandCount,
  brandNumber,
  city,
  cityCount,
  cityNumber,
  colors,
  containerSyllables,
  dayNames,
  monthNames,
  priorities,
  segments,
  sellingSeason,
  shipModes,
  typeSyllables,
} from './domains';

export interface DateRow {
  d_datekey: number;
  d_date: string;
  d_dayofweek: string;
  d_month: string;
  d_year: number;
  d_yearmonthnum: number;
  d_yearmonth: string;
  d_daynuminweek: number;
  d_daynuminmonth: number;
  d_daynuminyear: number;
  d_monthnuminyear: number;
  d_weeknuminyear: number;
  d_sellingseason: string;
  d_lastdayinweekfl: number;
  d_lastdayinmonthfl: number;
  d_holidayfl: number;
  d_weekdayfl: number;
}
export interface CustomerRow {
  c_custkey: number;
  c_name: string;
  c_address: string;
  c_city: string;
  c_nation: string;
  c_region: string;
  c_phone: string;
  c_mktsegment: string;
}
export interface SupplierRow {
  s_suppkey: number;
  s_name: string;
  s_address: string;
  s_city: string;
  s_nation: string;
  s_region: string;
  s_phone: string;
}
export interface PartRow {
  p_partkey: number;
  p_name: string;
  p_mfgr: string;
  p_category: string;
  p_brand1: string;
  p_color: string;
  p_type: string;
  p_size: number;
  p_container: string;
}
/** Prices are exact decimal strings with two places (`'1234.50'`). */
export interface LineorderRow {
  lo_orderkey: number;
  lo_linenumber: number;
  lo_custkey: number;
  lo_partkey: number;
  lo_suppkey: number;
  lo_orderdate: number;
  lo_orderpriority: string;
  lo_shippriority: string;
  lo_quantity: number;
  lo_extendedprice: string;
  lo_ordtotalprice: string;
  lo_discount: number;
  lo_revenue: string;
  lo_supplycost: string;
  lo_tax: number;
  lo_commitdate: number;
  lo_shipmode: string;
}
export interface SsbData {
  readonly dates: DateRow[];
  readonly customers: CustomerRow[];
  readonly suppliers: SupplierRow[];
  readonly parts: PartRow[];
  readonly lineorders: LineorderRow[];
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1992, 0, 1);
const LAST_DAY = Date.UTC(1998, 11, 31);
/** Orders are dated up to 1998-08-02, as in TPC-H (the last 151 days have none). */
const LAST_ORDER_DAY = Date.UTC(1998, 7, 2);

function datekey(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

function generateDates(): DateRow[] {
  const rows: DateRow[] = [];
  for (let ms = FIRST_DAY; ms <= LAST_DAY; ms += DAY_MS) {
    const d = new Date(ms);
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const weekday = d.getUTCDay();
    const dayOfYear = Math.round((ms - Date.UTC(year, 0, 1)) / DAY_MS) + 1;
    const lastOfMonth = new Date(ms + DAY_MS).getUTCDate() === 1;
    rows.push({
      d_datekey: datekey(ms),
      d_date: `${monthNames[month - 1]} ${day}, ${year}`,
      d_dayofweek: dayNames[weekday]!,
      d_month: monthNames[month - 1]!,
      d_year: year,
      d_yearmonthnum: year * 100 + month,
      d_yearmonth: `${monthNames[month - 1]!.slice(0, 3)}${year}`,
      d_daynuminweek: weekday + 1,
      d_daynuminmonth: day,
      d_daynuminyear: dayOfYear,
      d_monthnuminyear: month,
      d_weeknuminyear: Math.floor((dayOfYear - 1) / 7) + 1,
      d_sellingseason: sellingSeason(month, day),
      d_lastdayinweekfl: weekday === 6 ? 1 : 0,
      d_lastdayinmonthfl: lastOfMonth ? 1 : 0,
      d_holidayfl: (month === 1 && day === 1) || (month === 7 && day === 4) || (month === 12 && day === 25) ? 1 : 0,
      d_weekdayfl: weekday >= 1 && weekday <= 5 ? 1 : 0,
    });
  }
  return rows;
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[rng.next() % list.length]!;
const between = (rng: Rng, low: number, high: number): number => low + (rng.next() % (high - low + 1));

function phone(rng: Rng, nationIndex: number): string {
  return `${nationIndex + 10}-${between(rng, 100, 999)}-${between(rng, 100, 999)}-${between(rng, 1000, 9999)}`;
}
function address(rng: Rng): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,';
  let s = '';
  for (let n = between(rng, 10, 25); n > 0; n--) s += chars[rng.next() % chars.length];
  return s;
}

/** Entity `i`'s city: the first 250 one each, the rest at random. */
function cityOf(rng: Rng, i: number): number {
  return i < cityCount ? i : rng.next() % cityCount;
}

function generateCustomers(rng: Rng, count: number): CustomerRow[] {
  return Array.from({ length: count }, (_, i) => {
    const c = cityOf(rng, i);
    const { city: name, nation, region } = city(c);
    return {
      c_custkey: i + 1,
      c_name: `Customer#${String(i + 1).padStart(9, '0')}`,
      c_address: address(rng),
      c_city: name,
      c_nation: nation,
      c_region: region,
      c_phone: phone(rng, Math.floor(c / 10)),
      c_mktsegment: pick(rng, segments),
    };
  });
}

function generateSuppliers(rng: Rng, count: number): SupplierRow[] {
  return Array.from({ length: count }, (_, i) => {
    const c = cityOf(rng, i);
    const { city: name, nation, region } = city(c);
    return {
      s_suppkey: i + 1,
      s_name: `Supplier#${String(i + 1).padStart(9, '0')}`,
      s_address: address(rng),
      s_city: name,
      s_nation: nation,
      s_region: region,
      s_phone: phone(rng, Math.floor(c / 10)),
    };
  });
}

function generateParts(rng: Rng, count: number): PartRow[] {
  return Array.from({ length: count }, (_, i) => {
    const b = brand(i < brandCount ? i : rng.next() % brandCount);
    return {
      p_partkey: i + 1,
      p_name: `${pick(rng, colors)} ${pick(rng, colors)}`,
      p_mfgr: b.mfgr,
      p_category: b.category,
      p_brand1: b.brand1,
      p_color: pick(rng, colors),
      p_type: typeSyllables.map((s) => pick(rng, s)).join(' '),
      p_size: between(rng, 1, 50),
      p_container: containerSyllables.map((s) => pick(rng, s)).join(' '),
    };
  });
}

/** TPC-H's retail price of a part, in cents: (90000 + ((key / 10) mod 20001) + 100 × (key mod 1000)) / 100 dollars. */
function retailCents(partkey: number): number {
  return 90_000 + (Math.floor(partkey / 10) % 20_001) + 100 * (partkey % 1_000);
}
const money = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Indexes of the rows a focus line draws from. */
interface Focus {
  readonly ukCustomers: number[];
  readonly ukSuppliers: number[];
  readonly americanCustomers: number[];
  readonly usSuppliers: number[];
  readonly europeanSuppliers: number[];
  readonly asianSuppliers: number[];
  readonly mfgr14Parts: number[];
  readonly brand2221Parts: number[];
}

function focusOf(customers: readonly CustomerRow[], suppliers: readonly SupplierRow[], parts: readonly PartRow[]): Focus {
  const uk = new Set([city(cityNumber('UNITED KI1')).city, city(cityNumber('UNITED KI5')).city]);
  const keys = <R>(rows: readonly R[], test: (r: R) => boolean, key: (r: R) => number) => rows.filter(test).map(key);
  const brand2221 = brand(brandNumber('MFGR#2221')).brand1;
  return {
    ukCustomers: keys(customers, (c) => uk.has(c.c_city), (c) => c.c_custkey),
    ukSuppliers: keys(suppliers, (s) => uk.has(s.s_city), (s) => s.s_suppkey),
    americanCustomers: keys(customers, (c) => c.c_region === 'AMERICA', (c) => c.c_custkey),
    usSuppliers: keys(suppliers, (s) => s.s_nation === 'UNITED STATES', (s) => s.s_suppkey),
    europeanSuppliers: keys(suppliers, (s) => s.s_region === 'EUROPE', (s) => s.s_suppkey),
    asianSuppliers: keys(suppliers, (s) => s.s_region === 'ASIA', (s) => s.s_suppkey),
    mfgr14Parts: keys(parts, (p) => p.p_category === 'MFGR#14', (p) => p.p_partkey),
    brand2221Parts: keys(parts, (p) => p.p_brand1 === brand2221, (p) => p.p_partkey),
  };
}

const dayIn = (rng: Rng, first: number, last: number): number => first + (rng.next() % ((last - first) / DAY_MS + 1)) * DAY_MS;

interface LineChoice {
  custkey: number;
  suppkey: number;
  partkey: number;
  orderDay: number;
  quantity: number;
  discount: number;
}

/** A focus line: the `kind`th query group's predicates hold for it. */
function focusLine(rng: Rng, kind: number, f: Focus, line: LineChoice): void {
  switch (kind % 4) {
    case 0: // Q3.3, Q3.4: UNITED KI1/KI5 on both sides, December 1997
      line.custkey = pick(rng, f.ukCustomers);
      line.suppkey = pick(rng, f.ukSuppliers);
      line.orderDay = dayIn(rng, Date.UTC(1997, 11, 1), Date.UTC(1997, 11, 31));
      break;
    case 1: // Q4.1–4.3: American customer, US supplier, MFGR#14 part, 1997 or 1998
      line.custkey = pick(rng, f.americanCustomers);
      line.suppkey = pick(rng, f.usSuppliers);
      line.partkey = pick(rng, f.mfgr14Parts);
      line.orderDay = dayIn(rng, Date.UTC(1997, 0, 1), LAST_ORDER_DAY);
      break;
    case 2: // Q1.2, Q1.3: January 1994 or 1994's sixth week, discount 5–6, quantity 26–35
      line.orderDay = rng.next() % 2 === 0 ? dayIn(rng, Date.UTC(1994, 0, 1), Date.UTC(1994, 0, 31)) : dayIn(rng, Date.UTC(1994, 1, 5), Date.UTC(1994, 1, 11));
      line.discount = between(rng, 5, 6);
      line.quantity = between(rng, 26, 35);
      break;
    default: // Q2.2, Q2.3: brand MFGR#2221 from Europe or Asia
      line.partkey = pick(rng, f.brand2221Parts);
      line.suppkey = pick(rng, rng.next() % 2 === 0 ? f.europeanSuppliers : f.asianSuppliers);
  }
}

function generateLineorders(rng: Rng, count: number, customers: number, suppliers: number, parts: number, focus: Focus): LineorderRow[] {
  const rows: LineorderRow[] = [];
  let orderkey = 0;
  let lineCount = 0;
  while (rows.length < count) {
    orderkey++;
    const lines = Math.min(between(rng, 1, 7), count - rows.length);
    const custkey = between(rng, 1, customers);
    const orderDay = dayIn(rng, FIRST_DAY, LAST_ORDER_DAY);
    const priority = pick(rng, priorities);
    const first = rows.length;
    let total = 0;
    for (let n = 1; n <= lines; n++) {
      const line: LineChoice = { custkey, suppkey: between(rng, 1, suppliers), partkey: between(rng, 1, parts), orderDay, quantity: between(rng, 1, 50), discount: between(rng, 0, 10) };
      if (++lineCount % 16 === 0) focusLine(rng, lineCount / 16, focus, line);
      const retail = retailCents(line.partkey);
      const extended = line.quantity * retail;
      total += extended;
      rows.push({
        lo_orderkey: orderkey,
        lo_linenumber: n,
        lo_custkey: line.custkey,
        lo_partkey: line.partkey,
        lo_suppkey: line.suppkey,
        lo_orderdate: datekey(line.orderDay),
        lo_orderpriority: priority,
        lo_shippriority: '0',
        lo_quantity: line.quantity,
        lo_extendedprice: money(extended),
        lo_ordtotalprice: '',
        lo_discount: line.discount,
        lo_revenue: money(Math.floor((extended * (100 - line.discount)) / 100)),
        lo_supplycost: money(Math.round((6 * retail) / 10)),
        lo_tax: between(rng, 0, 8),
        lo_commitdate: datekey(line.orderDay + between(rng, 30, 90) * DAY_MS),
        lo_shipmode: pick(rng, shipModes),
      });
    }
    for (let i = first; i < rows.length; i++) rows[i]!.lo_ordtotalprice = money(total);
  }
  return rows;
}

/** The spec's sizes for `lineorders` fact rows, with the floors above. */
export function ssbSizes(lineorders: number): { customers: number; suppliers: number; parts: number; lineorders: number } {
  const sf = lineorders / 6_000_000;
  return {
    customers: Math.max(cityCount, Math.round(30_000 * sf)),
    suppliers: Math.max(cityCount, Math.round(2_000 * sf)),
    parts: Math.max(brandCount, Math.round(200_000 * sf)),
    lineorders,
  };
}

/**
 * Generates the five tables for `lineorders` fact rows from `seed`.
 *
 * @example
 * ```ts
 * const data = generateSsb(200_000); // 200,000 lineorder rows, 1,000 customers, 250 suppliers, 6,667 parts
 * ```
 */
export function generateSsb(lineorders: number, seed = 0x55b): SsbData {
  const rng = new Rng(seed);
  const sizes = ssbSizes(lineorders);
  const customers = generateCustomers(rng, sizes.customers);
  const suppliers = generateSuppliers(rng, sizes.suppliers);
  const parts = generateParts(rng, sizes.parts);
  const focus = focusOf(customers, suppliers, parts);
  return {
    dates: generateDates(),
    customers,
    suppliers,
    parts,
    lineorders: generateLineorders(rng, lineorders, sizes.customers, sizes.suppliers, sizes.parts, focus),
  };
}
