/**
 * The pool's hot list and its close, without a server (the scripted driver):
 * a connection given back stays hot for the next borrow, and one left idle
 * goes back to tarn at the next sweep after a second idle (within two), whose reaper closes it after
 * `idleTimeoutMillis`; one borrowed again within the second is kept. `close()`
 * lets callers waiting for a connection go at once with EngineClosedError,
 * waits for a statement in use until its timeout, then destroys it under
 * its caller.
 */
import { builtinTypes, select, sql, typed } from '@alkahest/core';
import { Engine, EngineClosedError, PoolOptions } from '@alkahest/pool';
import { sqliteDialect } from '@alkahest/sqlite';
import { cancellableDriver, CancellableScript } from './cancellable-driver';

const one = select({ v: typed(sql`1`, builtinTypes.integer) });
const slow = select({ v: typed(sql`2`, builtinTypes.integer) });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function setUp(pool: PoolOptions, script: Partial<CancellableScript> = {}) {
  const { driver, connections } = cancellableDriver({
    // The statement `slow` runs for 400 ms; every other at once.
    statement: (text) => ({ ms: text.includes('2') ? 400 : 0 }),
    cancel: { outcome: 'answers' },
    ...script,
  });
  return { engine: new Engine(sqliteDialect(), driver, { pool: { max: 1, validate: false, ...pool } }), connections };
}

test('a connection left idle goes back to tarn within two seconds, and tarn closes it after idleTimeoutMillis', async () => {
  const { engine, connections } = setUp({ idleTimeoutMillis: 100, reapIntervalMillis: 100, min: 0 });
  try {
    await engine.execute(one);
    // Given back, it is hot: idle, open, not closed.
    expect(engine.poolStatus()).toMatchObject({ size: 1, idle: 1, inUse: 0 });
    await sleep(300);
    expect(connections[0]!.events).not.toContain('close');
    expect(engine.poolStatus().size).toBe(1);
    // The sweep runs every second and hands over what has been idle for a second: the
    // first sweep or the second, as the timer falls (idle 1 000 ms, kept; 1 001 ms, handed
    // over). Tarn's reaper closes it within 200 ms of that.
    await sleep(2_300);
    expect(connections[0]!.events).toContain('close');
    expect(engine.poolStatus()).toMatchObject({ size: 0, idle: 0, inUse: 0 });
    // The next statement opens a new connection.
    await engine.execute(one);
    expect(connections).toHaveLength(2);
  } finally {
    await engine.close();
  }
});

test('a connection borrowed again within the second stays hot: the same connection, never closed', async () => {
  const { engine, connections } = setUp({ idleTimeoutMillis: 100, reapIntervalMillis: 100, min: 0 });
  try {
    for (let i = 0; i < 8; i++) {
      await engine.execute(one);
      await sleep(300);
    }
    expect(connections).toHaveLength(1);
    expect(connections[0]!.events).not.toContain('close');
    expect(connections[0]!.events.filter((e) => e.startsWith('execute'))).toHaveLength(8);
  } finally {
    await engine.close();
  }
});

test('close() lets callers waiting for a connection go at once, with EngineClosedError', async () => {
  const { engine, connections } = setUp({ acquireTimeoutMillis: 10_000 });
  const held = await engine.connect();
  const waiting = [engine.execute(one).catch((e: unknown) => e), engine.execute(one).catch((e: unknown) => e)];
  await sleep(50);
  expect(engine.poolStatus().waiting).toBe(2);
  const started = Date.now();
  const closing = engine.close({ timeoutMillis: 2_000 });
  for (const error of await Promise.all(waiting)) {
    expect(error).toBeInstanceOf(EngineClosedError);
    expect((error as Error).message).toBe('the engine was closed while this call waited for a connection');
  }
  // Let go at once, not at the acquire timeout nor at close()'s.
  expect(Date.now() - started).toBeLessThan(1_000);
  // The held connection is given back in time: close() ends without destroying it.
  await held.release();
  await closing;
  expect(connections).toHaveLength(1);
  expect(connections[0]!.destroyed).toBe(false);
  expect(connections[0]!.events.filter((e) => e.startsWith('execute'))).toHaveLength(0);
  await expect(engine.execute(one)).rejects.toThrow(EngineClosedError);
});

test('close() waits for a statement in use until its timeout, then destroys the connection under its caller', async () => {
  const { engine, connections } = setUp({}, { statement: () => ({ ms: 3_000 }) });
  const running = engine.execute(slow).catch((e: unknown) => e);
  await sleep(50);
  const started = Date.now();
  await engine.close({ timeoutMillis: 300 });
  const waited = Date.now() - started;
  // It waited the timeout (not less), and not for the statement's three seconds.
  expect(waited).toBeGreaterThanOrEqual(290);
  expect(waited).toBeLessThan(3_000);
  expect(connections[0]!.destroyed).toBe(true);
  const error = await running;
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toContain('the engine was closed: close() waited 300 ms for this statement');
});

test('close() with nothing in use ends at once, closing the hot connection politely', async () => {
  const { engine, connections } = setUp({});
  await engine.execute(one);
  const started = Date.now();
  await engine.close({ timeoutMillis: 5_000 });
  expect(Date.now() - started).toBeLessThan(1_000);
  expect(connections[0]!.events).toContain('close');
  expect(connections[0]!.destroyed).toBe(false);
});
