/**
 * engine.executeMany(): one statement compiled once, run with many
 * parameter sets in one transaction, its row counts summed — live on SQLite,
 * PostgreSQL and MariaDB.
 */
import { AlkahestError, createTable, dropTable, insert, integer, param, select, table, text, UniqueViolationError, update } from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const notes = table(uniqueName('api_many'), {
  id: integer().primaryKey({ autoIncrement: false }),
  body: text().notNull(),
  hits: integer().notNull().default(0),
});

for (const db of databases) {
  describeDatabase(db, (engine) => {
    beforeAll(async () => {
      await engine().execute(createTable(notes, { ifNotExists: true }));
    });
    afterAll(async () => {
      await engine().execute(dropTable(notes, { ifExists: true }));
    });

    liveTest('an INSERT with three parameter sets: three rows, rowsAffected 3, one compile', async () => {
      const before = engine().cacheStats();
      const result = await engine().executeMany(insert(notes).values({ id: param<number>('id'), body: param<string>('body') }), [
        { id: 1, body: 'one' },
        { id: 2, body: 'two' },
        { id: 3, body: 'three' },
      ]);
      expect(result).toEqual({ rowsAffected: 3 });
      expect(await engine().execute(select(notes.c.id, notes.c.body).from(notes).orderBy(notes.c.id))).toEqual([
        { id: 1, body: 'one' },
        { id: 2, body: 'two' },
        { id: 3, body: 'three' },
      ]);
      // Prepared once: the statement cache saw no new shapes for the three runs.
      expect(engine().cacheStats().misses - before.misses).toBeLessThanOrEqual(1);
    });

    liveTest('an UPDATE per set: the counts of every run summed (a set matching no row adds 0)', async () => {
      const prepared = engine().prepare(update(notes).set({ hits: notes.c.hits.plus(1) }).where(notes.c.id.lte(param<number>('upTo'))));
      expect(await engine().executeMany(prepared, [{ upTo: 2 }, { upTo: 3 }, { upTo: 0 }])).toEqual({ rowsAffected: 5 });
      expect(await engine().execute(select(notes.c.id, notes.c.hits).from(notes).orderBy(notes.c.id))).toEqual([
        { id: 1, hits: 2 },
        { id: 2, hits: 2 },
        { id: 3, hits: 1 },
      ]);
    });

    liveTest('a set that fails rolls back the sets before it', async () => {
      await expect(
        engine().executeMany(insert(notes).values({ id: param<number>('id'), body: param<string>('body') }), [
          { id: 10, body: 'ten' },
          { id: 1, body: 'duplicate' },
        ]),
      ).rejects.toBeInstanceOf(UniqueViolationError);
      expect(await engine().execute(select(notes.c.id).from(notes).where(notes.c.id.eq(10)))).toEqual([]);
    });

    liveTest('no parameter sets: nothing runs; a SELECT is refused', async () => {
      expect(await engine().executeMany(insert(notes).values({ id: param<number>('id'), body: param<string>('body') }), [])).toEqual({ rowsAffected: 0 });
      await expect(engine().executeMany(select(notes.c.id).from(notes).where(notes.c.id.eq(param('id'))), [{ id: 1 }])).rejects.toThrow(
        new AlkahestError('executeMany() runs INSERT, UPDATE or DELETE statements; run a SELECT per set with prepare(…).execute(values)'),
      );
    });
  });
}
