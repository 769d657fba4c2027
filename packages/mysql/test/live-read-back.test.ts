/**
 * MySQL 8's INSERT … RETURNING emulation, live: the MySQL flavour (a mysql://
 * URL) reads a single-row insert back by LAST_INSERT_ID() on the same
 * connection. MariaDB runs the same SQL, so the emulation is tested here even
 * though this server has RETURNING of its own.
 */
import { createTable, dropTable, insert, integer, table, text, UnsupportedFeatureError } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeLive, uniqueName } from '../../../tests/support/databases';

const mariadb = databases.find((d) => d.name === 'mysql')!;
const mysqlFlavourUrl = mariadb.url.replace(/^mariadb:/, 'mysql:');

describeLive(mariadb, 'mysql flavour: INSERT … RETURNING read back', () => {
  test('a generated key and defaults come back from a single-row insert, each caller its own row', async () => {
    const engine = createEngine(mysqlFlavourUrl, { pool: { max: 4 } });
    const notes = table(uniqueName('read_back'), { id: integer().primaryKey(), body: text().notNull(), stars: integer().default(3) });
    try {
      await engine.execute(createTable(notes));
      expect(engine.compile(insert(notes).values({ body: 'x' }).returning(notes.c.id)).followUp).toMatch(/= LAST_INSERT_ID\(\)$/);
      const one = await engine.execute(insert(notes).values({ body: 'first' }).returning(notes.c.id, notes.c.body, notes.c.stars));
      expect(one).toEqual([{ id: 1, body: 'first', stars: 3 }]);
      expect(one.rowsAffected).toBe(1);
      // Twenty inserts at once on four connections: each reads back its own row.
      const many = await Promise.all(Array.from({ length: 20 }, (_, i) => engine.execute(insert(notes).values({ body: `note ${i}`, stars: i }).returning(notes.c.id, notes.c.body, notes.c.stars))));
      many.forEach((rows, i) => expect(rows).toEqual([{ id: expect.any(Number), body: `note ${i}`, stars: i }]));
      expect(new Set(many.map((rows) => rows[0]!.id)).size).toBe(20);
      // Inside a transaction too.
      const inTx = await engine.transaction((tx) => tx.execute(insert(notes).values({ body: 'in tx' }).returning(notes.c.body)));
      expect(inTx).toEqual([{ body: 'in tx' }]);
      // What cannot be read back safely is refused: several rows, a key the insert sets.
      expect(() => engine.compile(insert(notes).values([{ body: 'a' }, { body: 'b' }]).returning(notes.c.id))).toThrow(UnsupportedFeatureError);
      expect(() => engine.compile(insert(notes).values({ id: 99, body: 'a' }).returning(notes.c.id))).toThrow(UnsupportedFeatureError);
    } finally {
      await engine.execute(dropTable(notes, { ifExists: true }));
      await engine.close();
    }
  });
});
