/**
 * The Star Schema Benchmark suite's correctness, live and small: on SQLite,
 * PostgreSQL and MariaDB, each of the 13 queries built with alkahest returns
 * exactly the rows of the hand-written SQL through the raw driver, and some
 * rows (the generator's focus lines see to that even at this scale). The
 * timing itself is `BENCH_ONLY=ssb npm run bench`; nothing here is timed.
 */
import { MysqlCompiler } from '@alkahest/mysql';
import { PostgresCompiler } from '@alkahest/postgres';
import { SqliteCompiler } from '@alkahest/sqlite';
import { generateSsb, ssbSizes } from '../../benchmarks/src/ssb/generate';
import { canonicalRows, rowsDiffer } from '../../benchmarks/src/ssb/compare';
import { ssbStatement } from '../../benchmarks/src/ssb/queries-alkahest';
import { ssbQueryIds, ssbSql } from '../../benchmarks/src/ssb/queries-sql';
import { ssbTableNames, ssbTables } from '../../benchmarks/src/ssb/schema';
import { openSsbTarget, SsbTarget } from '../../benchmarks/src/ssb/targets';
import { databases, describeLive, uniqueName } from '../support/databases';

const data = generateSsb(4_000);

describe('SSB data generator', () => {
  test('is deterministic and keeps the spec domains', () => {
    const again = generateSsb(4_000);
    expect(again.lineorders).toEqual(data.lineorders);
    expect(data.dates).toHaveLength(2_557);
    expect(data.dates[0]).toMatchObject({ d_datekey: 19920101, d_yearmonth: 'Jan1992', d_dayofweek: 'Wednesday' });
    expect(new Set(data.customers.map((c) => c.c_city)).size).toBe(250);
    expect(new Set(data.parts.map((p) => p.p_brand1)).size).toBe(1_000);
    expect(data.lineorders).toHaveLength(4_000);
    expect(ssbSizes(6_000_000)).toEqual({ customers: 30_000, suppliers: 2_000, parts: 200_000, lineorders: 6_000_000 });
    const outside = data.lineorders.filter(
      (lo) => lo.lo_quantity < 1 || lo.lo_quantity > 50 || lo.lo_discount < 0 || lo.lo_discount > 10 || lo.lo_tax > 8 || lo.lo_orderdate > 19980802,
    );
    expect(outside).toEqual([]);
  });

  test('canonical values read decimals, numbers and bigints alike', () => {
    expect(canonicalRows([{ a: '12.50', b: 3n, c: 'MFGR#12' }])).toEqual(canonicalRows([{ a: 12.5, b: '3', c: 'MFGR#12' }]));
    expect(rowsDiffer([{ a: '1.00' }], [{ a: '1.01' }])).toBe('row 0: a=1.01, expected a=1');
    // A SQLite sum of REALs carries binary noise past 15 significant digits; alkahest's decimal is rounded to the declared scale.
    expect(canonicalRows([{ profit: 11374.230000000001 }])).toEqual(canonicalRows([{ profit: '11374.23' }]));
    expect(rowsDiffer([{ profit: 11374.23 }], [{ profit: '11374.24' }])).toBe('row 0: profit=11374.24, expected profit=11374.23');
  });
});

describe("alkahest's SSB SQL is the hand-written SQL, quoted and qualified", () => {
  // Nothing added per row (no CAST around a bound value, no wrapper): what the
  // database runs is the same statement, so the overhead can only be the client's.
  const names = ssbTableNames('t');
  const tables = ssbTables(names);
  const compilers = { sqlite: new SqliteCompiler(), postgres: new PostgresCompiler(), mysql: new MysqlCompiler({ flavor: 'mariadb' }) } as const;
  const plain = (sql: string): string =>
    sql
      .replace(/[`"]/g, '')
      .replace(/\bt_(lineorder|customer|supplier|part|date)\.(?=\w)/g, '')
      .replace(/ ASC\b/g, '');
  test.each(ssbQueryIds.flatMap((id) => (['sqlite', 'postgres', 'mysql'] as const).map((d) => [id, d] as const)))('%s on %s', (id, dialect) => {
    const built = compilers[dialect].compile(ssbStatement(id, tables));
    const hand = ssbSql(id, dialect, names);
    expect(plain(built.sql)).toBe(plain(hand.sql));
    expect(built.params.map((p) => (typeof p === 'bigint' ? Number(p) : p))).toEqual(hand.params);
  });
});

for (const db of databases) {
  describeLive(db, `SSB on ${db.name}: alkahest's rows equal the raw driver's`, () => {
    let target: SsbTarget | undefined;
    beforeAll(async () => {
      const urls = { postgres: databases[1]!.url, mysql: databases[2]!.url };
      target = await openSsbTarget(db.name, urls, ssbTableNames(uniqueName('ssb')), data);
    }, 60_000);
    afterAll(async () => {
      await target?.close();
    });

    test.each(ssbQueryIds)('%s', async (id) => {
      const raw = await target!.raw(id);
      const built = await target!.alkahest(id);
      expect(raw.length).toBeGreaterThan(0);
      expect(rowsDiffer(raw, built)).toBeUndefined();
    });
  });
}
