/**
 * CASE (searched and simple, with and without ELSE, as a value inside an
 * aggregate and as a condition), CAST and NULLIF.
 *
 * Rows (fixtures.ts): people ages by id 1→36, 2→41, 3→85, 4→NULL, 5→72;
 * names Ada, Alan, Grace, Linus, Edsger; orders by id: 10 p1 12, 11 p1 3,
 * 12 p3 900, 13 p3 15, 14 p9 40, 15 NULL 5.
 */
import { builtinTypes, cast, caseOf, caseWhen, date, fn, numeric, select, UnsupportedFeatureError, varchar } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, peopleFixture, seedPeopleOnly, seedShop, shopFixture } from './fixtures';

const shop = { fixture: shopFixture, seed: seedShop } as const;
const people = { fixture: peopleFixture, seed: seedPeopleOnly } as const;

export const conditional: Area = {
  name: 'CASE, CAST, NULLIF',
  cases: [
    defineCase({
      ...people,
      name: 'searched CASE',
      covers: "caseWhen(c1, v1).when(c2, v2).else(v3); a NULL age matches no WHEN and takes the ELSE",
      feature: 'CASE',
      build: ({ people }) =>
        select(people.c.id, caseWhen(people.c.age.lt(40), 'young').when(people.c.age.lt(80), 'middle').else('old').as('band'))
          .from(people)
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, band: 'young' },
          { id: 2, band: 'middle' },
          { id: 3, band: 'old' },
          { id: 4, band: 'old' },
          { id: 5, band: 'middle' },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", CASE WHEN "people"."age" < ? THEN ? WHEN "people"."age" < ? THEN ? ELSE ? END AS "band" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", CASE WHEN "people"."age" < $1 THEN CAST($2 AS TEXT) WHEN "people"."age" < $3 THEN $4 ELSE $5 END AS "band" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, CASE WHEN `people`.`age` < ? THEN ? WHEN `people`.`age` < ? THEN ? ELSE ? END AS `band` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, CASE WHEN PEOPLE.AGE < :1 THEN :2 WHEN PEOPLE.AGE < :3 THEN :4 ELSE :5 END AS BAND FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'CASE without ELSE is NULL when nothing matches',
      covers: 'caseWhen(cond, column) with no else: Expression<string | null>',
      feature: 'CASE',
      build: ({ people }) =>
        select(people.c.id, caseWhen(people.c.age.gte(70), people.c.name).as('senior'))
          .from(people)
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, senior: null },
          { id: 2, senior: null },
          { id: 3, senior: 'Grace' },
          { id: 4, senior: null },
          { id: 5, senior: 'Edsger' },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", CASE WHEN "people"."age" >= ? THEN "people"."name" END AS "senior" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", CASE WHEN "people"."age" >= $1 THEN "people"."name" END AS "senior" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, CASE WHEN `people`.`age` >= ? THEN `people`.`name` END AS `senior` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, CASE WHEN PEOPLE.AGE >= :1 THEN PEOPLE.NAME END AS SENIOR FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'simple CASE',
      covers: "caseOf(x).when(1, 'Ada').when(3, 'Grace').else('other'): a NULL x matches no WHEN",
      feature: 'CASE',
      build: ({ orders }) =>
        select(orders.c.id, caseOf(orders.c.personId).when(1, 'Ada').when(3, 'Grace').else('other').as('who'))
          .from(orders)
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, who: 'Ada' },
          { id: 11, who: 'Ada' },
          { id: 12, who: 'Grace' },
          { id: 13, who: 'Grace' },
          { id: 14, who: 'other' },
          { id: 15, who: 'other' },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", CASE "orders"."person_id" WHEN ? THEN ? WHEN ? THEN ? ELSE ? END AS "who" FROM "orders" ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", CASE "orders"."person_id" WHEN $1 THEN CAST($2 AS TEXT) WHEN $3 THEN $4 ELSE $5 END AS "who" FROM "orders" ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, CASE `orders`.`person_id` WHEN ? THEN ? WHEN ? THEN ? ELSE ? END AS `who` FROM `orders` ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, CASE ORDERS.PERSON_ID WHEN :1 THEN :2 WHEN :3 THEN :4 ELSE :5 END AS WHO FROM ORDERS ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'CASE of parameters inside an aggregate',
      covers: 'fn.sum(caseWhen(c, 1).else(0)): typed as integer even where every result is a parameter',
      feature: 'CASE',
      // Ages over 40: 41, 85, 72.
      build: ({ people }) => select(fn.sum(caseWhen(people.c.age.gt(40), 1).else(0)).as('over40')).from(people),
      expect: { ordered: true, rows: [{ over40: 3 }] },
      sql: {
        sqlite: 'SELECT SUM(CASE WHEN "people"."age" > ? THEN ? ELSE ? END) AS "over40" FROM "people"',
        postgres: 'SELECT SUM(CASE WHEN "people"."age" > $1 THEN CAST($2 AS INTEGER) ELSE $3 END) AS "over40" FROM "people"',
        mysql: 'SELECT SUM(CASE WHEN `people`.`age` > ? THEN ? ELSE ? END) AS `over40` FROM `people`',
        oracle: 'SELECT SUM(CASE WHEN PEOPLE.AGE > :1 THEN :2 ELSE :3 END) AS OVER40 FROM PEOPLE',
      },
    }),
    defineCase({
      ...people,
      name: 'a boolean CASE as a condition',
      covers: 'where(caseWhen(c, false).else(true)): a boolean value where a condition is expected',
      feature: 'CASE',
      // City NULL only for Alan (2).
      build: ({ people }) =>
        select(people.c.id)
          .from(people)
          .where(caseWhen(people.c.city.isNull(), false).else(true))
          .orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 3, 4, 5) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE CASE WHEN "people"."city" IS NULL THEN ? ELSE ? END ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE CASE WHEN "people"."city" IS NULL THEN CAST($1 AS BOOLEAN) ELSE $2 END ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE CASE WHEN `people`.`city` IS NULL THEN ? ELSE ? END ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE CASE WHEN PEOPLE.CITY IS NULL THEN :1 ELSE :2 END = 1 ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'CAST a number to text and text to a number',
      covers: "cast(x, builtinTypes.text), cast('42', builtinTypes.integer)",
      feature: 'CAST',
      build: ({ people }) =>
        select(people.c.id, cast(people.c.age, builtinTypes.text).as('age'), cast('42', builtinTypes.integer).as('n'))
          .from(people)
          .where(people.c.id.in([1, 4]))
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, age: '36', n: 42 },
          { id: 4, age: null, n: 42 },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", CAST("people"."age" AS TEXT) AS "age", CAST(? AS INTEGER) AS "n" FROM "people" WHERE "people"."id" IN (?, ?) ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", CAST("people"."age" AS TEXT) AS "age", CAST($1 AS INTEGER) AS "n" FROM "people" WHERE "people"."id" IN ($2, $3) ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, CAST(`people`.`age` AS CHAR) AS `age`, CAST(? AS SIGNED) AS `n` FROM `people` WHERE `people`.`id` IN (?, ?) ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, CAST(PEOPLE.AGE AS VARCHAR2(4000)) AS AGE, CAST(:1 AS NUMBER(10)) AS N FROM PEOPLE WHERE PEOPLE.ID IN (:2, :3) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'CAST of a date string to a date binds it as a date',
      covers: "cast('1994-01-01', date()): bound typed, never read under a session's date format",
      build: ({ people }) => select(people.c.id, cast('1994-01-01', date()).as('d')).from(people).where(people.c.id.eq(1)),
      expect: { ordered: false, rows: [{ id: 1, d: '1994-01-01' }] },
      sql: {
        sqlite: 'SELECT "people"."id", CAST(? AS TEXT) AS "d" FROM "people" WHERE "people"."id" = ?',
        postgres: 'SELECT "people"."id", CAST($1 AS DATE) AS "d" FROM "people" WHERE "people"."id" = $2',
        mysql: 'SELECT `people`.`id`, CAST(? AS DATE) AS `d` FROM `people` WHERE `people`.`id` = ?',
        // Bound as a date: TO_DATE with an explicit format, whatever the session's NLS_DATE_FORMAT.
        oracle: "SELECT PEOPLE.ID, CAST(TO_DATE(:1, 'YYYY-MM-DD') AS DATE) AS D FROM PEOPLE WHERE PEOPLE.ID = :2",
      },
    }),
    defineCase({
      ...shop,
      name: 'CAST to a decimal and to a short string',
      covers: 'cast(x, numeric({ precision: 10, scale: 2 })), cast(x, varchar({ length: 3 }))',
      feature: 'CAST',
      build: ({ people, orders }) =>
        select(cast(orders.c.amount, numeric({ precision: 10, scale: 2 })).as('amount'), cast(people.c.name, varchar({ length: 3 })).as('short'))
          .from(orders.join(people, people.c.id.eq(orders.c.personId)))
          .where(orders.c.id.eq(13)),
      // Order 13: Grace's book, 15.
      expect: { ordered: true, rows: [{ amount: '15.00', short: 'Gra' }] },
      expectOn: {
        sqlite: {
          why: "SQLite's CAST targets are storage classes: TEXT has no length (nothing is cut); NUMERIC has no scale, and alkahest reads the value at the cast's scale",
          ordered: true,
          rows: [{ amount: '15.00', short: 'Grace' }],
        },
      },
      sql: {
        sqlite: 'SELECT CAST("orders"."amount" AS NUMERIC) AS "amount", CAST("people"."name" AS TEXT) AS "short" FROM "orders" INNER JOIN "people" ON "people"."id" = "orders"."person_id" WHERE "orders"."id" = ?',
        postgres: 'SELECT CAST("orders"."amount" AS NUMERIC(10, 2)) AS "amount", CAST("people"."name" AS VARCHAR(3)) AS "short" FROM "orders" INNER JOIN "people" ON "people"."id" = "orders"."person_id" WHERE "orders"."id" = $1',
        mysql: 'SELECT CAST(`orders`.`amount` AS DECIMAL(10, 2)) AS `amount`, CAST(`people`.`name` AS CHAR(3)) AS `short` FROM `orders` INNER JOIN `people` ON `people`.`id` = `orders`.`person_id` WHERE `orders`.`id` = ?',
        oracle: 'SELECT CAST(ORDERS.AMOUNT AS NUMBER(10, 2)) AS AMOUNT, CAST(PEOPLE.NAME AS VARCHAR2(3 CHAR)) AS SHORT FROM ORDERS INNER JOIN PEOPLE ON PEOPLE.ID = ORDERS.PERSON_ID WHERE ORDERS.ID = :1',
      },
    }),
    defineCase({
      ...people,
      name: 'CAST to boolean',
      covers: 'cast(x, builtinTypes.boolean): PostgreSQL only (Oracle 23ai too); elsewhere refused',
      feature: 'CAST to boolean',
      build: ({ people }) =>
        select(people.c.id, cast(people.c.age.gt(40), builtinTypes.boolean).as('old'))
          .from(people)
          .where(people.c.id.in([1, 3]))
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, old: false },
          { id: 3, old: true },
        ],
      },
      expectOn: {
        sqlite: { why: 'SQLite has no boolean type to cast to', error: UnsupportedFeatureError, at: 'build' },
        mysql: { why: 'MySQL has no boolean type to cast to', error: UnsupportedFeatureError, at: 'build' },
        oracle: { why: 'Oracle has no BOOLEAN before 23ai', error: UnsupportedFeatureError, at: 'build' },
      },
      sql: {
        sqlite: { error: UnsupportedFeatureError },
        postgres: 'SELECT "people"."id", CAST("people"."age" > $1 AS BOOLEAN) AS "old" FROM "people" WHERE "people"."id" IN ($2, $3) ORDER BY "people"."id"',
        mysql: { error: UnsupportedFeatureError },
        oracle: { error: UnsupportedFeatureError },
      },
    }),
    defineCase({
      ...people,
      name: 'NULLIF',
      covers: 'fn.nullif(a, b): NULL where a = b',
      feature: 'NULLIF',
      build: ({ people }) => select(people.c.id, fn.nullif(people.c.age, 41).as('age')).from(people).orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, age: 36 },
          { id: 2, age: null },
          { id: 3, age: 85 },
          { id: 4, age: null },
          { id: 5, age: 72 },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", NULLIF("people"."age", ?) AS "age" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", NULLIF("people"."age", $1) AS "age" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, NULLIF(`people`.`age`, ?) AS `age` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, NULLIF(PEOPLE.AGE, :1) AS AGE FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
  ],
};
