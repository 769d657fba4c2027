/**
 * Joins: inner, left, right, full (refused on MySQL), cross, self joins
 * through table aliases, and a join with an aliased subquery.
 */
import { fn, insert, integer, select, table, text, UnsupportedFeatureError } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';
import { seedShop, shopFixture, seedPeople } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;

const colorsFixture = defineFixture((name) => ({
  ...shopFixture.make(name),
  colors: table(name('colors'), { id: integer().primaryKey({ autoIncrement: false }), color: text().notNull() }),
}));

export const joins: Area = {
  name: 'joins',
  cases: [
    defineCase({
      ...base,
      name: 'INNER JOIN',
      covers: 'inner join',
      build: ({ people, orders }) =>
        select(people.c.name, orders.c.item)
          .from(people.join(orders, orders.c.personId.eq(people.c.id)))
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { name: 'Ada', item: 'book' },
          { name: 'Ada', item: 'pen' },
          { name: 'Grace', item: 'laptop' },
          { name: 'Grace', item: 'book' },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."name", "orders"."item" FROM "people" INNER JOIN "orders" ON "orders"."person_id" = "people"."id" ORDER BY "orders"."id"',
        postgres: 'SELECT "people"."name", "orders"."item" FROM "people" INNER JOIN "orders" ON "orders"."person_id" = "people"."id" ORDER BY "orders"."id"',
        mysql: 'SELECT `people`.`name`, `orders`.`item` FROM `people` INNER JOIN `orders` ON `orders`.`person_id` = `people`.`id` ORDER BY `orders`.`id`',
        oracle: 'SELECT PEOPLE.NAME, ORDERS.ITEM FROM PEOPLE INNER JOIN ORDERS ON ORDERS.PERSON_ID = PEOPLE.ID ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'LEFT JOIN',
      covers: 'left join',
      build: ({ people, orders }) =>
        select(people.c.name, orders.c.item)
          .from(people.leftJoin(orders, orders.c.personId.eq(people.c.id)))
          .orderBy(people.c.id, orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { name: 'Ada', item: 'book' },
          { name: 'Ada', item: 'pen' },
          { name: 'Alan', item: null },
          { name: 'Grace', item: 'laptop' },
          { name: 'Grace', item: 'book' },
          { name: 'Linus', item: null },
          { name: 'Edsger', item: null },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."name", "orders"."item" FROM "people" LEFT OUTER JOIN "orders" ON "orders"."person_id" = "people"."id" ORDER BY "people"."id", "orders"."id"',
        postgres: 'SELECT "people"."name", "orders"."item" FROM "people" LEFT OUTER JOIN "orders" ON "orders"."person_id" = "people"."id" ORDER BY "people"."id", "orders"."id"',
        mysql: 'SELECT `people`.`name`, `orders`.`item` FROM `people` LEFT OUTER JOIN `orders` ON `orders`.`person_id` = `people`.`id` ORDER BY `people`.`id`, `orders`.`id`',
        oracle: 'SELECT PEOPLE.NAME, ORDERS.ITEM FROM PEOPLE LEFT OUTER JOIN ORDERS ON ORDERS.PERSON_ID = PEOPLE.ID ORDER BY PEOPLE.ID, ORDERS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'RIGHT JOIN',
      covers: 'right join',
      build: ({ people, orders }) =>
        select(people.c.name, orders.c.item)
          .from(people.rightJoin(orders, orders.c.personId.eq(people.c.id)))
          .orderBy(orders.c.id),
      expect: {
        ordered: true,
        rows: [
          { name: 'Ada', item: 'book' },
          { name: 'Ada', item: 'pen' },
          { name: 'Grace', item: 'laptop' },
          { name: 'Grace', item: 'book' },
          { name: null, item: 'lamp' },
          { name: null, item: 'gift' },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."name", "orders"."item" FROM "people" RIGHT OUTER JOIN "orders" ON "orders"."person_id" = "people"."id" ORDER BY "orders"."id"',
        postgres: 'SELECT "people"."name", "orders"."item" FROM "people" RIGHT OUTER JOIN "orders" ON "orders"."person_id" = "people"."id" ORDER BY "orders"."id"',
        mysql: 'SELECT `people`.`name`, `orders`.`item` FROM `people` RIGHT OUTER JOIN `orders` ON `orders`.`person_id` = `people`.`id` ORDER BY `orders`.`id`',
        oracle: 'SELECT PEOPLE.NAME, ORDERS.ITEM FROM PEOPLE RIGHT OUTER JOIN ORDERS ON ORDERS.PERSON_ID = PEOPLE.ID ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'FULL JOIN',
      covers: 'full join (MySQL has none: UnsupportedFeatureError)',
      build: ({ people, orders }) => select(people.c.name, orders.c.item).from(people.fullJoin(orders, orders.c.personId.eq(people.c.id))),
      expect: {
        ordered: false,
        rows: [
          { name: 'Ada', item: 'book' },
          { name: 'Ada', item: 'pen' },
          { name: 'Alan', item: null },
          { name: 'Grace', item: 'laptop' },
          { name: 'Grace', item: 'book' },
          { name: 'Linus', item: null },
          { name: 'Edsger', item: null },
          { name: null, item: 'lamp' },
          { name: null, item: 'gift' },
        ],
      },
      expectOn: {
        mysql: { why: 'MySQL and MariaDB have no FULL OUTER JOIN', error: UnsupportedFeatureError, at: 'build' },
      },
      sql: {
        sqlite: 'SELECT "people"."name", "orders"."item" FROM "people" FULL OUTER JOIN "orders" ON "orders"."person_id" = "people"."id"',
        postgres: 'SELECT "people"."name", "orders"."item" FROM "people" FULL OUTER JOIN "orders" ON "orders"."person_id" = "people"."id"',
        mysql: { error: UnsupportedFeatureError },
        oracle: 'SELECT PEOPLE.NAME, ORDERS.ITEM FROM PEOPLE FULL OUTER JOIN ORDERS ON ORDERS.PERSON_ID = PEOPLE.ID',
      },
    }),
    defineCase({
      name: 'CROSS JOIN',
      covers: 'cross join',
      fixture: colorsFixture,
      seed: ({ people, colors }) => [
        seedPeople(people),
        insert(colors).values([
          { id: 1, color: 'red' },
          { id: 2, color: 'blue' },
        ]),
      ],
      build: ({ people, colors }) => select(people.c.name, colors.c.color).from(people.crossJoin(colors)).where(people.c.id.lte(2)),
      expect: {
        ordered: false,
        rows: [
          { name: 'Ada', color: 'red' },
          { name: 'Ada', color: 'blue' },
          { name: 'Alan', color: 'red' },
          { name: 'Alan', color: 'blue' },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."name", "colors"."color" FROM "people" CROSS JOIN "colors" WHERE "people"."id" <= ?',
        postgres: 'SELECT "people"."name", "colors"."color" FROM "people" CROSS JOIN "colors" WHERE "people"."id" <= $1',
        mysql: 'SELECT `people`.`name`, `colors`.`color` FROM `people` CROSS JOIN `colors` WHERE `people`.`id` <= ?',
        oracle: 'SELECT PEOPLE.NAME, COLORS.COLOR FROM PEOPLE CROSS JOIN COLORS WHERE PEOPLE.ID <= :1',
      },
    }),
    defineCase({
      ...base,
      name: 'self join through aliases',
      covers: 'aliases: the same table twice',
      build: ({ people }) => {
        const a = people.as('a');
        const b = people.as('b');
        return select(b.c.name)
          .from(a.join(b, b.c.age.gt(a.c.age)))
          .where(a.c.id.eq(1))
          .orderBy(b.c.id);
      },
      expect: { ordered: true, rows: [{ name: 'Alan' }, { name: 'Grace' }, { name: 'Edsger' }] },
      sql: {
        sqlite: 'SELECT "b"."name" FROM "people" AS "a" INNER JOIN "people" AS "b" ON "b"."age" > "a"."age" WHERE "a"."id" = ? ORDER BY "b"."id"',
        postgres: 'SELECT "b"."name" FROM "people" AS "a" INNER JOIN "people" AS "b" ON "b"."age" > "a"."age" WHERE "a"."id" = $1 ORDER BY "b"."id"',
        mysql: 'SELECT `b`.`name` FROM `people` AS `a` INNER JOIN `people` AS `b` ON `b`.`age` > `a`.`age` WHERE `a`.`id` = ? ORDER BY `b`.`id`',
        oracle: 'SELECT B.NAME FROM PEOPLE A INNER JOIN PEOPLE B ON B.AGE > A.AGE WHERE A.ID = :1 ORDER BY B.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'join with an aliased subquery',
      covers: 'aliases: subqueries, JOIN to a subquery',
      build: ({ people, orders }) => {
        const counts = select(orders.c.personId, fn.count().as('n')).from(orders).groupBy(orders.c.personId).as('counts');
        return select(people.c.name, counts.c.n)
          .from(people.join(counts, counts.c.personId.eq(people.c.id)))
          .orderBy(people.c.id);
      },
      expect: {
        ordered: true,
        rows: [
          { name: 'Ada', n: 2 },
          { name: 'Grace', n: 2 },
        ],
      },
      sql: {
        sqlite:
          'SELECT "people"."name", "counts"."n" FROM "people" INNER JOIN (SELECT "orders"."person_id" AS "personId", COUNT(*) AS "n" FROM "orders" GROUP BY "orders"."person_id") AS "counts" ON "counts"."personId" = "people"."id" ORDER BY "people"."id"',
        postgres:
          'SELECT "people"."name", "counts"."n" FROM "people" INNER JOIN (SELECT "orders"."person_id" AS "personId", COUNT(*) AS "n" FROM "orders" GROUP BY "orders"."person_id") AS "counts" ON "counts"."personId" = "people"."id" ORDER BY "people"."id"',
        mysql:
          'SELECT `people`.`name`, `counts`.`n` FROM `people` INNER JOIN (SELECT `orders`.`person_id` AS `personId`, COUNT(*) AS `n` FROM `orders` GROUP BY `orders`.`person_id`) AS `counts` ON `counts`.`personId` = `people`.`id` ORDER BY `people`.`id`',
        oracle:
          'SELECT PEOPLE.NAME, COUNTS.N FROM PEOPLE INNER JOIN (SELECT ORDERS.PERSON_ID AS "personId", COUNT(*) AS N FROM ORDERS GROUP BY ORDERS.PERSON_ID) COUNTS ON COUNTS."personId" = PEOPLE.ID ORDER BY PEOPLE.ID',
      },
    }),
  ],
};
