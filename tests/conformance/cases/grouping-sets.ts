/**
 * GROUP BY extensions: ROLLUP (MySQL's WITH ROLLUP), CUBE, GROUPING SETS
 * and GROUPING(). SQLite has none of them.
 *
 * Orders (fixtures.ts), by id: 10 p1 book 12, 11 p1 pen 3, 12 p3 laptop 900,
 * 13 p3 book 15, 14 p9 lamp 40, 15 NULL gift 5.
 */
import { cube, fn, groupingSets, rollup, select, UnsupportedFeatureError } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { seedShop, shopFixture } from './fixtures';

const shop = { fixture: shopFixture, seed: seedShop } as const;
const noSqlite = { why: 'SQLite has no ROLLUP, CUBE or GROUPING SETS', error: UnsupportedFeatureError, at: 'build' } as const;
const onlyRollup = { why: 'MySQL and MariaDB have ROLLUP only (GROUP BY … WITH ROLLUP)', error: UnsupportedFeatureError, at: 'build' } as const;

export const groupingSetsArea: Area = {
  name: 'grouping sets',
  cases: [
    defineCase({
      ...shop,
      name: 'ROLLUP over two columns',
      covers: 'groupBy(rollup(a, b)): the groups, a subtotal per a, and a grand total',
      feature: 'ROLLUP',
      // Orders with a person: (1, book) 12, (1, pen) 3, (3, laptop) 900, (3, book) 15, (9, lamp) 40;
      // per person 15, 915, 40; in all 970.
      build: ({ orders }) =>
        select(orders.c.personId, orders.c.item, fn.sum(orders.c.amount).as('total'))
          .from(orders)
          .where(orders.c.personId.isNotNull())
          .groupBy(rollup(orders.c.personId, orders.c.item)),
      expect: {
        ordered: false,
        rows: [
          { personId: 1, item: 'book', total: 12 },
          { personId: 1, item: 'pen', total: 3 },
          { personId: 1, item: null, total: 15 },
          { personId: 3, item: 'book', total: 15 },
          { personId: 3, item: 'laptop', total: 900 },
          { personId: 3, item: null, total: 915 },
          { personId: 9, item: 'lamp', total: 40 },
          { personId: 9, item: null, total: 40 },
          { personId: null, item: null, total: 970 },
        ],
      },
      expectOn: { sqlite: noSqlite },
      sql: {
        sqlite: { error: UnsupportedFeatureError },
        postgres: 'SELECT "orders"."person_id" AS "personId", "orders"."item", SUM("orders"."amount") AS "total" FROM "orders" WHERE "orders"."person_id" IS NOT NULL GROUP BY ROLLUP ("orders"."person_id", "orders"."item")',
        mysql: 'SELECT `orders`.`person_id` AS `personId`, `orders`.`item`, SUM(`orders`.`amount`) AS `total` FROM `orders` WHERE `orders`.`person_id` IS NOT NULL GROUP BY `orders`.`person_id`, `orders`.`item` WITH ROLLUP',
        oracle: 'SELECT ORDERS.PERSON_ID AS "personId", TO_CHAR(ORDERS.ITEM) AS ITEM, SUM(ORDERS.AMOUNT) AS TOTAL FROM ORDERS WHERE ORDERS.PERSON_ID IS NOT NULL GROUP BY ROLLUP (ORDERS.PERSON_ID, TO_CHAR(ORDERS.ITEM))',
      },
    }),
    defineCase({
      ...shop,
      name: 'GROUPING() tells a subtotal from a NULL group',
      covers: 'fn.grouping(x) with ROLLUP',
      feature: 'GROUPING()',
      // All orders by person, then the total: person NULL (order 15) is a group of its own with GROUPING 0.
      build: ({ orders }) =>
        select(orders.c.personId, fn.grouping(orders.c.personId).as('rolled'), fn.sum(orders.c.amount).as('total'))
          .from(orders)
          .groupBy(rollup(orders.c.personId)),
      expect: {
        ordered: false,
        rows: [
          { personId: 1, rolled: 0, total: 15 },
          { personId: 3, rolled: 0, total: 915 },
          { personId: 9, rolled: 0, total: 40 },
          { personId: null, rolled: 0, total: 5 },
          { personId: null, rolled: 1, total: 975 },
        ],
      },
      expectOn: {
        sqlite: noSqlite,
        // Golden SQL is the MySQL 8 flavour's; the live server is MariaDB.
        mysql: { why: 'MariaDB has no GROUPING() (MySQL 8 has it)', error: UnsupportedFeatureError, at: 'build' },
      },
      sql: {
        sqlite: { error: UnsupportedFeatureError },
        postgres: 'SELECT "orders"."person_id" AS "personId", GROUPING("orders"."person_id") AS "rolled", SUM("orders"."amount") AS "total" FROM "orders" GROUP BY ROLLUP ("orders"."person_id")',
        mysql: 'SELECT `orders`.`person_id` AS `personId`, GROUPING(`orders`.`person_id`) AS `rolled`, SUM(`orders`.`amount`) AS `total` FROM `orders` GROUP BY `orders`.`person_id` WITH ROLLUP',
        oracle: 'SELECT ORDERS.PERSON_ID AS "personId", GROUPING(ORDERS.PERSON_ID) AS ROLLED, SUM(ORDERS.AMOUNT) AS TOTAL FROM ORDERS GROUP BY ROLLUP (ORDERS.PERSON_ID)',
      },
    }),
    defineCase({
      ...shop,
      name: 'CUBE',
      covers: 'groupBy(cube(a, b)): every combination of the columns',
      feature: 'CUBE',
      // Person 3's orders: (3, laptop) 900, (3, book) 15; (3) 915; (laptop) 900, (book) 15; () 915.
      build: ({ orders }) =>
        select(orders.c.personId, orders.c.item, fn.sum(orders.c.amount).as('total'))
          .from(orders)
          .where(orders.c.personId.eq(3))
          .groupBy(cube(orders.c.personId, orders.c.item)),
      expect: {
        ordered: false,
        rows: [
          { personId: 3, item: 'laptop', total: 900 },
          { personId: 3, item: 'book', total: 15 },
          { personId: 3, item: null, total: 915 },
          { personId: null, item: 'laptop', total: 900 },
          { personId: null, item: 'book', total: 15 },
          { personId: null, item: null, total: 915 },
        ],
      },
      expectOn: { sqlite: noSqlite, mysql: onlyRollup },
      sql: {
        sqlite: { error: UnsupportedFeatureError },
        postgres: 'SELECT "orders"."person_id" AS "personId", "orders"."item", SUM("orders"."amount") AS "total" FROM "orders" WHERE "orders"."person_id" = $1 GROUP BY CUBE ("orders"."person_id", "orders"."item")',
        mysql: { error: UnsupportedFeatureError },
        oracle: 'SELECT ORDERS.PERSON_ID AS "personId", TO_CHAR(ORDERS.ITEM) AS ITEM, SUM(ORDERS.AMOUNT) AS TOTAL FROM ORDERS WHERE ORDERS.PERSON_ID = :1 GROUP BY CUBE (ORDERS.PERSON_ID, TO_CHAR(ORDERS.ITEM))',
      },
    }),
    defineCase({
      ...shop,
      name: 'GROUPING SETS',
      covers: 'groupBy(groupingSets([a], [b], [])): per a, per b, and the total',
      feature: 'GROUPING SETS',
      // Person 1's orders: (1) 15; (book) 12, (pen) 3; () 15.
      build: ({ orders }) =>
        select(orders.c.personId, orders.c.item, fn.sum(orders.c.amount).as('total'))
          .from(orders)
          .where(orders.c.personId.eq(1))
          .groupBy(groupingSets([orders.c.personId], [orders.c.item], [])),
      expect: {
        ordered: false,
        rows: [
          { personId: 1, item: null, total: 15 },
          { personId: null, item: 'book', total: 12 },
          { personId: null, item: 'pen', total: 3 },
          { personId: null, item: null, total: 15 },
        ],
      },
      expectOn: { sqlite: noSqlite, mysql: onlyRollup },
      sql: {
        sqlite: { error: UnsupportedFeatureError },
        postgres: 'SELECT "orders"."person_id" AS "personId", "orders"."item", SUM("orders"."amount") AS "total" FROM "orders" WHERE "orders"."person_id" = $1 GROUP BY GROUPING SETS (("orders"."person_id"), ("orders"."item"), ())',
        mysql: { error: UnsupportedFeatureError },
        oracle: 'SELECT ORDERS.PERSON_ID AS "personId", TO_CHAR(ORDERS.ITEM) AS ITEM, SUM(ORDERS.AMOUNT) AS TOTAL FROM ORDERS WHERE ORDERS.PERSON_ID = :1 GROUP BY GROUPING SETS ((ORDERS.PERSON_ID), (TO_CHAR(ORDERS.ITEM)), ())',
      },
    }),
  ],
};
