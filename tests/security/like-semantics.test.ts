/**
 * LIKE means the same on every database: random patterns over random text,
 * run live on SQLite, PostgreSQL and MariaDB, must match exactly the rows a
 * reference matcher written here says they match. The meaning: `%` is any
 * run of characters, `_` one character (a code point, so an emoji is one),
 * comparison is exact (case- and accent-sensitive), and `\` escapes `%`, `_`
 * and itself unless another escape character is given.
 */
import fc from 'fast-check';
import { createTable, dropTable, insert, integer, InvalidValueError, select, table, text } from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';
import { unicodeLower } from '../../packages/sqlite/src/functions';

/** The reference: a LIKE pattern as a regular expression over code points. */
function likeMatches(value: string, pattern: string, escape = '\\'): boolean {
  const chars = [...pattern];
  let source = '^';
  const literal = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === escape) source += literal(chars[++i]!);
    else if (c === '%') source += '[^]*';
    else if (c === '_') source += '[^]';
    else source += literal(c);
  }
  return new RegExp(`${source}$`, 'u').test(value);
}

const textChars = ['a', 'b', 'A', 'é', 'É', 'e\u0301', '😀', ' ', '%', '_', '\\', '.', '*', '[', '!', '\n'];
const patternTokens = ['a', 'b', 'A', 'é', 'É', '😀', ' ', '.', '*', '[', '%', '%', '_', '_', '\\%', '\\_', '\\\\'];
const texts = fc.sample(
  fc.array(fc.constantFrom(...textChars), { maxLength: 6 }).map((cs) => cs.join('')),
  { numRuns: 120, seed: 13 },
);
const patterns = fc.array(fc.constantFrom(...patternTokens), { minLength: 1, maxLength: 5 }).map((ts) => ts.join(''));
/** The same patterns written with `!` as the escape character. */
const bangPattern = (p: string): string => p.replace(/\\([\\%_])/g, (_m, c: string) => (c === '\\' ? '\\' : `!${c}`));

test('the reference matcher agrees with the examples of the issue', () => {
  expect(likeMatches('a_b', 'a\\_b')).toBe(true);
  expect(likeMatches('axb', 'a\\_b')).toBe(false);
  expect(likeMatches('😀', '_')).toBe(true);
  expect(likeMatches('A', 'a')).toBe(false);
  expect(likeMatches('a\\b', 'a\\\\b')).toBe(true);
});

test('a bound pattern whose escape character escapes nothing is refused', () => {
  const t = table('t', { body: text() });
  expect(() => t.c.body.like('a\\b')).toThrow(InvalidValueError);
  expect(() => t.c.body.like('ends with \\')).toThrow(/LIKE pattern/);
  expect(() => t.c.body.like('a!b', { escape: '!' })).toThrow(InvalidValueError);
  expect(() => t.c.body.like('a\\b', { escape: '!' })).not.toThrow();
  expect(() => t.c.body.notLike('100\\%')).not.toThrow();
});

for (const db of databases) {
  describeDatabase(db, (engine) => {
    const docs = table(uniqueName('like'), { id: integer().primaryKey({ autoIncrement: false }), body: text().notNull() });

    beforeAll(async () => {
      try {
        engine();
      } catch {
        return;
      }
      await engine().execute(createTable(docs));
      await engine().execute(insert(docs).values(texts.map((body, id) => ({ id, body }))));
    });
    afterAll(async () => {
      try {
        await engine().execute(dropTable(docs, { ifExists: true }));
      } catch {
        // skipped database
      }
    });

    const expected = (pattern: string, escape?: string): number[] =>
      texts.flatMap((body, id) => (likeMatches(body, pattern, escape) ? [id] : []));
    const run = async (where: ReturnType<typeof docs.c.body.like>): Promise<number[]> =>
      (await engine().execute(select(docs.c.id).from(docs).where(where).orderBy(docs.c.id))).map((r) => r.id);

    liveTest('random patterns match the rows the reference matcher says (escape \\)', async () => {
      await fc.assert(
        fc.asyncProperty(patterns, async (pattern) => {
          expect({ pattern, ids: await run(docs.c.body.like(pattern)) }).toEqual({ pattern, ids: expected(pattern) });
          const all = texts.map((_t, id) => id);
          const matching = new Set(expected(pattern));
          expect({ pattern, ids: await run(docs.c.body.notLike(pattern)) }).toEqual({ pattern, ids: all.filter((id) => !matching.has(id)) });
        }),
        { numRuns: 60, seed: 1313 },
      );
    });

    // ILIKE: the same matching after Unicode's simple lower case of both sides. MariaDB's collation
    // also ignores accents (é = e\u0301 there), so its ILIKE is checked by the conformance cases instead.
    (db.name === 'mysql' ? test.skip : liveTest)('random ILIKE patterns: the same escapes, case folded beyond ASCII', async () => {
      const folded = (pattern: string): number[] => texts.flatMap((body, id) => (likeMatches(unicodeLower(body), unicodeLower(pattern)) ? [id] : []));
      await fc.assert(
        fc.asyncProperty(patterns, async (pattern) => {
          expect({ pattern, ids: await run(docs.c.body.ilike(pattern)) }).toEqual({ pattern, ids: folded(pattern) });
        }),
        { numRuns: 40, seed: 1315 },
      );
    });

    liveTest('random patterns with another escape character (!)', async () => {
      await fc.assert(
        fc.asyncProperty(patterns, async (pattern) => {
          const bang = bangPattern(pattern);
          expect({ bang, ids: await run(docs.c.body.like(bang, { escape: '!' })) }).toEqual({ bang, ids: expected(bang, '!') });
        }),
        { numRuns: 40, seed: 1314 },
      );
    });
  });
}
