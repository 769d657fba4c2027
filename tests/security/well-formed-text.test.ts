/**
 * Text with a lone UTF-16 surrogate cannot be stored by any database: each
 * driver encodes it as UTF-8, where it becomes U+FFFD, so what is read back
 * is not what was written. It is refused when the statement is built, in
 * every place text is bound; well-formed text (astral characters included)
 * is accepted and round-trips.
 */
import fc from 'fast-check';
import { createTable, dropTable, fn, insert, integer, InvalidValueError, param, select, sql, table, text } from '@alkahest/core';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const notes = table('notes', { id: integer().primaryKey({ autoIncrement: false }), body: text() });
const lone = ['\uD800', 'a\uDFFFb', 'x\uD83D', '\uDE00y'];

test('a lone surrogate is refused at build time, naming where it was', () => {
  for (const s of lone) {
    expect(() => insert(notes).values({ id: 1, body: s })).toThrow(InvalidValueError);
    expect(() => notes.c.body.eq(s)).toThrow(/column notes\.body: the string has a lone UTF-16 surrogate \(U\+D[89A-F][0-9A-F]{2} at index \d\)/);
    expect(() => notes.c.body.like(s)).toThrow(InvalidValueError);
    expect(() => sql`SELECT ${s}`).toThrow(/sql`…` value #1: the string has a lone UTF-16 surrogate/);
    expect(() => fn.call('lower', s)).toThrow(InvalidValueError);
  }
});

test('a lone surrogate in a prepared query\'s parameter is refused when it is bound', () => {
  const prepared = sqlite.createDialect().prepare(select(notes.c.id).from(notes).where(notes.c.body.eq(param('body'))));
  expect(() => prepared.bind({ body: 'ok \uD83D\uDE00' })).not.toThrow();
  expect(() => prepared.bind({ body: 'bad \uD83D' })).toThrow(/parameter :body: the string has a lone UTF-16 surrogate/);
});

test('property: a string is refused exactly when it is not well-formed UTF-16', () => {
  const wellFormed = (s: string): boolean => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = s.charCodeAt(i + 1);
        if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
        i++;
      } else if (c >= 0xdc00 && c <= 0xdfff) return false;
    }
    return true;
  };
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 6, unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }), (a, b) => {
      const s = a + b;
      if (wellFormed(s)) expect(() => notes.c.body.eq(s)).not.toThrow();
      else expect(() => notes.c.body.eq(s)).toThrow(InvalidValueError);
    }),
    { numRuns: 300 },
  );
});

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('well-formed text with astral characters round-trips', async () => {
      const t = table(uniqueName('wellformed'), { id: integer().primaryKey({ autoIncrement: false }), body: text() });
      const body = 'emoji \uD83D\uDE00, math \uD835\uDC00, last \uDBFF\uDFFF';
      await engine().execute(createTable(t));
      try {
        await engine().execute(insert(t).values({ id: 1, body }));
        expect(await engine().execute(select(t.c.body).from(t).where(t.c.body.eq(body)))).toEqual([{ body }]);
      } finally {
        await engine().execute(dropTable(t, { ifExists: true }));
      }
    });
  });
}
