/**
 * Engine events and session setup, on SQLite.
 */
import { builtinTypes, createTable, DatabaseError, insert, integer, select, sql, table, text, typed } from '@alkahest/core';
import { createEngine, QueryEvent } from '@alkahest/pool';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });

test('query and pool events fire with SQL, params, timings and counts; a throwing hook changes nothing', async () => {
  const seen: string[] = [];
  const ends: QueryEvent[] = [];
  const errors: QueryEvent[] = [];
  const lines: string[] = [];
  const engine = createEngine('sqlite::memory:', {
    events: {
      queryStart: (e) => seen.push(`start ${e.sql}`),
      queryEnd: (e) => ends.push(e),
      queryError: (e) => errors.push(e),
      acquire: () => seen.push('acquire'),
      release: () => seen.push('release'),
      create: () => {
        seen.push('create');
        throw new Error('a broken hook');
      },
      destroy: () => seen.push('destroy'),
      logger: (line) => lines.push(line),
    },
  });
  await engine.execute(createTable(notes));
  await engine.execute(insert(notes).values([{ body: 'a' }, { body: 'b' }]));
  await engine.execute(select(notes.c.body).from(notes));
  const failing = engine.execute(sql`SELECT nope FROM nowhere`);
  await expect(failing).rejects.toThrow(DatabaseError);
  await expect(failing).rejects.toThrow(/no such table: nowhere/);
  await engine.close();

  expect(seen.slice(0, 3)).toEqual(['create', 'acquire', 'start CREATE TABLE "notes" ("id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL)']);
  expect(seen.at(-1)).toBe('destroy');
  expect(ends.map((e) => [e.sql, e.params, e.rowCount])).toEqual([
    ['CREATE TABLE "notes" ("id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL)', [], 0],
    ['INSERT INTO "notes" ("body") VALUES (?), (?)', ['a', 'b'], 2],
    ['SELECT "notes"."body" FROM "notes"', [], 2],
  ]);
  expect(ends.every((e) => e.durationMs >= 0)).toBe(true);
  expect(errors.map((e) => e.sql)).toEqual(['SELECT nope FROM nowhere']);
  expect(errors[0]!.error).toBeInstanceOf(Error);
  expect(lines).toHaveLength(4);
  expect(lines[3]).toMatch(/^\[alkahest\] \d+\.\d ms FAILED SELECT nope FROM nowhere$/);
});

test('onConnect runs once per new connection, before it is handed out', async () => {
  let setups = 0;
  const engine = createEngine('sqlite::memory:', {
    pool: {
      onConnect: async (connection) => {
        setups += 1;
        await connection.execute(sql`PRAGMA user_version = 42`);
      },
    },
  });
  try {
    const version = typed(sql`(SELECT user_version FROM pragma_user_version)`, builtinTypes.integer);
    expect(await engine.execute(select({ version }))).toEqual([{ version: 42 }]);
    expect(await engine.execute(select({ version }))).toEqual([{ version: 42 }]);
    expect(setups).toBe(1);
  } finally {
    await engine.close();
  }
});

test('a failing onConnect reaches the caller and leaves nothing open', async () => {
  const engine = createEngine('sqlite::memory:', {
    pool: { acquireTimeoutMillis: 500, onConnect: async () => Promise.reject(new Error('setup refused')) },
  });
  try {
    await expect(engine.execute(select({ one: typed(sql`1`, builtinTypes.integer) }))).rejects.toThrow(/no connection within 500 ms .*; opening a connection failed: setup refused/);
    expect(engine.poolStatus().inUse).toBe(0);
  } finally {
    await engine.close();
  }
});

test('a held connection is reset when released: a transaction left open is rolled back', async () => {
  const engine = createEngine('sqlite::memory:');
  try {
    await engine.execute(createTable(notes));
    const connection = await engine.connect();
    await connection.execute(sql`BEGIN`);
    await connection.execute(insert(notes).values({ body: 'left open' }));
    await connection.release();
    expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([]);
    // And the connection is usable, outside any transaction.
    await engine.transaction(async (tx) => {
      await tx.execute(insert(notes).values({ body: 'committed' }));
    });
    expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([{ body: 'committed' }]);
  } finally {
    await engine.close();
  }
});
