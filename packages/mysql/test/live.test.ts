/**
 * MySQL/MariaDB specifics, live: literals that mean the same with and without
 * NO_BACKSLASH_ESCAPES, values that never enter SQL text, error codes.
 */
import { createTable, DatabaseError, dropTable, insert, integer, select, sql, table, text, varchar } from '@alkahest/core';
import { MysqlCompiler } from '@alkahest/mysql';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const mysql = databases.find((d) => d.name === 'mysql')!;
const NOTE = "it's a \\ backslash";

describeDatabase(mysql, (engine) => {
  for (const mode of ['', 'NO_BACKSLASH_ESCAPES']) {
    liveTest(`a DDL default with a quote and a backslash is stored exactly (sql_mode '${mode}')`, async () => {
      const tricky = table(uniqueName('my_literals'), { id: integer().primaryKey(), note: varchar({ length: 40 }).notNull().default(NOTE) });
      expect(new MysqlCompiler().compile(createTable(tricky)).sql).toContain(`DEFAULT _utf8mb4 X'${Buffer.from(NOTE).toString('hex')}'`);
      // One connection (a transaction) so the session's sql_mode applies to every statement.
      await engine().transaction(async (tx) => {
        await tx.execute(sql`SET SESSION sql_mode = ${mode}`);
        try {
          await tx.execute(createTable(tricky));
          await tx.execute(insert(tricky).values([{ id: 1 }, { id: 2, note: NOTE }]));
          expect(await tx.execute(select(tricky.c.id).from(tricky).where(tricky.c.note.eq(NOTE)).orderBy(tricky.c.id))).toEqual([{ id: 1 }, { id: 2 }]);
        } finally {
          await tx.execute(dropTable(tricky, { ifExists: true }));
          await tx.execute(sql`SET SESSION sql_mode = DEFAULT`);
        }
      });
    });
  }

  liveTest('an error keeps its code', async () => {
    const missing = table(uniqueName('my_missing'), { id: integer(), t: text() });
    const error = await engine().execute(select(missing.c.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('ER_NO_SUCH_TABLE');
  });
});

describeDatabase(mysql, () => {
  liveTest('the URL sets the session time zone', async () => {
    const shifted = createEngine(`${mysql.url}?timezone=%2B05%3A30`);
    try {
      expect(await shifted.execute(select({ zone: sql<string>`@@session.time_zone` }))).toEqual([{ zone: '+05:30' }]);
    } finally {
      await shifted.close();
    }
  });
});
