/**
 * Typed constants (val, dateValue, decimalValue) in select lists, arithmetic,
 * CASE and date arithmetic; optional filters that leave no condition; EXISTS
 * with SELECT 1; the typed string functions; typed literals written inline.
 *
 * Rows (fixtures.ts): people 1 Ada, 2 Alan, 3 Grace, 4 Linus, 5 Edsger;
 * orders by id: 10 p1 12, 11 p1 3, 12 p3 900, 13 p3 15, 14 p9 40, 15 NULL 5.
 */
import { and, blob, caseWhen, date, dateValue, dates, decimalValue, double, exists, fn, integer, literal, numeric, or, select, selectOne, text, timestamp, val } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, peopleFixture, seedPeopleOnly, seedShop, shopFixture } from './fixtures';

const shop = { fixture: shopFixture, seed: seedShop } as const;
const people = { fixture: peopleFixture, seed: seedPeopleOnly } as const;

export const constantsAndStrings: Area = {
  name: 'constants, optional filters, string functions',
  cases: [
    defineCase({
      ...people,
      name: 'optional filters all left out give no condition',
      covers: 'and(undefined, or(undefined)) and .where(undefined): no WHERE at all',
      feature: 'Optional filters (and/or of nothing)',
      build: ({ people }) => select(people.c.id).from(people).where(and(undefined, or(undefined))).where(undefined).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 2, 3, 4, 5) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'typed constants in a select list, arithmetic and CASE',
      covers: "val(1), val('x'), val(10).minus(column), caseWhen(cond, val('big')): CAST(? AS type)",
      feature: 'Typed constants (val)',
      build: ({ people }) =>
        select(people.c.id, val(1).as('one'), val('x').as('label'), val(10).minus(people.c.id).as('rest'), caseWhen(people.c.id.gt(3), val('big')).else('small').as('size'))
          .from(people)
          .where(people.c.id.lt(5))
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, one: 1, label: 'x', rest: 9, size: 'small' },
          { id: 2, one: 1, label: 'x', rest: 8, size: 'small' },
          { id: 3, one: 1, label: 'x', rest: 7, size: 'small' },
          { id: 4, one: 1, label: 'x', rest: 6, size: 'big' },
        ],
      },
      sql: {
        sqlite:
          'SELECT "people"."id", CAST(? AS INTEGER) AS "one", CAST(? AS TEXT) AS "label", CAST(? AS INTEGER) - "people"."id" AS "rest", CASE WHEN "people"."id" > ? THEN CAST(? AS TEXT) ELSE ? END AS "size" FROM "people" WHERE "people"."id" < ? ORDER BY "people"."id"',
        postgres:
          'SELECT "people"."id", CAST($1 AS INTEGER) AS "one", CAST($2 AS TEXT) AS "label", CAST($3 AS INTEGER) - "people"."id" AS "rest", CASE WHEN "people"."id" > $4 THEN CAST($5 AS TEXT) ELSE $6 END AS "size" FROM "people" WHERE "people"."id" < $7 ORDER BY "people"."id"',
        mysql:
          'SELECT `people`.`id`, CAST(? AS SIGNED) AS `one`, CAST(? AS CHAR) AS `label`, CAST(? AS SIGNED) - `people`.`id` AS `rest`, CASE WHEN `people`.`id` > ? THEN CAST(? AS CHAR) ELSE ? END AS `size` FROM `people` WHERE `people`.`id` < ? ORDER BY `people`.`id`',
        oracle:
          'SELECT PEOPLE.ID, CAST(:1 AS NUMBER(10)) AS ONE, CAST(:2 AS VARCHAR2(4000)) AS LABEL, CAST(:3 AS NUMBER(10)) - PEOPLE.ID AS REST, CASE WHEN PEOPLE.ID > :4 THEN CAST(:5 AS VARCHAR2(4000)) ELSE :6 END AS "size" FROM PEOPLE WHERE PEOPLE.ID < :7 ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'a decimal constant times an integer column is exact',
      covers: "decimalValue('1.50').times(orders.amount): NUMERIC(3, 2), read as a decimal string",
      feature: 'Typed constants (val)',
      build: ({ orders }) => select(orders.c.id, decimalValue('1.50').times(orders.c.amount).as('price')).from(orders).where(orders.c.id.lt(12)).orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          // SQLite computes NUMERIC with its own affinity and keeps no trailing zeros.
          { id: 10, price: expect.stringMatching(/^18(\.0+)?$/) },
          { id: 11, price: expect.stringMatching(/^4\.50*$/) },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."id", CAST(? AS NUMERIC) * "orders"."amount" AS "price" FROM "orders" WHERE "orders"."id" < ? ORDER BY "orders"."id"',
        postgres: 'SELECT "orders"."id", CAST($1 AS NUMERIC(3, 2)) * "orders"."amount" AS "price" FROM "orders" WHERE "orders"."id" < $2 ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id`, CAST(CAST(? AS DECIMAL(65, 30)) AS DECIMAL(3, 2)) * `orders`.`amount` AS `price` FROM `orders` WHERE `orders`.`id` < ? ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID, CAST(TO_NUMBER(:1) AS NUMBER(3, 2)) * ORDERS.AMOUNT AS PRICE FROM ORDERS WHERE ORDERS.ID < :2 ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'date arithmetic on a date constant',
      covers: "dates.add(dateValue('1994-01-01'), { years: 1 }); dates.extract('year', '1994-03-04') takes a plain date string",
      feature: 'Typed constants (val)',
      build: () => select({ d: dates.add(dateValue('1994-01-01'), { years: 1 }), y: dates.extract('year', '1994-03-04') }),
      expect: { ordered: true, rows: [{ d: '1995-01-01', y: 1994 }] },
      sql: {
        sqlite: `SELECT date(CAST(? AS TEXT), (? * 12) || ' months', 'floor') AS "d", CAST(strftime('%Y', CAST(? AS TEXT)) AS INTEGER) AS "y"`,
        postgres: 'SELECT CAST(CAST($1 AS DATE) + make_interval(months => $2 * 12) AS DATE) AS "d", CAST(EXTRACT(YEAR FROM CAST($3 AS DATE)) AS INTEGER) AS "y"',
        mysql: 'SELECT DATE_ADD(CAST(? AS DATE), INTERVAL (? * 12) MONTH) AS `d`, EXTRACT(YEAR FROM CAST(? AS DATE)) AS `y`',
        oracle: "SELECT CAST(TO_DATE(:1, 'YYYY-MM-DD') AS DATE) + NUMTOYMINTERVAL(:2 * 12, 'MONTH') AS D, EXTRACT(YEAR FROM CAST(TO_DATE(:3, 'YYYY-MM-DD') AS DATE)) AS Y FROM DUAL",
      },
    }),
    defineCase({
      ...shop,
      name: 'EXISTS with SELECT 1',
      covers: 'exists(selectOne().from(orders).where(correlated)): SELECT 1, not every column',
      feature: 'EXISTS (SELECT 1)',
      build: ({ people, orders }) => select(people.c.id).from(people).where(exists(selectOne().from(orders).where(orders.c.personId.eq(people.c.id)))).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 3) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE EXISTS (SELECT 1 AS "one" FROM "orders" WHERE "orders"."person_id" = "people"."id") ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE EXISTS (SELECT 1 AS "one" FROM "orders" WHERE "orders"."person_id" = "people"."id") ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE EXISTS (SELECT 1 AS `one` FROM `orders` WHERE `orders`.`person_id` = `people`.`id`) ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE EXISTS (SELECT 1 AS ONE FROM ORDERS WHERE ORDERS.PERSON_ID = PEOPLE.ID) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'typed string functions',
      covers: "fn.substring(s, 2, 3), fn.substring(s, 3), fn.trim(val('  a ')), fn.replace(s, 'a', 'o')",
      feature: 'String functions (substring, trim, replace)',
      build: ({ people }) =>
        select(people.c.id, fn.substring(people.c.name, 2, 3).as('sub'), fn.substring(people.c.name, 3).as('tail'), fn.trim(val('  a ')).as('t'), fn.replace(people.c.name, 'a', 'o').as('r'))
          .from(people)
          .where(people.c.id.lt(3))
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, sub: 'da', tail: 'a', t: 'a', r: 'Ado' },
          { id: 2, sub: 'lan', tail: 'an', t: 'a', r: 'Alon' },
        ],
      },
      sql: {
        sqlite:
          'SELECT "people"."id", SUBSTR("people"."name", ?, ?) AS "sub", SUBSTR("people"."name", ?) AS "tail", TRIM(CAST(? AS TEXT)) AS "t", REPLACE("people"."name", ?, ?) AS "r" FROM "people" WHERE "people"."id" < ? ORDER BY "people"."id"',
        postgres:
          'SELECT "people"."id", SUBSTR("people"."name", $1, $2) AS "sub", SUBSTR("people"."name", $3) AS "tail", TRIM(CAST($4 AS TEXT)) AS "t", REPLACE("people"."name", $5, $6) AS "r" FROM "people" WHERE "people"."id" < $7 ORDER BY "people"."id"',
        mysql:
          'SELECT `people`.`id`, SUBSTR(`people`.`name`, ?, ?) AS `sub`, SUBSTR(`people`.`name`, ?) AS `tail`, TRIM(CAST(? AS CHAR)) AS `t`, REPLACE(`people`.`name`, ?, ?) AS `r` FROM `people` WHERE `people`.`id` < ? ORDER BY `people`.`id`',
        oracle:
          'SELECT PEOPLE.ID, SUBSTR(PEOPLE.NAME, :1, :2) AS SUB, SUBSTR(PEOPLE.NAME, :3) AS TAIL, TRIM(CAST(:4 AS VARCHAR2(4000))) AS T, REPLACE(PEOPLE.NAME, :5, :6) AS R FROM PEOPLE WHERE PEOPLE.ID < :7 ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'typed literals written inline in a select list and a condition',
      covers: "literal(value, type) for integer, text with a quote, date, timestamp, decimal, boolean, bytes and double: in the SQL text, no parameter",
      feature: 'Typed literals (literal)',
      build: ({ people }) =>
        select(
          people.c.id,
          literal(5, integer()).as('five'),
          literal("O'Brien", text()).as('name'),
          literal('2024-02-29', date()).as('day'),
          literal(new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)), timestamp()).as('at'),
          literal('12.50', numeric({ precision: 10, scale: 2 })).as('price'),
          literal(true).as('yes'),
          literal(new Uint8Array([0, 255]), blob()).as('bytes'),
          literal(1.5, double()).as('ratio'),
        )
          .from(people)
          .where(people.c.id.eq(literal(2, integer()))),
      expect: {
        ordered: true,
        rows: [
          {
            id: 2,
            five: 5,
            name: "O'Brien",
            day: '2024-02-29',
            at: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)),
            // SQLite computes NUMERIC with its own affinity and keeps no trailing zeros.
            price: expect.stringMatching(/^12\.50?$/),
            yes: true,
            bytes: Buffer.from([0, 255]),
            ratio: 1.5,
          },
        ],
      },
      sql: {
        sqlite:
          'SELECT "people"."id", CAST(5 AS INTEGER) AS "five", CAST(\'O\'\'Brien\' AS TEXT) AS "name", CAST(\'2024-02-29\' AS TEXT) AS "day", CAST(\'2024-01-02 03:04:05.006\' AS TEXT) AS "at", CAST(12.5 AS NUMERIC) AS "price", 1 AS "yes", X\'00ff\' AS "bytes", CAST(1.5e+0 AS REAL) AS "ratio" FROM "people" WHERE "people"."id" = CAST(2 AS INTEGER)',
        postgres:
          'SELECT "people"."id", CAST(5 AS INTEGER) AS "five", CAST(\'O\'\'Brien\' AS TEXT) AS "name", CAST(\'2024-02-29\' AS DATE) AS "day", CAST(\'2024-01-02 03:04:05.006\' AS TIMESTAMP) AS "at", CAST(12.50 AS NUMERIC(10, 2)) AS "price", TRUE AS "yes", decode(\'00ff\', \'hex\') AS "bytes", CAST(1.5e+0 AS DOUBLE PRECISION) AS "ratio" FROM "people" WHERE "people"."id" = CAST(2 AS INTEGER)',
        mysql:
          "SELECT `people`.`id`, CAST(5 AS SIGNED) AS `five`, CAST('O''Brien' AS CHAR) AS `name`, CAST('2024-02-29' AS DATE) AS `day`, CAST('2024-01-02 03:04:05.006' AS DATETIME(3)) AS `at`, CAST(12.50 AS DECIMAL(10, 2)) AS `price`, TRUE AS `yes`, X'00ff' AS `bytes`, CAST(1.5e+0 AS DOUBLE) AS `ratio` FROM `people` WHERE `people`.`id` = CAST(2 AS SIGNED)",
        oracle:
          "SELECT PEOPLE.ID, CAST(5 AS NUMBER(10)) AS FIVE, CAST('O''Brien' AS VARCHAR2(4000)) AS NAME, DATE '2024-02-29' AS DAY, TIMESTAMP '2024-01-02 03:04:05.006' AS AT, CAST(12.50 AS NUMBER(10, 2)) AS PRICE, 1 AS YES, HEXTORAW('00FF') AS BYTES, 1.5E+0D AS RATIO FROM PEOPLE WHERE PEOPLE.ID = CAST(2 AS NUMBER(10))",
      },
    }),
  ],
};
