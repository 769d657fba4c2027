/**
 * Analytics beyond the conformance cases: what the builders refuse, the SQL
 * of dialect settings the live servers do not run (MariaDB flavour, Oracle
 * 23ai), and the statement cache over window, CASE and FILTER trees.
 */
import {
  aggregate,
  builtinTypes,
  cast,
  caseWhen,
  CompileError,
  CompilingDialect,
  cube,
  fn,
  groupingSets,
  integer,
  InvalidValueError,
  json,
  over,
  rollup,
  select,
  Statement,
  table,
  text,
  blob,
  UnsupportedFeatureError,
  win,
} from '@alkahest/core/dialect';
import { MysqlCompiler, alkahestDialect as mysql } from '@alkahest/mysql';
import { OracleCompiler, alkahestDialect as oracle } from '@alkahest/oracle';
import { PostgresCompiler, alkahestDialect as postgres } from '@alkahest/postgres';
import { SqliteCompiler, alkahestDialect as sqlite } from '@alkahest/sqlite';

const orders = table('orders', {
  id: integer().primaryKey(),
  personId: integer('person_id'),
  item: text().notNull(),
  amount: integer().notNull(),
  data: json(),
  bytes: blob(),
});

const mariadb = new MysqlCompiler({ flavor: 'mariadb' });
const mysql8 = new MysqlCompiler();
const oracle12 = new OracleCompiler();
const oracle23 = new OracleCompiler({ version: '23ai' });
const pg = new PostgresCompiler();
const lite = new SqliteCompiler();

describe('builders refuse what no database can run', () => {
  test('frame offsets are non-negative integers', () => {
    const frame = (preceding: number) => ({ orderBy: [orders.c.id], frame: { unit: 'rows' as const, start: { preceding }, end: 'currentRow' as const } });
    expect(() => fn.sum(orders.c.amount).over(frame(-1))).toThrow(InvalidValueError);
    expect(() => fn.sum(orders.c.amount).over(frame(1.5))).toThrow(InvalidValueError);
    expect(() => fn.sum(orders.c.amount).over(frame(Number.NaN))).toThrow(InvalidValueError);
  });

  test('frames that end before they start, or have no order', () => {
    expect(() => fn.sum(orders.c.amount).over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: 'unboundedFollowing' } })).toThrow(CompileError);
    expect(() => fn.sum(orders.c.amount).over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: 'currentRow', end: 'unboundedPreceding' } })).toThrow(CompileError);
    expect(() => fn.sum(orders.c.amount).over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: { following: 1 }, end: { preceding: 1 } } })).toThrow(/before it starts/);
    expect(() => fn.sum(orders.c.amount).over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: { following: 1 } } })).toThrow(/give an end/);
    expect(() => fn.sum(orders.c.amount).over({ frame: { unit: 'rows', start: 'unboundedPreceding' } })).toThrow(/needs an orderBy/);
    expect(() =>
      fn.sum(orders.c.amount).over({ orderBy: [orders.c.id, orders.c.amount], frame: { unit: 'range', start: { preceding: 5 }, end: 'currentRow' } }),
    ).toThrow(/exactly one orderBy/);
    // @ts-expect-error not a frame unit
    expect(() => fn.sum(orders.c.amount).over({ orderBy: [orders.c.id], frame: { unit: 'minutes', start: 'currentRow' } })).toThrow(CompileError);
  });

  test('counts of window functions', () => {
    expect(() => win.ntile(0)).toThrow(InvalidValueError);
    expect(() => win.lag(orders.c.amount, -1)).toThrow(InvalidValueError);
    expect(() => win.nthValue(orders.c.amount, 0)).toThrow(InvalidValueError);
  });

  test('OVER only on window functions and aggregates', () => {
    expect(() => over(fn.lower(orders.c.item), {})).toThrow(/OVER needs a window function or an aggregate/);
    expect(pg.compile(select(over(fn.stddev(orders.c.amount), {}).as('s')).from(orders)).sql).toBe('SELECT STDDEV("orders"."amount") OVER () AS "s" FROM "orders"');
    expect(pg.compile(select(aggregate<number>('my_agg', orders.c.amount).over({}).as('s')).from(orders)).sql).toBe('SELECT MY_AGG("orders"."amount") OVER () AS "s" FROM "orders"');
  });

  test('a window is named once; GROUP BY takes expressions and grouping sets', () => {
    const q = select(orders.c.id).from(orders).window('w', {});
    expect(() => q.window('w', {})).toThrow(/defined twice/);
    // @ts-expect-error not a GROUP BY item
    expect(() => select(orders.c.id).from(orders).groupBy('id')).toThrow(CompileError);
    expect(() => rollup()).toThrow(CompileError);
    // @ts-expect-error sets are arrays
    expect(() => groupingSets(orders.c.id)).toThrow(/arrays/);
    // @ts-expect-error a separator is text
    expect(() => fn.stringAgg(orders.c.item, 1)).toThrow(InvalidValueError);
  });

  test('ranking and offset functions need an ORDER BY and take no frame', () => {
    expect(() => pg.compile(select(win.rank().over({}).as('r')).from(orders))).toThrow(/needs an orderBy/);
    const framed = win.rowNumber().over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: 'unboundedPreceding' } });
    expect(() => pg.compile(select(framed.as('n')).from(orders))).toThrow(/takes no window frame/);
    const named = select(win.lag(orders.c.amount).over('w').as('l'))
      .from(orders)
      .window('w', { orderBy: [orders.c.id], frame: { unit: 'rows', start: 'unboundedPreceding' } });
    expect(() => oracle12.compile(named)).toThrow(/takes no window frame/);
  });

  test('windows are refused in WHERE, GROUP BY and HAVING, with a hint', () => {
    const rn = () => win.rowNumber().over({ orderBy: [orders.c.id] });
    expect(() => lite.compile(select(orders.c.id).from(orders).where(rn().eq(1)))).toThrow(/cannot be used in WHERE.*subquery/);
    expect(() => lite.compile(select(orders.c.id).from(orders).groupBy(rn()))).toThrow(/cannot be used in GROUP BY/);
    expect(() => lite.compile(select(orders.c.id).from(orders).groupBy(orders.c.id).having(fn.count().over({}).gt(1)))).toThrow(/in HAVING/);
    // A window inside a subquery of WHERE is that subquery's business.
    const inner = select(orders.c.id).from(orders).where(orders.c.id.in(select(rn().as('n')).from(orders)));
    expect(() => lite.compile(inner)).not.toThrow();
  });

  test("a named window belongs to its own SELECT, not to a subquery's", () => {
    const sub = select(win.rowNumber().over('w').as('n')).from(orders);
    const outer = select(orders.c.id).from(orders).where(orders.c.id.in(sub)).window('w', { orderBy: [orders.c.id] });
    expect(() => pg.compile(outer)).toThrow(/window "w" is not defined/);
  });
});

describe('MySQL and MariaDB', () => {
  const lag = select(orders.c.id, win.lag(orders.c.amount, 2, -1).over({ partitionBy: [orders.c.personId.plus(1)], orderBy: [orders.c.id] }).as('l')).from(orders);
  const lead = select(orders.c.id, win.lead(orders.c.amount, 1, 7).over('w').as('l'))
    .from(orders)
    .window('w', { partitionBy: [orders.c.personId.plus(5)], orderBy: [orders.c.id] });

  test('LAG/LEAD defaults: native on MySQL 8, CASE on ROW_NUMBER() on MariaDB, values in placeholder order', () => {
    expect(mysql8.compile(lag).sql).toBe(
      'SELECT `orders`.`id`, LAG(`orders`.`amount`, 2, ?) OVER (PARTITION BY `orders`.`person_id` + ? ORDER BY `orders`.`id`) AS `l` FROM `orders`',
    );
    expect(mysql8.compile(lag).params).toEqual([-1, 1]);
    const maria = mariadb.compile(lag);
    expect(maria.sql).toBe(
      'SELECT `orders`.`id`, CASE WHEN ROW_NUMBER() OVER (PARTITION BY `orders`.`person_id` + ? ORDER BY `orders`.`id`) > 2 ' +
        'THEN LAG(`orders`.`amount`, 2) OVER (PARTITION BY `orders`.`person_id` + ? ORDER BY `orders`.`id`) ELSE ? END AS `l` FROM `orders`',
    );
    expect(maria.params).toEqual([1, 1, -1]);
    const named = mariadb.compile(lead);
    expect(named.sql).toBe(
      'SELECT `orders`.`id`, CASE WHEN COUNT(*) OVER (PARTITION BY `orders`.`person_id` + ?) - ROW_NUMBER() OVER `w` >= 1 ' +
        'THEN LEAD(`orders`.`amount`, 1) OVER `w` ELSE ? END AS `l` FROM `orders` WINDOW `w` AS (PARTITION BY `orders`.`person_id` + ? ORDER BY `orders`.`id`)',
    );
    expect(named.params).toEqual([5, 7, 5]);
    // Without a default, MariaDB runs LAG itself; so it does a ranking function.
    const plain = select(win.lag(orders.c.amount).over({ orderBy: [orders.c.id] }).as('l'), win.rowNumber().over({ orderBy: [orders.c.id] }).as('n')).from(orders);
    expect(mariadb.compile(plain).sql).toBe('SELECT LAG(`orders`.`amount`) OVER (ORDER BY `orders`.`id`) AS `l`, ROW_NUMBER() OVER (ORDER BY `orders`.`id`) AS `n` FROM `orders`');
  });

  test('ROLLUP only alone and simple; MariaDB refuses ORDER BY with it; GROUPING() only on MySQL 8', () => {
    const base = select(orders.c.personId, fn.count().as('n')).from(orders);
    // Each refusal names the feature, the dialect and what to do instead.
    const mixed = new UnsupportedFeatureError('ROLLUP with other GROUP BY items or composite elements', 'mysql', 'MySQL writes ROLLUP only as GROUP BY a, b WITH ROLLUP');
    expect(() => mysql8.compile(base.groupBy(orders.c.item, rollup(orders.c.personId)))).toThrow(mixed);
    expect(() => mysql8.compile(base.groupBy(rollup([orders.c.personId, orders.c.item])))).toThrow(mixed);
    expect(() => mysql8.compile(base.groupBy(rollup(orders.c.personId, [orders.c.item, orders.c.amount])))).toThrow(mixed);
    expect(() => mysql8.compile(base.groupBy(cube(orders.c.personId)))).toThrow(new UnsupportedFeatureError('CUBE', 'mysql', 'MySQL and MariaDB have only ROLLUP (WITH ROLLUP)'));
    expect(() => mysql8.compile(base.groupBy(groupingSets([orders.c.personId], [])))).toThrow(new UnsupportedFeatureError('GROUPING SETS', 'mysql', 'MySQL and MariaDB have only ROLLUP (WITH ROLLUP)'));
    const ordered = base.groupBy(rollup(orders.c.personId)).orderBy(orders.c.personId);
    expect(mysql8.compile(ordered).sql).toBe(
      'SELECT `orders`.`person_id` AS `personId`, COUNT(*) AS `n` FROM `orders` GROUP BY `orders`.`person_id` WITH ROLLUP ORDER BY `orders`.`person_id`',
    );
    expect(() => mariadb.compile(ordered)).toThrow(new UnsupportedFeatureError('ROLLUP with ORDER BY', 'mysql (MariaDB flavour)', 'order the rows outside: select from this query as a subquery'));
    const grouping = select(fn.grouping(orders.c.personId).as('g')).from(orders).groupBy(rollup(orders.c.personId));
    expect(mysql8.compile(grouping).sql).toBe('SELECT GROUPING(`orders`.`person_id`) AS `g` FROM `orders` GROUP BY `orders`.`person_id` WITH ROLLUP');
    expect(() => mariadb.compile(grouping)).toThrow(new UnsupportedFeatureError('GROUPING()', 'mysql (MariaDB flavour)', 'MariaDB has no GROUPING(); MySQL 8 has it'));
  });

  test('CAST targets', () => {
    const q = (type: Parameters<typeof cast>[1]) => select(cast(orders.c.item, type).as('x')).from(orders);
    expect(mysql8.compile(q(builtinTypes.double)).sql).toBe('SELECT CAST(`orders`.`item` AS DOUBLE) AS `x` FROM `orders`');
    expect(mysql8.compile(q(builtinTypes.timestamp)).sql).toBe('SELECT CAST(`orders`.`item` AS DATETIME(3)) AS `x` FROM `orders`');
    expect(mysql8.compile(q(orders.c.data.type)).sql).toBe('SELECT CAST(`orders`.`item` AS JSON) AS `x` FROM `orders`');
    expect(mariadb.compile(q(orders.c.data.type)).sql).toBe('SELECT CAST(`orders`.`item` AS CHAR) AS `x` FROM `orders`');
    expect(mysql8.compile(q(builtinTypes.bigint)).sql).toBe('SELECT CAST(`orders`.`item` AS SIGNED) AS `x` FROM `orders`');
    expect(() => mysql8.compile(q(builtinTypes.boolean))).toThrow(UnsupportedFeatureError);
  });

  test('a GROUP_CONCAT separator with a backslash is refused (its reading depends on sql_mode)', () => {
    expect(() => mysql8.compile(select(fn.stringAgg(orders.c.item, '\\').as('s')).from(orders))).toThrow(
      new UnsupportedFeatureError('a backslash in a GROUP_CONCAT separator', 'mysql', 'SEPARATOR takes only a plain literal, whose backslashes the sql_mode may or may not read as escapes'),
    );
  });

  test('FILTER is emulated only for aggregates that skip NULLs', () => {
    const q = select(aggregate('array_agg', orders.c.item).filter(orders.c.amount.gt(1)).as('a')).from(orders);
    expect(() => mysql8.compile(q)).toThrow(UnsupportedFeatureError);
    expect(pg.compile(q).sql).toBe('SELECT ARRAY_AGG("orders"."item") FILTER (WHERE "orders"."amount" > $1) AS "a" FROM "orders"');
    const distinct = select(fn.countDistinct(orders.c.item).filter(orders.c.amount.gt(1)).as('n')).from(orders);
    expect(mysql8.compile(distinct).sql).toBe('SELECT COUNT(DISTINCT CASE WHEN `orders`.`amount` > ? THEN `orders`.`item` END) AS `n` FROM `orders`');
  });
});

describe('Oracle', () => {
  test('23ai: WINDOW clause, GROUPS and EXCLUDE', () => {
    const q = select(fn.sum(orders.c.amount).over('w').as('s'))
      .from(orders)
      .window('w', { orderBy: [orders.c.id], frame: { unit: 'groups', start: { preceding: 1 }, end: { following: 1 }, exclude: 'ties' } });
    expect(oracle23.compile(q).sql).toBe(
      'SELECT SUM(ORDERS.AMOUNT) OVER W AS S FROM ORDERS WINDOW W AS (ORDER BY ORDERS.ID GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES)',
    );
    expect(() => oracle12.compile(q)).toThrow(UnsupportedFeatureError);
  });

  test('CAST: no LOBs, BOOLEAN only on 23ai, JSON as text before 23ai', () => {
    const q = (type: Parameters<typeof cast>[1]) => select(cast(orders.c.item, type).as('x')).from(orders);
    expect(() => oracle12.compile(q(orders.c.bytes.type))).toThrow(/BLOB/);
    expect(() => oracle12.compile(q(builtinTypes.boolean))).toThrow(UnsupportedFeatureError);
    expect(oracle23.compile(q(builtinTypes.boolean)).sql).toBe('SELECT CAST(ORDERS.ITEM AS BOOLEAN) AS X FROM ORDERS');
    expect(oracle12.compile(q(orders.c.data.type)).sql).toBe('SELECT CAST(ORDERS.ITEM AS VARCHAR2(4000)) AS X FROM ORDERS');
    expect(oracle23.compile(q(orders.c.data.type)).sql).toBe('SELECT CAST(ORDERS.ITEM AS JSON) AS X FROM ORDERS');
  });

  test('CASE conditions are conditions, boolean results are values', () => {
    const flag = caseWhen(orders.c.amount.gt(10), orders.c.amount.lt(100)).else(false);
    expect(oracle12.compile(select(flag.as('mid')).from(orders)).sql).toBe(
      'SELECT CASE WHEN ORDERS.AMOUNT > :1 THEN CASE WHEN ORDERS.AMOUNT < :2 THEN 1 ELSE 0 END ELSE :3 END AS MID FROM ORDERS',
    );
  });
});

describe('PostgreSQL', () => {
  test('a CASE of parameters only gets a type from a cast; one with an expression needs none', () => {
    expect(pg.compile(select(caseWhen(orders.c.amount.gt(1), 1.5).else(2).as('x')).from(orders)).sql).toBe(
      'SELECT CASE WHEN "orders"."amount" > $1 THEN CAST($2 AS DOUBLE PRECISION) ELSE $3 END AS "x" FROM "orders"',
    );
    expect(pg.compile(select(caseWhen(orders.c.amount.gt(1), orders.c.amount).else(0).as('x')).from(orders)).sql).toBe(
      'SELECT CASE WHEN "orders"."amount" > $1 THEN "orders"."amount" ELSE $2 END AS "x" FROM "orders"',
    );
    // An expression in ELSE types the CASE as well.
    expect(pg.compile(select(caseWhen(orders.c.amount.gt(1), 5).else(orders.c.amount).as('x')).from(orders)).sql).toBe(
      'SELECT CASE WHEN "orders"."amount" > $1 THEN $2 ELSE "orders"."amount" END AS "x" FROM "orders"',
    );
  });
});

describe('SQLite', () => {
  test('no grouping sets', () => {
    expect(() => lite.compile(select(fn.count().as('n')).from(orders).groupBy(groupingSets([orders.c.item], [])))).toThrow(UnsupportedFeatureError);
  });
});

describe('statement cache', () => {
  const modules = { sqlite, postgres, mysql, oracle };
  const shapes = (n: number, s: string): Statement[] => [
    select(orders.c.id, win.lag(orders.c.amount, 1, n).over({ partitionBy: [orders.c.personId.plus(n)], orderBy: [orders.c.id] }).as('l')).from(orders),
    select(caseWhen(orders.c.amount.gt(n), s).when(orders.c.item.eq(s), 'x').else(s).as('c')).from(orders),
    select(fn.count().filter(orders.c.item.eq(s)).as('c'), fn.sum(orders.c.amount).filter(orders.c.amount.lt(n)).as('t')).from(orders),
    select(fn.stringAgg(orders.c.item, ', ', { orderBy: [orders.c.id] }).filter(orders.c.item.ne(s)).as('s')).from(orders),
    select(win.rowNumber().over('w').as('n'), fn.sum(orders.c.amount).over('w').as('t'))
      .from(orders)
      .where(orders.c.amount.gt(n))
      .window('w', { partitionBy: [orders.c.personId], orderBy: [orders.c.id], frame: undefined }),
    select(cast(s, builtinTypes.integer).as('n'), fn.nullif(orders.c.item, s).as('i')).from(orders),
  ];

  test.each(Object.keys(modules))('%s: a cached shape filled with new values equals a fresh compile', (name) => {
    const dialect = modules[name as keyof typeof modules].createDialect() as CompilingDialect;
    for (const [n, s] of [
      [1, 'a'],
      [2, 'bb'],
      [30, "it's"],
    ] as const) {
      for (const statement of shapes(n, s)) {
        const cached = dialect.compile(statement);
        const afresh = dialect.compiler.compile(statement);
        expect(cached.sql).toBe(afresh.sql);
        expect(cached.params).toEqual(afresh.params);
      }
    }
    expect(dialect.cacheStats().misses).toBe(6);
  });
});
