/**
 * MariaDB, live: upsert's IF() emulation of a condition with bound values,
 * the MySQL 8 derived-table form of an upsert from a SELECT (MariaDB reads it
 * too), MySQL's left-to-right SET made standard by ordering, and RETURNING
 * with rowsAffected.
 */
import { createTable, deleteFrom, dropTable, excluded, insert, integer, select, table, text, update } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const mariadb = databases.find((d) => d.name === 'mysql')!;

describeDatabase(mariadb, (engine) => {
  const people = table(uniqueName('my_upsert'), { id: integer().primaryKey({ autoIncrement: false }), name: text(), age: integer(), city: text() });
  const staging = table(uniqueName('my_staging'), { id: integer().primaryKey({ autoIncrement: false }), label: text().notNull() });
  const everyone = select(people).orderBy(people.c.id);

  async function withTables(work: () => Promise<void>): Promise<void> {
    await engine().execute(createTable(people));
    await engine().execute(createTable(staging));
    try {
      await engine().execute(
        insert(people).values([
          { id: 1, name: 'Ada', age: 36, city: 'London' },
          { id: 2, name: 'Alan', age: 41, city: null },
        ]),
      );
      await work();
    } finally {
      await engine().execute(dropTable(people, { ifExists: true }));
      await engine().execute(dropTable(staging, { ifExists: true }));
    }
  }

  liveTest('a DO UPDATE condition with bound values updates only the rows it holds for', async () => {
    await withTables(async () => {
      await engine().execute(
        insert(people)
          .values([
            { id: 1, name: 'Ada L.', age: 99 },
            { id: 2, name: 'Alan T.', age: 99 },
          ])
          .onConflict(['id'])
          .doUpdate({ set: { name: excluded(people.c.name), age: excluded(people.c.age), city: 'Paris' }, where: people.c.age.lt(40) }),
      );
      expect(await engine().execute(everyone)).toEqual([
        { id: 1, name: 'Ada L.', age: 99, city: 'Paris' },
        { id: 2, name: 'Alan', age: 41, city: null },
      ]);
    });
  });

  liveTest('the MySQL 8 form of an upsert from a SELECT (a derived table) runs on MariaDB too', async () => {
    await withTables(async () => {
      await engine().execute(insert(staging).values([{ id: 2, label: 'Alan T.' }, { id: 3, label: 'Grace' }]));
      const statement = insert(people)
        .fromSelect(['id', 'name'], select(staging.c.id, staging.c.label).from(staging))
        .onConflict(['id'])
        .doUpdate({ set: { name: excluded(people.c.name) } });
      await engine().execute(statement); // MariaDB flavour: VALUES()
      expect(await engine().execute(everyone)).toEqual([
        { id: 1, name: 'Ada', age: 36, city: 'London' },
        { id: 2, name: 'Alan T.', age: 41, city: null },
        { id: 3, name: 'Grace', age: null, city: null },
      ]);
      await engine().execute(update(people).set({ name: 'reset' }).where(people.c.id.eq(2)));
      // The same server through a mysql:// URL: the MySQL 8 flavour's derived table.
      const asMysql = createEngine(mariadb.url.replace(/^mariadb:/, 'mysql:'), { pool: { max: 1 } });
      try {
        expect(asMysql.compile(statement).sql).toContain('SELECT * FROM (SELECT');
        await asMysql.execute(statement);
      } finally {
        await asMysql.close();
      }
      expect((await engine().execute(everyone))[1]).toEqual({ id: 2, name: 'Alan T.', age: 41, city: null });
    });
  });

  liveTest('an UPDATE whose value reads a column it also sets reads the old value', async () => {
    await withTables(async () => {
      await engine().execute(update(people).set({ city: 'Paris', name: people.c.city }).where(people.c.id.eq(1)));
      expect((await engine().execute(everyone))[0]).toEqual({ id: 1, name: 'London', age: 36, city: 'Paris' });
    });
  });

  liveTest('INSERT and DELETE … RETURNING give rows and rowsAffected', async () => {
    await withTables(async () => {
      const inserted = await engine().execute(insert(people).values({ id: 3, name: 'Grace', age: 85 }).returning(people.c.id, people.c.age.plus(1).as('next')));
      expect([...inserted]).toEqual([{ id: 3, next: 86 }]);
      expect(inserted.rowsAffected).toBe(1);
      const deleted = await engine().execute(deleteFrom(people).where(people.c.age.gt(40)).returning(people.c.name));
      expect([...deleted].map((r) => r.name).sort()).toEqual(['Alan', 'Grace']);
      expect(deleted.rowsAffected).toBe(2);
    });
  });
});
