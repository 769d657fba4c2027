/**
 * No leaks: a transaction callback that throws, a stream abandoned midway and
 * a cancelled query each leave every pooled connection idle — and no
 * transaction open on the server.
 */
import { createTable, dropTable, insert, integer, select, sql, table, text } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';
import { allSessionIds } from './live-helpers';

const MAX = 3;

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, (admin) => {
    /** Sessions among `ids` with a transaction open, seen from the server. */
    async function openTransactions(ids: number[]): Promise<number> {
      let open = 0;
      for (const id of ids) {
        const rows =
          db.name === 'postgres'
            ? await admin().execute(sql`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE pid = ${id} AND xact_start IS NOT NULL AND state <> 'active'`)
            : await admin().execute(sql`SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = ${id}`);
        open += Number((rows[0] as Record<string, unknown>)['n']);
      }
      return open;
    }

    liveTest('a throwing callback, an abandoned stream and a cancelled query leave nothing open', async () => {
      const items = table(uniqueName('leaks'), { id: integer().primaryKey(), body: text().notNull() });
      await admin().execute(createTable(items));
      const engine: Engine = createEngine(db.url, { pool: { max: MAX, min: 0 } });
      try {
        await admin().execute(insert(items).values(Array.from({ length: 200 }, (_, i) => ({ body: `row ${i}` }))));
        const ids = await allSessionIds(db, engine, MAX);

        await expect(
          engine.transaction(async (tx) => {
            await tx.execute(insert(items).values({ body: 'never' }));
            throw new Error('callback failed');
          }),
        ).rejects.toThrow('callback failed');

        // A stream abandoned inside a transaction leaves the transaction usable.
        await engine.transaction(async (tx) => {
          for await (const row of tx.stream(select(items.c.id).from(items), { batchSize: 10 })) {
            if (row.id > 5) break;
          }
          await tx.execute(insert(items).values({ body: 'after the stream' }));
        });
        expect(await engine.execute(select(items.c.body).from(items).where(items.c.body.eq('after the stream')))).toEqual([{ body: 'after the stream' }]);
        for await (const row of engine.stream(select(items.c.id).from(items), { batchSize: 10 })) {
          if (row.id > 5) break;
        }

        const sleep = db.name === 'postgres' ? sql`SELECT pg_sleep(5)` : sql`SELECT SLEEP(5)`;
        await expect(engine.transaction((tx) => tx.execute(sleep, { timeoutMillis: 150 }))).rejects.toThrow(/timed out/);

        expect(engine.poolStatus().inUse).toBe(0);
        expect(await openTransactions(ids)).toBe(0);
        expect(await engine.execute(select(items.c.body).from(items).where(items.c.body.eq('never')))).toEqual([]);
      } finally {
        await engine.close();
        await admin().execute(dropTable(items));
      }
    });
  });
}
