/**
 * Cancels that race the end of their statement, live: a late cancel never
 * reaches the next statement on the connection, and a write that finished
 * is reported as done, never as a timeout.
 */
import { builtinTypes, createTable, dropTable, fn, insert, integer, QueryTimeoutError, select, sql, table, text, typed } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const ROUNDS = 60;
const shortSleep = (name: string) => (name === 'postgres' ? sql`SELECT pg_sleep(0.02)` : sql`SELECT SLEEP(0.02)`);
/** A statement long enough (30 ms) to be running when a late cancel arrives. */
const innocent = (name: string) =>
  name === 'postgres' ? sql`SELECT ${typed(sql`1`, builtinTypes.integer)} AS one FROM pg_sleep(0.03)` : sql`SELECT SLEEP(0.03) AS one`;

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, (admin) => {
    liveTest('a cancel fired as its statement ends never cancels the next caller on that connection', async () => {
      // One connection, so the innocent statement always follows the cancelled one on it.
      const engine = createEngine(db.url, { pool: { max: 1 } });
      let innocentsCancelled = 0;
      try {
        for (let round = 0; round < ROUNDS; round++) {
          // Timeouts from 5 to 35 ms around a 20 ms statement: some fire during it, some just after.
          await engine.execute(shortSleep(db.name), { timeoutMillis: 5 + (round % 31) }).catch(() => undefined);
          const outcome = await engine.execute(innocent(db.name)).then(
            () => 'ok',
            (error: unknown) => (error instanceof QueryTimeoutError || /cancel|interrupt/i.test(String(error)) ? 'cancelled' : String(error)),
          );
          if (outcome === 'cancelled') innocentsCancelled += 1;
          else expect(outcome).toBe('ok');
        }
      } finally {
        await engine.close();
      }
      expect(innocentsCancelled).toBe(0);
    }, 60_000);

    liveTest('a write that finished is reported done even when its timeout fired as it ended', async () => {
      const rows = table(uniqueName('race_writes'), { id: integer().primaryKey({ autoIncrement: false }), body: text().notNull() });
      await admin().execute(createTable(rows));
      const engine = createEngine(db.url, { pool: { max: 1 } });
      const reportedFailed: number[] = [];
      try {
        for (let id = 1; id <= ROUNDS; id++) {
          // A timeout of 0–3 ms: it fires while the INSERT is on its way or just done.
          const error = await engine.execute(insert(rows).values({ id, body: 'x' }), { timeoutMillis: id % 4 }).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (error instanceof QueryTimeoutError) reportedFailed.push(id);
        }
        // Every insert reported as cancelled must be absent.
        const present = new Set((await engine.execute(select(rows.c.id).from(rows))).map((r) => r.id));
        expect(reportedFailed.filter((id) => present.has(id))).toEqual([]);
        const [count] = await engine.execute(select({ n: fn.count() }).from(rows));
        expect(Number(count!.n)).toBe(present.size);
      } finally {
        await engine.close();
        await admin().execute(dropTable(rows));
      }
    }, 60_000);
  });
}
