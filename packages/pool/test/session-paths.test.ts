/**
 * Paths of session.ts that the other server-less tests leave out: a
 * statement under a close() that ran out of time, SQLite refusing a timeout,
 * the durations and row counts of query events, a stream stopped by its
 * signal (before it starts, between rows, between batches, during a fetch),
 * a stream whose cursor fails to close, and a batched INSERT whose driver
 * reports no key.
 */
import { builtinTypes, ConnectionLostError, createTable, insert, integer, QueryTimeoutError, select, sql, table, text, typed, UnsupportedFeatureError } from '@alkahest/core';
import type { DriverConnection } from '@alkahest/core/dialect';
import { createEngine, Engine, EngineOptions, QueryEvent } from '@alkahest/pool';
import { sqliteDialect } from '@alkahest/sqlite';
import { cancellableDriver, CancellableScript } from './cancellable-driver';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });
const bodies = select(notes.c.body).from(notes).orderBy(notes.c.id);
const BODIES_SQL = 'SELECT "notes"."body" FROM "notes" ORDER BY "notes"."id"';

/** A SELECT whose SQL names how the scripted driver runs it. */
const query = (behaviour: string) => select({ v: typed(sql`${sql.unsafe(`'${behaviour}'`)}`, builtinTypes.integer) });

function scripted(statements: Record<string, { onCancel?: 'stops'; ms?: number }>, stream?: CancellableScript['stream']) {
  const script: CancellableScript = {
    statement: (text) => Object.entries(statements).find(([marker]) => text.includes(`'${marker}'`))?.[1] ?? { ms: 0 },
    cancel: { outcome: 'answers' },
    ...(stream === undefined ? {} : { stream }),
  };
  const { driver, connections } = cancellableDriver(script);
  return { engine: new Engine(sqliteDialect(), driver, { pool: { max: 1 } }), connections, driver };
}

async function withNotes(work: (engine: Engine) => Promise<void>, options: Omit<EngineOptions, 'url'> = {}): Promise<void> {
  const engine = createEngine('sqlite::memory:', options);
  try {
    await engine.execute(createTable(notes));
    await engine.execute(insert(notes).values([{ body: 'a' }, { body: 'b' }, { body: 'c' }]));
    await work(engine);
  } finally {
    await engine.close();
  }
}

test('a statement still running when close() runs out of time fails, saying so', async () => {
  const { engine } = scripted({ slow: { onCancel: 'stops' } });
  const running = engine.execute(query('slow')).catch((e: unknown) => e);
  await new Promise((resolve) => setTimeout(resolve, 10));
  await engine.close({ timeoutMillis: 50 });
  const error = await running;
  expect(error).toBeInstanceOf(ConnectionLostError);
  expect((error as Error).message).toBe(`the engine was closed: close() waited 50 ms for this statement\n  in: SELECT 'slow' AS "v"`);
});

test('SQLite refuses a statement timeout: its driver cannot cancel', async () => {
  await withNotes(async (engine) => {
    const error = await engine.execute(bodies, { timeoutMillis: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFeatureError);
    expect((error as Error).message).toBe('statement timeouts and cancellation is not supported by the sqlite dialect: its driver runs statements synchronously');
  });
});

test('query events: durations within the call, rows read for raw SQL returning rows, rows changed for a raw write', async () => {
  const ends: QueryEvent[] = [];
  const errors: QueryEvent[] = [];
  const lines: string[] = [];
  await withNotes(
    async (engine) => {
      const timed = async (work: () => Promise<unknown>): Promise<number> => {
        const started = performance.now();
        await work().catch(() => undefined);
        return performance.now() - started;
      };
      const reading = await timed(() => engine.execute(sql`SELECT body FROM notes`));
      const read = ends.at(-1)!;
      expect(read.rowCount).toBe(3);
      expect(read.durationMs).toBeGreaterThanOrEqual(0);
      expect(read.durationMs).toBeLessThanOrEqual(reading);
      expect(lines.at(-1)).toMatch(/^\[alkahest\] \d+\.\d ms 3 rows SELECT body FROM notes$/);

      await engine.execute(sql`UPDATE notes SET body = 'x' WHERE id < 3`);
      expect(ends.at(-1)!.rowCount).toBe(2);

      const failing = await timed(() => engine.execute(sql`SELECT nope FROM nowhere`));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.durationMs).toBeGreaterThanOrEqual(0);
      expect(errors[0]!.durationMs).toBeLessThanOrEqual(failing);
    },
    { events: { queryEnd: (e) => ends.push(e), queryError: (e) => errors.push(e), logger: (line) => lines.push(line) } },
  );
});

describe('a stream stopped by its signal', () => {
  test('aborted before it starts: nothing is read, and the error names the statement', async () => {
    await withNotes(async (engine) => {
      const controller = new AbortController();
      controller.abort();
      await engine.transaction(async (tx) => {
        const error = await (async () => {
          for await (const _ of tx.stream(bodies, { signal: controller.signal })) throw new Error('a row was read');
        })().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(QueryTimeoutError);
        expect((error as Error).message).toBe(`cancelled by its AbortSignal before it started\n  in: ${BODIES_SQL}`);
      });
    });
  });

  for (const [where, batchSize] of [
    ['between the rows of a batch', 10],
    ['between batches', 1],
  ] as const) {
    test(`aborted ${where}: no row after the abort`, async () => {
      await withNotes(async (engine) => {
        const controller = new AbortController();
        const seen: unknown[] = [];
        const error = await (async () => {
          for await (const row of engine.stream(bodies, { batchSize, signal: controller.signal })) {
            seen.push(row);
            controller.abort();
          }
        })().catch((e: unknown) => e);
        expect(seen).toEqual([{ body: 'a' }]);
        expect(error).toBeInstanceOf(QueryTimeoutError);
        expect((error as Error).message).toBe(`cancelled by its AbortSignal while streaming\n  in: ${BODIES_SQL}`);
        expect(engine.poolStatus().inUse).toBe(0);
      });
    });
  }

  test('aborted during a fetch: the fetch is cancelled on the server', async () => {
    // Each fetch takes a second unless cancelled.
    const { engine, connections } = scripted({ slow: { ms: 1_000, onCancel: 'stops' } }, { rows: 3 });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const error = await (async () => {
        for await (const _ of engine.stream(query('slow'), { signal: controller.signal })) throw new Error('a row was read');
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryTimeoutError);
      expect((error as Error).message).toBe(`statement cancelled by its AbortSignal\n  in: SELECT 'slow' AS "v"`);
      expect(connections[0]!.events).toEqual([`stream SELECT 'slow' AS "v"`, 'cancel', 'cancel answered', 'stream closed']);
    } finally {
      await engine.close();
    }
  });
});

test('a stream left early whose cursor fails to close gives its connection up', async () => {
  const { engine, connections } = scripted({}, { rows: 3, closeFails: true });
  try {
    for await (const row of engine.stream(query('fast'))) {
      expect(row).toEqual({ v: 1 });
      break;
    }
    expect(connections[0]!.destroyed).toBe(true);
    expect(await engine.execute(query('fast'))).toEqual([{ v: 1 }]);
    expect(connections).toHaveLength(2);
  } finally {
    await engine.close();
  }
});

test('stream() on a driver that cannot stream is refused', async () => {
  const { driver } = scripted({});
  const withoutStream = {
    ...driver,
    connect: async (): Promise<DriverConnection> => {
      const connection = await driver.connect();
      return new Proxy(connection, { get: (target, key) => (key === 'stream' ? undefined : Reflect.get(target, key)) });
    },
  };
  const engine = new Engine(sqliteDialect(), withoutStream, { pool: { max: 1 } });
  try {
    const error = await (async () => {
      for await (const _ of engine.stream(query('fast'))) throw new Error('a row was read');
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFeatureError);
    expect((error as Error).message).toBe('streaming results is not supported by the sqlite dialect');
  } finally {
    await engine.close();
  }
});

test('a batched INSERT whose driver reports no key has no insertId', async () => {
  const { engine, connections } = scripted({});
  try {
    const result = await engine.execute(insert(notes).values(Array.from({ length: 2_000 }, (_, i) => ({ body: `n${i}` }))));
    const batches = connections[0]!.events.filter((event) => event.startsWith('execute INSERT')).length;
    expect(batches).toBeGreaterThan(1);
    expect(result).toStrictEqual({ rowsAffected: batches });
  } finally {
    await engine.close();
  }
});
