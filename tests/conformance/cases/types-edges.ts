/**
 * Values at the edges of their types: 64-bit integers, 38-digit numerics,
 * dates before 1970 and after 2038, 100 000-character text, booleans, JSON,
 * UUID and bytes. Every value is inserted bound and read back exactly.
 */
import { bigint, blob, boolean, cast, date, double, fn, insert, integer, InvalidValueError, json, numeric, select, smallint, table, text, time, timestamp, uuid } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';

const MAX_BIGINT = 9223372036854775807n;
const MIN_BIGINT = -9223372036854775808n;
/** 100 000 characters, two bytes each in UTF-8: past MySQL's 64 KB TEXT. */
const LONG_TEXT = 'αβγδε'.repeat(20000);

const numbersFixture = defineFixture((name) => ({
  numbers: table(name('numbers'), {
    id: integer().primaryKey({ autoIncrement: false }),
    big: bigint(),
    int: integer(),
    small: smallint(),
    dbl: double(),
  }),
}));

const decimalsFixture = defineFixture((name) => ({
  decimals: table(name('decimals'), {
    id: integer().primaryKey({ autoIncrement: false }),
    wide: numeric({ precision: 38, scale: 0 }),
    fine: numeric({ precision: 20, scale: 10 }),
  }),
}));

const clockFixture = defineFixture((name) => ({
  clock: table(name('clock'), { id: integer().primaryKey({ autoIncrement: false }), tm: time().notNull(), dbl: double() }),
}));

const timesFixture = defineFixture((name) => ({
  times: table(name('times'), { id: integer().primaryKey({ autoIncrement: false }), day: date().notNull(), at: timestamp().notNull() }),
}));

const docsFixture = defineFixture((name) => ({
  docs: table(name('docs'), { id: integer().primaryKey({ autoIncrement: false }), body: text().notNull() }),
}));

const miscFixture = defineFixture((name) => ({
  misc: table(name('misc'), {
    id: integer().primaryKey({ autoIncrement: false }),
    flag: boolean().notNull(),
    doc: json<{ tags: string[]; n: number | null }>(),
    ref: uuid(),
    bytes: blob(),
  }),
}));

export const typesEdges: Area = {
  name: 'types-edges',
  cases: [
    defineCase({
      name: 'times of day keep microseconds and read back in one shape',
      covers: "time() values: 'HH:MM' and trailing zeros written canonically, six fraction digits kept (MariaDB TIME(6)), compared as written",
      fixture: clockFixture,
      seed: ({ clock }) => [
        insert(clock).values([
          { id: 1, tm: '12:57:18.123456' },
          { id: 2, tm: '08:05' },
          { id: 3, tm: '23:59:59.500' },
          { id: 4, tm: '12:57:18' },
        ]),
      ],
      build: ({ clock }) => select(clock.c.id, clock.c.tm).from(clock).where(clock.c.tm.gte('08:05:00.000')).orderBy(clock.c.tm),
      expect: {
        ordered: true,
        rows: [
          { id: 2, tm: '08:05:00' },
          { id: 4, tm: '12:57:18' },
          { id: 1, tm: '12:57:18.123456' },
          { id: 3, tm: '23:59:59.5' },
        ],
      },
      sql: {
        sqlite: 'SELECT "clock"."id", "clock"."tm" FROM "clock" WHERE "clock"."tm" >= ? ORDER BY "clock"."tm"',
        postgres: 'SELECT "clock"."id", "clock"."tm" FROM "clock" WHERE "clock"."tm" >= $1 ORDER BY "clock"."tm"',
        mysql: 'SELECT `clock`.`id`, `clock`.`tm` FROM `clock` WHERE `clock`.`tm` >= ? ORDER BY `clock`.`tm`',
        oracle: 'SELECT CLOCK.ID, CLOCK.TM FROM CLOCK WHERE CLOCK.TM >= :1 ORDER BY CLOCK.TM',
      },
    }),
    defineCase({
      name: 'negative zero in a double column',
      covers: '-0 is kept where the database stores it (PostgreSQL), read as 0 where it does not',
      fixture: clockFixture,
      seed: ({ clock }) => [
        insert(clock).values([
          { id: 1, tm: '00:00', dbl: -0 },
          { id: 2, tm: '00:00', dbl: 0 },
        ]),
      ],
      build: ({ clock }) => select(clock.c.id, clock.c.dbl).from(clock).orderBy(clock.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, dbl: -0 },
          { id: 2, dbl: 0 },
        ],
      },
      expectOn: {
        sqlite: {
          why: 'SQLite writes a REAL with no fraction to disk as an integer (Datatypes, "Storage Classes"): -0.0 comes back as 0',
          ordered: true,
          rows: [
            { id: 1, dbl: 0 },
            { id: 2, dbl: 0 },
          ],
        },
        mysql: {
          why: 'MariaDB stores -0 in a DOUBLE as 0, even written as the literal -0e0',
          ordered: true,
          rows: [
            { id: 1, dbl: 0 },
            { id: 2, dbl: 0 },
          ],
        },
      },
      sql: {
        sqlite: 'SELECT "clock"."id", "clock"."dbl" FROM "clock" ORDER BY "clock"."id"',
        postgres: 'SELECT "clock"."id", "clock"."dbl" FROM "clock" ORDER BY "clock"."id"',
        mysql: 'SELECT `clock`.`id`, `clock`.`dbl` FROM `clock` ORDER BY `clock`.`id`',
        oracle: 'SELECT CLOCK.ID, CLOCK.DBL FROM CLOCK ORDER BY CLOCK.ID',
      },
    }),
    defineCase({
      name: 'integers at their limits',
      covers: 'max/min bigint, integer, smallint; bigint read as bigint',
      fixture: numbersFixture,
      seed: ({ numbers }) => [
        insert(numbers).values([
          { id: 1, big: MAX_BIGINT, int: 2147483647, small: 32767, dbl: 1.5e300 },
          { id: 2, big: MIN_BIGINT, int: -2147483648, small: -32768, dbl: -0.5 },
          { id: 3, big: 0n, int: 0, small: 0, dbl: 0 },
        ]),
      ],
      build: ({ numbers }) => select(numbers).where(numbers.c.big.in([MAX_BIGINT, MIN_BIGINT])).orderBy(numbers.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, big: 9223372036854775807n, int: 2147483647, small: 32767, dbl: 1.5e300 },
          { id: 2, big: -9223372036854775808n, int: -2147483648, small: -32768, dbl: -0.5 },
        ],
      },
      sql: {
        sqlite: 'SELECT "numbers"."id", "numbers"."big", "numbers"."int", "numbers"."small", "numbers"."dbl" FROM "numbers" WHERE "numbers"."big" IN (?, ?) ORDER BY "numbers"."id"',
        postgres: 'SELECT "numbers"."id", "numbers"."big", "numbers"."int", "numbers"."small", "numbers"."dbl" FROM "numbers" WHERE "numbers"."big" IN ($1, $2) ORDER BY "numbers"."id"',
        mysql: 'SELECT `numbers`.`id`, `numbers`.`big`, `numbers`.`int`, `numbers`.`small`, `numbers`.`dbl` FROM `numbers` WHERE `numbers`.`big` IN (CAST(? AS SIGNED), CAST(? AS SIGNED)) ORDER BY `numbers`.`id`',
        oracle: 'SELECT NUMBERS.ID, NUMBERS.BIG, NUMBERS.INT, NUMBERS.SMALL, NUMBERS.DBL FROM NUMBERS WHERE NUMBERS.BIG IN (TO_NUMBER(:1), TO_NUMBER(:2)) ORDER BY NUMBERS.ID',
      },
    }),
    defineCase({
      name: 'bigint arithmetic stays exact',
      covers: 'arithmetic on bigint near its limit',
      fixture: numbersFixture,
      seed: ({ numbers }) => [insert(numbers).values({ id: 1, big: 9223372036854775000n })],
      build: ({ numbers }) => select(numbers.c.big.plus(807n).as('top')).from(numbers),
      expect: { ordered: true, rows: [{ top: 9223372036854775807n }] },
      sql: {
        sqlite: 'SELECT "numbers"."big" + ? AS "top" FROM "numbers"',
        postgres: 'SELECT "numbers"."big" + $1 AS "top" FROM "numbers"',
        // BIGINT binds are cast: the binary protocol sends them as strings, compared in double precision otherwise.
        mysql: 'SELECT `numbers`.`big` + CAST(? AS SIGNED) AS `top` FROM `numbers`',
        oracle: 'SELECT NUMBERS.BIG + TO_NUMBER(:1) AS TOP FROM NUMBERS',
      },
    }),
    defineCase({
      name: '38-digit numerics',
      covers: 'numeric(38, 0) and numeric(20, 10) written and read as exact strings',
      fixture: decimalsFixture,
      build: ({ decimals }) =>
        insert(decimals).values([
          { id: 1, wide: '12345678901234567890123456789012345678', fine: '1234567890.0123456789' },
          { id: 2, wide: '-99999999999999999999999999999999999999', fine: '-0.0000000001' },
        ]),
      check: ({ decimals }) => select(decimals).orderBy(decimals.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, wide: '12345678901234567890123456789012345678', fine: '1234567890.0123456789' },
          { id: 2, wide: '-99999999999999999999999999999999999999', fine: '-0.0000000001' },
        ],
      },
      expectOn: {
        sqlite: {
          why: 'SQLite stores NUMERIC as a 64-bit integer or a double (15 to 17 significant digits; sqlite.org, Datatypes, type affinity): a decimal no double holds exactly is refused rather than rounded',
          error: InvalidValueError,
          at: 'build',
        },
      },
      sql: {
        sqlite: { error: InvalidValueError },
        postgres: 'INSERT INTO "decimals" ("id", "wide", "fine") VALUES ($1, $2, $3), ($4, $5, $6)',
        mysql: 'INSERT INTO `decimals` (`id`, `wide`, `fine`) VALUES (?, CAST(? AS DECIMAL(65, 27)), CAST(? AS DECIMAL(65, 30))), (?, CAST(? AS DECIMAL(65, 27)), CAST(? AS DECIMAL(65, 30)))',
        oracle: 'INSERT INTO DECIMALS (ID, WIDE, FINE) SELECT :1, TO_NUMBER(:2), TO_NUMBER(:3) FROM DUAL UNION ALL SELECT :4, TO_NUMBER(:5), TO_NUMBER(:6) FROM DUAL',
      },
    }),
    defineCase({
      name: 'dates and timestamps before 1970 and after 2038',
      covers: 'date and timestamp round trips outside the 32-bit epoch',
      fixture: timesFixture,
      seed: ({ times }) => [
        insert(times).values([
          { id: 1, day: '1900-01-01', at: new Date('1969-07-20T20:17:40.000Z') },
          { id: 2, day: '1969-12-31', at: new Date('1970-01-01T00:00:00.000Z') },
          { id: 3, day: '2038-01-20', at: new Date('2038-01-19T03:14:08.000Z') },
          { id: 4, day: '9999-12-31', at: new Date('2100-02-28T23:59:59.123Z') },
        ]),
      ],
      build: ({ times }) => select(times).orderBy(times.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, day: '1900-01-01', at: new Date('1969-07-20T20:17:40.000Z') },
          { id: 2, day: '1969-12-31', at: new Date('1970-01-01T00:00:00.000Z') },
          { id: 3, day: '2038-01-20', at: new Date('2038-01-19T03:14:08.000Z') },
          { id: 4, day: '9999-12-31', at: new Date('2100-02-28T23:59:59.123Z') },
        ],
      },
      sql: {
        sqlite: 'SELECT "times"."id", "times"."day", "times"."at" FROM "times" ORDER BY "times"."id"',
        postgres: 'SELECT "times"."id", "times"."day", "times"."at" FROM "times" ORDER BY "times"."id"',
        mysql: 'SELECT `times`.`id`, `times`.`day`, `times`.`at` FROM `times` ORDER BY `times`.`id`',
        oracle: 'SELECT TIMES.ID, TIMES.DAY, TIMES.AT FROM TIMES ORDER BY TIMES.ID',
      },
    }),
    defineCase({
      name: 'comparing dates across the epoch',
      covers: 'bound dates and timestamps in comparisons',
      fixture: timesFixture,
      seed: ({ times }) => [
        insert(times).values([
          { id: 1, day: '1900-01-01', at: new Date('1969-07-20T20:17:40.000Z') },
          { id: 2, day: '2038-01-20', at: new Date('2038-01-19T03:14:08.000Z') },
        ]),
      ],
      build: ({ times }) =>
        select(times.c.id)
          .from(times)
          .where(times.c.at.lt(new Date('1970-01-01T00:00:00.000Z')))
          .where(times.c.day.lt('1970-01-01')),
      expect: { ordered: true, rows: [{ id: 1 }] },
      sql: {
        sqlite: 'SELECT "times"."id" FROM "times" WHERE "times"."at" < ? AND "times"."day" < ?',
        postgres: 'SELECT "times"."id" FROM "times" WHERE "times"."at" < $1 AND "times"."day" < $2',
        mysql: 'SELECT `times`.`id` FROM `times` WHERE `times`.`at` < ? AND `times`.`day` < ?',
        oracle: "SELECT TIMES.ID FROM TIMES WHERE TIMES.AT < TO_TIMESTAMP(:1, 'YYYY-MM-DD HH24:MI:SS.FF3') AND TIMES.DAY < TO_DATE(:2, 'YYYY-MM-DD')",
      },
    }),
    defineCase({
      name: 'long text',
      covers: 'text of 100 000 characters (200 000 bytes)',
      fixture: docsFixture,
      seed: ({ docs }) => [insert(docs).values({ id: 1, body: LONG_TEXT })],
      build: ({ docs }) => select(docs.c.body, fn.length(docs.c.body).as('chars')).from(docs),
      expect: { ordered: true, rows: [{ body: 'αβγδε'.repeat(20000), chars: 100000 }] },
      sql: {
        sqlite: 'SELECT "docs"."body", LENGTH("docs"."body") AS "chars" FROM "docs"',
        postgres: 'SELECT "docs"."body", LENGTH("docs"."body") AS "chars" FROM "docs"',
        mysql: 'SELECT `docs`.`body`, CHAR_LENGTH(`docs`.`body`) AS `chars` FROM `docs`',
        oracle: 'SELECT DOCS.BODY, LENGTH(DOCS.BODY) AS CHARS FROM DOCS',
      },
    }),
    defineCase({
      name: 'booleans, JSON, UUID and bytes',
      covers: 'boolean (0/1 where there is no boolean type), json, uuid, blob round trips; WHERE on a boolean',
      fixture: miscFixture,
      seed: ({ misc }) => [
        insert(misc).values([
          { id: 1, flag: true, doc: { tags: ['a', 'ü'], n: 1.5 }, ref: '123e4567-e89b-12d3-a456-426614174000', bytes: Buffer.from([0, 1, 254, 255]) },
          { id: 2, flag: false, doc: { tags: [], n: null }, ref: null, bytes: Buffer.from([]) },
        ]),
      ],
      build: ({ misc }) => select(misc).where(misc.c.flag.eq(true)),
      expect: {
        ordered: true,
        rows: [{ id: 1, flag: true, doc: { tags: ['a', 'ü'], n: 1.5 }, ref: '123e4567-e89b-12d3-a456-426614174000', bytes: Buffer.from([0, 1, 254, 255]) }],
      },
      sql: {
        sqlite: 'SELECT "misc"."id", "misc"."flag", "misc"."doc", "misc"."ref", "misc"."bytes" FROM "misc" WHERE "misc"."flag" = ?',
        postgres: 'SELECT "misc"."id", "misc"."flag", "misc"."doc", "misc"."ref", "misc"."bytes" FROM "misc" WHERE "misc"."flag" = $1',
        mysql: 'SELECT `misc`.`id`, `misc`.`flag`, `misc`.`doc`, `misc`.`ref`, `misc`.`bytes` FROM `misc` WHERE `misc`.`flag` = ?',
        oracle: 'SELECT MISC.ID, MISC.FLAG, MISC.DOC, MISC.REF, MISC.BYTES FROM MISC WHERE MISC.FLAG = :1',
      },
    }),
    defineCase({
      name: 'false and empty bytes',
      covers: 'boolean false, empty blob, NULL uuid',
      fixture: miscFixture,
      seed: ({ misc }) => [insert(misc).values({ id: 2, flag: false, doc: { tags: [], n: null }, ref: null, bytes: Buffer.from([]) })],
      build: ({ misc }) => select(misc.c.flag, misc.c.doc, misc.c.ref, misc.c.bytes).from(misc),
      expect: { ordered: true, rows: [{ flag: false, doc: { tags: [], n: null }, ref: null, bytes: Buffer.from([]) }] },
      sql: {
        sqlite: 'SELECT "misc"."flag", "misc"."doc", "misc"."ref", "misc"."bytes" FROM "misc"',
        postgres: 'SELECT "misc"."flag", "misc"."doc", "misc"."ref", "misc"."bytes" FROM "misc"',
        mysql: 'SELECT `misc`.`flag`, `misc`.`doc`, `misc`.`ref`, `misc`.`bytes` FROM `misc`',
        oracle: 'SELECT MISC.FLAG, MISC.DOC, MISC.REF, MISC.BYTES FROM MISC',
      },
    }),
    defineCase({
      name: 'UUIDs read back in lower case, however they were written',
      covers: 'uuid bound in capitals is stored and compared in lower case (SQLite compares text byte by byte); a capitalised UUID read from text through CAST comes back in lower case, as PostgreSQL writes every uuid',
      fixture: miscFixture,
      seed: ({ misc }) => [
        insert(misc).values([
          { id: 3, flag: true, doc: null, ref: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', bytes: null },
          { id: 4, flag: true, doc: null, ref: '123e4567-e89b-12d3-a456-426614174000', bytes: null },
        ]),
      ],
      build: ({ misc }) => select(misc.c.id, misc.c.ref).from(misc).where(misc.c.ref.eq('A0EEBC99-9C0B-4EF8-BB6D-6bb9bd380a11')),
      expect: { ordered: true, rows: [{ id: 3, ref: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' }] },
      sql: {
        sqlite: 'SELECT "misc"."id", "misc"."ref" FROM "misc" WHERE "misc"."ref" = ?',
        postgres: 'SELECT "misc"."id", "misc"."ref" FROM "misc" WHERE "misc"."ref" = $1',
        mysql: 'SELECT `misc`.`id`, `misc`.`ref` FROM `misc` WHERE `misc`.`ref` = ?',
        oracle: 'SELECT MISC.ID, MISC.REF FROM MISC WHERE MISC.REF = :1',
      },
    }),
    defineCase({
      name: 'a UUID cast from capitalised text reads back in lower case',
      covers: 'CAST(text AS uuid) of a value the database stores as written (CHAR(36), TEXT, VARCHAR2): the uuid codec reads it in lower case on every dialect',
      fixture: docsFixture,
      seed: ({ docs }) => [insert(docs).values({ id: 1, body: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' })],
      build: ({ docs }) => select({ id: docs.c.id, ref: cast(docs.c.body, uuid()) }).from(docs),
      expect: { ordered: true, rows: [{ id: 1, ref: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' }] },
      sql: {
        sqlite: 'SELECT "docs"."id", CAST("docs"."body" AS TEXT) AS "ref" FROM "docs"',
        postgres: 'SELECT "docs"."id", CAST("docs"."body" AS UUID) AS "ref" FROM "docs"',
        mysql: 'SELECT `docs`.`id`, CAST(`docs`.`body` AS CHAR(36)) AS `ref` FROM `docs`',
        oracle: 'SELECT DOCS.ID, CAST(DOCS.BODY AS VARCHAR2(36 CHAR)) AS REF FROM DOCS',
      },
    }),
  ],
};
