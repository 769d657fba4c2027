/**
 * UPDATE … FROM and DELETE … USING: changing rows of one table by what other
 * tables hold. PostgreSQL says so; SQLite has UPDATE … FROM (3.33+) and a
 * DELETE … WHERE EXISTS; MySQL/MariaDB write `UPDATE t, other` and
 * `DELETE t FROM t, other`; Oracle gets correlated subqueries.
 */
import { and, deleteFrom, fn, select, update } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { seedShop, shopFixture } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;
type Shop = ReturnType<typeof shopFixture.make>;
const everyone = ({ people }: Shop) => select(people).orderBy(people.c.id);
const orderIds = ({ orders }: Shop) => select(orders.c.id).from(orders).orderBy(orders.c.id);
const viaExists = 'DELETE FROM t WHERE EXISTS (SELECT 1 FROM other WHERE …)';
const correlated = 'SET col = (SELECT value FROM other WHERE …) WHERE EXISTS (SELECT 1 FROM other WHERE …)';

export const multiTableDml: Area = {
  name: 'multi-table-dml',
  cases: [
    defineCase({
      ...base,
      name: 'UPDATE … FROM another table',
      covers: 'UPDATE SET from another table joined in WHERE',
      feature: 'UPDATE … FROM',
      emulatedOn: { oracle: correlated },
      // Only order 12 (laptop, 900) is over 100: Grace (3) gets its item as city.
      build: ({ people, orders }) =>
        update(people)
          .set({ city: orders.c.item })
          .from(orders)
          .where(and(orders.c.personId.eq(people.c.id), orders.c.amount.gt(100))),
      affected: 1,
      check: everyone,
      expect: {
        ordered: true,
        rows: [
          { id: 1, name: 'Ada', age: 36, city: 'London' },
          { id: 2, name: 'Alan', age: 41, city: null },
          { id: 3, name: 'Grace', age: 85, city: 'laptop' },
          { id: 4, name: 'Linus', age: null, city: 'Helsinki' },
          { id: 5, name: 'Edsger', age: 72, city: 'Amsterdam' },
        ],
      },
      sql: {
        sqlite: 'UPDATE "people" SET "city" = "orders"."item" FROM "orders" WHERE "orders"."person_id" = "people"."id" AND "orders"."amount" > ?',
        postgres: 'UPDATE "people" SET "city" = "orders"."item" FROM "orders" WHERE "orders"."person_id" = "people"."id" AND "orders"."amount" > $1',
        mysql: 'UPDATE `people`, `orders` SET `people`.`city` = `orders`.`item` WHERE `orders`.`person_id` = `people`.`id` AND `orders`.`amount` > ?',
        oracle:
          'UPDATE PEOPLE SET CITY = (SELECT ORDERS.ITEM FROM ORDERS WHERE ORDERS.PERSON_ID = PEOPLE.ID AND ORDERS.AMOUNT > :1) ' +
          'WHERE EXISTS (SELECT 1 FROM ORDERS WHERE ORDERS.PERSON_ID = PEOPLE.ID AND ORDERS.AMOUNT > :2)',
      },
    }),
    defineCase({
      ...base,
      name: 'UPDATE … FROM a grouped subquery',
      covers: 'UPDATE SET from an aggregate subquery in FROM',
      feature: 'UPDATE … FROM',
      emulatedOn: { oracle: correlated },
      // Order totals: person 1: 12 + 3 = 15, person 3: 900 + 15 = 915; 9 and NULL match nobody.
      build: ({ people, orders }) => {
        const totals = select(orders.c.personId, fn.sum(orders.c.amount).as('total')).from(orders).groupBy(orders.c.personId).as('totals');
        return update(people).set({ age: totals.c.total }).from(totals).where(totals.c.personId.eq(people.c.id));
      },
      affected: 2,
      check: ({ people }) => select(people.c.id, people.c.age).from(people).orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, age: 15 },
          { id: 2, age: 41 },
          { id: 3, age: 915 },
          { id: 4, age: null },
          { id: 5, age: 72 },
        ],
      },
      sql: {
        sqlite:
          'UPDATE "people" SET "age" = "totals"."total" FROM (SELECT "orders"."person_id" AS "personId", SUM("orders"."amount") AS "total" FROM "orders" ' +
          'GROUP BY "orders"."person_id") AS "totals" WHERE "totals"."personId" = "people"."id"',
        postgres:
          'UPDATE "people" SET "age" = "totals"."total" FROM (SELECT "orders"."person_id" AS "personId", SUM("orders"."amount") AS "total" FROM "orders" ' +
          'GROUP BY "orders"."person_id") AS "totals" WHERE "totals"."personId" = "people"."id"',
        mysql:
          'UPDATE `people`, (SELECT `orders`.`person_id` AS `personId`, SUM(`orders`.`amount`) AS `total` FROM `orders` GROUP BY `orders`.`person_id`) AS `totals` ' +
          'SET `people`.`age` = `totals`.`total` WHERE `totals`.`personId` = `people`.`id`',
        oracle:
          'UPDATE PEOPLE SET AGE = (SELECT TOTALS.TOTAL FROM (SELECT ORDERS.PERSON_ID AS "personId", SUM(ORDERS.AMOUNT) AS TOTAL FROM ORDERS GROUP BY ORDERS.PERSON_ID) TOTALS ' +
          'WHERE TOTALS."personId" = PEOPLE.ID) WHERE EXISTS (SELECT 1 FROM (SELECT ORDERS.PERSON_ID AS "personId", SUM(ORDERS.AMOUNT) AS TOTAL FROM ORDERS ' +
          'GROUP BY ORDERS.PERSON_ID) TOTALS WHERE TOTALS."personId" = PEOPLE.ID)',
      },
    }),
    defineCase({
      ...base,
      name: 'DELETE … USING another table',
      covers: 'DELETE by a condition on another table',
      feature: 'DELETE … USING',
      emulatedOn: { sqlite: viaExists, oracle: viaExists },
      // Ada (1) lives in London: her orders 10 and 11 go.
      build: ({ people, orders }) =>
        deleteFrom(orders)
          .using(people)
          .where(and(people.c.id.eq(orders.c.personId), people.c.city.eq('London'))),
      affected: 2,
      check: orderIds,
      expect: { ordered: true, rows: [{ id: 12 }, { id: 13 }, { id: 14 }, { id: 15 }] },
      sql: {
        sqlite: 'DELETE FROM "orders" WHERE EXISTS (SELECT 1 FROM "people" WHERE "people"."id" = "orders"."person_id" AND "people"."city" = ?)',
        postgres: 'DELETE FROM "orders" USING "people" WHERE "people"."id" = "orders"."person_id" AND "people"."city" = $1',
        mysql: 'DELETE `orders` FROM `orders`, `people` WHERE `people`.`id` = `orders`.`person_id` AND `people`.`city` = ?',
        oracle: 'DELETE FROM ORDERS WHERE EXISTS (SELECT 1 FROM PEOPLE WHERE PEOPLE.ID = ORDERS.PERSON_ID AND TO_CHAR(PEOPLE.CITY) = :1)',
      },
    }),
    defineCase({
      ...base,
      name: 'DELETE … USING matching several rows',
      covers: 'DELETE USING where a target row matches several rows (deleted once)',
      feature: 'DELETE … USING',
      emulatedOn: { sqlite: viaExists, oracle: viaExists },
      // Orders over 2: Ada (1) has two (12, 3), Grace (3) two (900, 15); each person is deleted once.
      build: ({ people, orders }) =>
        deleteFrom(people)
          .using(orders)
          .where(and(orders.c.personId.eq(people.c.id), orders.c.amount.gt(2))),
      affected: 2,
      check: ({ people }) => select(people.c.id).from(people).orderBy(people.c.id),
      expect: { ordered: true, rows: [{ id: 2 }, { id: 4 }, { id: 5 }] },
      sql: {
        sqlite: 'DELETE FROM "people" WHERE EXISTS (SELECT 1 FROM "orders" WHERE "orders"."person_id" = "people"."id" AND "orders"."amount" > ?)',
        postgres: 'DELETE FROM "people" USING "orders" WHERE "orders"."person_id" = "people"."id" AND "orders"."amount" > $1',
        mysql: 'DELETE `people` FROM `people`, `orders` WHERE `orders`.`person_id` = `people`.`id` AND `orders`.`amount` > ?',
        oracle: 'DELETE FROM PEOPLE WHERE EXISTS (SELECT 1 FROM ORDERS WHERE ORDERS.PERSON_ID = PEOPLE.ID AND ORDERS.AMOUNT > :1)',
      },
    }),
  ],
};
