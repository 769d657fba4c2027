/**
 * Every value the server can hold is read back, or refused when the
 * statement is built, or reported as an UnreadableValueError naming the
 * column and the raw text — never a RangeError that fails the whole SELECT.
 */
import { createTable, date, dropTable, insert, integer, InvalidValueError, select, sql, table, timestamp, UnreadableValueError } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const at = (iso: string): Date => new Date(iso);
const farFuture = at('+012345-06-07T08:09:10.123Z');
const beforeChrist = at('-000043-03-15T12:00:00.000Z'); // 44 BC
const year5 = at('0005-01-02T03:04:05.000Z');

function events() {
  return table(uniqueName('read_back'), { id: integer().primaryKey({ autoIncrement: false }), at: timestamp(), tz: timestamp({ withTimeZone: true }) });
}

const postgres = databases.find((d) => d.name === 'postgres')!;
const mariadb = databases.find((d) => d.name === 'mysql')!;
const sqlite = databases.find((d) => d.name === 'sqlite')!;

describeDatabase(postgres, (engine) => {
  liveTest('years past 9999, BC and before 100 read back as written', async () => {
    const t = events();
    await engine().execute(createTable(t));
    try {
      const rows = [
        { id: 1, at: farFuture, tz: farFuture },
        { id: 2, at: beforeChrist, tz: beforeChrist },
        { id: 3, at: year5, tz: year5 },
      ];
      await engine().execute(insert(t).values(rows));
      expect(await engine().execute(select(t).orderBy(t.c.id))).toEqual(rows);
      // Ordered as instants: BC first.
      expect((await engine().execute(select(t.c.id).from(t).orderBy(t.c.at))).map((r) => r.id)).toEqual([2, 3, 1]);
    } finally {
      await engine().execute(dropTable(t, { ifExists: true }));
    }
  });

  liveTest('timestamptz printed with an offset that has seconds (local mean time) reads as the same instant', async () => {
    const url = postgres.url;
    const amsterdam = createEngine(url, { pool: { max: 1, onConnect: (c) => c.execute(sql`SET TIME ZONE 'Europe/Amsterdam'`) } });
    const t = events();
    try {
      await amsterdam.execute(createTable(t));
      const instants = [at('1930-01-01T00:00:00.000Z'), at('1936-06-30T23:59:59.999Z'), at('2024-07-01T12:00:00.000Z')];
      await amsterdam.execute(insert(t).values(instants.map((tz, id) => ({ id, tz }))));
      const [raw] = await amsterdam.execute(sql<{ text: string }>`SELECT CAST(${sql.id(t.name)}.${sql.id('tz')} AS TEXT) AS text FROM ${sql.id(t.name)} WHERE ${sql.id('id')} = 0`);
      expect(JSON.stringify(raw)).toMatch(/\+00:19:32/);
      expect((await amsterdam.execute(select(t.c.tz).from(t).orderBy(t.c.id))).map((r) => r.tz)).toEqual(instants);
    } finally {
      await amsterdam.execute(dropTable(t, { ifExists: true }));
      await amsterdam.close();
    }
  });

  liveTest("'infinity' is reported as an UnreadableValueError naming the column and the raw text", async () => {
    const t = events();
    await engine().execute(createTable(t));
    try {
      await engine().execute(sql`INSERT INTO ${sql.id(t.name)} (id, at) VALUES (1, 'infinity'), (2, '-infinity')`);
      const error = await engine().execute(select(t.c.id, t.c.at).from(t).orderBy(t.c.id)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableValueError);
      expect(error).toMatchObject({ column: 'at', raw: 'infinity' });
      expect((error as Error).message).toMatch(/column "at": cannot read "infinity" as timestamp/);
    } finally {
      await engine().execute(dropTable(t, { ifExists: true }));
    }
  });

  liveTest('a date column holding infinity, a BC date or a year past 9999 is an UnreadableValueError, never another date', async () => {
    const t = table(uniqueName('read_back_day'), { id: integer().primaryKey({ autoIncrement: false }), day: date() });
    await engine().execute(createTable(t));
    try {
      await engine().execute(sql`INSERT INTO ${sql.id(t.name)} (id, day) VALUES (1, '2024-02-29')`);
      expect(await engine().execute(select(t.c.day).from(t))).toEqual([{ day: '2024-02-29' }]);
      for (const [id, raw] of [[2, 'infinity'], [3, '0044-03-15 BC'], [4, '12000-01-01']] as const) {
        await engine().execute(sql`INSERT INTO ${sql.id(t.name)} (id, day) VALUES (${id}, CAST(${raw} AS date))`);
        const error = await engine().execute(select(t.c.day).from(t).where(t.c.id.eq(id))).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UnreadableValueError);
        expect(error).toMatchObject({ column: 'day', raw });
      }
    } finally {
      await engine().execute(dropTable(t, { ifExists: true }));
    }
  });

  test('a timestamp before 4713 BC is refused when the statement is built', () => {
    const t = events();
    expect(() => engine().compile(insert(t).values({ id: 1, at: at('-005000-01-01T00:00:00Z') }))).toThrow(InvalidValueError);
  });
});

describeDatabase(mariadb, (engine) => {
  liveTest('a zero date is reported as an UnreadableValueError naming the column and the raw text', async () => {
    // One connection whose sql_mode lets a zero date in, as an old application's might.
    const lax = createEngine(mariadb.url, {
      pool: { max: 1, onConnect: (c) => c.execute(sql`SET SESSION sql_mode = REPLACE(REPLACE(@@sql_mode, 'NO_ZERO_DATE', ''), 'STRICT_TRANS_TABLES', '')`) },
    });
    const t = events();
    try {
      await lax.execute(createTable(t));
      await lax.execute(sql`INSERT INTO ${sql.id(t.name)} (id, at) VALUES (1, '0000-00-00 00:00:00')`);
      const error = await lax.execute(select(t.c.at).from(t)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableValueError);
      expect(error).toMatchObject({ column: 'at', raw: '0000-00-00 00:00:00.000' });
    } finally {
      await lax.execute(dropTable(t, { ifExists: true }));
      await lax.close();
    }
  });

  test('a year DATETIME cannot hold is refused when the statement is built', () => {
    const t = events();
    expect(() => engine().compile(insert(t).values({ id: 1, at: farFuture }))).toThrow(/DATETIME timestamps hold the years 1000 to 9999/);
    expect(() => engine().compile(insert(t).values({ id: 1, at: year5 }))).toThrow(InvalidValueError);
  });
});

describeDatabase(sqlite, (engine) => {
  liveTest('years 0 to 9999 read back; others are refused at build time (text order would break)', async () => {
    const t = events();
    await engine().execute(createTable(t));
    const rows = [
      { id: 1, at: year5, tz: null },
      { id: 2, at: at('9999-12-31T23:59:59.999Z'), tz: null },
    ];
    await engine().execute(insert(t).values(rows));
    expect(await engine().execute(select(t).orderBy(t.c.id))).toEqual(rows);
    expect(() => engine().compile(insert(t).values({ id: 3, at: farFuture }))).toThrow(InvalidValueError);
    await engine().execute(sql`INSERT INTO ${sql.id(t.name)} (id, at) VALUES (4, 'not a time')`);
    await expect(engine().execute(select(t.c.at).from(t).where(t.c.id.eq(4)))).rejects.toMatchObject({ name: 'UnreadableValueError', column: 'at', raw: 'not a time' });
  });
});
