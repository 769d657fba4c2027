/**
 * Cancelling statements (cancellation.ts), without a server: a scripted
 * driver whose statements run until cancelled, end anyway, or never answer,
 * and whose cancel is answered, fails or is never answered. What is checked:
 * the error the caller gets, what the connection was sent and in which order,
 * and whether the connection is kept or given up.
 */
import { builtinTypes, ConnectionLostError, OutcomeUnknownError, QueryTimeoutError, select, sql, typed } from '@alkahest/core';
import { Engine } from '@alkahest/pool';
import { sqliteDialect } from '@alkahest/sqlite';
import { CANCELLED_CODE, cancellableDriver, CancellableScript, ScriptedCancel, ScriptedStatement } from './cancellable-driver';

/** A SELECT whose SQL names how the scripted driver runs it. */
const query = (behaviour: string) => select({ v: typed(sql`${sql.unsafe(`'${behaviour}'`)}`, builtinTypes.integer) });

function setUp(statements: Record<string, ScriptedStatement>, cancel: ScriptedCancel) {
  const script: CancellableScript = {
    statement: (text) => Object.entries(statements).find(([marker]) => text.includes(`'${marker}'`))?.[1] ?? { ms: 0 },
    cancel,
  };
  const { driver, connections } = cancellableDriver(script);
  const engine = new Engine(sqliteDialect(), driver, { pool: { max: 1, acquireTimeoutMillis: 3_000 } });
  return { engine, connections };
}

/**
 * Counts the timers set from now on that are still pending (neither fired
 * nor cleared); `stop()` puts the global timer functions back.
 */
function watchTimers(): { pending(): number; stop(): void } {
  const { setTimeout: set, clearTimeout: clear } = globalThis;
  const pending = new Set<unknown>();
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const handle: unknown = set(
      (...given: unknown[]) => {
        pending.delete(handle);
        callback(...given);
      },
      ms,
      ...args,
    );
    pending.add(handle);
    return handle;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((handle: Parameters<typeof clearTimeout>[0]) => {
    pending.delete(handle);
    clear(handle);
  }) as typeof clearTimeout;
  return {
    pending: () => pending.size,
    stop: () => {
      globalThis.setTimeout = set;
      globalThis.clearTimeout = clear;
    },
  };
}

test('a timeout cancels the statement; the connection is used again once the cancel was answered', async () => {
  const { engine, connections } = setUp({ slow: { onCancel: 'stops' } }, { outcome: 'answers', ms: 30 });
  const connection = await engine.connect();
  try {
    const timers = watchTimers();
    const error = await connection.execute(query('slow'), { timeoutMillis: 20 }).catch((e: unknown) => e).finally(() => timers.stop());
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toBe(`statement timed out after 20 ms\n  in: SELECT 'slow' AS "v"`);
    // The driver's own error is the cause, not the typed one it became.
    const cause = (error as QueryTimeoutError).cause as { code?: unknown };
    expect(cause).not.toBeInstanceOf(QueryTimeoutError);
    expect(cause.code).toBe(CANCELLED_CODE);
    // The caller heard of it only once the server had answered the cancel.
    expect(connections[0]!.events).toEqual([`execute SELECT 'slow' AS "v"`, 'cancel', 'cancel answered']);
    // Neither the timeout's timer nor the cancel's grace is left running.
    expect(timers.pending()).toBe(0);
    expect(await connection.execute(query('fast'))).toEqual([{ v: 1 }]);
    expect(connections).toHaveLength(1);
    expect(connections[0]!.destroyed).toBe(false);
  } finally {
    await connection.release();
    await engine.close({ timeoutMillis: 100 });
  }
});

test('an AbortSignal cancels the statement', async () => {
  const { engine, connections } = setUp({ slow: { onCancel: 'stops' } }, { outcome: 'answers' });
  try {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await engine.execute(query('slow'), { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toBe(`statement cancelled by its AbortSignal\n  in: SELECT 'slow' AS "v"`);
    expect(connections[0]!.events).toEqual([`execute SELECT 'slow' AS "v"`, 'cancel', 'cancel answered']);
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});

test('a statement that ends in time is not cancelled, then or later, and leaves no timer behind', async () => {
  const { engine, connections } = setUp({ quick: { ms: 20 } }, { outcome: 'answers' });
  try {
    const connection = await engine.connect();
    const controller = new AbortController();
    const timers = watchTimers();
    try {
      expect(await connection.execute(query('quick'), { timeoutMillis: 200, signal: controller.signal })).toEqual([{ v: 1 }]);
      // A signal alone arms no timer.
      expect(await connection.execute(query('quick'), { signal: controller.signal })).toEqual([{ v: 1 }]);
    } finally {
      timers.stop();
    }
    expect(timers.pending()).toBe(0);
    // The signal aborting afterwards cancels nothing: the watch let go of it.
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(connections[0]!.events.filter((event) => event === 'cancel')).toEqual([]);
    expect(connections[0]!.destroyed).toBe(false);
    await connection.release();
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});

test('a timeout and a signal both firing send one cancel; a statement that ends anyway gives its result', async () => {
  const { engine, connections } = setUp({ stubborn: { ms: 120, onCancel: 'ignores' } }, { outcome: 'answers' });
  try {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await engine.execute(query('stubborn'), { timeoutMillis: 20, signal: controller.signal })).toEqual([{ v: 1 }]);
    expect(connections[0]!.events.filter((event) => event === 'cancel')).toHaveLength(1);
    expect(connections[0]!.destroyed).toBe(false);
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});

test('a cancel that reaches the statement as it ends: the caller gets the result', async () => {
  const { engine, connections } = setUp({ ending: { onCancel: 'finishes' } }, { outcome: 'answers' });
  try {
    expect(await engine.execute(query('ending'), { timeoutMillis: 20 })).toEqual([{ v: 1 }]);
    expect(connections[0]!.events).toEqual([`execute SELECT 'ending' AS "v"`, 'cancel', 'cancel answered']);
    expect(connections[0]!.destroyed).toBe(false);
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});

test('a cancel that could not be sent gives the connection up: nothing more is sent on it', async () => {
  const { engine, connections } = setUp({ stubborn: { ms: 60, onCancel: 'ignores' } }, { outcome: 'fails' });
  try {
    const connection = await engine.connect();
    // The statement ended on its own: its result stands, but the cancel may still land on the next one.
    expect(await connection.execute(query('stubborn'), { timeoutMillis: 20 })).toEqual([{ v: 1 }]);
    expect(connections[0]!.destroyed).toBe(true);
    await expect(connection.execute(query('fast'))).rejects.toThrow(`the connection was given up after an earlier failure; nothing was sent\n  in: SELECT 'fast' AS "v"`);
    await connection.release();
    expect(await engine.execute(query('fast'))).toEqual([{ v: 1 }]);
    expect(connections).toHaveLength(2);
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});

test('a transaction whose connection was given up during its callback is not committed', async () => {
  const { engine, connections } = setUp({ stubborn: { ms: 60, onCancel: 'ignores' } }, { outcome: 'fails' });
  try {
    const error = await engine.transaction((tx) => tx.execute(query('stubborn'), { timeoutMillis: 20 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionLostError);
    expect((error as Error).message).toMatch(/given up during the transaction; it was not committed/);
    expect((error as ConnectionLostError).sql).toBe('COMMIT');
    expect(connections[0]!.events).not.toContain('commit');
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});

test('neither the statement nor its cancel answered: given up after the grace; a write may have been applied', async () => {
  const { engine, connections } = setUp({ hangs: { onCancel: 'ignores' } }, { outcome: 'silent' });
  try {
    const started = Date.now();
    const error = await engine.execute(query('hangs'), { timeoutMillis: 20 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toBe(`statement timed out after 20 ms\n  in: SELECT 'hangs' AS "v"`);
    expect(((error as QueryTimeoutError).cause as Error).message).toBe('the server answered neither the statement nor its cancel');
    expect(connections[0]!.destroyed).toBe(true);
    // Raw SQL may write: outside a transaction, it may have been applied.
    const write = await engine.execute(sql`UPDATE t SET v = 'hangs'`, { timeoutMillis: 20 }).catch((e: unknown) => e);
    expect(write).toBeInstanceOf(OutcomeUnknownError);
    expect((write as OutcomeUnknownError).cause).toBeInstanceOf(QueryTimeoutError);
    expect(connections).toHaveLength(2);
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});

test("the driver's own timeout error, with no cancel sent, is passed on as it is", async () => {
  const own = Object.assign(new Error('canceling statement due to statement timeout'), { code: CANCELLED_CODE });
  const { engine, connections } = setUp({ failing: { ms: 10, error: own } }, { outcome: 'answers' });
  try {
    const error = await engine.execute(query('failing'), { timeoutMillis: 1_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toBe(`canceling statement due to statement timeout\n  in: SELECT 'failing' AS "v"`);
    expect((error as QueryTimeoutError).cause).toBe(own);
    expect(connections[0]!.events).not.toContain('cancel');
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});

test('a signal aborted before the statement starts: refused, naming the statement, and nothing is sent', async () => {
  const { engine, connections } = setUp({}, { outcome: 'answers' });
  try {
    const connection = await engine.connect();
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    const error = await connection.execute(query('fast'), { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toBe(`cancelled by its AbortSignal before it started\n  in: SELECT 'fast' AS "v"`);
    expect((error as QueryTimeoutError).cause).toBe(controller.signal.reason);
    expect(connections[0]!.events).toEqual([]);
    await connection.release();
  } finally {
    await engine.close({ timeoutMillis: 100 });
  }
});
