/**
 * Unicode (accents, Greek, CJK, combining marks, 4-byte emoji), empty
 * strings against NULL, empty tables, and identifiers that need quoting.
 */
import { fn, insert, integer, InvalidIdentifierError, or, select, table, text } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';
import { peopleFixture } from './fixtures';

const wordsFixture = defineFixture((name) => ({
  words: table(name('words'), { id: integer().primaryKey({ autoIncrement: false }), word: text() }),
}));

const seedWords = ({ words }: { words: ReturnType<typeof wordsFixture.make>['words'] }) => [
  insert(words).values([
    { id: 1, word: 'Zoë' },
    { id: 2, word: 'Ελληνικά' },
    { id: 3, word: '日本語' },
    { id: 4, word: '😀🚀' },
    { id: 5, word: 'e\u0301' },
    { id: 6, word: '' },
    { id: 7, word: null },
  ]),
];

/** Words whose case folds beyond ASCII: accents, the German sharp s, the Turkish dotted I, Greek sigma. */
const seedFolded = ({ words }: { words: ReturnType<typeof wordsFixture.make>['words'] }) => [
  insert(words).values([
    { id: 1, word: 'ÉCOLE normale' },
    { id: 2, word: 'ecole' },
    { id: 3, word: 'İSTANBUL' },
    { id: 4, word: 'STRASSE' },
    { id: 5, word: 'straße' },
    { id: 6, word: 'ΟΔΟΣ' },
    { id: 7, word: 'ÄRGER' },
    { id: 8, word: 'Straẞe' },
  ]),
];

/** The golden SQL of `SELECT id FROM words WHERE <condition> ORDER BY id`, per dialect. */
const wordIds = (where: { sqlite: string; postgres: string; mysql: string; oracle: string }) => ({
  sqlite: `SELECT "words"."id" FROM "words" WHERE ${where.sqlite} ORDER BY "words"."id"`,
  postgres: `SELECT "words"."id" FROM "words" WHERE ${where.postgres} ORDER BY "words"."id"`,
  mysql: `SELECT \`words\`.\`id\` FROM \`words\` WHERE ${where.mysql} ORDER BY \`words\`.\`id\``,
  oracle: `SELECT WORDS.ID FROM WORDS WHERE ${where.oracle} ORDER BY WORDS.ID`,
});

const oddFixture = defineFixture((name) => ({
  odd: table(name('odd "names"'), { id: integer().primaryKey({ autoIncrement: false }), it: text(`it's a "col"`) }),
}));

export const unicodeAndEmpty: Area = {
  name: 'unicode-and-empty',
  cases: [
    defineCase({
      name: 'unicode round trip',
      covers: 'unicode, including 4-byte emoji and combining marks; character lengths',
      fixture: wordsFixture,
      seed: seedWords,
      build: ({ words }) => select(words.c.id, words.c.word, fn.length(words.c.word).as('chars')).from(words).where(words.c.id.lte(5)).orderBy(words.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, word: 'Zoë', chars: 3 },
          { id: 2, word: 'Ελληνικά', chars: 8 },
          { id: 3, word: '日本語', chars: 3 },
          { id: 4, word: '😀🚀', chars: 2 },
          { id: 5, word: 'e\u0301', chars: 2 },
        ],
      },
      sql: {
        sqlite: 'SELECT "words"."id", "words"."word", LENGTH("words"."word") AS "chars" FROM "words" WHERE "words"."id" <= ? ORDER BY "words"."id"',
        postgres: 'SELECT "words"."id", "words"."word", LENGTH("words"."word") AS "chars" FROM "words" WHERE "words"."id" <= $1 ORDER BY "words"."id"',
        mysql: 'SELECT `words`.`id`, `words`.`word`, CHAR_LENGTH(`words`.`word`) AS `chars` FROM `words` WHERE `words`.`id` <= ? ORDER BY `words`.`id`',
        oracle: 'SELECT WORDS.ID, WORDS.WORD, LENGTH(WORDS.WORD) AS CHARS FROM WORDS WHERE WORDS.ID <= :1 ORDER BY WORDS.ID',
      },
    }),
    defineCase({
      name: 'emoji compare by value',
      covers: 'a bound 4-byte string in WHERE; different emoji are different strings',
      fixture: wordsFixture,
      seed: ({ words }) => [
        insert(words).values([
          { id: 1, word: '😀🚀' },
          { id: 2, word: '🎉🎉' },
        ]),
      ],
      build: ({ words }) => select(words.c.id).from(words).where(words.c.word.eq('😀🚀')),
      expect: { ordered: true, rows: [{ id: 1 }] },
      sql: {
        sqlite: 'SELECT "words"."id" FROM "words" WHERE "words"."word" = ?',
        postgres: 'SELECT "words"."id" FROM "words" WHERE "words"."word" = $1',
        mysql: 'SELECT `words`.`id` FROM `words` WHERE `words`.`word` = ?',
        oracle: 'SELECT WORDS.ID FROM WORDS WHERE TO_CHAR(WORDS.WORD) = :1',
      },
    }),
    defineCase({
      name: 'UPPER beyond ASCII',
      covers: 'fn.upper on non-ASCII letters',
      fixture: wordsFixture,
      seed: seedWords,
      build: ({ words }) => select(fn.upper(words.c.word).as('up')).from(words).where(words.c.id.eq(1)),
      expect: { ordered: true, rows: [{ up: 'ZOË' }] },
      expectOn: {
        sqlite: { why: "SQLite's built-in upper() folds ASCII only (sqlite.org, Core Functions, upper)", ordered: true, rows: [{ up: 'ZOë' }] },
      },
      sql: {
        sqlite: 'SELECT UPPER("words"."word") AS "up" FROM "words" WHERE "words"."id" = ?',
        postgres: 'SELECT UPPER("words"."word") AS "up" FROM "words" WHERE "words"."id" = $1',
        mysql: 'SELECT UPPER(`words`.`word`) AS `up` FROM `words` WHERE `words`.`id` = ?',
        oracle: 'SELECT UPPER(WORDS.WORD) AS UP FROM WORDS WHERE WORDS.ID = :1',
      },
    }),
    defineCase({
      name: 'ILIKE folds case beyond ASCII',
      covers: "ilike over accented capitals: 'ÉCOLE normale' ilike 'école%' (SQLite compares alkahest_lower(), Unicode's simple lower case, as PostgreSQL's lower())",
      fixture: wordsFixture,
      seed: seedFolded,
      build: ({ words }) => select(words.c.id).from(words).where(words.c.word.ilike('école%')).orderBy(words.c.id),
      expect: { ordered: true, rows: [{ id: 1 }] },
      expectOn: {
        mysql: { why: "MariaDB compares under the table's collation (utf8mb4_unicode_520_ci), which also ignores accents: 'ecole' matches", ordered: true, rows: [{ id: 1 }, { id: 2 }] },
      },
      sql: wordIds({
        sqlite: `alkahest_lower("words"."word") LIKE alkahest_lower(?) ESCAPE '\\'`,
        postgres: `"words"."word" ILIKE $1 ESCAPE E'\\\\'`,
        mysql: "LOWER(`words`.`word`) LIKE LOWER(?) ESCAPE _utf8mb4 X'5c'",
        oracle: `UPPER(WORDS.WORD) LIKE UPPER(:1) ESCAPE '\\'`,
      }),
    }),
    defineCase({
      name: 'ILIKE with the sharp s, the dotted I and umlauts',
      covers: "ilike folds one character to one: 'İSTANBUL' matches 'istanbul', 'Straẞe' matches 'straße', 'STRASSE' does not (ß is not ss), 'ÄRGER' matches 'ärger'",
      fixture: wordsFixture,
      seed: seedFolded,
      build: ({ words }) =>
        select(words.c.id)
          .from(words)
          .where(or(words.c.word.ilike('istanbul'), words.c.word.ilike('straße'), words.c.word.ilike('ärger')))
          .orderBy(words.c.id),
      expect: { ordered: true, rows: [{ id: 3 }, { id: 5 }, { id: 7 }, { id: 8 }] },
      sql: wordIds({
        sqlite: `alkahest_lower("words"."word") LIKE alkahest_lower(?) ESCAPE '\\' OR alkahest_lower("words"."word") LIKE alkahest_lower(?) ESCAPE '\\' OR alkahest_lower("words"."word") LIKE alkahest_lower(?) ESCAPE '\\'`,
        postgres: `"words"."word" ILIKE $1 ESCAPE E'\\\\' OR "words"."word" ILIKE $2 ESCAPE E'\\\\' OR "words"."word" ILIKE $3 ESCAPE E'\\\\'`,
        mysql:
          "LOWER(`words`.`word`) LIKE LOWER(?) ESCAPE _utf8mb4 X'5c' OR LOWER(`words`.`word`) LIKE LOWER(?) ESCAPE _utf8mb4 X'5c' OR LOWER(`words`.`word`) LIKE LOWER(?) ESCAPE _utf8mb4 X'5c'",
        oracle: `UPPER(WORDS.WORD) LIKE UPPER(:1) ESCAPE '\\' OR UPPER(WORDS.WORD) LIKE UPPER(:2) ESCAPE '\\' OR UPPER(WORDS.WORD) LIKE UPPER(:3) ESCAPE '\\'`,
      }),
    }),
    defineCase({
      name: 'ILIKE keeps the final sigma apart',
      covers: "lower('ΟΔΟΣ') is 'οδοσ' (one character to one), which 'οδος' with its final ς does not match, as on PostgreSQL",
      fixture: wordsFixture,
      seed: seedFolded,
      build: ({ words }) => select(words.c.id).from(words).where(words.c.word.ilike('οδος')).orderBy(words.c.id),
      expect: { ordered: true, rows: [] },
      expectOn: {
        mysql: { why: "MariaDB's utf8mb4_unicode_520_ci collation weighs σ and ς alike", ordered: true, rows: [{ id: 6 }] },
        oracle: { why: "Oracle's ILIKE emulation compares UPPER(), and both sigmas upper-case to Σ", ordered: true, rows: [{ id: 6 }] },
      },
      sql: wordIds({
        sqlite: `alkahest_lower("words"."word") LIKE alkahest_lower(?) ESCAPE '\\'`,
        postgres: `"words"."word" ILIKE $1 ESCAPE E'\\\\'`,
        mysql: "LOWER(`words`.`word`) LIKE LOWER(?) ESCAPE _utf8mb4 X'5c'",
        oracle: `UPPER(WORDS.WORD) LIKE UPPER(:1) ESCAPE '\\'`,
      }),
    }),
    defineCase({
      name: 'empty string is not NULL',
      covers: "empty strings: '' is a value, distinct from NULL",
      fixture: wordsFixture,
      seed: seedWords,
      build: ({ words }) => select(words.c.id, words.c.word).from(words).where(words.c.word.eq('')),
      expect: { ordered: true, rows: [{ id: 6, word: '' }] },
      expectOn: {
        oracle: {
          why: "Oracle stores '' as NULL (SQL Language Reference, Nulls); alkahest compiles eq('') to IS NULL there",
          ordered: false,
          rows: [
            { id: 6, word: null },
            { id: 7, word: null },
          ],
        },
      },
      sql: {
        sqlite: 'SELECT "words"."id", "words"."word" FROM "words" WHERE "words"."word" = ?',
        postgres: 'SELECT "words"."id", "words"."word" FROM "words" WHERE "words"."word" = $1',
        mysql: 'SELECT `words`.`id`, `words`.`word` FROM `words` WHERE `words`.`word` = ?',
        oracle: 'SELECT WORDS.ID, WORDS.WORD FROM WORDS WHERE WORDS.WORD IS NULL',
      },
    }),
    defineCase({
      name: 'NULL is not the empty string',
      covers: "empty strings: IS NULL does not match ''",
      fixture: wordsFixture,
      seed: seedWords,
      build: ({ words }) => select(words.c.id).from(words).where(words.c.word.isNull()),
      expect: { ordered: true, rows: [{ id: 7 }] },
      expectOn: {
        oracle: { why: "Oracle stores '' as NULL (SQL Language Reference, Nulls)", ordered: false, rows: [{ id: 6 }, { id: 7 }] },
      },
      sql: {
        sqlite: 'SELECT "words"."id" FROM "words" WHERE "words"."word" IS NULL',
        postgres: 'SELECT "words"."id" FROM "words" WHERE "words"."word" IS NULL',
        mysql: 'SELECT `words`.`id` FROM `words` WHERE `words`.`word` IS NULL',
        oracle: 'SELECT WORDS.ID FROM WORDS WHERE WORDS.WORD IS NULL',
      },
    }),
    defineCase({
      name: 'SELECT from an empty table',
      covers: 'empty results',
      fixture: peopleFixture,
      build: ({ people }) => select(people).orderBy(people.c.id),
      expect: { ordered: true, rows: [] },
      sql: {
        sqlite: 'SELECT "people"."id", "people"."name", "people"."age", "people"."city" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", "people"."name", "people"."age", "people"."city" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, `people`.`name`, `people`.`age`, `people`.`city` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, PEOPLE.NAME, PEOPLE.AGE, PEOPLE.CITY FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      name: 'identifiers with quotes and spaces',
      covers: 'identifiers always quoted, embedded quotes escaped',
      fixture: oddFixture,
      seed: ({ odd }) => [insert(odd).values({ id: 1, it: 'ok' })],
      build: ({ odd }) => select(odd.c.it).from(odd),
      expect: { ordered: true, rows: [{ it: 'ok' }] },
      sql: {
        sqlite: `SELECT "odd ""names"""."it's a ""col""" AS "it" FROM "odd ""names"""`,
        postgres: `SELECT "odd ""names"""."it's a ""col""" AS "it" FROM "odd ""names"""`,
        mysql: 'SELECT `odd "names"`.`it\'s a "col"` AS `it` FROM `odd "names"`',
        // Oracle identifiers cannot hold a double quote (SQL Language Reference, Database Object Names and Qualifiers).
        oracle: { error: InvalidIdentifierError },
      },
    }),
  ],
};
