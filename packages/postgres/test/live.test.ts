/**
 * PostgreSQL specifics, live: literals that mean the same under either
 * standard_conforming_strings, SQLSTATE codes on errors, pool size from the URL.
 */
import { builtinTypes, createTable, DatabaseError, dropTable, insert, integer, select, sql, table, text, typed } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { PostgresCompiler } from '@alkahest/postgres';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const pg = databases.find((d) => d.name === 'postgres')!;

describeDatabase(pg, (engine) => {
  const tricky = table(uniqueName('pg_literals'), { id: integer().primaryKey(), note: text().notNull().default("it's a \\ backslash") });

  liveTest('a DDL default with a quote and a backslash is stored exactly', async () => {
    expect(new PostgresCompiler().compile(createTable(tricky)).sql).toContain(`DEFAULT E'it''s a \\\\ backslash'`);
    await engine().execute(createTable(tricky));
    try {
      await engine().execute(insert(tricky).defaultValues());
      expect(await engine().execute(select(tricky.c.note))).toEqual([{ note: "it's a \\ backslash" }]);
    } finally {
      await engine().execute(dropTable(tricky));
    }
  });

  liveTest('an error keeps its SQLSTATE', async () => {
    const missing = table(uniqueName('pg_missing'), { id: integer() });
    const error = await engine().execute(select(missing.c.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('42P01');
  });

  liveTest('the URL can size the pool', async () => {
    const small = createEngine(`${pg.url}?max=2`);
    try {
      expect(small.poolStatus().max).toBe(2);
      expect(await small.execute(select({ one: typed(sql`1`, builtinTypes.integer) }))).toEqual([{ one: 1 }]);
    } finally {
      await small.close();
    }
  });
});


describeDatabase(pg, () => {
  liveTest('the URL sets the session time zone; timestamptz values stay exact', async () => {
    const tokyo = createEngine(`${pg.url}?timezone=Asia%2FTokyo`);
    try {
      const rows = await tokyo.execute(
        select({ zone: sql<string>`current_setting('TimeZone')`, at: typed(sql`${new Date('2024-03-01T00:00:00Z')}::timestamptz`, builtinTypes.timestamptz) }),
      );
      expect(rows).toEqual([{ zone: 'Asia/Tokyo', at: new Date('2024-03-01T00:00:00Z') }]);
    } finally {
      await tokyo.close();
    }
  });
});
