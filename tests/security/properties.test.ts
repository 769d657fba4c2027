/**
 * Property tests: random strings round-trip exactly through insert and select
 * on every live database, and random values never change a statement's SQL.
 */
import fc from 'fast-check';
import { createTable, dropTable, insert, integer, select, table, text } from '@alkahest/core';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

/**
 * Strings of whole Unicode characters. NUL is left out: PostgreSQL cannot
 * store it in text (and says so with an error), so it has no round trip there.
 */
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000'));

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('random strings round-trip exactly', async () => {
      const notes = table(uniqueName('prop_notes'), { id: integer().primaryKey({ autoIncrement: false }), body: text().notNull() });
      await engine().execute(createTable(notes));
      let id = 0;
      try {
        await fc.assert(
          fc.asyncProperty(anyText, async (body) => {
            id += 1;
            await engine().execute(insert(notes).values({ id, body }));
            const [row] = await engine().execute(select(notes.c.body).from(notes).where(notes.c.id.eq(id)));
            expect(row).toEqual({ body });
          }),
          { numRuns: 100 },
        );
      } finally {
        await engine().execute(dropTable(notes));
      }
    });
  });
}

test('random values never change the SQL of a statement shape, on any dialect', () => {
  const t = table('t', { id: integer().primaryKey(), body: text(), n: integer() });
  const dialects = [sqlite, postgres, mysql, oracle].map((m) => m.createDialect());
  const shape = (body: string, n: number, ids: [number, number, number]) =>
    select(t.c.id).from(t).where(t.c.body.eq(body)).where(t.c.n.gt(n)).where(t.c.id.in(ids)).limit(5);
  const reference = dialects.map((d) => d.compile(shape('x', 0, [1, 2, 3])).sql);
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }).filter((s) => s !== '' && !s.includes('\u0000')), fc.integer(), fc.tuple(fc.integer(), fc.integer(), fc.integer()), (body, n, ids) => {
      dialects.forEach((d, i) => expect(d.compile(shape(body, n, ids)).sql).toBe(reference[i]));
    }),
    { numRuns: 300 },
  );
});
