/**
 * Row limits beyond LIMIT n OFFSET m (select-basics.ts has those): FETCH FIRST
 * … WITH TIES (native on PostgreSQL 13+, MariaDB 10.6+ and Oracle 12c+; RANK()
 * in a subquery on SQLite and MySQL), and counts that are expressions (native
 * on SQLite, PostgreSQL and Oracle; ROW_NUMBER() in a subquery on MySQL and
 * MariaDB, whose LIMIT takes numbers and placeholders only).
 */
import { CompileError, fn, scalar, select, val } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, peopleFixture, seedPeopleOnly, seedShop, shopFixture } from './fixtures';

const shop = { fixture: shopFixture, seed: seedShop } as const;
const people = { fixture: peopleFixture, seed: seedPeopleOnly } as const;
const rank = 'RANK() and ROW_NUMBER() over the ORDER BY in a subquery';
const rankOnMysql = 'RANK() and ROW_NUMBER() in a subquery on MySQL; MariaDB 10.6+ writes FETCH FIRST … WITH TIES';
const rowNumber = 'ROW_NUMBER() over the ORDER BY in a subquery (LIMIT takes numbers and placeholders only)';

export const rowLimits: Area = {
  name: 'row limits',
  cases: [
    defineCase({
      ...shop,
      name: 'FETCH FIRST 3 ROWS WITH TIES',
      covers: 'FETCH FIRST … WITH TIES',
      feature: 'FETCH FIRST … WITH TIES',
      emulatedOn: { sqlite: rank, mysql: rankOnMysql },
      // person ids in order: 1, 1, 3, 3, 9; the third row (3) ties with the fourth.
      build: ({ orders }) => select(orders.c.id, orders.c.personId).from(orders).where(orders.c.personId.isNotNull()).orderBy(orders.c.personId).limit(3, { withTies: true }),
      expect: {
        ordered: false,
        rows: [
          { id: 10, personId: 1 },
          { id: 11, personId: 1 },
          { id: 12, personId: 3 },
          { id: 13, personId: 3 },
        ],
      },
      sql: { sqlite: 'SELECT "alkahest_l"."id", "alkahest_l"."personId" FROM (SELECT "orders"."id", "orders"."person_id" AS "personId", ROW_NUMBER() OVER (ORDER BY "orders"."person_id") AS "alkahest_rn", RANK() OVER (ORDER BY "orders"."person_id") AS "alkahest_rk" FROM "orders" WHERE "orders"."person_id" IS NOT NULL) AS "alkahest_l" WHERE "alkahest_l"."alkahest_rk" <= ? ORDER BY "alkahest_l"."alkahest_rn"', postgres: 'SELECT "orders"."id", "orders"."person_id" AS "personId" FROM "orders" WHERE "orders"."person_id" IS NOT NULL ORDER BY "orders"."person_id" FETCH FIRST $1 ROWS WITH TIES', mysql: 'SELECT `alkahest_l`.`id`, `alkahest_l`.`personId` FROM (SELECT `orders`.`id`, `orders`.`person_id` AS `personId`, ROW_NUMBER() OVER (ORDER BY `orders`.`person_id`) AS `alkahest_rn`, RANK() OVER (ORDER BY `orders`.`person_id`) AS `alkahest_rk` FROM `orders` WHERE `orders`.`person_id` IS NOT NULL) AS `alkahest_l` WHERE `alkahest_l`.`alkahest_rk` <= ? ORDER BY `alkahest_l`.`alkahest_rn`', oracle: 'SELECT ORDERS.ID, ORDERS.PERSON_ID AS "personId" FROM ORDERS WHERE ORDERS.PERSON_ID IS NOT NULL ORDER BY ORDERS.PERSON_ID FETCH NEXT :1 ROWS WITH TIES' },
    }),
    defineCase({
      ...shop,
      name: 'FETCH FIRST … WITH TIES after an OFFSET',
      covers: 'OFFSET m ROWS FETCH FIRST n ROWS WITH TIES',
      feature: 'FETCH FIRST … WITH TIES',
      emulatedOn: { sqlite: rank, mysql: rankOnMysql },
      // Skip two (person 1's orders); the next one (person 3) and its tie.
      build: ({ orders }) => select(orders.c.id).from(orders).where(orders.c.personId.isNotNull()).orderBy(orders.c.personId).offset(2).limit(1, { withTies: true }),
      expect: { ordered: false, rows: ids(12, 13) },
      sql: { sqlite: 'SELECT "alkahest_l"."id" FROM (SELECT "orders"."id", ROW_NUMBER() OVER (ORDER BY "orders"."person_id") AS "alkahest_rn", RANK() OVER (ORDER BY "orders"."person_id") AS "alkahest_rk" FROM "orders" WHERE "orders"."person_id" IS NOT NULL) AS "alkahest_l" WHERE "alkahest_l"."alkahest_rn" > ? AND "alkahest_l"."alkahest_rk" <= (? + ?) ORDER BY "alkahest_l"."alkahest_rn"', postgres: 'SELECT "orders"."id" FROM "orders" WHERE "orders"."person_id" IS NOT NULL ORDER BY "orders"."person_id" OFFSET $1 ROWS FETCH FIRST $2 ROWS WITH TIES', mysql: 'SELECT `alkahest_l`.`id` FROM (SELECT `orders`.`id`, ROW_NUMBER() OVER (ORDER BY `orders`.`person_id`) AS `alkahest_rn`, RANK() OVER (ORDER BY `orders`.`person_id`) AS `alkahest_rk` FROM `orders` WHERE `orders`.`person_id` IS NOT NULL) AS `alkahest_l` WHERE `alkahest_l`.`alkahest_rn` > ? AND `alkahest_l`.`alkahest_rk` <= (? + ?) ORDER BY `alkahest_l`.`alkahest_rn`', oracle: 'SELECT ORDERS.ID FROM ORDERS WHERE ORDERS.PERSON_ID IS NOT NULL ORDER BY ORDERS.PERSON_ID OFFSET :1 ROWS FETCH NEXT :2 ROWS WITH TIES' },
    }),
    defineCase({
      ...shop,
      name: 'WITH TIES without ORDER BY',
      covers: 'WITH TIES without ORDER BY: CompileError',
      build: ({ orders }) => select(orders.c.id).from(orders).limit(2, { withTies: true }),
      expect: { error: CompileError, at: 'build' },
      sql: { sqlite: { error: CompileError }, postgres: { error: CompileError }, mysql: { error: CompileError }, oracle: { error: CompileError } },
    }),
    defineCase({
      ...people,
      name: 'LIMIT of an expression',
      covers: 'an expression in LIMIT',
      feature: 'Expressions in LIMIT / OFFSET',
      emulatedOn: { mysql: rowNumber },
      build: ({ people }) => select(people.c.id).from(people).orderBy(people.c.id).limit(val(1).plus(1)),
      expect: { ordered: true, rows: ids(1, 2) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT (CAST(? AS INTEGER) + ?)', postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT (CAST($1 AS INTEGER) + $2)', mysql: 'SELECT `alkahest_l`.`id` FROM (SELECT `people`.`id`, ROW_NUMBER() OVER (ORDER BY `people`.`id`) AS `alkahest_rn` FROM `people`) AS `alkahest_l` WHERE `alkahest_l`.`alkahest_rn` <= (CAST(? AS SIGNED) + ?) ORDER BY `alkahest_l`.`alkahest_rn`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.ID FETCH NEXT (CAST(:1 AS NUMBER(10)) + :2) ROWS ONLY' },
    }),
    defineCase({
      ...people,
      name: 'OFFSET of a scalar subquery',
      covers: 'a subquery in OFFSET, with a LIMIT',
      feature: 'Expressions in LIMIT / OFFSET',
      emulatedOn: { mysql: rowNumber },
      // Two people are over 70: skip two, take two.
      build: ({ people }) =>
        select(people.c.id)
          .from(people)
          .orderBy(people.c.id)
          .offset(scalar(select({ n: fn.count() }).from(people).where(people.c.age.gt(70))))
          .limit(2),
      expect: { ordered: true, rows: ids(3, 4) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT ? OFFSET (SELECT COUNT(*) AS "n" FROM "people" WHERE "people"."age" > ?)', postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT $1 OFFSET (SELECT COUNT(*) AS "n" FROM "people" WHERE "people"."age" > $2)', mysql: 'SELECT `alkahest_l`.`id` FROM (SELECT `people`.`id`, ROW_NUMBER() OVER (ORDER BY `people`.`id`) AS `alkahest_rn` FROM `people`) AS `alkahest_l` WHERE `alkahest_l`.`alkahest_rn` > (SELECT COUNT(*) AS `n` FROM `people` WHERE `people`.`age` > ?) AND `alkahest_l`.`alkahest_rn` <= ((SELECT COUNT(*) AS `n` FROM `people` WHERE `people`.`age` > ?) + ?) ORDER BY `alkahest_l`.`alkahest_rn`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.ID OFFSET (SELECT COUNT(*) AS N FROM PEOPLE WHERE PEOPLE.AGE > :1) ROWS FETCH NEXT :2 ROWS ONLY' },
    }),
    defineCase({
      ...shop,
      name: 'SELECT DISTINCT with a LIMIT expression and an OFFSET',
      covers: 'an expression in LIMIT under DISTINCT (counted over distinct rows)',
      feature: 'Expressions in LIMIT / OFFSET',
      emulatedOn: { mysql: rowNumber },
      // Distinct items: book, gift, lamp, laptop, pen; skip one, take two.
      build: ({ orders }) => select(orders.c.item).from(orders).distinct().orderBy(orders.c.item).limit(val(1).plus(1)).offset(1),
      expect: { ordered: true, rows: [{ item: 'gift' }, { item: 'lamp' }] },
      sql: { sqlite: 'SELECT DISTINCT "orders"."item" FROM "orders" ORDER BY "orders"."item" LIMIT (CAST(? AS INTEGER) + ?) OFFSET ?', postgres: 'SELECT DISTINCT "orders"."item" FROM "orders" ORDER BY "orders"."item" LIMIT (CAST($1 AS INTEGER) + $2) OFFSET $3', mysql: 'SELECT `alkahest_l`.`item` FROM (SELECT `alkahest_d`.`item`, ROW_NUMBER() OVER (ORDER BY `alkahest_d`.`alkahest_o1`) AS `alkahest_rn` FROM (SELECT DISTINCT `orders`.`item`, `orders`.`item` AS `alkahest_o1` FROM `orders`) AS `alkahest_d`) AS `alkahest_l` WHERE `alkahest_l`.`alkahest_rn` > ? AND `alkahest_l`.`alkahest_rn` <= (? + (CAST(? AS SIGNED) + ?)) ORDER BY `alkahest_l`.`alkahest_rn`', oracle: 'SELECT DISTINCT TO_CHAR(ORDERS.ITEM) AS ITEM FROM ORDERS ORDER BY TO_CHAR(ORDERS.ITEM) OFFSET :1 ROWS FETCH NEXT (CAST(:2 AS NUMBER(10)) + :3) ROWS ONLY' },
    }),
  ],
};
