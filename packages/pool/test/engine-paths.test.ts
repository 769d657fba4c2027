/**
 * The engine's own decisions, each checked where a mutation test of
 * engine.ts found no test looking: which hooks make it wrap its dialect,
 * what executeMany() takes and refuses, a held connection's load,
 * transaction and release, retry options, the statement named in a failed
 * BEGIN or COMMIT, EXPLAIN on a dialect without it, and the options
 * createEngine() passes on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlkahestError, createTable, DatabaseError, deleteFrom, insert, integer, param, select, SerializationFailureError, table, text, UnsupportedFeatureError, update } from '@alkahest/core';
import type { Dialect } from '@alkahest/core/dialect';
import { createEngine, Engine, EngineOptions } from '@alkahest/pool';
import { sqliteDialect } from '@alkahest/sqlite';
import { FaultPoint, faultyDriver } from './faulty-driver';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'alkahest-engine-paths-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An in-memory engine holding the notes table. */
async function notesEngine(options: Omit<EngineOptions, 'url'> = {}): Promise<Engine> {
  const engine = createEngine('sqlite::memory:', options);
  await engine.execute(createTable(notes));
  return engine;
}

let files = 0;
/** An engine on a SQLite file whose driver fails `failing` on its `nth` call (1 = the first). */
async function faultyEngine(failing: FaultPoint, nth = 1): Promise<Engine> {
  const file = join(dir, `db-${++files}.sqlite`);
  const setup = new Engine(sqliteDialect(), faultyDriver(file, () => false, { created: 0, closed: 0 }));
  await setup.execute(createTable(notes));
  await setup.close();
  let calls = 0;
  return new Engine(sqliteDialect(), faultyDriver(file, (point) => point === failing && ++calls === nth, { created: 0, closed: 0 }));
}

describe('hooks', () => {
  test('a row hook alone transforms rows', async () => {
    const engine = await notesEngine({ hooks: { row: (row) => ({ ...row, seen: true }) } });
    try {
      await engine.execute(insert(notes).values({ id: 1, body: 'a' }));
      expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([{ body: 'a', seen: true }]);
    } finally {
      await engine.close();
    }
  });

  test('a statement hook alone rewrites statements', async () => {
    const engine = await notesEngine({
      hooks: { statement: (statement) => (statement.kind === 'select' ? select(notes.c.id).from(notes).where(notes.c.id.eq(2)) : statement) },
    });
    try {
      await engine.execute(insert(notes).values([{ id: 1, body: 'a' }, { id: 2, body: 'b' }]));
      expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([{ id: 2 }]);
    } finally {
      await engine.close();
    }
  });

  test('an empty hooks object leaves the dialect as it is', async () => {
    const engine = await notesEngine({ hooks: {} });
    try {
      expect(engine.dialect.constructor.name).not.toBe('HookedDialect');
      expect(engine.dialect.name).toBe('sqlite');
    } finally {
      await engine.close();
    }
  });
});

describe('executeMany()', () => {
  const refusal = 'executeMany() runs INSERT, UPDATE or DELETE statements; run a SELECT per set with prepare(…).execute(values)';

  test('runs INSERT, UPDATE and DELETE statements, given directly, once per set', async () => {
    const engine = await notesEngine();
    try {
      const inserted = await engine.executeMany(insert(notes).values({ id: param('id'), body: param('body') }), [
        { id: 1, body: 'a' },
        { id: 2, body: 'b' },
        { id: 3, body: 'c' },
      ]);
      expect(inserted).toEqual({ rowsAffected: 3 });
      const updated = await engine.executeMany(update(notes).set({ body: param('body') }).where(notes.c.id.eq(param('id'))), [
        { id: 1, body: 'x' },
        { id: 2, body: 'y' },
      ]);
      expect(updated).toEqual({ rowsAffected: 2 });
      expect(await engine.executeMany(deleteFrom(notes).where(notes.c.id.eq(param('id'))), [{ id: 3 }])).toEqual({ rowsAffected: 1 });
      expect(await engine.execute(select(notes.c.id, notes.c.body).from(notes).orderBy(notes.c.id))).toEqual([
        { id: 1, body: 'x' },
        { id: 2, body: 'y' },
      ]);
    } finally {
      await engine.close();
    }
  });

  test('refuses a SELECT, given directly or prepared, with the same message', async () => {
    const engine = await notesEngine();
    try {
      const query = select(notes.c.id).from(notes).where(notes.c.id.eq(param('id')));
      await expect(engine.executeMany(query, [{ id: 1 }])).rejects.toThrow(new AlkahestError(refusal));
      await expect(engine.executeMany(engine.prepare(query), [{ id: 1 }])).rejects.toThrow(new AlkahestError(refusal));
    } finally {
      await engine.close();
    }
  });

  test('no sets: nothing runs, not even a transaction', async () => {
    const engine = await faultyEngine('begin');
    try {
      const write = insert(notes).values({ id: param('id'), body: param('body') });
      // A BEGIN would fail: none is sent.
      expect(await engine.executeMany(write, [])).toEqual({ rowsAffected: 0 });
      expect(await engine.executeMany(engine.prepare(write), [])).toEqual({ rowsAffected: 0 });
    } finally {
      await engine.close();
    }
  });
});

describe('a held connection', () => {
  test('loads and runs transactions until released, then refuses both', async () => {
    const engine = await notesEngine();
    try {
      const connection = await engine.connect();
      expect(await connection.load(notes, [{ id: 1, body: 'a' }])).toEqual({ rowsLoaded: 1 });
      expect(await connection.transaction(async (tx) => (await tx.execute(select(notes.c.body).from(notes))).length)).toBe(1);
      await connection.release();
      const released = new AlkahestError('this connection was released');
      expect(() => connection.execute(select(notes.c.id).from(notes))).toThrow(released);
      expect(() => connection.load(notes, [{ id: 2, body: 'b' }])).toThrow(released);
      expect(() => connection.transaction(async () => undefined)).toThrow(released);
    } finally {
      await engine.close();
    }
  });

  test('a second release does nothing: the pool counts the connection back once', async () => {
    // A file: an in-memory database has one connection. No call is the 0th: nothing fails.
    const engine = await faultyEngine('connect', 0);
    try {
      const held = await engine.connect();
      const other = await engine.connect();
      expect(engine.poolStatus().inUse).toBe(2);
      await held.release();
      await held.release();
      // Released twice, counted once: the other connection is still in use.
      expect(engine.poolStatus().inUse).toBe(1);
      await other.release();
      expect(engine.poolStatus().inUse).toBe(0);
    } finally {
      await engine.close();
    }
  });

  test('Symbol.asyncDispose releases it, as `await using` does', async () => {
    const engine = await notesEngine();
    try {
      const connection = await engine.connect();
      await connection[Symbol.asyncDispose]();
      expect(engine.poolStatus().inUse).toBe(0);
      expect(() => connection.execute(select(notes.c.id).from(notes))).toThrow(AlkahestError);
    } finally {
      await engine.close();
    }
  });
});

describe('transaction retry options', () => {
  /** A transaction whose work fails with a serialization failure `failures` times, then succeeds; gives its attempts. */
  async function attemptsWith(engine: Engine, retry: boolean | { attempts: number; baseDelayMillis: number } | undefined, failures: number): Promise<number | unknown> {
    let attempts = 0;
    try {
      await engine.transaction(
        async () => {
          attempts += 1;
          if (attempts <= failures) throw new SerializationFailureError('could not serialize access', undefined, '40001', undefined);
        },
        retry === undefined ? {} : { retry },
      );
      return attempts;
    } catch (error) {
      return { error, attempts };
    }
  }

  test('retry options run the work again; retry: false and no retry run it once', async () => {
    const engine = await notesEngine();
    try {
      expect(await attemptsWith(engine, { attempts: 3, baseDelayMillis: 1 }, 2)).toBe(3);
      expect(await attemptsWith(engine, true, 1)).toBe(2);
      for (const once of [false, undefined]) {
        const outcome = (await attemptsWith(engine, once, 1)) as { error: unknown; attempts: number };
        expect(outcome.error).toBeInstanceOf(SerializationFailureError);
        expect(outcome.attempts).toBe(1);
      }
    } finally {
      await engine.close();
    }
  });
});

describe('a failed BEGIN or COMMIT names its statement', () => {
  test.each([
    ['begin', 'BEGIN'],
    ['commit', 'COMMIT'],
  ] as const)('%s', async (point, statement) => {
    const engine = await faultyEngine(point);
    try {
      const error = await engine.transaction(async (tx) => tx.execute(insert(notes).values({ id: 1, body: 'a' }))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).message).toBe(`injected ${point} failure\n  in: ${statement}`);
      expect((error as DatabaseError).sql).toBe(statement);
      expect(engine.poolStatus().inUse).toBe(0);
    } finally {
      await engine.close();
    }
  });
});

test('EXPLAIN on a dialect without it fails naming the feature and the dialect', async () => {
  const withoutExplain: Dialect = Object.create(sqliteDialect(), { explain: { value: undefined } });
  const file = join(dir, `db-${++files}.sqlite`);
  const engine = new Engine(withoutExplain, faultyDriver(file, () => false, { created: 0, closed: 0 }));
  try {
    const error = await engine.explain(select(notes.c.id).from(notes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFeatureError);
    expect((error as Error).message).toMatch(/^EXPLAIN .*sqlite/);
  } finally {
    await engine.close();
  }
});

describe('createEngine()', () => {
  test("a driver's own refusal reaches the caller as it is", () => {
    expect(() => createEngine('postgres://postgres@127.0.0.1:1/test?sslmode=bogus')).toThrow(new AlkahestError('unknown sslmode "bogus"'));
  });

  test('pool.onConnect through PgBouncer in transaction mode is refused at once', () => {
    expect(() => createEngine('postgres://postgres@127.0.0.1:1/test?pgbouncer=true', { pool: { onConnect: async () => undefined } })).toThrow(
      /^pool\.onConnect sets up a server session, but through PgBouncer in transaction mode/,
    );
  });

  test('statementCacheSize reaches the statement cache', async () => {
    const engine = createEngine('sqlite::memory:', { statementCacheSize: 2 });
    try {
      // Three statements of three shapes (a bound value does not make a new one).
      for (const columns of [[notes.c.id], [notes.c.body], [notes.c.id, notes.c.body]] as const) engine.compile(select(...columns).from(notes));
      expect(engine.cacheStats().size).toBe(2);
    } finally {
      await engine.close();
    }
  });

  test('schemaMap reaches the compiler', async () => {
    const inApp = table('notes', { id: integer().primaryKey() }, { schema: 'app' });
    const engine = createEngine('postgres://postgres@127.0.0.1:1/test', { schemaMap: { app: 'tenant_7' } });
    try {
      expect(engine.compile(select(inApp.c.id).from(inApp)).sql).toBe('SELECT "notes"."id" FROM "tenant_7"."notes"');
    } finally {
      await engine.close();
    }
  });
});

test('closing an engine twice: the second close does nothing', async () => {
  const engine = await notesEngine();
  await engine.close();
  await expect(engine.close()).resolves.toBeUndefined();
});
