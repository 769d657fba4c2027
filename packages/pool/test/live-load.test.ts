/**
 * Load: many more callers than connections, mixing reads, writes and
 * transactions for a bounded time. No error, no leaked connection, every
 * write present afterwards. Prints its figures; asserts no timing.
 */
import { createTable, dropTable, fn, insert, integer, select, table, text, update } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const MAX = 4;
const CALLERS = MAX * 5;
const DURATION_MS = 1_500;

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, (admin) => {
    liveTest(`${CALLERS} callers on a pool of ${MAX} for ${DURATION_MS} ms`, async () => {
      const events = table(uniqueName('load'), { id: integer().primaryKey(), caller: integer().notNull(), body: text().notNull() });
      const counters = table(uniqueName('load_counters'), { id: integer().primaryKey({ autoIncrement: false }), n: integer().notNull() });
      await admin().execute(createTable(events));
      await admin().execute(createTable(counters));
      await admin().execute(insert(counters).values({ id: 1, n: 0 }));
      const engine = createEngine(db.url, { pool: { max: MAX } });
      const written = new Map<number, number>();
      let operations = 0;
      let transactions = 0;
      const errors: unknown[] = [];
      const started = Date.now();
      try {
        const caller = async (id: number): Promise<void> => {
          for (let i = 0; Date.now() - started < DURATION_MS; i++) {
            try {
              switch (i % 3) {
                case 0:
                  await engine.execute(insert(events).values({ caller: id, body: `${id}:${i}` }));
                  written.set(id, (written.get(id) ?? 0) + 1);
                  break;
                case 1:
                  await engine.execute(select({ n: fn.count() }).from(events).where(events.c.caller.eq(id)));
                  break;
                default:
                  await engine.transaction(async (tx) => {
                    await tx.execute(insert(events).values({ caller: id, body: `tx ${id}:${i}` }));
                    await tx.execute(update(counters).set({ n: counters.c.n.plus(1) }).where(counters.c.id.eq(1)));
                  });
                  written.set(id, (written.get(id) ?? 0) + 1);
                  transactions += 1;
              }
              operations += 1;
            } catch (error) {
              errors.push(error);
            }
          }
        };
        await Promise.all(Array.from({ length: CALLERS }, (_, id) => caller(id)));
        const elapsed = Date.now() - started;
        process.stdout.write(
          `\n[load] ${db.name}: ${operations} operations (${transactions} transactions) by ${CALLERS} callers on ${MAX} connections in ${elapsed} ms, ${errors.length} errors\n`,
        );
        expect(errors).toEqual([]);
        expect(engine.poolStatus().inUse).toBe(0);
        const perCaller = await engine.execute(select(events.c.caller, fn.count().as('n')).from(events).groupBy(events.c.caller));
        expect(new Map(perCaller.map((r) => [r.caller, r.n]))).toEqual(written);
        expect(await engine.execute(select(counters.c.n).from(counters))).toEqual([{ n: transactions }]);
      } finally {
        await engine.close();
        await admin().execute(dropTable(events));
        await admin().execute(dropTable(counters));
      }
    }, 30_000);
  });
}
