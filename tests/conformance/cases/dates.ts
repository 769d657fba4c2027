/**
 * Dates: parts of dates and timestamps, calendar arithmetic, truncation and
 * the current date and time. Rows are in json-dates-fixtures.ts; every
 * shifted or truncated value reads back as the column's own type.
 */
import { and, DatabaseError, dates, select } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { eventsFixture, seedEvents } from './json-dates-fixtures';

const base = { fixture: eventsFixture, seed: seedEvents } as const;
const at = (iso: string) => new Date(iso);
const ORACLE_MONTH_END = {
  why: 'Oracle month arithmetic that lands on a missing day (Jan 31 + 1 month) raises ORA-01839 instead of clamping to Feb 29',
  error: DatabaseError,
  at: 'build',
} as const;

export const datesArea: Area = {
  name: 'dates',
  cases: [
    defineCase({
      ...base,
      name: 'dates.extract takes the parts of a timestamp',
      covers: 'year, month, day, hour, minute, whole second and day of the week (0 = Sunday) of a timestamp; hour of a timestamp with time zone in UTC',
      feature: 'Date parts',
      emulatedOn: {
        sqlite: "strftime('%Y' …) cast to integer",
        oracle: "day of the week counted from TRUNC(x, 'IW'), whatever the NLS territory",
      },
      build: ({ events }) =>
        select(events.c.id, {
          year: dates.extract('year', events.c.at),
          month: dates.extract('month', events.c.at),
          day: dates.extract('day', events.c.at),
          hour: dates.extract('hour', events.c.at),
          minute: dates.extract('minute', events.c.at),
          second: dates.extract('second', events.c.at),
          dow: dates.extract('dow', events.c.at),
          hourTz: dates.extract('hour', events.c.atTz),
        })
          .from(events)
          .orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, year: 2024, month: 1, day: 31, hour: 10, minute: 20, second: 30, dow: 3, hourTz: 10 },
          { id: 2, year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59, dow: 4, hourTz: 23 },
          { id: 3, year: 1999, month: 12, day: 31, hour: 23, minute: 0, second: 0, dow: 5, hourTz: 23 },
          { id: 4, year: null, month: null, day: null, hour: null, minute: null, second: null, dow: null, hourTz: null },
        ],
      },
      sql: {
        sqlite:
          'SELECT "events"."id", CAST(strftime(\'%Y\', "events"."at") AS INTEGER) AS "year", CAST(strftime(\'%m\', "events"."at") AS INTEGER) AS "month", ' +
          'CAST(strftime(\'%d\', "events"."at") AS INTEGER) AS "day", CAST(strftime(\'%H\', "events"."at") AS INTEGER) AS "hour", ' +
          'CAST(strftime(\'%M\', "events"."at") AS INTEGER) AS "minute", CAST(strftime(\'%S\', "events"."at") AS INTEGER) AS "second", ' +
          'CAST(strftime(\'%w\', "events"."at") AS INTEGER) AS "dow", CAST(strftime(\'%H\', "events"."at_tz") AS INTEGER) AS "hourTz" FROM "events" ORDER BY "events"."id"',
        postgres:
          'SELECT "events"."id", CAST(EXTRACT(YEAR FROM "events"."at") AS INTEGER) AS "year", CAST(EXTRACT(MONTH FROM "events"."at") AS INTEGER) AS "month", ' +
          'CAST(EXTRACT(DAY FROM "events"."at") AS INTEGER) AS "day", CAST(EXTRACT(HOUR FROM "events"."at") AS INTEGER) AS "hour", ' +
          'CAST(EXTRACT(MINUTE FROM "events"."at") AS INTEGER) AS "minute", CAST(FLOOR(EXTRACT(SECOND FROM "events"."at")) AS INTEGER) AS "second", ' +
          'CAST(EXTRACT(DOW FROM "events"."at") AS INTEGER) AS "dow", CAST(EXTRACT(HOUR FROM ("events"."at_tz" AT TIME ZONE \'UTC\')) AS INTEGER) AS "hourTz" FROM "events" ORDER BY "events"."id"',
        mysql:
          'SELECT `events`.`id`, EXTRACT(YEAR FROM `events`.`at`) AS `year`, EXTRACT(MONTH FROM `events`.`at`) AS `month`, EXTRACT(DAY FROM `events`.`at`) AS `day`, ' +
          'EXTRACT(HOUR FROM `events`.`at`) AS `hour`, EXTRACT(MINUTE FROM `events`.`at`) AS `minute`, EXTRACT(SECOND FROM `events`.`at`) AS `second`, ' +
          'DAYOFWEEK(`events`.`at`) - 1 AS `dow`, EXTRACT(HOUR FROM `events`.`at_tz`) AS `hourTz` FROM `events` ORDER BY `events`.`id`',
        oracle:
          'SELECT EVENTS.ID, EXTRACT(YEAR FROM EVENTS.AT) AS YEAR, EXTRACT(MONTH FROM EVENTS.AT) AS MONTH, EXTRACT(DAY FROM EVENTS.AT) AS DAY, ' +
          'EXTRACT(HOUR FROM EVENTS.AT) AS HOUR, EXTRACT(MINUTE FROM EVENTS.AT) AS MINUTE, FLOOR(EXTRACT(SECOND FROM EVENTS.AT)) AS SECOND, ' +
          'MOD(TRUNC(EVENTS.AT) - TRUNC(EVENTS.AT, \'IW\') + 1, 7) AS DOW, EXTRACT(HOUR FROM EVENTS.AT_TZ) AS "hourTz" FROM EVENTS ORDER BY EVENTS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'dates.extract takes the parts of a date',
      covers: 'year, month, day and day of the week of a date (a Sunday is 0)',
      feature: 'Date parts',
      emulatedOn: {
        sqlite: "strftime('%Y' …) cast to integer",
        oracle: "day of the week counted from TRUNC(x, 'IW'), whatever the NLS territory",
      },
      build: ({ events }) =>
        select(events.c.id, {
          year: dates.extract('year', events.c.day),
          month: dates.extract('month', events.c.day),
          day: dates.extract('day', events.c.day),
          dow: dates.extract('dow', events.c.day),
        })
          .from(events)
          .where(events.c.id.lte(3))
          .orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, year: 2024, month: 1, day: 31, dow: 3 },
          { id: 2, year: 2024, month: 2, day: 29, dow: 4 },
          { id: 3, year: 2023, month: 12, day: 31, dow: 0 },
        ],
      },
      sql: {
        sqlite:
          'SELECT "events"."id", CAST(strftime(\'%Y\', "events"."day") AS INTEGER) AS "year", CAST(strftime(\'%m\', "events"."day") AS INTEGER) AS "month", ' +
          'CAST(strftime(\'%d\', "events"."day") AS INTEGER) AS "day", CAST(strftime(\'%w\', "events"."day") AS INTEGER) AS "dow" FROM "events" WHERE "events"."id" <= ? ORDER BY "events"."id"',
        postgres:
          'SELECT "events"."id", CAST(EXTRACT(YEAR FROM "events"."day") AS INTEGER) AS "year", CAST(EXTRACT(MONTH FROM "events"."day") AS INTEGER) AS "month", ' +
          'CAST(EXTRACT(DAY FROM "events"."day") AS INTEGER) AS "day", CAST(EXTRACT(DOW FROM "events"."day") AS INTEGER) AS "dow" FROM "events" WHERE "events"."id" <= $1 ORDER BY "events"."id"',
        mysql:
          'SELECT `events`.`id`, EXTRACT(YEAR FROM `events`.`day`) AS `year`, EXTRACT(MONTH FROM `events`.`day`) AS `month`, EXTRACT(DAY FROM `events`.`day`) AS `day`, ' +
          'DAYOFWEEK(`events`.`day`) - 1 AS `dow` FROM `events` WHERE `events`.`id` <= ? ORDER BY `events`.`id`',
        oracle:
          'SELECT EVENTS.ID, EXTRACT(YEAR FROM EVENTS.DAY) AS YEAR, EXTRACT(MONTH FROM EVENTS.DAY) AS MONTH, EXTRACT(DAY FROM EVENTS.DAY) AS DAY, ' +
          "MOD(TRUNC(EVENTS.DAY) - TRUNC(EVENTS.DAY, 'IW') + 1, 7) AS DOW FROM EVENTS WHERE EVENTS.ID <= :1 ORDER BY EVENTS.ID",
      },
    }),
    defineCase({
      ...base,
      name: 'dates.add shifts timestamps by calendar amounts',
      covers: 'adding months (clamped to the end of February), years + months as one step, then days, hours, minutes, seconds; negative amounts',
      feature: 'Date arithmetic',
      emulatedOn: { sqlite: "strftime() / date() with modifiers built in SQL from the bound amounts ('+N months', 'floor', '+N days')" },
      build: ({ events }) =>
        select(events.c.id, {
          plusMonth: dates.add(events.c.at, { months: 1 }),
          mixed: dates.add(events.c.at, { years: 1, months: 1, days: 1, hours: 1, minutes: 1, seconds: 1 }),
          back: dates.add(events.c.at, { days: -1, hours: -1 }),
        })
          .from(events)
          .where(events.c.id.in([1, 2]))
          .orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, plusMonth: at('2024-02-29T10:20:30.456Z'), mixed: at('2025-03-01T11:21:31.456Z'), back: at('2024-01-30T09:20:30.456Z') },
          { id: 2, plusMonth: at('2024-03-29T23:59:59.999Z'), mixed: at('2025-03-31T01:01:00.999Z'), back: at('2024-02-28T22:59:59.999Z') },
        ],
      },
      expectOn: { oracle: ORACLE_MONTH_END },
      sql: {
        sqlite:
          'SELECT "events"."id", strftime(\'%Y-%m-%d %H:%M:%f\', "events"."at", ? || \' months\', \'floor\') AS "plusMonth", ' +
          'strftime(\'%Y-%m-%d %H:%M:%f\', "events"."at", (? * 12 + ?) || \' months\', \'floor\', ? || \' days\', ? || \' hours\', ? || \' minutes\', ? || \' seconds\') AS "mixed", ' +
          'strftime(\'%Y-%m-%d %H:%M:%f\', "events"."at", ? || \' days\', ? || \' hours\') AS "back" FROM "events" WHERE "events"."id" IN (?, ?) ORDER BY "events"."id"',
        postgres:
          'SELECT "events"."id", "events"."at" + make_interval(months => $1) AS "plusMonth", ' +
          '"events"."at" + make_interval(months => $2 * 12 + $3, days => $4, hours => $5, mins => $6, secs => $7) AS "mixed", ' +
          '"events"."at" + make_interval(days => $8, hours => $9) AS "back" FROM "events" WHERE "events"."id" IN ($10, $11) ORDER BY "events"."id"',
        mysql:
          'SELECT `events`.`id`, DATE_ADD(`events`.`at`, INTERVAL ? MONTH) AS `plusMonth`, ' +
          'DATE_ADD(DATE_ADD(DATE_ADD(DATE_ADD(DATE_ADD(`events`.`at`, INTERVAL (? * 12 + ?) MONTH), INTERVAL ? DAY), INTERVAL ? HOUR), INTERVAL ? MINUTE), INTERVAL ? SECOND) AS `mixed`, ' +
          'DATE_ADD(DATE_ADD(`events`.`at`, INTERVAL ? DAY), INTERVAL ? HOUR) AS `back` FROM `events` WHERE `events`.`id` IN (?, ?) ORDER BY `events`.`id`',
        oracle:
          'SELECT EVENTS.ID, EVENTS.AT + NUMTOYMINTERVAL(:1, \'MONTH\') AS "plusMonth", ' +
          'EVENTS.AT + NUMTOYMINTERVAL(:2 * 12 + :3, \'MONTH\') + NUMTODSINTERVAL(:4, \'DAY\') + NUMTODSINTERVAL(:5, \'HOUR\') + NUMTODSINTERVAL(:6, \'MINUTE\') + NUMTODSINTERVAL(:7, \'SECOND\') AS MIXED, ' +
          'EVENTS.AT + NUMTODSINTERVAL(:8, \'DAY\') + NUMTODSINTERVAL(:9, \'HOUR\') AS BACK FROM EVENTS WHERE EVENTS.ID IN (:10, :11) ORDER BY EVENTS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'dates.add shifts dates, with amounts from a column',
      covers: 'adding months and days to a date (read back as a date string); an amount that is an expression',
      feature: 'Date arithmetic',
      emulatedOn: { sqlite: "strftime() / date() with modifiers built in SQL from the bound amounts ('+N months', 'floor', '+N days')" },
      build: ({ events }) =>
        select(events.c.id, {
          nextMonth: dates.add(events.c.day, { months: 1, days: 1 }),
          later: dates.add(events.c.at, { days: events.c.id }),
        })
          .from(events)
          .where(events.c.id.lte(3))
          .orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, nextMonth: '2024-03-01', later: at('2024-02-01T10:20:30.456Z') },
          { id: 2, nextMonth: '2024-03-30', later: at('2024-03-02T23:59:59.999Z') },
          { id: 3, nextMonth: '2024-02-01', later: at('2000-01-03T23:00:00.000Z') },
        ],
      },
      expectOn: { oracle: ORACLE_MONTH_END },
      sql: {
        sqlite:
          'SELECT "events"."id", date("events"."day", ? || \' months\', \'floor\', ? || \' days\') AS "nextMonth", ' +
          'strftime(\'%Y-%m-%d %H:%M:%f\', "events"."at", "events"."id" || \' days\') AS "later" FROM "events" WHERE "events"."id" <= ? ORDER BY "events"."id"',
        postgres:
          'SELECT "events"."id", CAST("events"."day" + make_interval(months => $1, days => $2) AS DATE) AS "nextMonth", ' +
          '"events"."at" + make_interval(days => "events"."id") AS "later" FROM "events" WHERE "events"."id" <= $3 ORDER BY "events"."id"',
        mysql:
          'SELECT `events`.`id`, DATE_ADD(DATE_ADD(`events`.`day`, INTERVAL ? MONTH), INTERVAL ? DAY) AS `nextMonth`, ' +
          'DATE_ADD(`events`.`at`, INTERVAL `events`.`id` DAY) AS `later` FROM `events` WHERE `events`.`id` <= ? ORDER BY `events`.`id`',
        oracle:
          'SELECT EVENTS.ID, EVENTS.DAY + NUMTOYMINTERVAL(:1, \'MONTH\') + NUMTODSINTERVAL(:2, \'DAY\') AS "nextMonth", ' +
          'EVENTS.AT + NUMTODSINTERVAL(EVENTS.ID, \'DAY\') AS LATER FROM EVENTS WHERE EVENTS.ID <= :3 ORDER BY EVENTS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'dates.trunc truncates timestamps and dates',
      covers: 'truncation of a timestamp to year, month, day and hour, of a date to month, of a timestamp with time zone to the UTC day',
      feature: 'Date truncation',
      emulatedOn: {
        sqlite: 'strftime() with a format that zeroes the smaller units, in the stored text shape',
        mysql: 'DATE_FORMAT() to the start of the unit, cast back to DATETIME(3) or DATE',
        oracle: 'TRUNC() (which gives a DATE) cast back to TIMESTAMP; with a time zone, truncated in UTC and given +00:00',
      },
      build: ({ events }) =>
        select(events.c.id, {
          toYear: dates.trunc('year', events.c.at),
          toMonth: dates.trunc('month', events.c.at),
          toDay: dates.trunc('day', events.c.at),
          toHour: dates.trunc('hour', events.c.at),
          dateToMonth: dates.trunc('month', events.c.day),
          tzToDay: dates.trunc('day', events.c.atTz),
        })
          .from(events)
          .where(events.c.id.lte(3))
          .orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          {
            id: 1,
            toYear: at('2024-01-01T00:00:00.000Z'),
            toMonth: at('2024-01-01T00:00:00.000Z'),
            toDay: at('2024-01-31T00:00:00.000Z'),
            toHour: at('2024-01-31T10:00:00.000Z'),
            dateToMonth: '2024-01-01',
            tzToDay: at('2024-01-31T00:00:00.000Z'),
          },
          {
            id: 2,
            toYear: at('2024-01-01T00:00:00.000Z'),
            toMonth: at('2024-02-01T00:00:00.000Z'),
            toDay: at('2024-02-29T00:00:00.000Z'),
            toHour: at('2024-02-29T23:00:00.000Z'),
            dateToMonth: '2024-02-01',
            tzToDay: at('2024-02-29T00:00:00.000Z'),
          },
          {
            id: 3,
            toYear: at('1999-01-01T00:00:00.000Z'),
            toMonth: at('1999-12-01T00:00:00.000Z'),
            toDay: at('1999-12-31T00:00:00.000Z'),
            toHour: at('1999-12-31T23:00:00.000Z'),
            dateToMonth: '2023-12-01',
            tzToDay: at('1999-12-31T00:00:00.000Z'),
          },
        ],
      },
      sql: {
        sqlite:
          'SELECT "events"."id", strftime(\'%Y-01-01 00:00:00.000\', "events"."at") AS "toYear", strftime(\'%Y-%m-01 00:00:00.000\', "events"."at") AS "toMonth", ' +
          'strftime(\'%Y-%m-%d 00:00:00.000\', "events"."at") AS "toDay", strftime(\'%Y-%m-%d %H:00:00.000\', "events"."at") AS "toHour", ' +
          'strftime(\'%Y-%m-01\', "events"."day") AS "dateToMonth", strftime(\'%Y-%m-%d 00:00:00.000\', "events"."at_tz") AS "tzToDay" FROM "events" WHERE "events"."id" <= ? ORDER BY "events"."id"',
        postgres:
          'SELECT "events"."id", date_trunc(\'year\', "events"."at") AS "toYear", date_trunc(\'month\', "events"."at") AS "toMonth", ' +
          'date_trunc(\'day\', "events"."at") AS "toDay", date_trunc(\'hour\', "events"."at") AS "toHour", ' +
          'CAST(date_trunc(\'month\', "events"."day") AS DATE) AS "dateToMonth", date_trunc(\'day\', "events"."at_tz", \'UTC\') AS "tzToDay" FROM "events" WHERE "events"."id" <= $1 ORDER BY "events"."id"',
        mysql:
          "SELECT `events`.`id`, CAST(DATE_FORMAT(`events`.`at`, '%Y-01-01 00:00:00') AS DATETIME(3)) AS `toYear`, CAST(DATE_FORMAT(`events`.`at`, '%Y-%m-01 00:00:00') AS DATETIME(3)) AS `toMonth`, " +
          "CAST(DATE_FORMAT(`events`.`at`, '%Y-%m-%d 00:00:00') AS DATETIME(3)) AS `toDay`, CAST(DATE_FORMAT(`events`.`at`, '%Y-%m-%d %H:00:00') AS DATETIME(3)) AS `toHour`, " +
          "CAST(DATE_FORMAT(`events`.`day`, '%Y-%m-01') AS DATE) AS `dateToMonth`, CAST(DATE_FORMAT(`events`.`at_tz`, '%Y-%m-%d 00:00:00') AS DATETIME(3)) AS `tzToDay` FROM `events` WHERE `events`.`id` <= ? ORDER BY `events`.`id`",
        oracle:
          'SELECT EVENTS.ID, CAST(TRUNC(EVENTS.AT, \'YYYY\') AS TIMESTAMP) AS "toYear", CAST(TRUNC(EVENTS.AT, \'MM\') AS TIMESTAMP) AS "toMonth", ' +
          'CAST(TRUNC(EVENTS.AT, \'DD\') AS TIMESTAMP) AS "toDay", CAST(TRUNC(EVENTS.AT, \'HH24\') AS TIMESTAMP) AS "toHour", ' +
          'TRUNC(EVENTS.DAY, \'MM\') AS "dateToMonth", FROM_TZ(CAST(TRUNC(SYS_EXTRACT_UTC(EVENTS.AT_TZ), \'DD\') AS TIMESTAMP), \'+00:00\') AS "tzToDay" FROM EVENTS WHERE EVENTS.ID <= :1 ORDER BY EVENTS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'the current date and time',
      covers: 'dates.currentTimestamp() and dates.currentDate() selected, compared and taken apart',
      feature: 'Current date and time',
      build: ({ events }) =>
        select({
          now: dates.currentTimestamp(),
          today: dates.currentDate(),
          year: dates.extract('year', dates.currentTimestamp()),
        })
          .from(events)
          .where(and(events.c.id.eq(1), dates.currentTimestamp().gt(at('2020-01-01T00:00:00.000Z')), dates.currentDate().gt('2020-01-01'))),
      expect: { ordered: true, rows: [{ now: expect.any(Date), today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), year: expect.any(Number) }] },
      sql: {
        sqlite:
          "SELECT strftime('%Y-%m-%d %H:%M:%f', 'now') AS \"now\", date('now') AS \"today\", CAST(strftime('%Y', strftime('%Y-%m-%d %H:%M:%f', 'now')) AS INTEGER) AS \"year\" " +
          "FROM \"events\" WHERE \"events\".\"id\" = ? AND strftime('%Y-%m-%d %H:%M:%f', 'now') > ? AND date('now') > ?",
        postgres:
          'SELECT CURRENT_TIMESTAMP AS "now", CURRENT_DATE AS "today", CAST(EXTRACT(YEAR FROM (CURRENT_TIMESTAMP AT TIME ZONE \'UTC\')) AS INTEGER) AS "year" ' +
          'FROM "events" WHERE "events"."id" = $1 AND CURRENT_TIMESTAMP > $2 AND CURRENT_DATE > $3',
        mysql:
          'SELECT CURRENT_TIMESTAMP(3) AS `now`, CURRENT_DATE AS `today`, EXTRACT(YEAR FROM CURRENT_TIMESTAMP(3)) AS `year` ' +
          'FROM `events` WHERE `events`.`id` = ? AND CURRENT_TIMESTAMP(3) > ? AND CURRENT_DATE > ?',
        oracle:
          'SELECT SYSTIMESTAMP AS NOW, TRUNC(CURRENT_DATE) AS TODAY, EXTRACT(YEAR FROM SYSTIMESTAMP) AS YEAR ' +
          "FROM EVENTS WHERE EVENTS.ID = :1 AND SYSTIMESTAMP > TO_TIMESTAMP_TZ(:2, 'YYYY-MM-DD HH24:MI:SS.FF3 TZH:TZM') AND TRUNC(CURRENT_DATE) > TO_DATE(:3, 'YYYY-MM-DD')",
      },
    }),
  ],
};
