/**
 * The SQLite driver reads integers as bigints for a statement whose result
 * columns need them (a `bigint()` column), as numbers otherwise, and decides
 * that once per column list it sees for a statement's SQL. Raw SQL of one
 * text may declare other columns from one run to the next: each run must
 * read its own way.
 */
import { bigint, integer, param, select, sql, table } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';

let engine: Engine;
beforeAll(async () => {
  engine = createEngine('sqlite::memory:');
  await engine.execute(sql.unsafe('CREATE TABLE counts (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)'));
  await engine.execute(sql.unsafe('INSERT INTO counts VALUES (1, 9007199254740993), (2, 7)'));
});
afterAll(() => engine.close());

test('one SQL text read as number, then as bigint past 2^53, and back, each run its own way', async () => {
  const count = (id: number) => sql`SELECT n FROM counts WHERE id = ${id}`;
  for (let i = 0; i < 3; i++) {
    expect(await engine.execute(count(2).returns({ n: integer().notNull() }))).toEqual([{ n: 7 }]);
    expect(await engine.execute(count(1).returns({ n: bigint().notNull() }))).toEqual([{ n: 9007199254740993n }]);
    expect(await engine.execute(count(2).returns({ n: integer().notNull() }))).toEqual([{ n: 7 }]);
  }
});

test('a bigint column past 2^53 reads exactly on every run of a prepared query, and an integer one as a number', async () => {
  const wide = table('counts', { id: integer().primaryKey(), n: bigint().notNull() });
  const narrow = table('counts', { id: integer().primaryKey(), n: integer().notNull() });
  const exact = engine.prepare(select(wide.c.n).from(wide).where(wide.c.id.eq(param('id'))));
  const plain = engine.prepare(select(narrow.c.n).from(narrow).where(narrow.c.id.eq(param('id'))));
  for (let i = 0; i < 3; i++) {
    expect(await exact.execute({ id: 1 })).toEqual([{ n: 9007199254740993n }]);
    expect(await plain.execute({ id: 2 })).toEqual([{ n: 7 }]);
    expect(await exact.execute({ id: 2 })).toEqual([{ n: 7n }]);
  }
});
