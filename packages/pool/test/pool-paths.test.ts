/**
 * The pool (pool.ts) without a server, through the scripted driver: the
 * acquire timeout's error and what it says of a failing connect, validation
 * by ping (skipped within the window, or when turned off; a connection that
 * fails it replaced), connections replaced at the end of their lifetime, and
 * a caller let go when its signal aborts while it waits.
 */
import { builtinTypes, QueryTimeoutError, select, sql, typed } from '@alkahest/core';
import { createEngine, Engine, PoolOptions, PoolTimeoutError } from '@alkahest/pool';
import { sqliteDialect } from '@alkahest/sqlite';
import { cancellableDriver, CancellableScript } from './cancellable-driver';

const one = select({ v: typed(sql`1`, builtinTypes.integer) });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function setUp(pool: PoolOptions, script: Partial<CancellableScript> = {}) {
  const { driver, connections } = cancellableDriver({ statement: () => ({ ms: 0 }), cancel: { outcome: 'answers' }, ...script });
  return { engine: new Engine(sqliteDialect(), driver, { pool: { max: 1, ...pool } }), connections };
}

const pings = (events: readonly string[]): number => events.filter((event) => event === 'ping').length;

test('no connection within the acquire timeout: a PoolTimeoutError saying what the pool held', async () => {
  const { engine } = setUp({ acquireTimeoutMillis: 100 });
  const held = await engine.connect();
  try {
    const error = await engine.execute(one).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PoolTimeoutError);
    expect((error as PoolTimeoutError).timeoutMillis).toBe(100);
    expect((error as Error).message).toMatch(/^no connection within 100 ms \(pool: 1 in use, 0 idle, \d+ waiting, 0 opening, max 1\)$/);
    expect((error as PoolTimeoutError).lastConnectError).toBeUndefined();
  } finally {
    await held.release();
    await engine.close();
  }
});

test("a failing connect is named in the timeout's message and kept as its cause, until a connect succeeds", async () => {
  let refuse = true;
  const { engine } = setUp({ acquireTimeoutMillis: 150, max: 2 }, { connectFails: () => refuse });
  try {
    const error = await engine.execute(one).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PoolTimeoutError);
    expect((error as Error).message).toMatch(/; opening a connection failed: connection refused$/);
    expect(((error as PoolTimeoutError).lastConnectError as Error).message).toBe('connection refused');
    expect((error as Error).cause).toBe((error as PoolTimeoutError).lastConnectError);
    refuse = false;
    const held = await engine.connect();
    try {
      const held2 = await engine.connect();
      try {
        // The pool is full now: the timeout says nothing of the earlier connect failure.
        const full = await engine.execute(one).catch((e: unknown) => e);
        expect(full).toBeInstanceOf(PoolTimeoutError);
        expect((full as Error).message).not.toMatch(/opening a connection failed/);
        expect((full as PoolTimeoutError).lastConnectError).toBeUndefined();
      } finally {
        await held2.release();
      }
    } finally {
      await held.release();
    }
  } finally {
    await engine.close();
  }
});

test('a connection used within the validation window is not pinged; past it, it is', async () => {
  const { engine, connections } = setUp({ skipValidationWithinMillis: 100 });
  try {
    await engine.execute(one);
    await engine.execute(one);
    expect(pings(connections[0]!.events)).toBe(0);
    await sleep(150);
    await engine.execute(one);
    expect(pings(connections[0]!.events)).toBe(1);
    expect(connections).toHaveLength(1);
  } finally {
    await engine.close();
  }
});

test('with validate: false, a connection is never pinged', async () => {
  const { engine, connections } = setUp({ skipValidationWithinMillis: 0, validate: false });
  try {
    await engine.execute(one);
    await sleep(20);
    await engine.execute(one);
    expect(pings(connections[0]!.events)).toBe(0);
  } finally {
    await engine.close();
  }
});

test('a connection that fails its ping is given up and another one taken', async () => {
  let failures = 0;
  const { engine, connections } = setUp({ skipValidationWithinMillis: 0 }, { pingFails: () => failures-- > 0 });
  try {
    await engine.execute(one);
    failures = 1;
    await engine.execute(one);
    expect(connections).toHaveLength(2);
    expect(connections[0]!.destroyed).toBe(true);
    expect(connections[0]!.events.filter((event) => event.startsWith('execute'))).toHaveLength(1);
    expect(connections[1]!.events).toEqual(['ping', `execute SELECT 1 AS "v"`]);
  } finally {
    await engine.close();
  }
});

test('a connection past its lifetime is replaced', async () => {
  const { engine, connections } = setUp({ maxLifetimeMillis: 60, maxLifetimeJitter: 0 });
  try {
    await engine.execute(one);
    await engine.execute(one);
    expect(connections).toHaveLength(1);
    await sleep(100);
    await engine.execute(one);
    expect(connections).toHaveLength(2);
  } finally {
    await engine.close();
  }
});

test('a caller whose signal aborts while it waits for a connection is let go, and leaves the queue', async () => {
  const { engine } = setUp({ acquireTimeoutMillis: 2_000 });
  const held = await engine.connect();
  try {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    const error = await engine.execute(one, { signal: controller.signal }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toBe('cancelled by its AbortSignal while waiting for a connection');
    expect(engine.poolStatus().waiting).toBe(0);
    await held.release();
    // The connection goes to the next caller, not to the one that left.
    expect(await engine.execute(one)).toEqual([{ v: 1 }]);
    expect(engine.poolStatus().inUse).toBe(0);
  } finally {
    await held.release();
    await engine.close();
  }
});

test('a connection swept back to tarn counts as idle, and the size is every connection open', async () => {
  // No reaping: the swept connection stays open in tarn's free list.
  const { engine, connections } = setUp({ max: 2, idleTimeoutMillis: 60_000, min: 0 });
  const held = await engine.connect();
  try {
    await engine.execute(one);
    expect(connections).toHaveLength(2);
    expect(engine.poolStatus()).toMatchObject({ size: 2, idle: 1, inUse: 1 });
    // The sweep hands a connection idle for over a second back to tarn (within two sweeps).
    await sleep(2_300);
    expect(engine.poolStatus()).toMatchObject({ size: 2, idle: 1, inUse: 1, max: 2 });
    expect(connections[1]!.events).not.toContain('close');
  } finally {
    await held.release();
    await engine.close();
  }
});

test("a driver's own maximum (one connection for SQLite) wins over the pool's option", async () => {
  const engine = createEngine('sqlite::memory:', { pool: { max: 5 } });
  try {
    expect(engine.poolStatus().max).toBe(1);
  } finally {
    await engine.close();
  }
});
