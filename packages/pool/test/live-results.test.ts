/**
 * What statements report, the same on every live database: a raw statement's
 * rows or rows affected, event row counts, and the generated key of an INSERT
 * (`insertId`: the first row's), also for an INSERT run in batches.
 */
import { createTable, dropTable, fn, insert, integer, select, sql, table, text } from '@alkahest/core';
import { createEngine, QueryEvent } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

for (const db of databases) {
  describeDatabase(db, (engine) => {
    const notes = table(uniqueName('results'), { id: integer().primaryKey(), body: text().notNull() });
    beforeAll(async () => {
      try {
        await engine().execute(createTable(notes));
      } catch {
        // a skipped database says so in its tests
      }
    });
    afterAll(async () => {
      try {
        await engine().execute(dropTable(notes));
      } catch {
        // skipped
      }
    });

    liveTest('an INSERT reports the generated key of its first row', async () => {
      await engine().execute(sql`DELETE FROM ${sql.id(notes.name)}`);
      const one = await engine().execute(insert(notes).values({ body: 'first' }));
      expect(one.rowsAffected).toBe(1);
      const [first] = await engine().execute(select(notes.c.id).from(notes).where(notes.c.body.eq('first')));
      expect(Number(one.insertId)).toBe(first!.id);
      const three = await engine().execute(insert(notes).values([{ body: 'a' }, { body: 'b' }, { body: 'c' }]));
      expect(three.rowsAffected).toBe(3);
      const [a] = await engine().execute(select(notes.c.id).from(notes).where(notes.c.body.eq('a')));
      expect(Number(three.insertId)).toBe(a!.id);
    });

    liveTest('an INSERT run in batches reports its total rows and its first row’s key', async () => {
      await engine().execute(sql`DELETE FROM ${sql.id(notes.name)}`);
      // Past every dialect's parameter limit (SQLite 32 766, PostgreSQL and MySQL 65 535): three batches at least.
      const rows = Array.from({ length: 70_000 }, (_, i) => ({ body: `row ${i}` }));
      const result = await engine().execute(insert(notes).values(rows));
      expect(result.rowsAffected).toBe(70_000);
      const [firstRow] = await engine().execute(select({ id: fn.min(notes.c.id) }).from(notes));
      expect(Number(result.insertId)).toBe(Number(firstRow!.id));
    }, 120_000);

    liveTest('a raw UPDATE reports its rows affected; a raw SELECT its rows; events count both', async () => {
      await engine().execute(sql`DELETE FROM ${sql.id(notes.name)}`);
      await engine().execute(insert(notes).values([{ body: 'x' }, { body: 'x' }, { body: 'y' }]));
      const updated = await engine().execute(sql`UPDATE ${sql.id(notes.name)} SET ${sql.id('body')} = ${'z'} WHERE ${sql.id('body')} = ${'x'}`);
      expect(updated).toEqual([]);
      expect(updated.rowsAffected).toBe(2);
      const unsafe = await engine().execute(sql`DELETE FROM ${sql.id(notes.name)} WHERE ${sql.unsafe('1 = 0')}`);
      expect(unsafe.rowsAffected).toBe(0);
      const counts: number[] = [];
      const observed = createEngine(db.url, { events: { queryEnd: (e: QueryEvent) => counts.push(e.rowCount ?? -1) } });
      const counted = table(uniqueName('counted'), { id: integer().primaryKey(), body: text().notNull() });
      try {
        await observed.execute(createTable(counted));
        await observed.execute(insert(counted).values([{ body: 'x' }, { body: 'x' }, { body: 'y' }]));
        counts.length = 0;
        const rows = await observed.execute(sql`SELECT ${sql.id('body')} FROM ${sql.id(counted.name)} WHERE ${sql.id('body')} = ${'y'}`);
        expect(rows).toEqual([{ body: 'y' }]);
        await observed.execute(sql`UPDATE ${sql.id(counted.name)} SET ${sql.id('body')} = ${'w'} WHERE ${sql.id('body')} = ${'x'}`);
        await observed.execute(dropTable(counted));
      } finally {
        await observed.close();
      }
      expect(counts.slice(0, 2)).toEqual([1, 2]);
    });
  });
}
