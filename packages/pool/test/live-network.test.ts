/**
 * Network faults between the pool and the server, through an in-process TCP
 * proxy: latency, resets, and a blackhole during which every acquire or query
 * returns or fails within its timeout plus a small margin.
 */
import { builtinTypes, QueryTimeoutError, select, sql, typed } from '@alkahest/core';
import { createEngine, PoolTimeoutError } from '@alkahest/pool';
import { databases, describeDatabase, liveTest } from '../../../tests/support/databases';
import { TcpProxy } from '../../../tests/support/tcp-proxy';

const one = select({ one: typed(sql`1`, builtinTypes.integer) });
const MARGIN_MS = 1_500;

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, () => {
    let proxy: TcpProxy;
    beforeEach(async () => {
      const u = new URL(db.url);
      proxy = await TcpProxy.start({ targetHost: u.hostname, targetPort: Number(u.port || (db.name === 'postgres' ? 5432 : 3306)) });
    });
    afterEach(async () => proxy.close());

    liveTest('queries work through latency, and a reset connection is replaced', async () => {
      const engine = createEngine(proxy.url(db.url), { pool: { max: 2 } });
      try {
        proxy.setLatency(20);
        expect(await engine.execute(one)).toEqual([{ one: 1 }]);
        proxy.setLatency(0);
        proxy.resetAll();
        await new Promise((r) => setTimeout(r, 100));
        // The reset connection was seen dead; the next query gets a new one.
        expect(await engine.execute(one)).toEqual([{ one: 1 }]);
      } finally {
        await engine.close({ timeoutMillis: 1_000 });
      }
    });

    liveTest('while blackholed, queries and acquires fail within their timeouts; afterwards the pool recovers', async () => {
      const engine = createEngine(proxy.url(db.url), { pool: { max: 2, acquireTimeoutMillis: 800, createTimeoutMillis: 800 } });
      try {
        expect(await engine.execute(one)).toEqual([{ one: 1 }]);
        proxy.blackhole(true);
        // A query on an open connection: its timeout fires, the cancel cannot get through either.
        let started = Date.now();
        const inFlight = await engine.execute(one, { timeoutMillis: 300 }).catch((e: unknown) => e);
        expect(inFlight).toBeInstanceOf(QueryTimeoutError);
        expect(Date.now() - started).toBeLessThan(300 + MARGIN_MS);
        // New connections cannot be opened: the acquire times out.
        started = Date.now();
        const acquire = await engine.execute(one).catch((e: unknown) => e);
        expect(acquire).toBeInstanceOf(PoolTimeoutError);
        expect(Date.now() - started).toBeLessThan(800 + MARGIN_MS);
        proxy.blackhole(false);
        proxy.resetAll(); // connections that lived through the blackhole are in an unknown state
        await new Promise((r) => setTimeout(r, 100));
        expect(await engine.execute(one)).toEqual([{ one: 1 }]);
      } finally {
        await engine.close({ timeoutMillis: 1_000 });
      }
    }, 20_000);
  });
}
