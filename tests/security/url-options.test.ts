/**
 * URL options are data too: payloads in `application_name` and `timezone`
 * reach the server as values (a startup parameter, a bound set_config / SET
 * time_zone = ?), never as SQL. A value the server refuses is a clear error,
 * and the data is intact.
 */
import { builtinTypes, createTable, dropTable, insert, integer, select, sql, table, text, typed } from '@alkahest/core';
import { createEngine, PoolTimeoutError } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const payloads = ["'; DROP TABLE victims; --", "UTC'; DROP TABLE victims; --", '+00:00; DROP TABLE victims'];
const one = select({ one: typed(sql`1`, builtinTypes.integer) });

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeDatabase(db, (admin) => {
    liveTest('payloads in URL options never become SQL', async () => {
      const victims = table(uniqueName('victims_url'), { id: integer().primaryKey(), body: text().notNull() });
      await admin().execute(createTable(victims));
      try {
        await admin().execute(insert(victims).values({ body: 'keep me' }));
        for (const payload of payloads) {
          const options = db.name === 'postgres' ? ['application_name', 'timezone'] : ['timezone'];
          for (const option of options) {
            const url = `${db.url}?${option}=${encodeURIComponent(payload)}`;
            const engine = createEngine(url, { pool: { max: 1, acquireTimeoutMillis: 1_000 } });
            try {
              const result = await engine.execute(one).catch((e: unknown) => e);
              if (option === 'application_name') {
                expect(result).toEqual([{ one: 1 }]);
              } else if (!(result instanceof PoolTimeoutError)) {
                // PostgreSQL reads almost any text as a POSIX time zone; what it accepted is only a value.
                expect(db.name).toBe('postgres');
                expect(result).toEqual([{ one: 1 }]);
              }
            } finally {
              await engine.close();
            }
          }
        }
        expect(await admin().execute(select(victims.c.body).from(victims))).toEqual([{ body: 'keep me' }]);
      } finally {
        await admin().execute(dropTable(victims));
      }
    }, 30_000);
  });
}
