/**
 * An AbortSignal ends a call promptly in every phase: waiting in the pool's
 * queue, running, and streaming (while fetching and between batches); the
 * request leaves the queue and the connection comes back usable.
 */
import { builtinTypes, createTable, dropTable, insert, integer, QueryTimeoutError, select, sql, table, typed } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const one = select({ one: typed(sql`1`, builtinTypes.integer) });

for (const db of databases) {
  describeDatabase(db, () => {
    liveTest('aborting a caller waiting for a connection rejects it and removes it from the queue', async () => {
      // A long acquire timeout: the call can only end this early through its signal.
      const engine = createEngine(db.url, { pool: { max: 1, acquireTimeoutMillis: 20_000 } });
      try {
        const held = await engine.connect();
        const controller = new AbortController();
        const waiting = engine.execute(one, { signal: controller.signal });
        const streaming = (async () => {
          for await (const row of engine.stream(one, { signal: controller.signal })) return row;
          return undefined;
        })();
        const connecting = engine.connect({ signal: controller.signal });
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(engine.poolStatus().waiting).toBe(3);
        controller.abort();
        for (const call of [waiting, streaming, connecting]) {
          const error = await (call as Promise<unknown>).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(QueryTimeoutError);
          expect((error as Error).message).toMatch(/cancelled by its AbortSignal while waiting for a connection/);
        }
        expect(engine.poolStatus().waiting).toBe(0);
        await held.release();
        // The pool was not disturbed: the next caller gets the connection.
        expect(await engine.execute(one)).toEqual([{ one: 1 }]);
        expect(engine.poolStatus().inUse).toBe(0);
      } finally {
        await engine.close();
      }
    }, 30_000);
  });
}

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, () => {
    const slow =
      db.name === 'postgres'
        ? select({ slept: typed(sql`pg_sleep(5)::text`, builtinTypes.text) })
        : select({ slept: typed(sql`SLEEP(5)`, builtinTypes.integer) });

    liveTest('aborting a stream while it fetches cancels the fetch on the server', async () => {
      const engine = createEngine(db.url, { pool: { max: 1 } });
      try {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 150);
        const rows: unknown[] = [];
        const error = await (async () => {
          for await (const row of engine.stream(slow, { signal: controller.signal })) rows.push(row);
        })().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(QueryTimeoutError);
        expect((error as Error).message).toMatch(/cancelled by its AbortSignal/);
        expect(engine.poolStatus().inUse).toBe(0);
        expect(await engine.execute(one)).toEqual([{ one: 1 }]);
      } finally {
        await engine.close();
      }
    });

    liveTest('aborting a stream between batches ends the loop and returns the connection', async () => {
      const engine = createEngine(db.url, { pool: { max: 1 } });
      const numbers = table(uniqueName('abort_numbers'), { n: integer().primaryKey({ autoIncrement: false }) });
      await engine.execute(createTable(numbers));
      try {
        await engine.execute(insert(numbers).values(Array.from({ length: 3_000 }, (_, i) => ({ n: i + 1 }))));
        const many = select(numbers.c.n).from(numbers).orderBy(numbers.c.n);
        const controller = new AbortController();
        let seen = 0;
        const error = await (async () => {
          for await (const _row of engine.stream(many, { batchSize: 100, signal: controller.signal })) {
            if (++seen === 150) controller.abort();
          }
        })().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(QueryTimeoutError);
        expect(seen).toBe(150);
        expect(engine.poolStatus().inUse).toBe(0);
        expect(await engine.execute(one)).toEqual([{ one: 1 }]);
      } finally {
        await engine.execute(dropTable(numbers));
        await engine.close();
      }
    });
  });
}
