/**
 * Declared lengths: a value longer than its `varchar(n)` fails with the same
 * `ValueTooLongError` on PostgreSQL, MariaDB and SQLite, where SQLite is asked
 * to enforce lengths (`enforceLengths`: CREATE TABLE writes
 * `CHECK (length(col) <= n)`); by default SQLite stores it, as its
 * documentation says.
 */
import { char, CheckViolationError, createTable, DataError, dropTable, insert, integer, select, table, text, update, ValueTooLongError, varchar } from '@alkahest/core';
import { createEngine, type Engine } from '@alkahest/pool';
import { sqliteDialect } from '@alkahest/sqlite';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const codes = table(uniqueName('lengths'), {
  id: integer().primaryKey({ autoIncrement: false }),
  code: varchar({ length: 5 }),
  flag: char({ length: 2 }),
});

test('enforceLengths writes one unnamed CHECK per varchar(n) / char(n) column; the default writes none', () => {
  const t = table('codes', { id: integer().primaryKey({ autoIncrement: false }), code: varchar({ length: 5 }), flag: char({ length: 2 }), note: text() });
  expect(sqliteDialect({ enforceLengths: true }).compile(createTable(t)).sql).toBe(
    'CREATE TABLE "codes" ("id" INTEGER PRIMARY KEY, "code" VARCHAR(5), "flag" CHAR(2), "note" TEXT, CHECK (length("code") <= 5), CHECK (length("flag") <= 2))',
  );
  expect(sqliteDialect().compile(createTable(t)).sql).toBe('CREATE TABLE "codes" ("id" INTEGER PRIMARY KEY, "code" VARCHAR(5), "flag" CHAR(2), "note" TEXT)');
});

for (const db of databases) {
  describeDatabase(db, (shared) => {
    // SQLite is asked for strictness through its URL; the servers enforce lengths anyway.
    let own: Engine | undefined;
    const engine = (): Engine => own ?? shared();
    beforeAll(async () => {
      if (db.name === 'sqlite') own = createEngine('sqlite::memory:?enforceLengths=true');
      await engine().execute(dropTable(codes, { ifExists: true }));
      await engine().execute(createTable(codes));
      await engine().execute(insert(codes).values({ id: 1, code: 'ab', flag: 'x' }));
    });
    afterAll(async () => {
      await engine().execute(dropTable(codes, { ifExists: true }));
      await own?.close();
    });

    liveTest('a value at the declared length is stored, counted in characters', async () => {
      await engine().execute(insert(codes).values({ id: 2, code: 'ééééé', flag: 'żź' }));
      const rows = await engine().execute(select(codes.c.code, codes.c.flag).from(codes).where(codes.c.id.eq(2)));
      expect(rows).toEqual([{ code: 'ééééé', flag: 'żź' }]);
    });

    liveTest('a longer value in INSERT or UPDATE fails with ValueTooLongError, a DataError', async () => {
      const inserting = engine().execute(insert(codes).values({ id: 3, code: 'abcdef' }));
      await expect(inserting).rejects.toThrow(ValueTooLongError);
      await expect(inserting).rejects.toThrow(DataError);
      await expect(engine().execute(insert(codes).values({ id: 3, flag: 'abc' }))).rejects.toThrow(ValueTooLongError);
      await expect(engine().execute(update(codes).set({ code: 'toolong' }).where(codes.c.id.eq(1)))).rejects.toThrow(ValueTooLongError);
      await expect(engine().execute(select(codes.c.code).from(codes).where(codes.c.id.eq(1)))).resolves.toEqual([{ code: 'ab' }]);
    });

    if (db.name === 'sqlite') {
      liveTest('without enforceLengths SQLite stores the longer value (its documented behaviour)', async () => {
        const loose = createEngine('sqlite::memory:');
        try {
          await loose.execute(createTable(codes));
          await loose.execute(insert(codes).values({ id: 1, code: 'abcdef' }));
          expect(await loose.execute(select(codes.c.code).from(codes))).toEqual([{ code: 'abcdef' }]);
        } finally {
          await loose.close();
        }
      });

      liveTest("a user's own CHECK still fails as a CheckViolationError", async () => {
        const checked = table(uniqueName('checked'), { id: integer().primaryKey({ autoIncrement: false }), code: varchar({ length: 5 }).check((c) => c.ne('no')) });
        await engine().execute(createTable(checked));
        await expect(engine().execute(insert(checked).values({ id: 1, code: 'no' }))).rejects.toThrow(CheckViolationError);
      });
    }
  });
}
