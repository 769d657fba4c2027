/**
 * Row locks between two sessions: FOR UPDATE SKIP LOCKED leaves a row another
 * transaction holds out of the result, NOWAIT fails at once instead of waiting.
 */
import { createTable, dropTable, insert, integer, QueryTimeoutError, select, table, text } from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, (engine) => {
    liveTest('SKIP LOCKED skips a row another transaction holds; NOWAIT fails at once', async () => {
      const jobs = table(uniqueName('lock_jobs'), { id: integer().primaryKey({ autoIncrement: false }), state: text().notNull() });
      await engine().execute(createTable(jobs));
      try {
        await engine().execute(insert(jobs).values([1, 2, 3].map((id) => ({ id, state: 'new' }))));
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let locked!: () => void;
        const isLocked = new Promise<void>((resolve) => (locked = resolve));
        const holder = engine().transaction(async (tx) => {
          await tx.execute(select(jobs.c.id).from(jobs).where(jobs.c.id.eq(1)).forUpdate());
          locked();
          await held;
        });
        await isLocked;
        try {
          const free = await engine().transaction((tx) =>
            tx.execute(select(jobs.c.id).from(jobs).orderBy(jobs.c.id).forUpdate({ skipLocked: true })),
          );
          expect(free).toEqual([{ id: 2 }, { id: 3 }]);
          await expect(engine().transaction((tx) => tx.execute(select(jobs.c.id).from(jobs).where(jobs.c.id.eq(1)).forUpdate({ nowait: true })))).rejects.toThrow(QueryTimeoutError);
        } finally {
          release();
          await holder;
        }
      } finally {
        await engine().execute(dropTable(jobs));
      }
    });
  });
}
