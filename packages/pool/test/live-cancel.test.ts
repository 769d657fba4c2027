/**
 * Statement timeouts and AbortSignals cancel on the server, not only in the
 * client: the server is idle again afterwards and the connection usable.
 */
import { builtinTypes, QueryTimeoutError, select, sql, typed, UnsupportedFeatureError } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest } from '../../../tests/support/databases';
import { sessionId } from './live-helpers';

const sleepFive = (name: string) => (name === 'postgres' ? sql`SELECT pg_sleep(5)` : sql`SELECT SLEEP(5)`);

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, (admin) => {
    /** Whether the session is still running a statement, seen from another connection. */
    async function busy(id: number): Promise<boolean> {
      const rows =
        db.name === 'postgres'
          ? await admin().execute(sql`SELECT state FROM pg_stat_activity WHERE pid = ${id}`)
          : await admin().execute(sql`SELECT COMMAND AS state FROM information_schema.PROCESSLIST WHERE ID = ${id}`);
      const state = String((rows[0] as Record<string, unknown> | undefined)?.['state'] ?? '');
      return db.name === 'postgres' ? state === 'active' : state === 'Query';
    }

    liveTest('a statement timeout cancels the statement on the server', async () => {
      const engine = createEngine(db.url, { pool: { max: 1 } });
      try {
        const connection = await engine.connect();
        try {
          const id = await sessionId(db, connection);
          const started = Date.now();
          const error = await connection.execute(sleepFive(db.name), { timeoutMillis: 200 }).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(QueryTimeoutError);
          expect((error as Error).message).toMatch(/timed out after 200 ms/);
          expect(Date.now() - started).toBeLessThan(4_000); // far less than the 5 s the statement asked for
          expect(await busy(id)).toBe(false);
          // The same connection goes on working.
          expect(await connection.execute(select({ one: typed(sql`1`, builtinTypes.integer) }))).toEqual([{ one: 1 }]);
        } finally {
          await connection.release();
        }
      } finally {
        await engine.close();
      }
    });

    liveTest('an AbortSignal cancels the statement on the server', async () => {
      const engine = createEngine(db.url, { pool: { max: 1 } });
      try {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 150);
        const error = await engine.execute(sleepFive(db.name), { signal: controller.signal }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(QueryTimeoutError);
        expect((error as Error).message).toMatch(/cancelled by its AbortSignal/);
        expect(engine.poolStatus().inUse).toBe(0);
        const aborted = new AbortController();
        aborted.abort();
        await expect(engine.execute(sleepFive(db.name), { signal: aborted.signal })).rejects.toThrow(/before it started/);
      } finally {
        await engine.close();
      }
    });
  });
}

const sqlite = databases.find((d) => d.name === 'sqlite')!;
describeDatabase(sqlite, (engine) => {
  liveTest('SQLite says clearly that it cannot cancel', async () => {
    await expect(engine().execute(select({ one: typed(sql`1`, builtinTypes.integer) }), { timeoutMillis: 100 })).rejects.toBeInstanceOf(
      UnsupportedFeatureError,
    );
  });
});
