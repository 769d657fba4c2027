/**
 * An engine used wrongly, on SQLite: a connection used after release(), a
 * SELECT given to executeMany(), stream() of something not a SELECT, a
 * signal aborted before the work starts (execute, stream, load, connect; on
 * PostgreSQL, as SQLite takes no signal),
 * load() of rows without a column, connect() after close(); each refused
 * with its error class, and the engine still works afterwards. `await using`
 * gives a connection back.
 */
import { AlkahestError, createTable, insert, integer, LoadRowError, QueryTimeoutError, select, sql, table, text } from '@alkahest/core';
import { createEngine, EngineClosedError } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });

async function withEngine(work: (engine: ReturnType<typeof createEngine>) => Promise<void>): Promise<void> {
  const engine = createEngine('sqlite::memory:', { pool: { max: 1 } });
  try {
    await engine.execute(createTable(notes));
    await work(engine);
  } finally {
    await engine.close();
  }
}

test('a released connection refuses execute, load and transaction', async () => {
  await withEngine(async (engine) => {
    const connection = await engine.connect();
    await connection.execute(insert(notes).values({ body: 'held' }));
    await connection.release();
    await connection.release(); // a second release does nothing
    const released = new AlkahestError('this connection was released');
    expect(() => connection.execute(select(notes.c.body).from(notes))).toThrow(released);
    expect(() => connection.load(notes, [{ body: 'x' }])).toThrow(released);
    expect(() => connection.transaction(async () => undefined)).toThrow(released);
    // The pool has its one connection back.
    expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([{ body: 'held' }]);
  });
});

test('await using gives the connection back at the end of the block', async () => {
  await withEngine(async (engine) => {
    {
      await using connection = await engine.connect();
      await connection.execute(insert(notes).values({ body: 'scoped' }));
      expect(engine.poolStatus().inUse).toBe(1);
    }
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('executeMany() takes INSERT, UPDATE or DELETE; stream() takes a SELECT', async () => {
  await withEngine(async (engine) => {
    await expect(engine.executeMany(select(notes.c.id).from(notes), [{}])).rejects.toThrow(
      new AlkahestError('executeMany() runs INSERT, UPDATE or DELETE statements; run a SELECT per set with prepare(…).execute(values)'),
    );
    const stream = engine.stream(insert(notes).values({ body: 'x' }) as never);
    await expect(stream.next()).rejects.toThrow(new AlkahestError('stream() takes a SELECT'));
    expect(await engine.execute(select(notes.c.id).from(notes))).toEqual([]);
  });
});

test('load() of rows that give no column is refused', async () => {
  await withEngine(async (engine) => {
    await expect(engine.load(notes, [{}] as never)).rejects.toThrow(new LoadRowError('load into notes, rows[0]: no column values (give at least one column)', 0, ''));
    expect(await engine.load(notes, [{ body: 'a' }, { body: 'b' }])).toEqual({ rowsLoaded: 2 });
  });
});

test('connect() after close() is refused', async () => {
  const engine = createEngine('sqlite::memory:');
  await engine.close();
  await engine.close(); // a second close does nothing
  await expect(engine.connect()).rejects.toThrow(new EngineClosedError('the engine is closed'));
});

// SQLite runs statements synchronously and takes no signal: the aborted signal is PostgreSQL's.
describeDatabase(databases.find((d) => d.name === 'postgres')!, (engine) => {
  liveTest('postgres: a signal aborted before the work starts stops execute, stream, load and connect with a QueryTimeoutError', async () => {
    const items = table(uniqueName('sig'), { id: integer().primaryKey(), body: text().notNull() });
    await engine().execute(createTable(items));
    try {
      const signal = AbortSignal.abort(new Error('user left'));
      // The signal's reason is the cause.
      const before = new QueryTimeoutError('cancelled by its AbortSignal before it started', undefined, undefined, signal.reason);
      await expect(engine().execute(insert(items).values({ body: 'x' }), { signal })).rejects.toThrow(QueryTimeoutError);
      await expect(engine().stream(select(items.c.id).from(items), { signal }).next()).rejects.toThrow(QueryTimeoutError);
      await expect(engine().load(items, [{ body: 'x' }], { signal })).rejects.toThrow(before);
      await expect(engine().connect({ signal })).rejects.toThrow(before);
      expect(await engine().execute(select(items.c.id).from(items))).toEqual([]);
    } finally {
      await engine().execute(sql`DROP TABLE ${sql.id(items.name)}`);
    }
  });
});
