/**
 * Microsecond timestamps on every path a value takes, live on SQLite,
 * PostgreSQL and MariaDB: INSERT … RETURNING (MariaDB's read-back
 * emulation included), UPDATE, a prepared statement's named parameter,
 * engine.load() (COPY on PostgreSQL, LOAD DATA on MariaDB), and a
 * default of `fn.now()` read in string mode.
 */
import { createTable, dates, dropTable, fn, insert, integer, param, select, table, timestamp, update } from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const stamps = table(uniqueName('api_stamps'), {
  id: integer().primaryKey({ autoIncrement: false }),
  at: timestamp({ mode: 'string' }).notNull(),
  us: timestamp({ mode: 'bigint', withTimeZone: true }),
  made: timestamp({ mode: 'string', precision: 3 }).notNull().default(fn.now()),
});

for (const db of databases) {
  describeDatabase(db, (engine) => {
    beforeAll(async () => {
      await engine().execute(dropTable(stamps, { ifExists: true }));
      await engine().execute(createTable(stamps));
    });
    afterAll(async () => {
      await engine().execute(dropTable(stamps, { ifExists: true }));
    });

    liveTest('INSERT … RETURNING and UPDATE keep the microseconds', async () => {
      const returned = await engine().execute(
        insert(stamps).values({ id: 1, at: '2024-06-30 23:59:59.999999', us: 1719791999999999n }).returning(stamps.c.id, stamps.c.at, stamps.c.us),
      );
      expect(returned).toEqual([{ id: 1, at: '2024-06-30 23:59:59.999999', us: 1719791999999999n }]);
      await engine().execute(update(stamps).set({ at: '2024-07-01T00:00:00.000001Z', us: 1n }).where(stamps.c.id.eq(1)));
      expect(await engine().execute(select(stamps.c.at, stamps.c.us).from(stamps).where(stamps.c.id.eq(1)))).toEqual([{ at: '2024-07-01 00:00:00.000001', us: 1n }]);
      // Date arithmetic on a bigint-mode timestamp is a timestamp, read back as microseconds.
      const [shifted] = await engine().execute(select({ next: dates.add(stamps.c.us, { seconds: 1 }) }).from(stamps).where(stamps.c.id.eq(1)));
      expect(shifted!.next).toBe(db.name === 'sqlite' ? 1000000n : 1000001n);
    });

    liveTest('a prepared statement binds a named microsecond parameter', async () => {
      const q = engine().prepare(select(stamps.c.id).from(stamps).where(stamps.c.at.eq(param<string>('at'))));
      expect(await q.execute({ at: '2024-07-01 00:00:00.000001' })).toEqual([{ id: 1 }]);
      expect(await q.execute({ at: '2024-07-01 00:00:00.000002' })).toEqual([]);
    });

    liveTest('engine.load() writes them exactly; a now() default reads in the column digits', async () => {
      await engine().load(stamps, [
        { id: 2, at: '1970-01-01 00:00:00.000001', us: -1n },
        { id: 3, at: '9999-12-31 23:59:59.999999', us: null },
      ]);
      const rows = await engine().execute(select(stamps.c.id, stamps.c.at, stamps.c.us, stamps.c.made).from(stamps).where(stamps.c.id.gt(1)).orderBy(stamps.c.id));
      expect(rows.map(({ id, at, us }) => ({ id, at, us }))).toEqual([
        { id: 2, at: '1970-01-01 00:00:00.000001', us: -1n },
        { id: 3, at: '9999-12-31 23:59:59.999999', us: null },
      ]);
      for (const row of rows) expect(row.made).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
    });
  });
}
