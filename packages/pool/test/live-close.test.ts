/**
 * `close({ timeoutMillis })` is bounded: a running statement, a paused
 * stream and a blackholed connection are destroyed once the timeout has run
 * out, their callers get typed errors, and close() returns within the
 * timeout plus a small margin.
 */
import { builtinTypes, ConnectionLostError, createTable, dropTable, insert, integer, select, sql, table, text, typed } from '@alkahest/core';
import { createEngine, EngineClosedError } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';
import { TcpProxy } from '../../../tests/support/tcp-proxy';
import { sleep } from './live-helpers';

const one = select({ one: typed(sql`1`, builtinTypes.integer) });
const TIMEOUT_MS = 300;
const MARGIN_MS = 1_000;

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, (admin) => {
    const slow =
      db.name === 'postgres'
        ? select({ slept: typed(sql`pg_sleep(30)::text`, builtinTypes.text) })
        : select({ slept: typed(sql`SLEEP(30)`, builtinTypes.integer) });
    const numbers = table(uniqueName('close_numbers'), { n: integer().primaryKey({ autoIncrement: false }), body: text().notNull() });
    beforeAll(async () => {
      try {
        await admin().execute(createTable(numbers));
        // More than the socket buffers hold, so that the paused stream still has rows on the server.
        const body = 'x'.repeat(200);
        for (let start = 0; start < 20_000; start += 5_000) {
          await admin().execute(insert(numbers).values(Array.from({ length: 5_000 }, (_, i) => ({ n: start + i + 1, body }))));
        }
      } catch {
        // a skipped database says so in its tests
      }
    });
    afterAll(async () => {
      try {
        await admin().execute(dropTable(numbers));
      } catch {
        // skipped
      }
    });

    liveTest('close() destroys what is still in use after its timeout, and callers get typed errors', async () => {
      const u = new URL(db.url);
      const proxy = await TcpProxy.start({ targetHost: u.hostname, targetPort: Number(u.port || (db.name === 'postgres' ? 5432 : 3306)) });
      const engine = createEngine(proxy.url(db.url), { pool: { max: 3, acquireTimeoutMillis: 20_000 } });
      try {
        // A statement that runs for 30 s, a stream paused after its first row, and a caller waiting in the queue.
        const running = engine.execute(slow).catch((e: unknown) => e);
        const paused = engine.stream(select(numbers.c.n, numbers.c.body).from(numbers), { batchSize: 1 });
        expect((await paused.next()).done).toBe(false);
        const third = await engine.connect();
        const queued = engine.execute(one).catch((e: unknown) => e);
        await sleep(200);
        // And from now on no answers at all.
        proxy.blackhole(true);
        const started = Date.now();
        await engine.close({ timeoutMillis: TIMEOUT_MS });
        const took = Date.now() - started;
        expect(took).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
        expect(await queued).toBeInstanceOf(EngineClosedError);
        const error = await running;
        expect(error).toBeInstanceOf(ConnectionLostError);
        expect((error as Error).message).toMatch(/the engine was closed/);
        const drained = (async () => {
          for await (const _row of paused);
        })();
        await expect(drained).rejects.toBeInstanceOf(ConnectionLostError);
        await expect(third.execute(one)).rejects.toBeInstanceOf(ConnectionLostError);
        await third.release();
        await expect(engine.execute(one)).rejects.toBeInstanceOf(EngineClosedError);
      } finally {
        proxy.blackhole(false);
        await proxy.close();
      }
    }, 20_000);
  });
}
