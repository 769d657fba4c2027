/**
 * Aggregates, GROUP BY and HAVING, including a NULL group and aggregates over
 * no rows.
 */
import { asc, desc, fn, select } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { seedShop, shopFixture } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;

export const grouping: Area = {
  name: 'grouping',
  cases: [
    defineCase({
      ...base,
      name: 'aggregates over a table',
      covers: 'fn.count (star and column), fn.countDistinct, fn.sum, fn.avg, fn.min, fn.max',
      build: ({ people }) =>
        select(
          fn.count().as('n'),
          fn.count(people.c.age).as('aged'),
          fn.sum(people.c.age).as('total'),
          fn.avg(people.c.age).as('mean'),
          fn.min(people.c.age).as('youngest'),
          fn.max(people.c.age).as('oldest'),
        ).from(people),
      expect: { ordered: true, rows: [{ n: 5, aged: 4, total: 234, mean: 58.5, youngest: 36, oldest: 85 }] },
      sql: {
        sqlite:
          'SELECT COUNT(*) AS "n", COUNT("people"."age") AS "aged", SUM("people"."age") AS "total", AVG("people"."age") AS "mean", MIN("people"."age") AS "youngest", MAX("people"."age") AS "oldest" FROM "people"',
        postgres:
          'SELECT COUNT(*) AS "n", COUNT("people"."age") AS "aged", SUM("people"."age") AS "total", AVG("people"."age") AS "mean", MIN("people"."age") AS "youngest", MAX("people"."age") AS "oldest" FROM "people"',
        mysql:
          'SELECT COUNT(*) AS `n`, COUNT(`people`.`age`) AS `aged`, SUM(`people`.`age`) AS `total`, AVG(`people`.`age`) AS `mean`, MIN(`people`.`age`) AS `youngest`, MAX(`people`.`age`) AS `oldest` FROM `people`',
        oracle:
          'SELECT COUNT(*) AS N, COUNT(PEOPLE.AGE) AS AGED, SUM(PEOPLE.AGE) AS TOTAL, AVG(PEOPLE.AGE) AS MEAN, MIN(PEOPLE.AGE) AS YOUNGEST, MAX(PEOPLE.AGE) AS OLDEST FROM PEOPLE',
      },
    }),
    defineCase({
      ...base,
      name: 'COUNT DISTINCT',
      covers: 'fn.countDistinct',
      build: ({ orders }) => select(fn.countDistinct(orders.c.item).as('kinds')).from(orders),
      expect: { ordered: true, rows: [{ kinds: 5 }] },
      sql: {
        sqlite: 'SELECT COUNT(DISTINCT "orders"."item") AS "kinds" FROM "orders"',
        postgres: 'SELECT COUNT(DISTINCT "orders"."item") AS "kinds" FROM "orders"',
        mysql: 'SELECT COUNT(DISTINCT `orders`.`item`) AS `kinds` FROM `orders`',
        oracle: 'SELECT COUNT(DISTINCT TO_CHAR(ORDERS.ITEM)) AS KINDS FROM ORDERS',
      },
    }),
    defineCase({
      ...base,
      name: 'DISTINCT',
      covers: 'DISTINCT',
      build: ({ orders }) => select(orders.c.item).distinct().from(orders),
      expect: { ordered: false, rows: [{ item: 'book' }, { item: 'pen' }, { item: 'laptop' }, { item: 'lamp' }, { item: 'gift' }] },
      sql: {
        sqlite: 'SELECT DISTINCT "orders"."item" FROM "orders"',
        postgres: 'SELECT DISTINCT "orders"."item" FROM "orders"',
        mysql: 'SELECT DISTINCT `orders`.`item` FROM `orders`',
        oracle: 'SELECT DISTINCT TO_CHAR(ORDERS.ITEM) AS ITEM FROM ORDERS',
      },
    }),
    defineCase({
      ...base,
      name: 'GROUP BY with ORDER BY an alias',
      covers: 'GROUP BY, ORDER BY a select-list name (desc), then a column (asc)',
      build: ({ orders }) =>
        select(orders.c.item, fn.count().as('n'))
          .from(orders)
          .groupBy(orders.c.item)
          .orderBy(desc('n'), asc(orders.c.item)),
      expect: {
        ordered: true,
        rows: [
          { item: 'book', n: 2 },
          { item: 'gift', n: 1 },
          { item: 'lamp', n: 1 },
          { item: 'laptop', n: 1 },
          { item: 'pen', n: 1 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."item", COUNT(*) AS "n" FROM "orders" GROUP BY "orders"."item" ORDER BY "n" DESC, "orders"."item"',
        postgres: 'SELECT "orders"."item", COUNT(*) AS "n" FROM "orders" GROUP BY "orders"."item" ORDER BY "n" DESC, "orders"."item"',
        mysql: 'SELECT `orders`.`item`, COUNT(*) AS `n` FROM `orders` GROUP BY `orders`.`item` ORDER BY `n` DESC, `orders`.`item`',
        oracle: 'SELECT TO_CHAR(ORDERS.ITEM) AS ITEM, COUNT(*) AS N FROM ORDERS GROUP BY TO_CHAR(ORDERS.ITEM) ORDER BY N DESC, TO_CHAR(ORDERS.ITEM)',
      },
    }),
    defineCase({
      ...base,
      name: 'GROUP BY with HAVING',
      covers: 'GROUP BY, HAVING, fn.sum',
      build: ({ orders }) =>
        select(orders.c.personId, fn.sum(orders.c.amount).as('total'))
          .from(orders)
          .groupBy(orders.c.personId)
          .having(fn.sum(orders.c.amount).gt(10))
          .orderBy(orders.c.personId),
      expect: {
        ordered: true,
        rows: [
          { personId: 1, total: 15 },
          { personId: 3, total: 915 },
          { personId: 9, total: 40 },
        ],
      },
      sql: {
        sqlite:
          'SELECT "orders"."person_id" AS "personId", SUM("orders"."amount") AS "total" FROM "orders" GROUP BY "orders"."person_id" HAVING SUM("orders"."amount") > ? ORDER BY "orders"."person_id"',
        postgres:
          'SELECT "orders"."person_id" AS "personId", SUM("orders"."amount") AS "total" FROM "orders" GROUP BY "orders"."person_id" HAVING SUM("orders"."amount") > $1 ORDER BY "orders"."person_id"',
        mysql:
          'SELECT `orders`.`person_id` AS `personId`, SUM(`orders`.`amount`) AS `total` FROM `orders` GROUP BY `orders`.`person_id` HAVING SUM(`orders`.`amount`) > ? ORDER BY `orders`.`person_id`',
        oracle:
          'SELECT ORDERS.PERSON_ID AS "personId", SUM(ORDERS.AMOUNT) AS TOTAL FROM ORDERS GROUP BY ORDERS.PERSON_ID HAVING SUM(ORDERS.AMOUNT) > :1 ORDER BY ORDERS.PERSON_ID',
      },
    }),
    defineCase({
      ...base,
      name: 'NULL forms one group',
      covers: 'GROUP BY over a nullable column',
      build: ({ orders }) => select(orders.c.personId, fn.count().as('n')).from(orders).groupBy(orders.c.personId),
      expect: {
        ordered: false,
        rows: [
          { personId: 1, n: 2 },
          { personId: 3, n: 2 },
          { personId: 9, n: 1 },
          { personId: null, n: 1 },
        ],
      },
      sql: {
        sqlite: 'SELECT "orders"."person_id" AS "personId", COUNT(*) AS "n" FROM "orders" GROUP BY "orders"."person_id"',
        postgres: 'SELECT "orders"."person_id" AS "personId", COUNT(*) AS "n" FROM "orders" GROUP BY "orders"."person_id"',
        mysql: 'SELECT `orders`.`person_id` AS `personId`, COUNT(*) AS `n` FROM `orders` GROUP BY `orders`.`person_id`',
        oracle: 'SELECT ORDERS.PERSON_ID AS "personId", COUNT(*) AS N FROM ORDERS GROUP BY ORDERS.PERSON_ID',
      },
    }),
    defineCase({
      ...base,
      name: 'aggregates over no rows',
      covers: 'empty results: COUNT is 0, SUM/AVG/MAX are NULL',
      build: ({ orders }) =>
        select(fn.count().as('n'), fn.sum(orders.c.amount).as('total'), fn.avg(orders.c.amount).as('mean'), fn.max(orders.c.item).as('last'))
          .from(orders)
          .where(orders.c.amount.gt(100000)),
      expect: { ordered: true, rows: [{ n: 0, total: null, mean: null, last: null }] },
      sql: {
        sqlite: 'SELECT COUNT(*) AS "n", SUM("orders"."amount") AS "total", AVG("orders"."amount") AS "mean", MAX("orders"."item") AS "last" FROM "orders" WHERE "orders"."amount" > ?',
        postgres: 'SELECT COUNT(*) AS "n", SUM("orders"."amount") AS "total", AVG("orders"."amount") AS "mean", MAX("orders"."item") AS "last" FROM "orders" WHERE "orders"."amount" > $1',
        mysql: 'SELECT COUNT(*) AS `n`, SUM(`orders`.`amount`) AS `total`, AVG(`orders`.`amount`) AS `mean`, MAX(`orders`.`item`) AS `last` FROM `orders` WHERE `orders`.`amount` > ?',
        oracle: 'SELECT COUNT(*) AS N, SUM(ORDERS.AMOUNT) AS TOTAL, AVG(ORDERS.AMOUNT) AS MEAN, MAX(ORDERS.ITEM) AS LAST FROM ORDERS WHERE ORDERS.AMOUNT > :1',
      },
    }),
  ],
};
