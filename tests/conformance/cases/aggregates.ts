/**
 * Aggregates beyond the basics: FILTER (WHERE …) (native or CASE-emulated),
 * DISTINCT inside SUM / AVG, and portable string aggregation.
 *
 * Orders (fixtures.ts), by id: 10 p1 book 12, 11 p1 pen 3, 12 p3 laptop 900,
 * 13 p3 book 15, 14 p9 lamp 40, 15 NULL gift 5.
 */
import { fn, select } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { seedShop, shopFixture } from './fixtures';

const shop = { fixture: shopFixture, seed: seedShop } as const;

const filterEmulated = {
  mysql: 'agg(CASE WHEN cond THEN x END) (COUNT(*): COUNT(CASE WHEN cond THEN 1 END))',
  oracle: 'agg(CASE WHEN cond THEN x END) (COUNT(*): COUNT(CASE WHEN cond THEN 1 END))',
} as const;

export const aggregates: Area = {
  name: 'aggregates',
  cases: [
    defineCase({
      ...shop,
      name: 'COUNT and SUM with FILTER',
      covers: 'fn.count().filter(c), fn.sum(x).filter(c), fn.count(x).filter(c) (still skipping NULL x)',
      feature: 'Aggregate FILTER',
      emulatedOn: filterEmulated,
      // Amounts over 10: 12, 900, 15, 40 → 4. Person 3's amounts: 900 + 15. Under 10: orders 11 (person 1) and 15 (no person) → 1 person id.
      build: ({ orders }) =>
        select(
          fn.count().filter(orders.c.amount.gt(10)).as('big'),
          fn.sum(orders.c.amount).filter(orders.c.personId.eq(3)).as('grace'),
          fn.count(orders.c.personId).filter(orders.c.amount.lt(10)).as('small'),
        ).from(orders),
      expect: { ordered: true, rows: [{ big: 4, grace: 915, small: 1 }] },
      sql: {
        sqlite: 'SELECT COUNT(*) FILTER (WHERE "orders"."amount" > ?) AS "big", SUM("orders"."amount") FILTER (WHERE "orders"."person_id" = ?) AS "grace", COUNT("orders"."person_id") FILTER (WHERE "orders"."amount" < ?) AS "small" FROM "orders"',
        postgres: 'SELECT COUNT(*) FILTER (WHERE "orders"."amount" > $1) AS "big", SUM("orders"."amount") FILTER (WHERE "orders"."person_id" = $2) AS "grace", COUNT("orders"."person_id") FILTER (WHERE "orders"."amount" < $3) AS "small" FROM "orders"',
        mysql: 'SELECT COUNT(CASE WHEN `orders`.`amount` > ? THEN 1 END) AS `big`, SUM(CASE WHEN `orders`.`person_id` = ? THEN `orders`.`amount` END) AS `grace`, COUNT(CASE WHEN `orders`.`amount` < ? THEN `orders`.`person_id` END) AS `small` FROM `orders`',
        oracle: 'SELECT COUNT(CASE WHEN ORDERS.AMOUNT > :1 THEN 1 END) AS BIG, SUM(CASE WHEN ORDERS.PERSON_ID = :2 THEN ORDERS.AMOUNT END) AS GRACE, COUNT(CASE WHEN ORDERS.AMOUNT < :3 THEN ORDERS.PERSON_ID END) AS SMALL FROM ORDERS',
      },
    }),
    defineCase({
      ...shop,
      name: 'FILTER that keeps no row',
      covers: 'COUNT … FILTER is 0 and SUM … FILTER is NULL when no row passes',
      feature: 'Aggregate FILTER',
      emulatedOn: filterEmulated,
      build: ({ orders }) =>
        select(fn.count().filter(orders.c.amount.gt(10000)).as('n'), fn.sum(orders.c.amount).filter(orders.c.amount.gt(10000)).as('total')).from(orders),
      expect: { ordered: true, rows: [{ n: 0, total: null }] },
      sql: {
        sqlite: 'SELECT COUNT(*) FILTER (WHERE "orders"."amount" > ?) AS "n", SUM("orders"."amount") FILTER (WHERE "orders"."amount" > ?) AS "total" FROM "orders"',
        postgres: 'SELECT COUNT(*) FILTER (WHERE "orders"."amount" > $1) AS "n", SUM("orders"."amount") FILTER (WHERE "orders"."amount" > $2) AS "total" FROM "orders"',
        mysql: 'SELECT COUNT(CASE WHEN `orders`.`amount` > ? THEN 1 END) AS `n`, SUM(CASE WHEN `orders`.`amount` > ? THEN `orders`.`amount` END) AS `total` FROM `orders`',
        oracle: 'SELECT COUNT(CASE WHEN ORDERS.AMOUNT > :1 THEN 1 END) AS N, SUM(CASE WHEN ORDERS.AMOUNT > :2 THEN ORDERS.AMOUNT END) AS TOTAL FROM ORDERS',
      },
    }),
    defineCase({
      ...shop,
      name: 'FILTER per group',
      covers: 'fn.count().filter(c) with GROUP BY: a group where no row passes counts 0',
      feature: 'Aggregate FILTER',
      emulatedOn: filterEmulated,
      // Over 10 per person: 1 → 12 only; 3 → 900, 15; 9 → 40; NULL → none (5).
      build: ({ orders }) =>
        select(orders.c.personId, fn.count().filter(orders.c.amount.gt(10)).as('big'))
          .from(orders)
          .groupBy(orders.c.personId),
      expect: {
        ordered: false,
        rows: [
          { personId: 1, big: 1 },
          { personId: 3, big: 2 },
          { personId: 9, big: 1 },
          { personId: null, big: 0 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."person_id" AS "personId", COUNT(*) FILTER (WHERE "orders"."amount" > ?) AS "big" FROM "orders" GROUP BY "orders"."person_id"',
        postgres: 'SELECT "orders"."person_id" AS "personId", COUNT(*) FILTER (WHERE "orders"."amount" > $1) AS "big" FROM "orders" GROUP BY "orders"."person_id"',
        mysql: 'SELECT `orders`.`person_id` AS `personId`, COUNT(CASE WHEN `orders`.`amount` > ? THEN 1 END) AS `big` FROM `orders` GROUP BY `orders`.`person_id`',
        oracle: 'SELECT ORDERS.PERSON_ID AS "personId", COUNT(CASE WHEN ORDERS.AMOUNT > :1 THEN 1 END) AS BIG FROM ORDERS GROUP BY ORDERS.PERSON_ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'SUM and AVG of DISTINCT values',
      covers: 'fn.sumDistinct(x), fn.avgDistinct(x) beside fn.sum(x)',
      feature: 'DISTINCT aggregates',
      // Amounts under 20: orders 10, 11, 13, 15 with person ids 1, 1, 3, NULL. Sum 5; distinct 1 + 3 = 4, mean 2.
      build: ({ orders }) =>
        select(fn.sum(orders.c.personId).as('all'), fn.sumDistinct(orders.c.personId).as('distinctSum'), fn.avgDistinct(orders.c.personId).as('distinctMean'))
          .from(orders)
          .where(orders.c.amount.lt(20)),
      expect: { ordered: true, rows: [{ all: 5, distinctSum: 4, distinctMean: 2 }] },
      sql: {
        sqlite: 'SELECT SUM("orders"."person_id") AS "all", SUM(DISTINCT "orders"."person_id") AS "distinctSum", AVG(DISTINCT "orders"."person_id") AS "distinctMean" FROM "orders" WHERE "orders"."amount" < ?',
        postgres: 'SELECT SUM("orders"."person_id") AS "all", SUM(DISTINCT "orders"."person_id") AS "distinctSum", AVG(DISTINCT "orders"."person_id") AS "distinctMean" FROM "orders" WHERE "orders"."amount" < $1',
        mysql: 'SELECT SUM(`orders`.`person_id`) AS `all`, SUM(DISTINCT `orders`.`person_id`) AS `distinctSum`, AVG(DISTINCT `orders`.`person_id`) AS `distinctMean` FROM `orders` WHERE `orders`.`amount` < ?',
        oracle: 'SELECT SUM(ORDERS.PERSON_ID) AS "all", SUM(DISTINCT ORDERS.PERSON_ID) AS "distinctSum", AVG(DISTINCT ORDERS.PERSON_ID) AS "distinctMean" FROM ORDERS WHERE ORDERS.AMOUNT < :1',
      },
    }),
    defineCase({
      ...shop,
      name: 'string aggregation in order',
      covers: "fn.stringAgg(x, ', ', { orderBy }): STRING_AGG / GROUP_CONCAT / LISTAGG",
      feature: 'String aggregation',
      // Orders with a person, by id: book, pen, laptop, book, lamp.
      build: ({ orders }) =>
        select(fn.stringAgg(orders.c.item, ', ', { orderBy: [orders.c.id] }).as('items'))
          .from(orders)
          .where(orders.c.personId.isNotNull()),
      expect: { ordered: true, rows: [{ items: 'book, pen, laptop, book, lamp' }] },
      sql: {
        sqlite: 'SELECT GROUP_CONCAT("orders"."item", \', \' ORDER BY "orders"."id") AS "items" FROM "orders" WHERE "orders"."person_id" IS NOT NULL',
        postgres: 'SELECT STRING_AGG("orders"."item", \', \' ORDER BY "orders"."id") AS "items" FROM "orders" WHERE "orders"."person_id" IS NOT NULL',
        mysql: 'SELECT GROUP_CONCAT(`orders`.`item` ORDER BY `orders`.`id` SEPARATOR \', \') AS `items` FROM `orders` WHERE `orders`.`person_id` IS NOT NULL',
        oracle: 'SELECT LISTAGG(ORDERS.ITEM, \', \') WITHIN GROUP (ORDER BY ORDERS.ID) AS ITEMS FROM ORDERS WHERE ORDERS.PERSON_ID IS NOT NULL',
      },
    }),
    defineCase({
      ...shop,
      name: 'string aggregation per group, descending, with a quote in the separator',
      covers: "fn.stringAgg(x, \" ' \", { orderBy: [x.desc()] }) with GROUP BY; the separator is an escaped literal",
      feature: 'String aggregation',
      build: ({ orders }) =>
        select(orders.c.personId, fn.stringAgg(orders.c.item, " ' ", { orderBy: [orders.c.item.desc()] }).as('items'))
          .from(orders)
          .groupBy(orders.c.personId),
      expect: {
        ordered: false,
        rows: [
          { personId: 1, items: "pen ' book" },
          { personId: 3, items: "laptop ' book" },
          { personId: 9, items: 'lamp' },
          { personId: null, items: 'gift' },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."person_id" AS "personId", GROUP_CONCAT("orders"."item", \' \'\' \' ORDER BY "orders"."item" DESC) AS "items" FROM "orders" GROUP BY "orders"."person_id"',
        postgres: 'SELECT "orders"."person_id" AS "personId", STRING_AGG("orders"."item", \' \'\' \' ORDER BY "orders"."item" DESC) AS "items" FROM "orders" GROUP BY "orders"."person_id"',
        mysql: 'SELECT `orders`.`person_id` AS `personId`, GROUP_CONCAT(`orders`.`item` ORDER BY `orders`.`item` DESC SEPARATOR \' \'\' \') AS `items` FROM `orders` GROUP BY `orders`.`person_id`',
        oracle: 'SELECT ORDERS.PERSON_ID AS "personId", TO_CHAR(LISTAGG(ORDERS.ITEM, \' \'\' \') WITHIN GROUP (ORDER BY TO_CHAR(ORDERS.ITEM) DESC)) AS ITEMS FROM ORDERS GROUP BY ORDERS.PERSON_ID',
      },
    }),
    defineCase({
      ...shop,
      name: 'string aggregation over no rows is NULL',
      covers: 'fn.stringAgg over an empty set',
      feature: 'String aggregation',
      build: ({ orders }) => select(fn.stringAgg(orders.c.item, ',').as('items')).from(orders).where(orders.c.amount.gt(10000)),
      expect: { ordered: true, rows: [{ items: null }] },
      sql: {
        sqlite: 'SELECT GROUP_CONCAT("orders"."item", \',\') AS "items" FROM "orders" WHERE "orders"."amount" > ?',
        postgres: 'SELECT STRING_AGG("orders"."item", \',\') AS "items" FROM "orders" WHERE "orders"."amount" > $1',
        mysql: 'SELECT GROUP_CONCAT(`orders`.`item` SEPARATOR \',\') AS `items` FROM `orders` WHERE `orders`.`amount` > ?',
        oracle: 'SELECT LISTAGG(ORDERS.ITEM, \',\') WITHIN GROUP (ORDER BY NULL) AS ITEMS FROM ORDERS WHERE ORDERS.AMOUNT > :1',
      },
    }),
    defineCase({
      ...shop,
      name: 'string aggregation with FILTER',
      covers: 'fn.stringAgg(…).filter(c)',
      feature: 'Aggregate FILTER',
      emulatedOn: { mysql: 'GROUP_CONCAT(CASE WHEN cond THEN x END …)', oracle: 'LISTAGG(CASE WHEN cond THEN x END, …)' },
      // Amounts over 10, by id: book (10), laptop (12), book (13), lamp (14).
      build: ({ orders }) =>
        select(fn.stringAgg(orders.c.item, ',', { orderBy: [orders.c.id] }).filter(orders.c.amount.gt(10)).as('items')).from(orders),
      expect: { ordered: true, rows: [{ items: 'book,laptop,book,lamp' }] },
      sql: {
        sqlite: 'SELECT GROUP_CONCAT("orders"."item", \',\' ORDER BY "orders"."id") FILTER (WHERE "orders"."amount" > ?) AS "items" FROM "orders"',
        postgres: 'SELECT STRING_AGG("orders"."item", \',\' ORDER BY "orders"."id") FILTER (WHERE "orders"."amount" > $1) AS "items" FROM "orders"',
        mysql: 'SELECT GROUP_CONCAT(CASE WHEN `orders`.`amount` > ? THEN `orders`.`item` END ORDER BY `orders`.`id` SEPARATOR \',\') AS `items` FROM `orders`',
        oracle: 'SELECT LISTAGG(CASE WHEN ORDERS.AMOUNT > :1 THEN ORDERS.ITEM END, \',\') WITHIN GROUP (ORDER BY ORDERS.ID) AS ITEMS FROM ORDERS',
      },
    }),
  ],
};
