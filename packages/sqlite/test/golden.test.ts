/**
 * Golden SQL for SQLite, for what the conformance suite does not spell out:
 * every column type in DDL, constraints, schema-qualified names, raw SQL,
 * nested joins and correlated subqueries. Expected SQL is written by hand.
 */
import {
  bigint,
  blob,
  boolean,
  char,
  createIndex,
  createTable,
  date,
  double,
  dropIndex,
  dropTable,
  enumOf,
  fn,
  insert,
  integer,
  json,
  numeric,
  real,
  select,
  smallint,
  sql,
  table,
  text,
  time,
  timestamp,
  uuid,
  varchar,
} from '@alkahest/core';
import { SqliteCompiler } from '@alkahest/sqlite';

const c = new SqliteCompiler();
const compile = (s: Parameters<SqliteCompiler['compile']>[0]) => c.compile(s);

const parents = table('parents', { id: integer().primaryKey(), name: text().notNull() }, { schema: 'main' });
const everything = table(
  'everything',
  {
    id: bigint().primaryKey(),
    i: integer().notNull().check((v) => v.gte(0), 'ck_i'),
    s: smallint(),
    r: real(),
    d: double(),
    n: numeric({ precision: 10, scale: 2 }).default('0.00'),
    t: text().default("it's"),
    v: varchar({ length: 20 }).unique(),
    ch: char({ length: 2 }),
    b: boolean().notNull().default(false),
    dt: date(),
    tm: time(),
    ts: timestamp().default(fn.now()),
    tz: timestamp({ withTimeZone: true }),
    j: json(),
    u: uuid(),
    bl: blob(),
    e: enumOf(['a', 'b']),
    parentId: integer('parent_id').references(() => parents.c.id, { onDelete: 'cascade', onUpdate: 'restrict', name: 'fk_parent' }),
  },
  {
    schema: 'main',
    unique: [{ name: 'uq_i_s', columns: ['i', 's'] }],
    indexes: [{ name: 'ix_everything_i', columns: ['i', 'd'], unique: true }],
    checks: (t) => [{ name: 'ck_r', condition: t.r.lt(1e6) }],
  },
);

test('CREATE TABLE with every column type and constraint', () => {
  expect(compile(createTable(everything, { ifNotExists: true })).sql).toBe(
    'CREATE TABLE IF NOT EXISTS "main"."everything" (' +
      '"id" INTEGER PRIMARY KEY, "i" INTEGER NOT NULL, "s" SMALLINT, "r" REAL, "d" REAL, ' +
      `"n" NUMERIC(10, 2) DEFAULT 0, "t" TEXT DEFAULT 'it''s', "v" VARCHAR(20), "ch" CHAR(2), ` +
      '"b" BOOLEAN DEFAULT 0 NOT NULL, "dt" DATE, "tm" TIME, ' +
      `"ts" TIMESTAMP DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')), "tz" TIMESTAMP WITH TIME ZONE, ` +
      '"j" TEXT, "u" TEXT, "bl" BLOB, "e" TEXT, "parent_id" INTEGER, ' +
      'UNIQUE ("v"), CONSTRAINT "uq_i_s" UNIQUE ("i", "s"), ' +
      'CONSTRAINT "fk_parent" FOREIGN KEY ("parent_id") REFERENCES "main"."parents" ("id") ON DELETE CASCADE ON UPDATE RESTRICT, ' +
      `CONSTRAINT "ck_i" CHECK ("i" >= 0), CHECK ("e" IN ('a', 'b')), CONSTRAINT "ck_r" CHECK ("r" < 1000000))`,
  );
});

test('composite primary keys, DROP TABLE, CREATE and DROP INDEX', () => {
  const links = table('links', { a: integer(), b: integer() }, { primaryKey: { name: 'pk_links', columns: ['a', 'b'] } });
  expect(compile(createTable(links)).sql).toBe(
    'CREATE TABLE "links" ("a" INTEGER NOT NULL, "b" INTEGER NOT NULL, CONSTRAINT "pk_links" PRIMARY KEY ("a", "b"))',
  );
  expect(compile(dropTable(everything, { ifExists: true })).sql).toBe('DROP TABLE IF EXISTS "main"."everything"');
  expect(compile(createIndex(everything, 'ix_everything_i')).sql).toBe('CREATE UNIQUE INDEX "ix_everything_i" ON "main"."everything" ("i", "d")');
  expect(compile(dropIndex(everything, 'ix_everything_i', { ifExists: true })).sql).toBe('DROP INDEX IF EXISTS "main"."ix_everything_i"');
});

test('schema-qualified tables in queries', () => {
  expect(compile(select(parents.c.name).where(parents.c.id.eq(1))).sql).toBe('SELECT "parents"."name" FROM "main"."parents" WHERE "parents"."id" = ?');
});

test('raw SQL: interpolations bind, identifiers quote, unsafe splices', () => {
  const q = compile(select({ x: sql<number>`${parents.c.id} + ${2} * ${sql.id('main', 'weird"name')} ${sql.unsafe('/* trusted */')}` }).from(parents));
  expect(q.sql).toBe('SELECT "parents"."id" + ? * "main"."weird""name" /* trusted */ AS "x" FROM "main"."parents"');
  expect(q.params).toEqual([2]);
});

test('nested joins and a correlated subquery', () => {
  const a = table('a', { id: integer().primaryKey() });
  const b = table('b', { id: integer().primaryKey(), aId: integer('a_id') });
  const d = table('d', { id: integer().primaryKey(), bId: integer('b_id') });
  const q = select(a.c.id)
    .from(a.leftJoin(b.join(d, d.c.bId.eq(b.c.id)), b.c.aId.eq(a.c.id)))
    .where(a.c.id.in(select(b.c.aId).from(b).where(b.c.id.eq(a.c.id))));
  expect(compile(q).sql).toBe(
    'SELECT "a"."id" FROM "a" LEFT OUTER JOIN ("b" INNER JOIN "d" ON "d"."b_id" = "b"."id") ON "b"."a_id" = "a"."id" ' +
      'WHERE "a"."id" IN (SELECT "b"."a_id" AS "aId" FROM "b" WHERE "b"."id" = "a"."id")',
  );
});

test('multi-row INSERT: SQLite has no DEFAULT in VALUES, so left-out columns get their default or NULL', () => {
  const q = compile(insert(everything).values([{ i: 1 }, { i: 2, t: 'x', b: true }]));
  expect(q.sql).toBe('INSERT INTO "main"."everything" ("i", "t", "b") VALUES (?, ?, ?), (?, ?, ?)');
  // Integers are sent as bigints, which better-sqlite3 binds as INTEGER (a number would be a REAL).
  expect(q.params).toEqual([1n, "it's", 0, 2n, 'x', 1]);
  const withExpr = compile(insert(everything).values([{ i: 1 }, { i: 2, ts: new Date('2024-01-02T03:04:05.006Z') }]));
  expect(withExpr.sql).toBe(`INSERT INTO "main"."everything" ("i", "ts") VALUES (?, (strftime('%Y-%m-%d %H:%M:%f', 'now'))), (?, ?)`);
  expect(withExpr.params).toEqual([1n, 2n, '2024-01-02 03:04:05.006']);
});

test('values are converted for the driver: booleans 0/1, timestamps as UTC text, JSON as text', () => {
  const q = compile(insert(everything).values({ i: 1, b: true, tz: new Date('1969-07-20T20:17:40Z'), j: { a: [1, 'x'] }, bl: Buffer.from([1, 2]) }));
  expect(q.params).toEqual([1n, 1, '1969-07-20 20:17:40.000', '{"a":[1,"x"]}', Buffer.from([1, 2])]);
});
