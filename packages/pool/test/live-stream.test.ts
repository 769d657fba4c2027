/**
 * Streaming on every live database: all rows in order, typed; the connection
 * comes back when the loop ends, breaks or throws.
 */
import { createTable, dropTable, insert, integer, select, sql, table, text } from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const ROWS = 5_000;

for (const db of databases) {
  describeDatabase(db, (engine) => {
    const items = table(uniqueName('stream_items'), { id: integer().primaryKey({ autoIncrement: false }), body: text().notNull() });
    const all = select(items.c.id, items.c.body).from(items).orderBy(items.c.id);

    beforeAll(async () => {
      await engine().execute(createTable(items));
      for (let start = 0; start < ROWS; start += 1_000) {
        const rows = Array.from({ length: 1_000 }, (_, i) => ({ id: start + i + 1, body: `item ${start + i + 1}` }));
        await engine().execute(insert(items).values(rows));
      }
    });
    afterAll(async () => {
      await engine().execute(dropTable(items, { ifExists: true }));
    });

    liveTest('streams every row in order, typed', async () => {
      let count = 0;
      let previous = 0;
      for await (const row of engine().stream(all, { batchSize: 100 })) {
        const id: number = row.id;
        expect(id).toBe(previous + 1);
        expect(row.body).toBe(`item ${id}`);
        previous = id;
        count += 1;
      }
      expect(count).toBe(ROWS);
      expect(engine().poolStatus().inUse).toBe(0);
    });

    liveTest('breaking out early gives the connection back, and the pool goes on', async () => {
      const seen: number[] = [];
      for await (const row of engine().stream(all, { batchSize: 50 })) {
        seen.push(row.id);
        if (seen.length === 10) break;
      }
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(engine().poolStatus().inUse).toBe(0);
      expect(await engine().execute(select(items.c.body).from(items).where(items.c.id.eq(ROWS)))).toEqual([{ body: `item ${ROWS}` }]);
    });

    liveTest('an error in the loop gives the connection back', async () => {
      const failure = new Error('consumer failed');
      const consume = async (): Promise<void> => {
        for await (const row of engine().stream(all, { batchSize: 100 })) {
          if (row.id === 150) throw failure;
        }
      };
      await expect(consume()).rejects.toBe(failure);
      expect(engine().poolStatus().inUse).toBe(0);
      expect(await engine().execute(select(items.c.id).from(items).where(items.c.id.eq(1)))).toEqual([{ id: 1 }]);
    });

    if (db.name === 'postgres') {
      liveTest('PostgreSQL streams through a server-side cursor, inside the caller’s transaction', async () => {
        await engine().transaction(async (tx) => {
          const rows = tx.stream(all, { batchSize: 100 });
          const first = await rows.next();
          expect(first.value).toEqual({ id: 1, body: 'item 1' });
          const cursors = await tx.execute(sql`SELECT name FROM pg_cursors`);
          expect(cursors.map((c) => c['name'])).toEqual([expect.stringMatching(/^alkahest_cursor_\d+$/)]);
          await rows.return(undefined);
          expect(await tx.execute(sql`SELECT name FROM pg_cursors`)).toEqual([]);
        });
      });
    }
  });
}
