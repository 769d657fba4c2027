/**
 * Subqueries: IN / NOT IN over a subquery (NOT IN meeting a NULL), a
 * correlated subquery, and a subquery in FROM.
 */
import { select } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, seedShop, shopFixture } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;

export const subqueries: Area = {
  name: 'subqueries',
  cases: [
    defineCase({
      ...base,
      name: 'IN subquery',
      covers: 'IN subquery',
      build: ({ people, orders }) =>
        select(people.c.id).from(people).where(people.c.id.in(select(orders.c.personId).from(orders))).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 3) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."id" IN (SELECT "orders"."person_id" AS "personId" FROM "orders") ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" IN (SELECT "orders"."person_id" AS "personId" FROM "orders") ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` IN (SELECT `orders`.`person_id` AS `personId` FROM `orders`) ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID IN (SELECT ORDERS.PERSON_ID AS "personId" FROM ORDERS) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'NOT IN a subquery holding NULL is never true',
      covers: 'NOT IN subquery, NULL semantics (NOT IN with a NULL)',
      build: ({ people, orders }) =>
        select(people.c.id).from(people).where(people.c.id.notIn(select(orders.c.personId).from(orders))).orderBy(people.c.id),
      expect: { ordered: true, rows: [] },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."id" NOT IN (SELECT "orders"."person_id" AS "personId" FROM "orders") ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" NOT IN (SELECT "orders"."person_id" AS "personId" FROM "orders") ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` NOT IN (SELECT `orders`.`person_id` AS `personId` FROM `orders`) ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID NOT IN (SELECT ORDERS.PERSON_ID AS "personId" FROM ORDERS) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'NOT IN a subquery without NULLs',
      covers: 'NOT IN subquery',
      build: ({ people, orders }) =>
        select(people.c.id)
          .from(people)
          .where(people.c.id.notIn(select(orders.c.personId).from(orders).where(orders.c.personId.isNotNull())))
          .orderBy(people.c.id),
      expect: { ordered: true, rows: ids(2, 4, 5) },
      sql: {
        sqlite:
          'SELECT "people"."id" FROM "people" WHERE "people"."id" NOT IN (SELECT "orders"."person_id" AS "personId" FROM "orders" WHERE "orders"."person_id" IS NOT NULL) ORDER BY "people"."id"',
        postgres:
          'SELECT "people"."id" FROM "people" WHERE "people"."id" NOT IN (SELECT "orders"."person_id" AS "personId" FROM "orders" WHERE "orders"."person_id" IS NOT NULL) ORDER BY "people"."id"',
        mysql:
          'SELECT `people`.`id` FROM `people` WHERE `people`.`id` NOT IN (SELECT `orders`.`person_id` AS `personId` FROM `orders` WHERE `orders`.`person_id` IS NOT NULL) ORDER BY `people`.`id`',
        oracle:
          'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID NOT IN (SELECT ORDERS.PERSON_ID AS "personId" FROM ORDERS WHERE ORDERS.PERSON_ID IS NOT NULL) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'correlated subquery',
      covers: 'a subquery referring to the outer query',
      // People with an order costing more than their age: only Grace (laptop 900 > 85).
      build: ({ people, orders }) =>
        select(people.c.id)
          .from(people)
          .where(people.c.id.in(select(orders.c.personId).from(orders).where(orders.c.amount.gt(people.c.age))))
          .orderBy(people.c.id),
      expect: { ordered: true, rows: ids(3) },
      sql: {
        sqlite:
          'SELECT "people"."id" FROM "people" WHERE "people"."id" IN (SELECT "orders"."person_id" AS "personId" FROM "orders" WHERE "orders"."amount" > "people"."age") ORDER BY "people"."id"',
        postgres:
          'SELECT "people"."id" FROM "people" WHERE "people"."id" IN (SELECT "orders"."person_id" AS "personId" FROM "orders" WHERE "orders"."amount" > "people"."age") ORDER BY "people"."id"',
        mysql:
          'SELECT `people`.`id` FROM `people` WHERE `people`.`id` IN (SELECT `orders`.`person_id` AS `personId` FROM `orders` WHERE `orders`.`amount` > `people`.`age`) ORDER BY `people`.`id`',
        oracle:
          'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID IN (SELECT ORDERS.PERSON_ID AS "personId" FROM ORDERS WHERE ORDERS.AMOUNT > PEOPLE.AGE) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'subquery in FROM',
      covers: 'FROM a subquery (aliases: subqueries)',
      build: ({ people }) => {
        const old = select(people.c.id, people.c.name).from(people).where(people.c.age.gt(40)).as('old');
        return select(old.c.name).from(old).orderBy(old.c.name);
      },
      expect: { ordered: true, rows: [{ name: 'Alan' }, { name: 'Edsger' }, { name: 'Grace' }] },
      sql: {
        sqlite: 'SELECT "old"."name" FROM (SELECT "people"."id", "people"."name" FROM "people" WHERE "people"."age" > ?) AS "old" ORDER BY "old"."name"',
        postgres: 'SELECT "old"."name" FROM (SELECT "people"."id", "people"."name" FROM "people" WHERE "people"."age" > $1) AS "old" ORDER BY "old"."name"',
        mysql: 'SELECT `old`.`name` FROM (SELECT `people`.`id`, `people`.`name` FROM `people` WHERE `people`.`age` > ?) AS `old` ORDER BY `old`.`name`',
        oracle: 'SELECT OLD.NAME FROM (SELECT PEOPLE.ID, PEOPLE.NAME FROM PEOPLE WHERE PEOPLE.AGE > :1) OLD ORDER BY TO_CHAR(OLD.NAME)',
      },
    }),
  ],
};
