/**
 * DISTINCT ON (native on PostgreSQL, ROW_NUMBER() elsewhere) and row locking
 * (FOR UPDATE / FOR SHARE, OF, NOWAIT, SKIP LOCKED) as each dialect has it.
 * What locks do to other sessions is tested in packages/pool/test/live-locking.test.ts.
 */
import { insert, select, UnsupportedFeatureError } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, seedShop, shopFixture } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;
const rowNumber = 'ROW_NUMBER() OVER (PARTITION BY … ORDER BY …) = 1 in a subquery';
const sqliteLocks = 'nothing: a transaction holds the database write lock from BEGIN IMMEDIATE';

export const distinctOnAndLocking: Area = {
  name: 'distinct on and locking',
  cases: [
    defineCase({
      ...base,
      name: 'DISTINCT ON: the largest order of each person',
      covers: 'DISTINCT ON',
      feature: 'DISTINCT ON',
      emulatedOn: { sqlite: rowNumber, mysql: rowNumber, oracle: rowNumber },
      build: ({ orders }) =>
        select(orders.c.personId, orders.c.item, orders.c.amount)
          .from(orders)
          .where(orders.c.personId.isNotNull())
          .distinctOn(orders.c.personId)
          .orderBy(orders.c.personId, orders.c.amount.desc()),
      expect: {
        ordered: true,
        rows: [
          { personId: 1, item: 'book', amount: 12 },
          { personId: 3, item: 'laptop', amount: 900 },
          { personId: 9, item: 'lamp', amount: 40 },
        ],
      },
      sql: { sqlite: 'SELECT "alkahest_d"."personId", "alkahest_d"."item", "alkahest_d"."amount" FROM (SELECT "orders"."person_id" AS "personId", "orders"."item", "orders"."amount", "orders"."person_id" AS "alkahest_o1", "orders"."amount" AS "alkahest_o2", ROW_NUMBER() OVER (PARTITION BY "orders"."person_id" ORDER BY "orders"."person_id", "orders"."amount" DESC) AS "alkahest_rn" FROM "orders" WHERE "orders"."person_id" IS NOT NULL) AS "alkahest_d" WHERE "alkahest_d"."alkahest_rn" = ? ORDER BY "alkahest_d"."alkahest_o1", "alkahest_d"."alkahest_o2" DESC', postgres: 'SELECT DISTINCT ON ("orders"."person_id") "orders"."person_id" AS "personId", "orders"."item", "orders"."amount" FROM "orders" WHERE "orders"."person_id" IS NOT NULL ORDER BY "orders"."person_id", "orders"."amount" DESC', mysql: 'SELECT `alkahest_d`.`personId`, `alkahest_d`.`item`, `alkahest_d`.`amount` FROM (SELECT `orders`.`person_id` AS `personId`, `orders`.`item`, `orders`.`amount`, `orders`.`person_id` AS `alkahest_o1`, `orders`.`amount` AS `alkahest_o2`, ROW_NUMBER() OVER (PARTITION BY `orders`.`person_id` ORDER BY `orders`.`person_id`, `orders`.`amount` DESC) AS `alkahest_rn` FROM `orders` WHERE `orders`.`person_id` IS NOT NULL) AS `alkahest_d` WHERE `alkahest_d`.`alkahest_rn` = ? ORDER BY `alkahest_d`.`alkahest_o1`, `alkahest_d`.`alkahest_o2` DESC', oracle: 'SELECT ALKAHEST_D."personId", ALKAHEST_D.ITEM, ALKAHEST_D.AMOUNT FROM (SELECT ORDERS.PERSON_ID AS "personId", ORDERS.ITEM, ORDERS.AMOUNT, ORDERS.PERSON_ID AS ALKAHEST_O1, ORDERS.AMOUNT AS ALKAHEST_O2, ROW_NUMBER() OVER (PARTITION BY ORDERS.PERSON_ID ORDER BY ORDERS.PERSON_ID, ORDERS.AMOUNT DESC) AS ALKAHEST_RN FROM ORDERS WHERE ORDERS.PERSON_ID IS NOT NULL) ALKAHEST_D WHERE ALKAHEST_D.ALKAHEST_RN = :1 ORDER BY ALKAHEST_D.ALKAHEST_O1, ALKAHEST_D.ALKAHEST_O2 DESC' },
    }),
    defineCase({
      ...base,
      name: 'DISTINCT ON with a limit',
      covers: 'DISTINCT ON with LIMIT',
      feature: 'DISTINCT ON',
      emulatedOn: { sqlite: rowNumber, mysql: rowNumber, oracle: rowNumber },
      // The first order (by id) of each item, two items in item order: book → 10, gift → 15.
      build: ({ orders }) => select(orders.c.id, orders.c.item).from(orders).distinctOn(orders.c.item).orderBy(orders.c.item, orders.c.id).limit(2),
      expect: {
        ordered: true,
        rows: [
          { id: 10, item: 'book' },
          { id: 15, item: 'gift' },
        ],
      },
      sql: { sqlite: 'SELECT "alkahest_d"."id", "alkahest_d"."item" FROM (SELECT "orders"."id", "orders"."item", "orders"."item" AS "alkahest_o1", "orders"."id" AS "alkahest_o2", ROW_NUMBER() OVER (PARTITION BY "orders"."item" ORDER BY "orders"."item", "orders"."id") AS "alkahest_rn" FROM "orders") AS "alkahest_d" WHERE "alkahest_d"."alkahest_rn" = ? ORDER BY "alkahest_d"."alkahest_o1", "alkahest_d"."alkahest_o2" LIMIT ?', postgres: 'SELECT DISTINCT ON ("orders"."item") "orders"."id", "orders"."item" FROM "orders" ORDER BY "orders"."item", "orders"."id" LIMIT $1', mysql: 'SELECT `alkahest_d`.`id`, `alkahest_d`.`item` FROM (SELECT `orders`.`id`, `orders`.`item`, `orders`.`item` AS `alkahest_o1`, `orders`.`id` AS `alkahest_o2`, ROW_NUMBER() OVER (PARTITION BY `orders`.`item` ORDER BY `orders`.`item`, `orders`.`id`) AS `alkahest_rn` FROM `orders`) AS `alkahest_d` WHERE `alkahest_d`.`alkahest_rn` = ? ORDER BY `alkahest_d`.`alkahest_o1`, `alkahest_d`.`alkahest_o2` LIMIT ?', oracle: 'SELECT ALKAHEST_D.ID, ALKAHEST_D.ITEM FROM (SELECT ORDERS.ID, ORDERS.ITEM, ORDERS.ITEM AS ALKAHEST_O1, ORDERS.ID AS ALKAHEST_O2, ROW_NUMBER() OVER (PARTITION BY TO_CHAR(ORDERS.ITEM) ORDER BY TO_CHAR(ORDERS.ITEM), ORDERS.ID) AS ALKAHEST_RN FROM ORDERS) ALKAHEST_D WHERE ALKAHEST_D.ALKAHEST_RN = :1 ORDER BY TO_CHAR(ALKAHEST_D.ALKAHEST_O1), ALKAHEST_D.ALKAHEST_O2 FETCH NEXT :2 ROWS ONLY' },
    }),
    defineCase({
      fixture: shopFixture,
      // A second (1, book) order, so that one (person, item) pair has two rows to choose from.
      seed: (t) => [...seedShop(t), insert(t.orders).values({ id: 16, personId: 1, item: 'book', amount: 20 })],
      name: 'DISTINCT ON two expressions: the largest order of each person and item',
      covers: 'DISTINCT ON (a, b)',
      feature: 'DISTINCT ON',
      emulatedOn: { sqlite: rowNumber, mysql: rowNumber, oracle: rowNumber },
      build: ({ orders }) =>
        select(orders.c.id)
          .from(orders)
          .where(orders.c.personId.isNotNull())
          .distinctOn(orders.c.personId, orders.c.item)
          .orderBy(orders.c.personId, orders.c.item, orders.c.amount.desc()),
      // (1, book): 16 (20) over 10 (12); (1, pen) 11; (3, book) 13; (3, laptop) 12; (9, lamp) 14; order 15's person is NULL.
      expect: { ordered: true, rows: ids(16, 11, 13, 12, 14) },
      sql: {
        sqlite:
          'SELECT "alkahest_d"."id" FROM (SELECT "orders"."id", "orders"."person_id" AS "alkahest_o1", "orders"."item" AS "alkahest_o2", "orders"."amount" AS "alkahest_o3", ROW_NUMBER() OVER (PARTITION BY "orders"."person_id", "orders"."item" ORDER BY "orders"."person_id", "orders"."item", "orders"."amount" DESC) AS "alkahest_rn" FROM "orders" WHERE "orders"."person_id" IS NOT NULL) AS "alkahest_d" WHERE "alkahest_d"."alkahest_rn" = ? ORDER BY "alkahest_d"."alkahest_o1", "alkahest_d"."alkahest_o2", "alkahest_d"."alkahest_o3" DESC',
        postgres: 'SELECT DISTINCT ON ("orders"."person_id", "orders"."item") "orders"."id" FROM "orders" WHERE "orders"."person_id" IS NOT NULL ORDER BY "orders"."person_id", "orders"."item", "orders"."amount" DESC',
        mysql:
          'SELECT `alkahest_d`.`id` FROM (SELECT `orders`.`id`, `orders`.`person_id` AS `alkahest_o1`, `orders`.`item` AS `alkahest_o2`, `orders`.`amount` AS `alkahest_o3`, ROW_NUMBER() OVER (PARTITION BY `orders`.`person_id`, `orders`.`item` ORDER BY `orders`.`person_id`, `orders`.`item`, `orders`.`amount` DESC) AS `alkahest_rn` FROM `orders` WHERE `orders`.`person_id` IS NOT NULL) AS `alkahest_d` WHERE `alkahest_d`.`alkahest_rn` = ? ORDER BY `alkahest_d`.`alkahest_o1`, `alkahest_d`.`alkahest_o2`, `alkahest_d`.`alkahest_o3` DESC',
        oracle:
          'SELECT ALKAHEST_D.ID FROM (SELECT ORDERS.ID, ORDERS.PERSON_ID AS ALKAHEST_O1, ORDERS.ITEM AS ALKAHEST_O2, ORDERS.AMOUNT AS ALKAHEST_O3, ROW_NUMBER() OVER (PARTITION BY ORDERS.PERSON_ID, TO_CHAR(ORDERS.ITEM) ORDER BY ORDERS.PERSON_ID, TO_CHAR(ORDERS.ITEM), ORDERS.AMOUNT DESC) AS ALKAHEST_RN FROM ORDERS WHERE ORDERS.PERSON_ID IS NOT NULL) ALKAHEST_D WHERE ALKAHEST_D.ALKAHEST_RN = :1 ORDER BY ALKAHEST_D.ALKAHEST_O1, TO_CHAR(ALKAHEST_D.ALKAHEST_O2), ALKAHEST_D.ALKAHEST_O3 DESC',
      },
    }),
    defineCase({
      ...base,
      name: 'DISTINCT ON without ORDER BY',
      covers: 'DISTINCT ON with no ORDER BY: any row of each group',
      feature: 'DISTINCT ON',
      emulatedOn: { sqlite: rowNumber, mysql: rowNumber, oracle: rowNumber },
      // Only the DISTINCT ON expression is selected, so whichever row a group keeps, the rows are the five items.
      // The emulation's ROW_NUMBER() orders by the partition's own expressions (Oracle requires an ORDER BY there).
      build: ({ orders }) => select(orders.c.item).from(orders).distinctOn(orders.c.item),
      expect: { ordered: false, rows: [{ item: 'book' }, { item: 'gift' }, { item: 'lamp' }, { item: 'laptop' }, { item: 'pen' }] },
      sql: {
        sqlite: 'SELECT "alkahest_d"."item" FROM (SELECT "orders"."item", ROW_NUMBER() OVER (PARTITION BY "orders"."item" ORDER BY "orders"."item") AS "alkahest_rn" FROM "orders") AS "alkahest_d" WHERE "alkahest_d"."alkahest_rn" = ?',
        postgres: 'SELECT DISTINCT ON ("orders"."item") "orders"."item" FROM "orders"',
        mysql: 'SELECT `alkahest_d`.`item` FROM (SELECT `orders`.`item`, ROW_NUMBER() OVER (PARTITION BY `orders`.`item` ORDER BY `orders`.`item`) AS `alkahest_rn` FROM `orders`) AS `alkahest_d` WHERE `alkahest_d`.`alkahest_rn` = ?',
        oracle: 'SELECT ALKAHEST_D.ITEM FROM (SELECT ORDERS.ITEM, ROW_NUMBER() OVER (PARTITION BY TO_CHAR(ORDERS.ITEM) ORDER BY TO_CHAR(ORDERS.ITEM)) AS ALKAHEST_RN FROM ORDERS) ALKAHEST_D WHERE ALKAHEST_D.ALKAHEST_RN = :1',
      },
    }),
    defineCase({
      ...base,
      name: 'FOR UPDATE',
      covers: 'FOR UPDATE',
      feature: 'FOR UPDATE',
      emulatedOn: { sqlite: sqliteLocks },
      build: ({ people }) => select(people.c.id).from(people).where(people.c.id.lt(3)).orderBy(people.c.id).forUpdate(),
      expect: { ordered: true, rows: ids(1, 2) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."id" < ? ORDER BY "people"."id"', postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" < $1 ORDER BY "people"."id" FOR UPDATE', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` < ? ORDER BY `people`.`id` FOR UPDATE', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID < :1 ORDER BY PEOPLE.ID FOR UPDATE' },
    }),
    defineCase({
      ...base,
      name: 'FOR UPDATE SKIP LOCKED',
      covers: 'SKIP LOCKED',
      feature: 'NOWAIT / SKIP LOCKED',
      build: ({ people }) => select(people.c.id).from(people).where(people.c.id.lt(3)).orderBy(people.c.id).forUpdate({ skipLocked: true }),
      expect: { ordered: true, rows: ids(1, 2) },
      expectOn: { sqlite: { why: 'SQLite cannot skip a lock', error: UnsupportedFeatureError, at: 'build' } },
      sql: { sqlite: { error: UnsupportedFeatureError }, postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" < $1 ORDER BY "people"."id" FOR UPDATE SKIP LOCKED', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` < ? ORDER BY `people`.`id` FOR UPDATE SKIP LOCKED', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID < :1 ORDER BY PEOPLE.ID FOR UPDATE SKIP LOCKED' },
    }),
    defineCase({
      ...base,
      name: 'FOR UPDATE NOWAIT',
      covers: 'NOWAIT',
      feature: 'NOWAIT / SKIP LOCKED',
      build: ({ people }) => select(people.c.id).from(people).where(people.c.id.eq(4)).forUpdate({ nowait: true }),
      expect: { ordered: true, rows: ids(4) },
      expectOn: { sqlite: { why: 'SQLite cannot fail at once on a lock', error: UnsupportedFeatureError, at: 'build' } },
      sql: { sqlite: { error: UnsupportedFeatureError }, postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" = $1 FOR UPDATE NOWAIT', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` = ? FOR UPDATE NOWAIT', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID = :1 FOR UPDATE NOWAIT' },
    }),
    defineCase({
      ...base,
      name: 'FOR UPDATE OF one table of a join',
      covers: 'FOR UPDATE OF',
      feature: 'FOR UPDATE OF',
      emulatedOn: { sqlite: sqliteLocks },
      build: ({ people, orders }) =>
        select(people.c.id, orders.c.id.as('orderId')).from(people.join(orders, orders.c.personId.eq(people.c.id))).where(orders.c.amount.gt(100)).forUpdate({ of: [orders] }),
      expect: { ordered: true, rows: [{ id: 3, orderId: 12 }] },
      expectOn: { mysql: { why: 'MariaDB has no OF (MySQL 8 has)', error: UnsupportedFeatureError, at: 'build' } },
      sql: { sqlite: 'SELECT "people"."id", "orders"."id" AS "orderId" FROM "people" INNER JOIN "orders" ON "orders"."person_id" = "people"."id" WHERE "orders"."amount" > ?', postgres: 'SELECT "people"."id", "orders"."id" AS "orderId" FROM "people" INNER JOIN "orders" ON "orders"."person_id" = "people"."id" WHERE "orders"."amount" > $1 FOR UPDATE OF "orders"', mysql: 'SELECT `people`.`id`, `orders`.`id` AS `orderId` FROM `people` INNER JOIN `orders` ON `orders`.`person_id` = `people`.`id` WHERE `orders`.`amount` > ? FOR UPDATE OF `orders`', oracle: 'SELECT PEOPLE.ID, ORDERS.ID AS "orderId" FROM PEOPLE INNER JOIN ORDERS ON ORDERS.PERSON_ID = PEOPLE.ID WHERE ORDERS.AMOUNT > :1 FOR UPDATE OF ORDERS.ID' },
    }),
    defineCase({
      ...base,
      name: 'FOR SHARE',
      covers: 'FOR SHARE',
      feature: 'FOR SHARE',
      emulatedOn: { sqlite: sqliteLocks },
      build: ({ people }) => select(people.c.id).from(people).where(people.c.id.eq(1)).forShare(),
      expect: { ordered: true, rows: ids(1) },
      expectOn: { oracle: { why: 'Oracle has no shared row locks', error: UnsupportedFeatureError, at: 'build' } },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."id" = ?', postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" = $1 FOR SHARE', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` = ? FOR SHARE', oracle: { error: UnsupportedFeatureError } },
    }),
  ],
};
