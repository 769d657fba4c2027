/**
 * Subqueries as expressions: EXISTS / NOT EXISTS, scalar subqueries in the
 * select list and in WHERE, quantified comparisons (ANY / ALL, NULLs
 * included) and LATERAL.
 */
import { all, any, exists, fn, notExists, scalar, select, UnsupportedFeatureError } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, seedShop, shopFixture } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;
const sqliteAnyAll = 'EXISTS over the subquery rows (no ANY/ALL in SQLite)';

export const subqueryExpressions: Area = {
  name: 'subquery expressions',
  cases: [
    defineCase({
      ...base,
      name: 'EXISTS with a correlated subquery',
      covers: 'EXISTS',
      feature: 'EXISTS / NOT EXISTS',
      build: ({ people, orders }) =>
        select(people.c.id).from(people).where(exists(select(orders.c.id).from(orders).where(orders.c.personId.eq(people.c.id)))).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 3) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE EXISTS (SELECT "orders"."id" FROM "orders" WHERE "orders"."person_id" = "people"."id") ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE EXISTS (SELECT "orders"."id" FROM "orders" WHERE "orders"."person_id" = "people"."id") ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE EXISTS (SELECT `orders`.`id` FROM `orders` WHERE `orders`.`person_id` = `people`.`id`) ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE EXISTS (SELECT ORDERS.ID FROM ORDERS WHERE ORDERS.PERSON_ID = PEOPLE.ID) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'NOT EXISTS',
      covers: 'NOT EXISTS',
      feature: 'EXISTS / NOT EXISTS',
      build: ({ people, orders }) =>
        select(people.c.id).from(people).where(notExists(select(orders.c.id).from(orders).where(orders.c.personId.eq(people.c.id)))).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(2, 4, 5) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE NOT EXISTS (SELECT "orders"."id" FROM "orders" WHERE "orders"."person_id" = "people"."id") ORDER BY "people"."id"', postgres: 'SELECT "people"."id" FROM "people" WHERE NOT EXISTS (SELECT "orders"."id" FROM "orders" WHERE "orders"."person_id" = "people"."id") ORDER BY "people"."id"', mysql: 'SELECT `people`.`id` FROM `people` WHERE NOT EXISTS (SELECT `orders`.`id` FROM `orders` WHERE `orders`.`person_id` = `people`.`id`) ORDER BY `people`.`id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE NOT EXISTS (SELECT ORDERS.ID FROM ORDERS WHERE ORDERS.PERSON_ID = PEOPLE.ID) ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'scalar subquery in the select list',
      covers: 'scalar, correlated subquery as a value',
      feature: 'Scalar subqueries',
      build: ({ people, orders }) =>
        select(people.c.id, scalar(select(fn.count().as('n')).from(orders).where(orders.c.personId.eq(people.c.id))).as('orderCount'))
          .from(people)
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, orderCount: 2 },
          { id: 2, orderCount: 0 },
          { id: 3, orderCount: 2 },
          { id: 4, orderCount: 0 },
          { id: 5, orderCount: 0 },
        ],
      },
      sql: { sqlite: 'SELECT "people"."id", (SELECT COUNT(*) AS "n" FROM "orders" WHERE "orders"."person_id" = "people"."id") AS "orderCount" FROM "people" ORDER BY "people"."id"', postgres: 'SELECT "people"."id", (SELECT COUNT(*) AS "n" FROM "orders" WHERE "orders"."person_id" = "people"."id") AS "orderCount" FROM "people" ORDER BY "people"."id"', mysql: 'SELECT `people`.`id`, (SELECT COUNT(*) AS `n` FROM `orders` WHERE `orders`.`person_id` = `people`.`id`) AS `orderCount` FROM `people` ORDER BY `people`.`id`', oracle: 'SELECT PEOPLE.ID, (SELECT COUNT(*) AS N FROM ORDERS WHERE ORDERS.PERSON_ID = PEOPLE.ID) AS "orderCount" FROM PEOPLE ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'scalar subquery in WHERE',
      covers: 'scalar subquery compared with a column',
      feature: 'Scalar subqueries',
      // Mean age of the four known ages (36, 41, 85, 72) is 58.5: Grace and Edsger are older.
      build: ({ people }) => {
        const others = people.as('others');
        return select(people.c.id).from(people).where(people.c.age.gt(scalar(select(fn.avg(others.c.age).as('mean')).from(others)))).orderBy(people.c.id);
      },
      expect: { ordered: true, rows: ids(3, 5) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."age" > (SELECT AVG("others"."age") AS "mean" FROM "people" AS "others") ORDER BY "people"."id"', postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."age" > (SELECT AVG("others"."age") AS "mean" FROM "people" AS "others") ORDER BY "people"."id"', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`age` > (SELECT AVG(`others`.`age`) AS `mean` FROM `people` AS `others`) ORDER BY `people`.`id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE > (SELECT AVG(OTHERS.AGE) AS MEAN FROM PEOPLE OTHERS) ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: '> ANY',
      covers: 'ANY',
      feature: 'ANY / ALL',
      emulatedOn: { sqlite: sqliteAnyAll },
      // Books cost 12 and 15: everyone with an age above 12 (Linus's NULL age is not).
      build: ({ people, orders }) =>
        select(people.c.id).from(people).where(people.c.age.gt(any(select(orders.c.amount).from(orders).where(orders.c.item.eq('book'))))).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 2, 3, 5) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE EXISTS (SELECT 1 FROM (SELECT "orders"."amount" FROM "orders" WHERE "orders"."item" = ?) AS "alkahest_q" WHERE "people"."age" > "alkahest_q"."amount") ORDER BY "people"."id"', postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."age" > ANY (SELECT "orders"."amount" FROM "orders" WHERE "orders"."item" = $1) ORDER BY "people"."id"', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`age` > ANY (SELECT `orders`.`amount` FROM `orders` WHERE `orders`.`item` = ?) ORDER BY `people`.`id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE > ANY (SELECT ORDERS.AMOUNT FROM ORDERS WHERE TO_CHAR(ORDERS.ITEM) = :1) ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: '> ALL',
      covers: 'ALL',
      feature: 'ANY / ALL',
      emulatedOn: { sqlite: sqliteAnyAll },
      // Amounts under 100 are 12, 3, 15, 40, 5: ages above 40 are Alan, Grace, Edsger.
      build: ({ people, orders }) =>
        select(people.c.id).from(people).where(people.c.age.gt(all(select(orders.c.amount).from(orders).where(orders.c.amount.lt(100))))).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(2, 3, 5) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE NOT EXISTS (SELECT 1 FROM (SELECT "orders"."amount" FROM "orders" WHERE "orders"."amount" < ?) AS "alkahest_q" WHERE NOT ("people"."age" > "alkahest_q"."amount") OR "alkahest_q"."amount" IS NULL OR "people"."age" IS NULL) ORDER BY "people"."id"', postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."age" > ALL (SELECT "orders"."amount" FROM "orders" WHERE "orders"."amount" < $1) ORDER BY "people"."id"', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`age` > ALL (SELECT `orders`.`amount` FROM `orders` WHERE `orders`.`amount` < ?) ORDER BY `people`.`id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE > ALL (SELECT ORDERS.AMOUNT FROM ORDERS WHERE ORDERS.AMOUNT < :1) ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: '<> ALL over a subquery holding NULL is never true',
      covers: 'ALL, NULL semantics',
      feature: 'ANY / ALL',
      emulatedOn: { sqlite: sqliteAnyAll },
      build: ({ people, orders }) => select(people.c.id).from(people).where(people.c.id.ne(all(select(orders.c.personId).from(orders)))),
      expect: { ordered: false, rows: [] },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE NOT EXISTS (SELECT 1 FROM (SELECT "orders"."person_id" AS "personId" FROM "orders") AS "alkahest_q" WHERE NOT ("people"."id" <> "alkahest_q"."personId") OR "alkahest_q"."personId" IS NULL OR "people"."id" IS NULL)', postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" <> ALL (SELECT "orders"."person_id" AS "personId" FROM "orders")', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` <> ALL (SELECT `orders`.`person_id` AS `personId` FROM `orders`)', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID <> ALL (SELECT ORDERS.PERSON_ID AS "personId" FROM ORDERS)' },
    }),
    defineCase({
      ...base,
      name: '= ANY is IN',
      covers: 'ANY with =',
      feature: 'ANY / ALL',
      emulatedOn: { sqlite: sqliteAnyAll },
      build: ({ people, orders }) => select(people.c.id).from(people).where(people.c.id.eq(any(select(orders.c.personId).from(orders)))).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 3) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE EXISTS (SELECT 1 FROM (SELECT "orders"."person_id" AS "personId" FROM "orders") AS "alkahest_q" WHERE "people"."id" = "alkahest_q"."personId") ORDER BY "people"."id"', postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" = ANY (SELECT "orders"."person_id" AS "personId" FROM "orders") ORDER BY "people"."id"', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` = ANY (SELECT `orders`.`person_id` AS `personId` FROM `orders`) ORDER BY `people`.`id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID = ANY (SELECT ORDERS.PERSON_ID AS "personId" FROM ORDERS) ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'LATERAL: each person with their largest order',
      covers: 'LATERAL derived table',
      feature: 'LATERAL',
      build: ({ people, orders }) => {
        const largest = select(orders.c.amount).from(orders).where(orders.c.personId.eq(people.c.id)).orderBy(orders.c.amount.desc()).limit(1).lateral('largest');
        return select(people.c.id, largest.c.amount).from(people.crossJoin(largest)).orderBy(people.c.id);
      },
      expect: {
        ordered: true,
        rows: [
          { id: 1, amount: 12 },
          { id: 3, amount: 900 },
        ],
      },
      expectOn: {
        sqlite: { why: 'SQLite has no LATERAL', error: UnsupportedFeatureError, at: 'build' },
        mysql: { why: 'MariaDB has no LATERAL (MySQL 8.0.14+ has)', error: UnsupportedFeatureError, at: 'build' },
      },
      sql: { sqlite: { error: UnsupportedFeatureError }, postgres: 'SELECT "people"."id", "largest"."amount" FROM "people" CROSS JOIN LATERAL (SELECT "orders"."amount" FROM "orders" WHERE "orders"."person_id" = "people"."id" ORDER BY "orders"."amount" DESC LIMIT $1) AS "largest" ORDER BY "people"."id"', mysql: 'SELECT `people`.`id`, `largest`.`amount` FROM `people` CROSS JOIN LATERAL (SELECT `orders`.`amount` FROM `orders` WHERE `orders`.`person_id` = `people`.`id` ORDER BY `orders`.`amount` DESC LIMIT ?) AS `largest` ORDER BY `people`.`id`', oracle: 'SELECT PEOPLE.ID, LARGEST.AMOUNT FROM PEOPLE CROSS JOIN LATERAL (SELECT ORDERS.AMOUNT FROM ORDERS WHERE ORDERS.PERSON_ID = PEOPLE.ID ORDER BY ORDERS.AMOUNT DESC FETCH NEXT :1 ROWS ONLY) LARGEST ORDER BY PEOPLE.ID' },
    }),
  ],
};
