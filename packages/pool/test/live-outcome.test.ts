/**
 * A write whose answer is lost is reported as such: an OutcomeUnknownError,
 * never an error that suggests nothing happened. Inside a transaction (not
 * committed) a lost connection stays a ConnectionLostError.
 */
import { ConnectionLostError, createTable, dropTable, insert, integer, OutcomeUnknownError, QueryTimeoutError, sql, table, text } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';
import { TcpProxy } from '../../../tests/support/tcp-proxy';
import { killSession, sessionId, sleep } from './live-helpers';

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, (admin) => {
    const notes = table(uniqueName('outcome'), { id: integer().primaryKey({ autoIncrement: false }), body: text().notNull() });
    /** A value that takes a second to compute: the INSERT is still running when its session is killed. */
    const slowBody = db.name === 'postgres' ? sql<string>`(SELECT 'slow' FROM pg_sleep(1))` : sql<string>`(SELECT 'slow' FROM DUAL WHERE SLEEP(1) = 0)`;

    beforeAll(async () => {
      await admin().execute(createTable(notes));
    });
    afterAll(async () => {
      await admin().execute(dropTable(notes));
    });

    liveTest('a write whose connection is killed while it runs is an OutcomeUnknownError', async () => {
      const engine = createEngine(db.url, { pool: { max: 1 } });
      try {
        const connection = await engine.connect();
        const id = await sessionId(db, connection);
        await connection.release();
        const write = engine.execute(insert(notes).values({ id: 1, body: slowBody })).catch((e: unknown) => e);
        await sleep(300);
        await killSession(db, admin(), id);
        const error = await write;
        expect(error).toBeInstanceOf(OutcomeUnknownError);
        expect((error as OutcomeUnknownError).cause).toBeInstanceOf(ConnectionLostError);
        expect((error as Error).message).toMatch(/may or may not have been applied/);
        // The same in a transaction: nothing was committed, so the connection is simply lost.
        const inTransaction = engine
          .transaction(async (tx) => {
            const txId = await sessionId(db, tx);
            setTimeout(() => void killSession(db, admin(), txId), 300);
            await tx.execute(insert(notes).values({ id: 2, body: slowBody }));
          })
          .catch((e: unknown) => e);
        expect(await inTransaction).toBeInstanceOf(ConnectionLostError);
      } finally {
        await engine.close();
      }
    });

    liveTest('a write whose server answers neither it nor its cancel is an OutcomeUnknownError', async () => {
      const u = new URL(db.url);
      const proxy = await TcpProxy.start({ targetHost: u.hostname, targetPort: Number(u.port || (db.name === 'postgres' ? 5432 : 3306)) });
      const engine = createEngine(proxy.url(db.url), { pool: { max: 1 } });
      try {
        await engine.execute(insert(notes).values({ id: 3, body: 'before' }));
        proxy.blackhole(true);
        const error = await engine.execute(insert(notes).values({ id: 4, body: 'unknown' }), { timeoutMillis: 200 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(OutcomeUnknownError);
        expect((error as OutcomeUnknownError).cause).toBeInstanceOf(QueryTimeoutError);
        expect(engine.poolStatus().inUse).toBe(0);
      } finally {
        proxy.blackhole(false);
        await engine.close({ timeoutMillis: 1_000 });
        await proxy.close();
      }
    });
  });
}
