/**
 * Window functions: ranking, offsets (LAG/LEAD with a default), value
 * functions, aggregates over partitions, frames (ROWS, RANGE, GROUPS,
 * EXCLUDE), named windows, and the errors for what cannot be written.
 *
 * Rows (fixtures.ts), by id — orders: 10 p1 book 12, 11 p1 pen 3, 12 p3 laptop
 * 900, 13 p3 book 15, 14 p9 lamp 40, 15 NULL gift 5; people ages: 1→36,
 * 2→41, 3→85, 4→NULL, 5→72.
 */
import { CompileError, fn, Over, select, UnsupportedFeatureError, win, windowSpec } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { peopleFixture, seedPeopleOnly, seedShop, shopFixture } from './fixtures';

const shop = { fixture: shopFixture, seed: seedShop } as const;
const people = { fixture: peopleFixture, seed: seedPeopleOnly } as const;
/** How the MariaDB flavour writes LAG / LEAD with a default (the live server is MariaDB; golden SQL is MySQL 8's). */
const shiftDefault = {
  mysql:
    'MariaDB takes no LAG/LEAD default: CASE WHEN ROW_NUMBER() (for LEAD: the partition COUNT(*) minus ROW_NUMBER()) shows the row exists THEN LAG/LEAD(x, n) ELSE default END (MySQL 8: native)',
} as const;

export const windows: Area = {
  name: 'window functions',
  cases: [
    defineCase({
      ...shop,
      name: 'ROW_NUMBER per partition',
      covers: 'win.rowNumber().over({ partitionBy, orderBy })',
      feature: 'Window functions',
      // Person 1: 12 (10) then 3 (11); person 3: 900 (12) then 15 (13); 9 and NULL: one order each.
      build: ({ orders }) =>
        select(orders.c.id, win.rowNumber().over({ partitionBy: [orders.c.personId], orderBy: [orders.c.amount.desc()] }).as('n'))
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, n: 1 },
          { id: 11, n: 2 },
          { id: 12, n: 1 },
          { id: 13, n: 2 },
          { id: 14, n: 1 },
          { id: 15, n: 1 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", ROW_NUMBER() OVER (PARTITION BY "orders"."person_id" ORDER BY "orders"."amount" DESC) AS "n" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", ROW_NUMBER() OVER (PARTITION BY "orders"."person_id" ORDER BY "orders"."amount" DESC) AS "n" FROM "orders" ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, ROW_NUMBER() OVER (PARTITION BY `orders`.`person_id` ORDER BY `orders`.`amount` DESC) AS `n` FROM `orders` ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, ROW_NUMBER() OVER (PARTITION BY ORDERS.PERSON_ID ORDER BY ORDERS.AMOUNT DESC) AS N FROM ORDERS ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'RANK and DENSE_RANK with ties',
      covers: 'win.rank(), win.denseRank()',
      feature: 'Window functions',
      // By item: book (10, 13) tie at 1; gift 3 / 2; lamp 4 / 3; laptop 5 / 4; pen 6 / 5.
      build: ({ orders }) =>
        select(orders.c.id, win.rank().over({ orderBy: [orders.c.item] }).as('r'), win.denseRank().over({ orderBy: [orders.c.item] }).as('d'))
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, r: 1, d: 1 },
          { id: 11, r: 6, d: 5 },
          { id: 12, r: 5, d: 4 },
          { id: 13, r: 1, d: 1 },
          { id: 14, r: 4, d: 3 },
          { id: 15, r: 3, d: 2 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", RANK() OVER (ORDER BY "orders"."item") AS "r", DENSE_RANK() OVER (ORDER BY "orders"."item") AS "d" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", RANK() OVER (ORDER BY "orders"."item") AS "r", DENSE_RANK() OVER (ORDER BY "orders"."item") AS "d" FROM "orders" ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, RANK() OVER (ORDER BY `orders`.`item`) AS `r`, DENSE_RANK() OVER (ORDER BY `orders`.`item`) AS `d` FROM `orders` ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, RANK() OVER (ORDER BY TO_CHAR(ORDERS.ITEM)) AS R, DENSE_RANK() OVER (ORDER BY TO_CHAR(ORDERS.ITEM)) AS D FROM ORDERS ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'LAG and LEAD, with and without a default',
      covers: 'win.lag(x, n), win.lag(x, n, default), win.lead(x, n, default): the default only where there is no such row, never for a NULL value',
      feature: 'Window functions',
      emulatedOn: shiftDefault,
      // Ages by id: 36, 41, 85, NULL, 72. lag(age, 2): -, -, 36, 41, 85.
      // lag(age, 1, 0): 0, 36, 41, 85, NULL (id 4's age is NULL: not replaced). lead(age, 2, -1): 85, NULL, 72, -1, -1.
      build: ({ people }) =>
        select(
          people.c.id,
          win.lag(people.c.age, 2).over({ orderBy: [people.c.id] }).as('back2'),
          win.lag(people.c.age, 1, 0).over({ orderBy: [people.c.id] }).as('prev'),
          win.lead(people.c.age, 2, -1).over({ orderBy: [people.c.id] }).as('ahead2'),
        )
          .from(people)
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, back2: null, prev: 0, ahead2: 85 },
          { id: 2, back2: null, prev: 36, ahead2: null },
          { id: 3, back2: 36, prev: 41, ahead2: 72 },
          { id: 4, back2: 41, prev: 85, ahead2: -1 },
          { id: 5, back2: 85, prev: null, ahead2: -1 },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", LAG("people"."age", 2) OVER (ORDER BY "people"."id") AS "back2", LAG("people"."age", 1, ?) OVER (ORDER BY "people"."id") AS "prev", LEAD("people"."age", 2, ?) OVER (ORDER BY "people"."id") AS "ahead2" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", LAG("people"."age", 2) OVER (ORDER BY "people"."id") AS "back2", LAG("people"."age", 1, $1) OVER (ORDER BY "people"."id") AS "prev", LEAD("people"."age", 2, $2) OVER (ORDER BY "people"."id") AS "ahead2" FROM "people" ORDER BY "people"."id"',
        // The MySQL 8 flavour; the MariaDB flavour (the live server) writes the CASE emulation (packages/mysql/test/analytics.test.ts).
        mysql: 'SELECT `people`.`id`, LAG(`people`.`age`, 2) OVER (ORDER BY `people`.`id`) AS `back2`, LAG(`people`.`age`, 1, ?) OVER (ORDER BY `people`.`id`) AS `prev`, LEAD(`people`.`age`, 2, ?) OVER (ORDER BY `people`.`id`) AS `ahead2` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, LAG(PEOPLE.AGE, 2) OVER (ORDER BY PEOPLE.ID) AS BACK2, LAG(PEOPLE.AGE, 1, :1) OVER (ORDER BY PEOPLE.ID) AS PREV, LEAD(PEOPLE.AGE, 2, :2) OVER (ORDER BY PEOPLE.ID) AS AHEAD2 FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'LEAD with a default inside partitions',
      covers: 'win.lead(x, 1, default) over a partitioned window: the default at the end of each partition',
      feature: 'Window functions',
      emulatedOn: shiftDefault,
      // Person 1: 10 → 3 (order 11), 11 → end; person 3: 12 → 15, 13 → end; 14 and 15 are alone.
      build: ({ orders }) =>
        select(orders.c.id, win.lead(orders.c.amount, 1, 0).over({ partitionBy: [orders.c.personId], orderBy: [orders.c.id] }).as('next'))
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, next: 3 },
          { id: 11, next: 0 },
          { id: 12, next: 15 },
          { id: 13, next: 0 },
          { id: 14, next: 0 },
          { id: 15, next: 0 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", LEAD("orders"."amount", 1, ?) OVER (PARTITION BY "orders"."person_id" ORDER BY "orders"."id") AS "next" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", LEAD("orders"."amount", 1, $1) OVER (PARTITION BY "orders"."person_id" ORDER BY "orders"."id") AS "next" FROM "orders" ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, LEAD(`orders`.`amount`, 1, ?) OVER (PARTITION BY `orders`.`person_id` ORDER BY `orders`.`id`) AS `next` FROM `orders` ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, LEAD(ORDERS.AMOUNT, 1, :1) OVER (PARTITION BY ORDERS.PERSON_ID ORDER BY ORDERS.ID) AS NEXT FROM ORDERS ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'NTILE, FIRST_VALUE, NTH_VALUE',
      covers: 'win.ntile(n), win.firstValue(x), win.nthValue(x, n) (default frame: up to the current row)',
      feature: 'Window functions',
      // 5 rows in 2 buckets: 3 then 2. First age by id: 36. Second age: none on row 1, then 41.
      build: ({ people }) =>
        select(
          people.c.id,
          win.ntile(2).over({ orderBy: [people.c.id] }).as('half'),
          win.firstValue(people.c.age).over({ orderBy: [people.c.id] }).as('firstAge'),
          win.nthValue(people.c.age, 2).over({ orderBy: [people.c.id] }).as('secondAge'),
        )
          .from(people)
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, half: 1, firstAge: 36, secondAge: null },
          { id: 2, half: 1, firstAge: 36, secondAge: 41 },
          { id: 3, half: 1, firstAge: 36, secondAge: 41 },
          { id: 4, half: 2, firstAge: 36, secondAge: 41 },
          { id: 5, half: 2, firstAge: 36, secondAge: 41 },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", NTILE(2) OVER (ORDER BY "people"."id") AS "half", FIRST_VALUE("people"."age") OVER (ORDER BY "people"."id") AS "firstAge", NTH_VALUE("people"."age", 2) OVER (ORDER BY "people"."id") AS "secondAge" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", NTILE(2) OVER (ORDER BY "people"."id") AS "half", FIRST_VALUE("people"."age") OVER (ORDER BY "people"."id") AS "firstAge", NTH_VALUE("people"."age", 2) OVER (ORDER BY "people"."id") AS "secondAge" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, NTILE(2) OVER (ORDER BY `people`.`id`) AS `half`, FIRST_VALUE(`people`.`age`) OVER (ORDER BY `people`.`id`) AS `firstAge`, NTH_VALUE(`people`.`age`, 2) OVER (ORDER BY `people`.`id`) AS `secondAge` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, NTILE(2) OVER (ORDER BY PEOPLE.ID) AS HALF, FIRST_VALUE(PEOPLE.AGE) OVER (ORDER BY PEOPLE.ID) AS "firstAge", NTH_VALUE(PEOPLE.AGE, 2) OVER (ORDER BY PEOPLE.ID) AS "secondAge" FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'PERCENT_RANK and CUME_DIST',
      covers: 'win.percentRank(), win.cumeDist()',
      feature: 'Window functions',
      // 5 distinct ids: (rank - 1) / 4 and row / 5.
      build: ({ people }) =>
        select(people.c.id, win.percentRank().over({ orderBy: [people.c.id] }).as('pr'), win.cumeDist().over({ orderBy: [people.c.id] }).as('cd'))
          .from(people)
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, pr: 0, cd: 0.2 },
          { id: 2, pr: 0.25, cd: 0.4 },
          { id: 3, pr: 0.5, cd: 0.6 },
          { id: 4, pr: 0.75, cd: 0.8 },
          { id: 5, pr: 1, cd: 1 },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", PERCENT_RANK() OVER (ORDER BY "people"."id") AS "pr", CUME_DIST() OVER (ORDER BY "people"."id") AS "cd" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", PERCENT_RANK() OVER (ORDER BY "people"."id") AS "pr", CUME_DIST() OVER (ORDER BY "people"."id") AS "cd" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, PERCENT_RANK() OVER (ORDER BY `people`.`id`) AS `pr`, CUME_DIST() OVER (ORDER BY `people`.`id`) AS `cd` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, PERCENT_RANK() OVER (ORDER BY PEOPLE.ID) AS PR, CUME_DIST() OVER (ORDER BY PEOPLE.ID) AS CD FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'aggregates over a partition and over everything',
      covers: 'fn.sum(x).over({ partitionBy }), fn.count().over({})',
      feature: 'Window functions',
      // Totals: person 1 → 15, person 3 → 915, person 9 → 40, NULL → 5; 6 orders in all.
      build: ({ orders }) =>
        select(orders.c.id, fn.sum(orders.c.amount).over({ partitionBy: [orders.c.personId] }).as('total'), fn.count().over({}).as('n'))
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, total: 15, n: 6 },
          { id: 11, total: 15, n: 6 },
          { id: 12, total: 915, n: 6 },
          { id: 13, total: 915, n: 6 },
          { id: 14, total: 40, n: 6 },
          { id: 15, total: 5, n: 6 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", SUM("orders"."amount") OVER (PARTITION BY "orders"."person_id") AS "total", COUNT(*) OVER () AS "n" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", SUM("orders"."amount") OVER (PARTITION BY "orders"."person_id") AS "total", COUNT(*) OVER () AS "n" FROM "orders" ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, SUM(`orders`.`amount`) OVER (PARTITION BY `orders`.`person_id`) AS `total`, COUNT(*) OVER () AS `n` FROM `orders` ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, SUM(ORDERS.AMOUNT) OVER (PARTITION BY ORDERS.PERSON_ID) AS TOTAL, COUNT(*) OVER () AS N FROM ORDERS ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'ROWS frames: a moving sum and a running total',
      covers: "frame { unit: 'rows', start: { preceding: 1 }, end: 'currentRow' } and the short form { start: 'unboundedPreceding' }",
      feature: 'Window frames (ROWS/RANGE)',
      // Amounts by id: 12, 3, 900, 15, 40, 5. Pairs: 12, 15, 903, 915, 55, 45. Running: 12, 15, 915, 930, 970, 975.
      build: ({ orders }) =>
        select(
          orders.c.id,
          fn.sum(orders.c.amount).over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: { preceding: 1 }, end: 'currentRow' } }).as('pair'),
          fn.sum(orders.c.amount).over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: 'unboundedPreceding' } }).as('running'),
        )
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, pair: 12, running: 12 },
          { id: 11, pair: 15, running: 15 },
          { id: 12, pair: 903, running: 915 },
          { id: 13, pair: 915, running: 930 },
          { id: 14, pair: 55, running: 970 },
          { id: 15, pair: 45, running: 975 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", SUM("orders"."amount") OVER (ORDER BY "orders"."id" ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS "pair", SUM("orders"."amount") OVER (ORDER BY "orders"."id" ROWS UNBOUNDED PRECEDING) AS "running" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", SUM("orders"."amount") OVER (ORDER BY "orders"."id" ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS "pair", SUM("orders"."amount") OVER (ORDER BY "orders"."id" ROWS UNBOUNDED PRECEDING) AS "running" FROM "orders" ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, SUM(`orders`.`amount`) OVER (ORDER BY `orders`.`id` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS `pair`, SUM(`orders`.`amount`) OVER (ORDER BY `orders`.`id` ROWS UNBOUNDED PRECEDING) AS `running` FROM `orders` ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, SUM(ORDERS.AMOUNT) OVER (ORDER BY ORDERS.ID ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS PAIR, SUM(ORDERS.AMOUNT) OVER (ORDER BY ORDERS.ID ROWS UNBOUNDED PRECEDING) AS RUNNING FROM ORDERS ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'RANGE frame with an offset, and LAST_VALUE over the whole partition',
      covers: "frame { unit: 'range', start: { preceding: 10 }, end: { following: 10 } }; win.lastValue() with an unbounded frame",
      feature: 'Window frames (ROWS/RANGE)',
      // Sorted amounts 3, 5, 12, 15, 40, 900. Within ±10: 3 → 3+5+12 = 20; 5 → 3+5+12+15 = 35; 12 → 35;
      // 15 → 5+12+15 = 32; 40 → 40; 900 → 900. The last amount by id is 5 (order 15).
      build: ({ orders }) =>
        select(
          orders.c.id,
          fn.sum(orders.c.amount).over({ orderBy: [orders.c.amount], frame: { unit: 'range', start: { preceding: 10 }, end: { following: 10 } } }).as('nearby'),
          win
            .lastValue(orders.c.amount)
            .over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: 'unboundedPreceding', end: 'unboundedFollowing' } })
            .as('lastAmount'),
        )
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, nearby: 35, lastAmount: 5 },
          { id: 11, nearby: 20, lastAmount: 5 },
          { id: 12, nearby: 900, lastAmount: 5 },
          { id: 13, nearby: 32, lastAmount: 5 },
          { id: 14, nearby: 40, lastAmount: 5 },
          { id: 15, nearby: 35, lastAmount: 5 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", SUM("orders"."amount") OVER (ORDER BY "orders"."amount" RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS "nearby", LAST_VALUE("orders"."amount") OVER (ORDER BY "orders"."id" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "lastAmount" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", SUM("orders"."amount") OVER (ORDER BY "orders"."amount" RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS "nearby", LAST_VALUE("orders"."amount") OVER (ORDER BY "orders"."id" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "lastAmount" FROM "orders" ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, SUM(`orders`.`amount`) OVER (ORDER BY `orders`.`amount` RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS `nearby`, LAST_VALUE(`orders`.`amount`) OVER (ORDER BY `orders`.`id` ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS `lastAmount` FROM `orders` ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, SUM(ORDERS.AMOUNT) OVER (ORDER BY ORDERS.AMOUNT RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS NEARBY, LAST_VALUE(ORDERS.AMOUNT) OVER (ORDER BY ORDERS.ID ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "lastAmount" FROM ORDERS ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'GROUPS frame',
      covers: "frame { unit: 'groups', start: { preceding: 1 }, end: 'currentRow' }: the previous group of peers and the current one",
      feature: 'Window frames (GROUPS)',
      // Groups by item: book (10, 13: 27), gift 5, lamp 40, laptop 900, pen 3.
      // book → 27; gift → 27 + 5 = 32; lamp → 5 + 40 = 45; laptop → 40 + 900 = 940; pen → 900 + 3 = 903.
      build: ({ orders }) =>
        select(orders.c.id, fn.sum(orders.c.amount).over({ orderBy: [orders.c.item], frame: { unit: 'groups', start: { preceding: 1 }, end: 'currentRow' } }).as('s'))
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, s: 27 },
          { id: 11, s: 903 },
          { id: 12, s: 940 },
          { id: 13, s: 27 },
          { id: 14, s: 45 },
          { id: 15, s: 32 },
        ],
      },
      expectOn: {
        mysql: { why: 'MySQL and MariaDB have ROWS and RANGE frames only', error: UnsupportedFeatureError, at: 'build' },
        oracle: { why: 'Oracle has GROUPS from 21c (the 23ai setting); not before', error: UnsupportedFeatureError, at: 'build' },
      },
      sql: {
        sqlite: 'SELECT "orders"."id", SUM("orders"."amount") OVER (ORDER BY "orders"."item" GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS "s" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", SUM("orders"."amount") OVER (ORDER BY "orders"."item" GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS "s" FROM "orders" ORDER BY "orders"."id"',
        mysql: { error: UnsupportedFeatureError },
        oracle: { error: UnsupportedFeatureError },
      },
    }),
    defineCase({
      ...shop,
      name: 'EXCLUDE CURRENT ROW in a frame',
      covers: "frame { …, exclude: 'currentRow' }: the neighbours only",
      feature: 'Window frame EXCLUDE',
      // Amounts by id: 12, 3, 900, 15, 40, 5. Neighbours: 3; 12 + 900; 3 + 15; 900 + 40; 15 + 5; 40.
      build: ({ orders }) =>
        select(
          orders.c.id,
          fn
            .sum(orders.c.amount)
            .over({ orderBy: [orders.c.id], frame: { unit: 'rows', start: { preceding: 1 }, end: { following: 1 }, exclude: 'currentRow' } })
            .as('around'),
        )
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, around: 3 },
          { id: 11, around: 912 },
          { id: 12, around: 18 },
          { id: 13, around: 940 },
          { id: 14, around: 20 },
          { id: 15, around: 40 },
        ],
      },
      expectOn: {
        mysql: { why: 'MySQL and MariaDB have no frame exclusion', error: UnsupportedFeatureError, at: 'build' },
        oracle: { why: 'Oracle has EXCLUDE from 21c (the 23ai setting); not before', error: UnsupportedFeatureError, at: 'build' },
      },
      sql: {
        sqlite: 'SELECT "orders"."id", SUM("orders"."amount") OVER (ORDER BY "orders"."id" ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS "around" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", SUM("orders"."amount") OVER (ORDER BY "orders"."id" ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS "around" FROM "orders" ORDER BY "orders"."id"',
        mysql: { error: UnsupportedFeatureError },
        oracle: { error: UnsupportedFeatureError },
      },
    }),
    defineCase({
      ...shop,
      name: 'a named window shared by two functions',
      covers: "select(…).window('w', spec) and .over('w')",
      feature: 'Named windows',
      emulatedOn: { oracle: 'no WINDOW clause before 21c: the window is written out in each OVER' },
      // Per person by amount: p1 → 3 (11), 12 (10); p3 → 15 (13), 900 (12); running sums 3, 15 and 15, 915.
      build: ({ orders }) =>
        select(orders.c.id, win.rowNumber().over('w').as('n'), fn.sum(orders.c.amount).over('w').as('upTo'))
          .from(orders)
          .window('w', { partitionBy: [orders.c.personId], orderBy: [orders.c.amount] })
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, n: 2, upTo: 15 },
          { id: 11, n: 1, upTo: 3 },
          { id: 12, n: 2, upTo: 915 },
          { id: 13, n: 1, upTo: 15 },
          { id: 14, n: 1, upTo: 40 },
          { id: 15, n: 1, upTo: 5 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", ROW_NUMBER() OVER "w" AS "n", SUM("orders"."amount") OVER "w" AS "upTo" FROM "orders" WINDOW "w" AS (PARTITION BY "orders"."person_id" ORDER BY "orders"."amount") ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", ROW_NUMBER() OVER "w" AS "n", SUM("orders"."amount") OVER "w" AS "upTo" FROM "orders" WINDOW "w" AS (PARTITION BY "orders"."person_id" ORDER BY "orders"."amount") ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, ROW_NUMBER() OVER `w` AS `n`, SUM(`orders`.`amount`) OVER `w` AS `upTo` FROM `orders` WINDOW `w` AS (PARTITION BY `orders`.`person_id` ORDER BY `orders`.`amount`) ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, ROW_NUMBER() OVER (PARTITION BY ORDERS.PERSON_ID ORDER BY ORDERS.AMOUNT) AS N, SUM(ORDERS.AMOUNT) OVER (PARTITION BY ORDERS.PERSON_ID ORDER BY ORDERS.AMOUNT) AS "upTo" FROM ORDERS ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'window ORDER BY with NULLS LAST',
      covers: 'NULLS FIRST/LAST inside OVER, emulated as in ORDER BY where the database lacks it',
      feature: 'Window functions',
      emulatedOn: { mysql: 'NULLS LAST inside OVER (ORDER BY …) as a leading CASE WHEN x IS NULL sort key' },
      // Ages descending, NULL last: 85 (3), 72 (5), 41 (2), 36 (1), NULL (4).
      build: ({ people }) =>
        select(people.c.id, win.rowNumber().over({ orderBy: [people.c.age.desc().nullsLast()] }).as('n'))
          .from(people)
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, n: 4 },
          { id: 2, n: 3 },
          { id: 3, n: 1 },
          { id: 4, n: 5 },
          { id: 5, n: 2 },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", ROW_NUMBER() OVER (ORDER BY "people"."age" DESC NULLS LAST) AS "n" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", ROW_NUMBER() OVER (ORDER BY "people"."age" DESC NULLS LAST) AS "n" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, ROW_NUMBER() OVER (ORDER BY CASE WHEN `people`.`age` IS NULL THEN 1 ELSE 0 END, `people`.`age` DESC) AS `n` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, ROW_NUMBER() OVER (ORDER BY PEOPLE.AGE DESC NULLS LAST) AS N FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'a window name no window has',
      covers: ".over('w') without .window('w', …): CompileError",
      build: ({ people }) => select(people.c.id, win.rowNumber().over('w').as('n')).from(people),
      expect: { error: CompileError, at: 'build' },
      sql: { sqlite: { error: CompileError }, postgres: { error: CompileError }, mysql: { error: CompileError }, oracle: { error: CompileError } },
    }),
    defineCase({
      ...people,
      name: 'a window function in WHERE',
      covers: 'CompileError with a hint to filter in an outer query',
      build: ({ people }) =>
        select(people.c.id)
          .from(people)
          .where(win.rowNumber().over({ orderBy: [people.c.id] }).eq(1)),
      expect: { error: CompileError, at: 'build' },
      sql: { sqlite: { error: CompileError }, postgres: { error: CompileError }, mysql: { error: CompileError }, oracle: { error: CompileError } },
    }),
    defineCase({
      ...people,
      name: 'OVER on a function that is neither a window function nor an aggregate',
      covers: 'an Over node around LOWER(): CompileError',
      build: ({ people }) => select(new Over<string>(fn.lower(people.c.name), windowSpec({}), people.c.name.type).as('x')).from(people),
      expect: { error: CompileError, at: 'build' },
      sql: { sqlite: { error: CompileError }, postgres: { error: CompileError }, mysql: { error: CompileError }, oracle: { error: CompileError } },
    }),
  ],
};
