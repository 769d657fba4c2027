/**
 * Set operations: UNION [ALL] with ORDER BY / LIMIT on the whole, INTERSECT,
 * EXCEPT (MINUS on Oracle), their ALL forms (emulated where missing), nesting,
 * and a set operation used in FROM.
 */
import { desc, except, exceptAll, fn, intersect, intersectAll, select, union, unionAll } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, seedShop, shopFixture } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;
const numbered = 'ROW_NUMBER() numbers the copies of each row, then the distinct form';
const items = (...names: string[]) => names.map((item) => ({ item }));

export const setOperations: Area = {
  name: 'set operations',
  cases: [
    defineCase({
      ...base,
      name: 'UNION ordered by a column name',
      covers: 'UNION, ORDER BY on the compound',
      feature: 'UNION [ALL]',
      build: ({ people, orders }) =>
        union(select(people.c.id).from(people), select(orders.c.personId.as('id')).from(orders).where(orders.c.personId.isNotNull())).orderBy('id'),
      expect: { ordered: true, rows: ids(1, 2, 3, 4, 5, 9) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" UNION SELECT "orders"."person_id" AS "id" FROM "orders" WHERE "orders"."person_id" IS NOT NULL ORDER BY "id"', postgres: 'SELECT "people"."id" FROM "people" UNION SELECT "orders"."person_id" AS "id" FROM "orders" WHERE "orders"."person_id" IS NOT NULL ORDER BY "id"', mysql: 'SELECT `people`.`id` FROM `people` UNION SELECT `orders`.`person_id` AS `id` FROM `orders` WHERE `orders`.`person_id` IS NOT NULL ORDER BY `id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE UNION SELECT ORDERS.PERSON_ID AS ID FROM ORDERS WHERE ORDERS.PERSON_ID IS NOT NULL ORDER BY ID' },
    }),
    defineCase({
      ...base,
      name: 'UNION ALL keeps duplicates; ORDER BY and LIMIT apply to the whole',
      covers: 'UNION ALL, LIMIT on the compound',
      feature: 'UNION [ALL]',
      // 1, 2 from people and 1, 1 from Ada's orders: the three largest are 2, 1, 1.
      build: ({ people, orders }) =>
        unionAll(select(people.c.id).from(people).where(people.c.id.lte(2)), select(orders.c.personId.as('id')).from(orders).where(orders.c.personId.eq(1)))
          .orderBy(desc('id'))
          .limit(3),
      expect: { ordered: true, rows: ids(2, 1, 1) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."id" <= ? UNION ALL SELECT "orders"."person_id" AS "id" FROM "orders" WHERE "orders"."person_id" = ? ORDER BY "id" DESC LIMIT ?', postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" <= $1 UNION ALL SELECT "orders"."person_id" AS "id" FROM "orders" WHERE "orders"."person_id" = $2 ORDER BY "id" DESC LIMIT $3', mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` <= ? UNION ALL SELECT `orders`.`person_id` AS `id` FROM `orders` WHERE `orders`.`person_id` = ? ORDER BY `id` DESC LIMIT ?', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID <= :1 UNION ALL SELECT ORDERS.PERSON_ID AS ID FROM ORDERS WHERE ORDERS.PERSON_ID = :2 ORDER BY ID DESC FETCH NEXT :3 ROWS ONLY' },
    }),
    defineCase({
      ...base,
      name: 'INTERSECT',
      covers: 'INTERSECT',
      feature: 'INTERSECT / EXCEPT',
      build: ({ people, orders }) => intersect(select(people.c.id).from(people), select(orders.c.personId.as('id')).from(orders)).orderBy('id'),
      expect: { ordered: true, rows: ids(1, 3) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" INTERSECT SELECT "orders"."person_id" AS "id" FROM "orders" ORDER BY "id"', postgres: 'SELECT "people"."id" FROM "people" INTERSECT SELECT "orders"."person_id" AS "id" FROM "orders" ORDER BY "id"', mysql: 'SELECT `people`.`id` FROM `people` INTERSECT SELECT `orders`.`person_id` AS `id` FROM `orders` ORDER BY `id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE INTERSECT SELECT ORDERS.PERSON_ID AS ID FROM ORDERS ORDER BY ID' },
    }),
    defineCase({
      ...base,
      name: 'EXCEPT (MINUS on Oracle)',
      covers: 'EXCEPT',
      feature: 'INTERSECT / EXCEPT',
      build: ({ people, orders }) => except(select(people.c.id).from(people), select(orders.c.personId.as('id')).from(orders)).orderBy('id'),
      expect: { ordered: true, rows: ids(2, 4, 5) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" EXCEPT SELECT "orders"."person_id" AS "id" FROM "orders" ORDER BY "id"', postgres: 'SELECT "people"."id" FROM "people" EXCEPT SELECT "orders"."person_id" AS "id" FROM "orders" ORDER BY "id"', mysql: 'SELECT `people`.`id` FROM `people` EXCEPT SELECT `orders`.`person_id` AS `id` FROM `orders` ORDER BY `id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE MINUS SELECT ORDERS.PERSON_ID AS ID FROM ORDERS ORDER BY ID' },
    }),
    defineCase({
      ...base,
      name: 'INTERSECT ALL keeps the smaller count of each row',
      covers: 'INTERSECT ALL',
      feature: 'INTERSECT ALL / EXCEPT ALL',
      emulatedOn: { sqlite: numbered, oracle: numbered },
      // All items: book ×2, pen, laptop, lamp, gift; under 13: book (12), pen (3), gift (5).
      build: ({ orders }) => intersectAll(select(orders.c.item).from(orders), select(orders.c.item).from(orders).where(orders.c.amount.lt(13))),
      expect: { ordered: false, rows: items('book', 'pen', 'gift') },
      sql: { sqlite: 'SELECT "item" FROM (SELECT "alkahest_0"."item" AS "item", ROW_NUMBER() OVER (PARTITION BY "alkahest_0"."item" ORDER BY "alkahest_0"."item") AS "alkahest_n" FROM (SELECT "orders"."item" FROM "orders") "alkahest_0" INTERSECT SELECT "alkahest_1"."item" AS "item", ROW_NUMBER() OVER (PARTITION BY "alkahest_1"."item" ORDER BY "alkahest_1"."item") AS "alkahest_n" FROM (SELECT "orders"."item" FROM "orders" WHERE "orders"."amount" < ?) "alkahest_1") "alkahest_set"', postgres: 'SELECT "orders"."item" FROM "orders" INTERSECT ALL SELECT "orders"."item" FROM "orders" WHERE "orders"."amount" < $1', mysql: 'SELECT `orders`.`item` FROM `orders` INTERSECT ALL SELECT `orders`.`item` FROM `orders` WHERE `orders`.`amount` < ?', oracle: 'SELECT ITEM FROM (SELECT TO_CHAR(ALKAHEST_0.ITEM) AS ITEM, ROW_NUMBER() OVER (PARTITION BY TO_CHAR(ALKAHEST_0.ITEM) ORDER BY TO_CHAR(ALKAHEST_0.ITEM)) AS ALKAHEST_N FROM (SELECT ORDERS.ITEM FROM ORDERS) ALKAHEST_0 INTERSECT SELECT TO_CHAR(ALKAHEST_1.ITEM) AS ITEM, ROW_NUMBER() OVER (PARTITION BY TO_CHAR(ALKAHEST_1.ITEM) ORDER BY TO_CHAR(ALKAHEST_1.ITEM)) AS ALKAHEST_N FROM (SELECT ORDERS.ITEM FROM ORDERS WHERE ORDERS.AMOUNT < :1) ALKAHEST_1) ALKAHEST_SET' },
    }),
    defineCase({
      ...base,
      name: 'EXCEPT ALL takes away one copy per copy',
      covers: 'EXCEPT ALL',
      feature: 'INTERSECT ALL / EXCEPT ALL',
      emulatedOn: { sqlite: numbered, oracle: numbered },
      build: ({ orders }) => exceptAll(select(orders.c.item).from(orders), select(orders.c.item).from(orders).where(orders.c.amount.lt(13))),
      expect: { ordered: false, rows: items('book', 'laptop', 'lamp') },
      sql: { sqlite: 'SELECT "item" FROM (SELECT "alkahest_0"."item" AS "item", ROW_NUMBER() OVER (PARTITION BY "alkahest_0"."item" ORDER BY "alkahest_0"."item") AS "alkahest_n" FROM (SELECT "orders"."item" FROM "orders") "alkahest_0" EXCEPT SELECT "alkahest_1"."item" AS "item", ROW_NUMBER() OVER (PARTITION BY "alkahest_1"."item" ORDER BY "alkahest_1"."item") AS "alkahest_n" FROM (SELECT "orders"."item" FROM "orders" WHERE "orders"."amount" < ?) "alkahest_1") "alkahest_set"', postgres: 'SELECT "orders"."item" FROM "orders" EXCEPT ALL SELECT "orders"."item" FROM "orders" WHERE "orders"."amount" < $1', mysql: 'SELECT `orders`.`item` FROM `orders` EXCEPT ALL SELECT `orders`.`item` FROM `orders` WHERE `orders`.`amount` < ?', oracle: 'SELECT ITEM FROM (SELECT TO_CHAR(ALKAHEST_0.ITEM) AS ITEM, ROW_NUMBER() OVER (PARTITION BY TO_CHAR(ALKAHEST_0.ITEM) ORDER BY TO_CHAR(ALKAHEST_0.ITEM)) AS ALKAHEST_N FROM (SELECT ORDERS.ITEM FROM ORDERS) ALKAHEST_0 MINUS SELECT TO_CHAR(ALKAHEST_1.ITEM) AS ITEM, ROW_NUMBER() OVER (PARTITION BY TO_CHAR(ALKAHEST_1.ITEM) ORDER BY TO_CHAR(ALKAHEST_1.ITEM)) AS ALKAHEST_N FROM (SELECT ORDERS.ITEM FROM ORDERS WHERE ORDERS.AMOUNT < :1) ALKAHEST_1) ALKAHEST_SET' },
    }),
    defineCase({
      ...base,
      name: 'nested: (A INTERSECT B) UNION C',
      covers: 'nested set operations',
      feature: 'Nested set operations',
      emulatedOn: { sqlite: 'a nested operation or limited query becomes SELECT * FROM (…)' },
      build: ({ people, orders }) =>
        union(
          intersect(select(people.c.id).from(people), select(orders.c.personId.as('id')).from(orders)),
          select(people.c.id).from(people).where(people.c.id.eq(5)),
        ).orderBy('id'),
      expect: { ordered: true, rows: ids(1, 3, 5) },
      sql: { sqlite: 'SELECT * FROM (SELECT "people"."id" FROM "people" INTERSECT SELECT "orders"."person_id" AS "id" FROM "orders") UNION SELECT "people"."id" FROM "people" WHERE "people"."id" = ? ORDER BY "id"', postgres: '(SELECT "people"."id" FROM "people" INTERSECT SELECT "orders"."person_id" AS "id" FROM "orders") UNION SELECT "people"."id" FROM "people" WHERE "people"."id" = $1 ORDER BY "id"', mysql: '(SELECT `people`.`id` FROM `people` INTERSECT SELECT `orders`.`person_id` AS `id` FROM `orders`) UNION SELECT `people`.`id` FROM `people` WHERE `people`.`id` = ? ORDER BY `id`', oracle: '(SELECT PEOPLE.ID FROM PEOPLE INTERSECT SELECT ORDERS.PERSON_ID AS ID FROM ORDERS) UNION SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID = :1 ORDER BY ID' },
    }),
    defineCase({
      ...base,
      name: 'a member with its own ORDER BY and LIMIT',
      covers: 'a limited query inside a set operation',
      feature: 'Nested set operations',
      emulatedOn: { sqlite: 'a nested operation or limited query becomes SELECT * FROM (…)' },
      // The oldest person (Grace) and everyone under 40 (Ada).
      build: ({ people }) =>
        union(select(people.c.id).from(people).orderBy(people.c.age.desc().nullsLast()).limit(1), select(people.c.id).from(people).where(people.c.age.lt(40))).orderBy('id'),
      expect: { ordered: true, rows: ids(1, 3) },
      sql: { sqlite: 'SELECT * FROM (SELECT "people"."id" FROM "people" ORDER BY "people"."age" DESC NULLS LAST LIMIT ?) UNION SELECT "people"."id" FROM "people" WHERE "people"."age" < ? ORDER BY "id"', postgres: '(SELECT "people"."id" FROM "people" ORDER BY "people"."age" DESC NULLS LAST LIMIT $1) UNION SELECT "people"."id" FROM "people" WHERE "people"."age" < $2 ORDER BY "id"', mysql: '(SELECT `people`.`id` FROM `people` ORDER BY CASE WHEN `people`.`age` IS NULL THEN 1 ELSE 0 END, `people`.`age` DESC LIMIT ?) UNION SELECT `people`.`id` FROM `people` WHERE `people`.`age` < ? ORDER BY `id`', oracle: '(SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.AGE DESC NULLS LAST FETCH NEXT :1 ROWS ONLY) UNION SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE < :2 ORDER BY ID' },
    }),
    defineCase({
      ...base,
      name: 'a set operation in FROM',
      covers: 'a compound as a derived table',
      feature: 'UNION [ALL]',
      build: ({ people, orders }) => {
        const everyone = unionAll(select(people.c.id).from(people), select(orders.c.personId.as('id')).from(orders)).as('everyone');
        return select(fn.count().as('n'), fn.count(everyone.c.id).as('known')).from(everyone);
      },
      expect: { ordered: true, rows: [{ n: 11, known: 10 }] },
      sql: { sqlite: 'SELECT COUNT(*) AS "n", COUNT("everyone"."id") AS "known" FROM (SELECT "people"."id" FROM "people" UNION ALL SELECT "orders"."person_id" AS "id" FROM "orders") AS "everyone"', postgres: 'SELECT COUNT(*) AS "n", COUNT("everyone"."id") AS "known" FROM (SELECT "people"."id" FROM "people" UNION ALL SELECT "orders"."person_id" AS "id" FROM "orders") AS "everyone"', mysql: 'SELECT COUNT(*) AS `n`, COUNT(`everyone`.`id`) AS `known` FROM (SELECT `people`.`id` FROM `people` UNION ALL SELECT `orders`.`person_id` AS `id` FROM `orders`) AS `everyone`', oracle: 'SELECT COUNT(*) AS N, COUNT(EVERYONE.ID) AS KNOWN FROM (SELECT PEOPLE.ID FROM PEOPLE UNION ALL SELECT ORDERS.PERSON_ID AS ID FROM ORDERS) EVERYONE' },
    }),
  ],
};
