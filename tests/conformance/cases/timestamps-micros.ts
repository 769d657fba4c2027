/**
 * Timestamps to the microsecond (`timestamp({ mode: 'string' | 'bigint' })`):
 * written as text, kept and read back exactly, .000001 and .999999 included;
 * compared and ordered by their microseconds; offsets taken into UTC; a
 * column of fewer fraction digits padded to them on read.
 */
import { and, dates, insert, integer, or, select, table, timestamp } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';

const ticksFixture = defineFixture((name) => ({
  ticks: table(name('ticks'), {
    id: integer().primaryKey({ autoIncrement: false }),
    at: timestamp({ mode: 'string', precision: 6 }).notNull(),
    atz: timestamp({ mode: 'string', withTimeZone: true }),
    us: timestamp({ mode: 'bigint' }),
    ms: timestamp({ mode: 'string', precision: 3 }),
  }),
}));

const seed = ({ ticks }: ReturnType<typeof ticksFixture.make>) => [
  insert(ticks).values([
    { id: 1, at: '2024-01-02 03:04:05.000001', atz: '2024-01-02T05:04:05.999999+02:00', us: 1704164645000001n, ms: '2024-01-02 03:04:05.123' },
    { id: 2, at: '2024-01-02 03:04:05.999999', atz: '1999-12-31 23:59:59.5Z', us: -1n, ms: '2024-01-02 03:04:05.1' },
    { id: 3, at: '2024-01-02 03:04:06' },
    { id: 4, at: '9999-12-31T23:59:59.999999Z', atz: '1970-01-01 00:00:00', us: 253402300799999999n, ms: '1000-01-01 00:00:00' },
  ]),
];

export const timestampsMicros: Area = {
  name: 'timestamps to the microsecond',
  cases: [
    defineCase({
      name: 'string-mode timestamps keep their microseconds and compare by them',
      covers: "timestamp({ mode: 'string' }): .000001 and .999999 read back exactly, BETWEEN and > with microsecond bounds, ORDER BY",
      fixture: ticksFixture,
      seed,
      build: ({ ticks }) =>
        select(ticks.c.id, ticks.c.at)
          .from(ticks)
          .where(and(ticks.c.at.between('2024-01-02 03:04:05.000001', '2024-01-02 03:04:06.000000'), or(ticks.c.at.gt('2024-01-02 03:04:05.000001'), ticks.c.id.eq(1))))
          .orderBy(ticks.c.at.desc()),
      expect: {
        ordered: true,
        rows: [
          { id: 3, at: '2024-01-02 03:04:06.000000' },
          { id: 2, at: '2024-01-02 03:04:05.999999' },
          { id: 1, at: '2024-01-02 03:04:05.000001' },
        ],
      },
      sql: {
        sqlite: 'SELECT "ticks"."id", "ticks"."at" FROM "ticks" WHERE "ticks"."at" BETWEEN ? AND ? AND ("ticks"."at" > ? OR "ticks"."id" = ?) ORDER BY "ticks"."at" DESC',
        postgres: 'SELECT "ticks"."id", "ticks"."at" FROM "ticks" WHERE "ticks"."at" BETWEEN $1 AND $2 AND ("ticks"."at" > $3 OR "ticks"."id" = $4) ORDER BY "ticks"."at" DESC',
        mysql: 'SELECT `ticks`.`id`, `ticks`.`at` FROM `ticks` WHERE `ticks`.`at` BETWEEN ? AND ? AND (`ticks`.`at` > ? OR `ticks`.`id` = ?) ORDER BY `ticks`.`at` DESC',
        oracle:
          "SELECT TICKS.ID, TICKS.AT FROM TICKS WHERE TICKS.AT BETWEEN TO_TIMESTAMP(:1, 'YYYY-MM-DD HH24:MI:SS.FF6') AND TO_TIMESTAMP(:2, 'YYYY-MM-DD HH24:MI:SS.FF6') AND (TICKS.AT > TO_TIMESTAMP(:3, 'YYYY-MM-DD HH24:MI:SS.FF6') OR TICKS.ID = :4) ORDER BY TICKS.AT DESC",
      },
    }),
    defineCase({
      name: 'bigint-mode timestamps are microseconds since the epoch, before 1970 and up to 9999',
      covers: "timestamp({ mode: 'bigint' }): -1n (1969-12-31 23:59:59.999999) to 9999-12-31 23:59:59.999999, compared with a bound bigint",
      fixture: ticksFixture,
      seed,
      build: ({ ticks }) => select(ticks.c.id, ticks.c.us).from(ticks).where(ticks.c.us.lt(1704164645000002n)).orderBy(ticks.c.us),
      expect: {
        ordered: true,
        rows: [
          { id: 2, us: -1n },
          { id: 1, us: 1704164645000001n },
        ],
      },
      sql: {
        sqlite: 'SELECT "ticks"."id", "ticks"."us" FROM "ticks" WHERE "ticks"."us" < ? ORDER BY "ticks"."us"',
        postgres: 'SELECT "ticks"."id", "ticks"."us" FROM "ticks" WHERE "ticks"."us" < $1 ORDER BY "ticks"."us"',
        mysql: 'SELECT `ticks`.`id`, `ticks`.`us` FROM `ticks` WHERE `ticks`.`us` < ? ORDER BY `ticks`.`us`',
        oracle: "SELECT TICKS.ID, TICKS.US FROM TICKS WHERE TICKS.US < TO_TIMESTAMP(:1, 'YYYY-MM-DD HH24:MI:SS.FF6') ORDER BY TICKS.US",
      },
    }),
    defineCase({
      name: 'with time zone, offsets are taken into UTC; fewer fraction digits are padded',
      covers: "timestamp({ mode: 'string', withTimeZone: true }) read as UTC text with Z; precision 3 kept and read with three digits",
      fixture: ticksFixture,
      seed,
      build: ({ ticks }) => select(ticks.c.id, ticks.c.atz, ticks.c.ms).from(ticks).orderBy(ticks.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, atz: '2024-01-02 03:04:05.999999Z', ms: '2024-01-02 03:04:05.123' },
          { id: 2, atz: '1999-12-31 23:59:59.500000Z', ms: '2024-01-02 03:04:05.100' },
          { id: 3, atz: null, ms: null },
          { id: 4, atz: '1970-01-01 00:00:00.000000Z', ms: '1000-01-01 00:00:00.000' },
        ],
      },
      sql: {
        sqlite: 'SELECT "ticks"."id", "ticks"."atz", "ticks"."ms" FROM "ticks" ORDER BY "ticks"."id"',
        postgres: 'SELECT "ticks"."id", "ticks"."atz", "ticks"."ms" FROM "ticks" ORDER BY "ticks"."id"',
        mysql: 'SELECT `ticks`.`id`, `ticks`.`atz`, `ticks`.`ms` FROM `ticks` ORDER BY `ticks`.`id`',
        oracle: 'SELECT TICKS.ID, TICKS.ATZ, TICKS.MS FROM TICKS ORDER BY TICKS.ID',
      },
    }),
    defineCase({
      name: 'date arithmetic on a string-mode timestamp reads back in its mode',
      covers: 'dates.add() keeps the column type: text with six fraction digits; SQLite computes with milliseconds',
      fixture: ticksFixture,
      seed,
      build: ({ ticks }) => select(ticks.c.id, dates.add(ticks.c.at, { days: 1, seconds: 1 }).as('next')).from(ticks).where(ticks.c.id.lt(3)).orderBy(ticks.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, next: '2024-01-03 03:04:06.000001' },
          { id: 2, next: '2024-01-03 03:04:06.999999' },
        ],
      },
      expectOn: {
        sqlite: {
          why: "SQLite's date functions keep milliseconds (strftime's %f)",
          ordered: true,
          rows: [
            { id: 1, next: '2024-01-03 03:04:06.000000' },
            { id: 2, next: '2024-01-03 03:04:06.999000' },
          ],
        },
      },
      sql: {
        sqlite: `SELECT "ticks"."id", strftime('%Y-%m-%d %H:%M:%f', "ticks"."at", ? || ' days', ? || ' seconds') AS "next" FROM "ticks" WHERE "ticks"."id" < ? ORDER BY "ticks"."id"`,
        postgres: 'SELECT "ticks"."id", "ticks"."at" + make_interval(days => $1, secs => $2) AS "next" FROM "ticks" WHERE "ticks"."id" < $3 ORDER BY "ticks"."id"',
        mysql: 'SELECT `ticks`.`id`, DATE_ADD(DATE_ADD(`ticks`.`at`, INTERVAL ? DAY), INTERVAL ? SECOND) AS `next` FROM `ticks` WHERE `ticks`.`id` < ? ORDER BY `ticks`.`id`',
        oracle: "SELECT TICKS.ID, TICKS.AT + NUMTODSINTERVAL(:1, 'DAY') + NUMTODSINTERVAL(:2, 'SECOND') AS NEXT FROM TICKS WHERE TICKS.ID < :3 ORDER BY TICKS.ID",
      },
    }),
  ],
};
