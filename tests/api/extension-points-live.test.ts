/**
 * Extension points, live on SQLite, PostgreSQL and MariaDB, with Oracle's SQL
 * checked: a custom column type (SQL name per dialect + codec), a custom
 * function compiled per dialect, and engine hooks transforming statements
 * before compile (a tenant filter) and rows after decode (camelCase keys).
 */
import {
  createTable,
  customType,
  defineSqlFunction,
  dropTable,
  insert,
  integer,
  Select,
  select,
  sql,
  table,
  text,
  UnsupportedFeatureError,
  InvalidValueError,
  type Statement,
} from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

interface Point {
  readonly x: number;
  readonly y: number;
}
/** A point written as WKT text (`POINT(1 2)`), a VARCHAR2 on Oracle. */
const point = customType<Point>({
  name: 'point',
  dataType: { oracle: 'VARCHAR2(64)', default: 'VARCHAR(64)' },
  check: (v) => typeof v === 'object' && v !== null && Number.isFinite((v as Point).x) && Number.isFinite((v as Point).y),
  toDriver: (p) => `POINT(${p.x} ${p.y})`,
  fromDriver: (text) => {
    const match = /^POINT\((\S+) (\S+)\)$/.exec(String(text));
    if (match === null) throw new Error('not WKT');
    return { x: Number(match[1]), y: Number(match[2]) };
  },
});

/** GREATEST on the servers, SQLite's two-argument MAX. */
const greatest = defineSqlFunction<number>({
  name: 'greatest',
  returns: integer(),
  render: { sqlite: ([a, b]) => sql`MAX(${a}, ${b})`, default: ([a, b]) => sql`GREATEST(${a}, ${b})` },
});
/** Uses its arguments twice: each use is a placeholder of its own, with the same value. */
const clamp = defineSqlFunction<number>({
  name: 'clamp',
  returns: integer(),
  render: { default: ([x, lo, hi]) => sql`CASE WHEN ${x} < ${lo} THEN ${lo} WHEN ${x} > ${hi} THEN ${hi} ELSE ${x} END` },
});
const pgOnly = defineSqlFunction<string>({ name: 'pg_only', returns: text(), render: { postgres: ([a]) => sql`md5(${a})` } });

const places = table(uniqueName('api_places'), {
  id: integer().primaryKey({ autoIncrement: false }),
  tenant: integer().notNull(),
  home_town: text().notNull(),
  spot: point(),
  score: integer(),
});

/** The tenant filter: every SELECT reading `places` sees one tenant's rows. */
function tenantFilter(tenant: number): (s: Statement) => Statement {
  return (s) => (s instanceof Select && s.state.from.includes(places) ? s.where(places.c.tenant.eq(tenant)) : s);
}
const camelCase = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]));

for (const db of databases) {
  describeDatabase(db, (engine) => {
    beforeAll(async () => {
      await engine().execute(createTable(places, { ifNotExists: true }));
      await engine().execute(
        insert(places).values([
          { id: 1, tenant: 1, home_town: 'Oslo', spot: { x: 10.75, y: 59.91 }, score: 3 },
          { id: 2, tenant: 2, home_town: 'Lima', spot: { x: -77.04, y: -12.05 }, score: 9 },
          { id: 3, tenant: 1, home_town: 'Pune', spot: null, score: 12 },
        ]),
      );
    });
    afterAll(async () => {
      await engine().execute(dropTable(places, { ifExists: true }));
    });

    liveTest('a custom type is written through its codec and read back as the application value', async () => {
      const rows = await engine().execute(select(places.c.id, places.c.spot).from(places).orderBy(places.c.id));
      expect(rows).toEqual([
        { id: 1, spot: { x: 10.75, y: 59.91 } },
        { id: 2, spot: { x: -77.04, y: -12.05 } },
        { id: 3, spot: null },
      ]);
      // A comparison binds through the codec too.
      expect(await engine().execute(select(places.c.id).from(places).where(places.c.spot.eq({ x: -77.04, y: -12.05 })))).toEqual([{ id: 2 }]);
      // What the database holds is the base type's value.
      const [stored] = await engine().execute(sql<{ s: string }>`SELECT ${sql.id('spot')} AS s FROM ${sql.id(places.name)} WHERE ${sql.id('id')} = ${1}`);
      expect(stored!.s).toBe('POINT(10.75 59.91)');
    });

    liveTest('a custom function is compiled per dialect, its arguments bound (twice where used twice)', async () => {
      const rows = await engine().execute(
        select(places.c.id, greatest(places.c.score, 5).as('g'), clamp(places.c.score, 4, 10).as('c'))
          .from(places)
          .orderBy(places.c.id),
      );
      expect(rows).toEqual([
        { id: 1, g: 5, c: 4 },
        { id: 2, g: 9, c: 9 },
        { id: 3, g: 12, c: 10 },
      ]);
    });

    liveTest('a function without a renderer for the dialect is refused, naming it', async () => {
      const q = select({ h: pgOnly(places.c.home_town) }).from(places);
      if (db.name === 'postgres') expect(await engine().execute(q)).toHaveLength(3);
      else expect(() => engine().compile(q)).toThrow(new UnsupportedFeatureError('pg_only()', db.name, 'its definition has no renderer for this dialect (nor a default)'));
    });

    liveTest('hooks: a tenant filter before compile, camelCase keys after decode (raw rows too)', async () => {
      const hooked = createEngine(db.url, { hooks: { statement: tenantFilter(1), row: camelCase } });
      try {
        // The hook's engine has a pool of its own: on SQLite's memory database it creates the table afresh.
        if (db.name === 'sqlite') {
          await hooked.execute(createTable(places));
          await hooked.execute(insert(places).values([{ id: 1, tenant: 1, home_town: 'Oslo' }, { id: 2, tenant: 2, home_town: 'Lima' }, { id: 3, tenant: 1, home_town: 'Pune' }]));
        }
        const rows = await hooked.execute(select(places.c.id, places.c.home_town).from(places).orderBy(places.c.id));
        expect(rows).toEqual([
          { id: 1, homeTown: 'Oslo' },
          { id: 3, homeTown: 'Pune' },
        ]);
        expect(hooked.compile(select(places.c.id).from(places)).sql).toMatch(/WHERE .*tenant.* = /);
        const raw = await hooked.execute(sql`SELECT ${sql.id('home_town')} FROM ${sql.id(places.name)} WHERE ${sql.id('id')} = ${2}`);
        expect(raw).toEqual([{ homeTown: 'Lima' }]);
        // A statement the hook leaves alone compiles as it was.
        expect(hooked.compile(select({ one: sql<number>`1` })).sql).not.toMatch(/WHERE/);
      } finally {
        await hooked.close();
      }
    });
  });
}

describe('custom type and function: values and SQL', () => {
  test('a value the custom type does not take is refused, naming the column', () => {
    // @ts-expect-error a point needs x and y
    expect(() => insert(places).values({ id: 9, tenant: 1, home_town: 'x', spot: { x: 1 } })).toThrow(new InvalidValueError(`column ${places.name}.spot: not a point value`));
  });

  test('Oracle: the type named per dialect in DDL, the function by its default renderer', () => {
    const dialect = oracle.createDialect();
    const T = places.name.toUpperCase();
    expect(dialect.compile(createTable(places)).sql).toBe(
      `CREATE TABLE ${T} (ID NUMBER(10) PRIMARY KEY, TENANT NUMBER(10) NOT NULL, HOME_TOWN CLOB NOT NULL, SPOT VARCHAR2(64), SCORE NUMBER(10))`,
    );
    const q = dialect.compile(select(places.c.id, clamp(places.c.score, 4, 10).as('c')).from(places));
    expect(q.sql).toBe(`SELECT ${T}.ID, CASE WHEN ${T}.SCORE < :1 THEN :2 WHEN ${T}.SCORE > :3 THEN :4 ELSE ${T}.SCORE END AS C FROM ${T}`);
    expect(q.params).toEqual([4, 4, 10, 10]);
    expect(dialect.compile(insert(places).values({ id: 1, tenant: 1, home_town: 'Oslo', spot: { x: 1, y: 2 } })).params).toEqual([1, 1, 'Oslo', 'POINT(1 2)']);
  });

  test('two definitions of one name are two cache keys', () => {
    const a = defineSqlFunction<number>({ name: 'f', render: { default: ([x]) => sql`ABS(${x})` } });
    const b = defineSqlFunction<number>({ name: 'f', render: { default: ([x]) => sql`SIGN(${x})` } });
    const dialect = oracle.createDialect();
    expect(dialect.compile(select({ v: a(places.c.score) }).from(places)).sql).toContain('ABS(');
    expect(dialect.compile(select({ v: b(places.c.score) }).from(places)).sql).toContain('SIGN(');
  });
});


