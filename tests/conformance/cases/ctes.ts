/**
 * Common table expressions: one, several (the second reading the first),
 * recursive (with its column list), and a CTE read from a subquery.
 */
import { builtinTypes, cte, deleteFrom, fn, insert, integer, recursiveCte, select, sql, typed, unionAll, UnsupportedFeatureError, update } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, seedShop, shopFixture } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;
const one = () => typed(sql`1`, builtinTypes.integer);

export const ctes: Area = {
  name: 'common table expressions',
  cases: [
    defineCase({
      ...base,
      name: 'a CTE joined like a table',
      covers: 'WITH',
      feature: 'WITH (common table expressions)',
      // Orders above 13: 900 and 15 (Grace), 40 (person 9, who does not exist).
      build: ({ people, orders }) => {
        const big = cte('big', select(orders.c.personId, orders.c.amount).from(orders).where(orders.c.amount.gt(13)));
        return select(people.c.id, big.c.amount).with(big).from(people.join(big, big.c.personId.eq(people.c.id))).orderBy(big.c.amount);
      },
      expect: {
        ordered: true,
        rows: [
          { id: 3, amount: 15 },
          { id: 3, amount: 900 },
        ],
      },
      sql: { sqlite: 'WITH "big" AS (SELECT "orders"."person_id" AS "personId", "orders"."amount" FROM "orders" WHERE "orders"."amount" > ?) SELECT "people"."id", "big"."amount" FROM "people" INNER JOIN "big" ON "big"."personId" = "people"."id" ORDER BY "big"."amount"', postgres: 'WITH "big" AS (SELECT "orders"."person_id" AS "personId", "orders"."amount" FROM "orders" WHERE "orders"."amount" > $1) SELECT "people"."id", "big"."amount" FROM "people" INNER JOIN "big" ON "big"."personId" = "people"."id" ORDER BY "big"."amount"', mysql: 'WITH `big` AS (SELECT `orders`.`person_id` AS `personId`, `orders`.`amount` FROM `orders` WHERE `orders`.`amount` > ?) SELECT `people`.`id`, `big`.`amount` FROM `people` INNER JOIN `big` ON `big`.`personId` = `people`.`id` ORDER BY `big`.`amount`', oracle: 'WITH BIG AS (SELECT ORDERS.PERSON_ID AS "personId", ORDERS.AMOUNT FROM ORDERS WHERE ORDERS.AMOUNT > :1) SELECT PEOPLE.ID, BIG.AMOUNT FROM PEOPLE INNER JOIN BIG ON BIG."personId" = PEOPLE.ID ORDER BY BIG.AMOUNT' },
    }),
    defineCase({
      ...base,
      name: 'two CTEs, the second reading the first',
      covers: 'several CTEs',
      feature: 'WITH (common table expressions)',
      // Totals per person: 1 → 15, 3 → 915, 9 → 40, NULL → 5; only Grace spent over 100.
      build: ({ people, orders }) => {
        const spenders = cte('spenders', select(orders.c.personId, fn.sum(orders.c.amount).as('total')).from(orders).groupBy(orders.c.personId));
        const rich = cte('rich', select(spenders.c.personId).from(spenders).where(spenders.c.total.gt(100)));
        return select(people.c.name).with(spenders, rich).from(people.join(rich, rich.c.personId.eq(people.c.id)));
      },
      expect: { ordered: true, rows: [{ name: 'Grace' }] },
      sql: { sqlite: 'WITH "spenders" AS (SELECT "orders"."person_id" AS "personId", SUM("orders"."amount") AS "total" FROM "orders" GROUP BY "orders"."person_id"), "rich" AS (SELECT "spenders"."personId" FROM "spenders" WHERE "spenders"."total" > ?) SELECT "people"."name" FROM "people" INNER JOIN "rich" ON "rich"."personId" = "people"."id"', postgres: 'WITH "spenders" AS (SELECT "orders"."person_id" AS "personId", SUM("orders"."amount") AS "total" FROM "orders" GROUP BY "orders"."person_id"), "rich" AS (SELECT "spenders"."personId" FROM "spenders" WHERE "spenders"."total" > $1) SELECT "people"."name" FROM "people" INNER JOIN "rich" ON "rich"."personId" = "people"."id"', mysql: 'WITH `spenders` AS (SELECT `orders`.`person_id` AS `personId`, SUM(`orders`.`amount`) AS `total` FROM `orders` GROUP BY `orders`.`person_id`), `rich` AS (SELECT `spenders`.`personId` FROM `spenders` WHERE `spenders`.`total` > ?) SELECT `people`.`name` FROM `people` INNER JOIN `rich` ON `rich`.`personId` = `people`.`id`', oracle: 'WITH SPENDERS AS (SELECT ORDERS.PERSON_ID AS "personId", SUM(ORDERS.AMOUNT) AS TOTAL FROM ORDERS GROUP BY ORDERS.PERSON_ID), RICH AS (SELECT SPENDERS."personId" FROM SPENDERS WHERE SPENDERS.TOTAL > :1) SELECT PEOPLE.NAME FROM PEOPLE INNER JOIN RICH ON RICH."personId" = PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'a recursive CTE counting to five, read in a subquery',
      covers: 'WITH RECURSIVE with its column list',
      feature: 'WITH RECURSIVE',
      build: ({ people }) => {
        const counter = recursiveCte('counter', { n: integer() }, (self) =>
          unionAll(select({ n: one() }), select({ n: self.c.n.plus(1) }).from(self).where(self.c.n.lt(3))),
        );
        return select(people.c.id).with(counter).from(people).where(people.c.id.in(select(counter.c.n).from(counter))).orderBy(people.c.id);
      },
      expect: { ordered: true, rows: ids(1, 2, 3) },
      sql: { sqlite: 'WITH RECURSIVE "counter" ("n") AS (SELECT 1 AS "n" UNION ALL SELECT "counter"."n" + ? AS "n" FROM "counter" WHERE "counter"."n" < ?) SELECT "people"."id" FROM "people" WHERE "people"."id" IN (SELECT "counter"."n" FROM "counter") ORDER BY "people"."id"', postgres: 'WITH RECURSIVE "counter" ("n") AS (SELECT 1 AS "n" UNION ALL SELECT "counter"."n" + $1 AS "n" FROM "counter" WHERE "counter"."n" < $2) SELECT "people"."id" FROM "people" WHERE "people"."id" IN (SELECT "counter"."n" FROM "counter") ORDER BY "people"."id"', mysql: 'WITH RECURSIVE `counter` (`n`) AS (SELECT 1 AS `n` UNION ALL SELECT `counter`.`n` + ? AS `n` FROM `counter` WHERE `counter`.`n` < ?) SELECT `people`.`id` FROM `people` WHERE `people`.`id` IN (SELECT `counter`.`n` FROM `counter`) ORDER BY `people`.`id`', oracle: 'WITH COUNTER (N) AS (SELECT 1 AS N FROM DUAL UNION ALL SELECT COUNTER.N + :1 AS N FROM COUNTER WHERE COUNTER.N < :2) SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID IN (SELECT COUNTER.N FROM COUNTER) ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'a recursive CTE selected directly',
      covers: 'WITH RECURSIVE',
      feature: 'WITH RECURSIVE',
      build: () => {
        const counter = recursiveCte('counter', { n: integer(), twice: integer() }, (self) =>
          unionAll(select({ n: one(), twice: one().times(2) }), select({ n: self.c.n.plus(1), twice: self.c.twice.plus(2) }).from(self).where(self.c.n.lt(4))),
        );
        return select(counter.c.n, counter.c.twice).with(counter).from(counter).orderBy(counter.c.n);
      },
      expect: {
        ordered: true,
        rows: [
          { n: 1, twice: 2 },
          { n: 2, twice: 4 },
          { n: 3, twice: 6 },
          { n: 4, twice: 8 },
        ],
      },
      sql: { sqlite: 'WITH RECURSIVE "counter" ("n", "twice") AS (SELECT 1 AS "n", 1 * ? AS "twice" UNION ALL SELECT "counter"."n" + ? AS "n", "counter"."twice" + ? AS "twice" FROM "counter" WHERE "counter"."n" < ?) SELECT "counter"."n", "counter"."twice" FROM "counter" ORDER BY "counter"."n"', postgres: 'WITH RECURSIVE "counter" ("n", "twice") AS (SELECT 1 AS "n", 1 * $1 AS "twice" UNION ALL SELECT "counter"."n" + $2 AS "n", "counter"."twice" + $3 AS "twice" FROM "counter" WHERE "counter"."n" < $4) SELECT "counter"."n", "counter"."twice" FROM "counter" ORDER BY "counter"."n"', mysql: 'WITH RECURSIVE `counter` (`n`, `twice`) AS (SELECT 1 AS `n`, 1 * ? AS `twice` UNION ALL SELECT `counter`.`n` + ? AS `n`, `counter`.`twice` + ? AS `twice` FROM `counter` WHERE `counter`.`n` < ?) SELECT `counter`.`n`, `counter`.`twice` FROM `counter` ORDER BY `counter`.`n`', oracle: 'WITH COUNTER (N, TWICE) AS (SELECT 1 AS N, 1 * :1 AS TWICE FROM DUAL UNION ALL SELECT COUNTER.N + :2 AS N, COUNTER.TWICE + :3 AS TWICE FROM COUNTER WHERE COUNTER.N < :4) SELECT COUNTER.N, COUNTER.TWICE FROM COUNTER ORDER BY COUNTER.N' },
    }),
    defineCase({
      ...base,
      name: 'a CTE feeding INSERT … SELECT',
      covers: 'CTEs in INSERT',
      feature: 'WITH in INSERT / UPDATE / DELETE',
      emulatedOn: { mysql: 'WITH goes inside the INSERT … SELECT', oracle: 'WITH goes inside the INSERT … SELECT' },
      // Orders over 100: only the laptop (12), which becomes person 12.
      build: ({ people, orders }) => {
        const big = cte('big', select(orders.c.id, orders.c.item).from(orders).where(orders.c.amount.gt(100)));
        return insert(people).with(big).fromSelect(['id', 'name'], select(big.c.id, big.c.item).from(big));
      },
      check: ({ people }) => select(people.c.id, people.c.name).from(people).where(people.c.id.gt(10)),
      expect: { ordered: true, rows: [{ id: 12, name: 'laptop' }] },
      sql: { sqlite: 'WITH "big" AS (SELECT "orders"."id", "orders"."item" FROM "orders" WHERE "orders"."amount" > ?) INSERT INTO "people" ("id", "name") SELECT "big"."id", "big"."item" FROM "big"', postgres: 'WITH "big" AS (SELECT "orders"."id", "orders"."item" FROM "orders" WHERE "orders"."amount" > $1) INSERT INTO "people" ("id", "name") SELECT "big"."id", "big"."item" FROM "big"', mysql: 'INSERT INTO `people` (`id`, `name`) WITH `big` AS (SELECT `orders`.`id`, `orders`.`item` FROM `orders` WHERE `orders`.`amount` > ?) SELECT `big`.`id`, `big`.`item` FROM `big`', oracle: 'INSERT INTO PEOPLE (ID, NAME) WITH BIG AS (SELECT ORDERS.ID, ORDERS.ITEM FROM ORDERS WHERE ORDERS.AMOUNT > :1) SELECT BIG.ID, BIG.ITEM FROM BIG' },
    }),
    defineCase({
      ...base,
      name: 'a CTE read by UPDATE',
      covers: 'CTEs in UPDATE',
      feature: 'WITH in INSERT / UPDATE / DELETE',
      emulatedOn: { oracle: 'the CTE becomes a derived table where it is used (no WITH on UPDATE)' },
      noteOn: { mysql: 'MariaDB has no WITH on UPDATE: the CTE becomes a derived table where it is used' },
      // Grace is the only one whose orders add up to more than 100.
      build: ({ people, orders }) => {
        const rich = cte('rich', select(orders.c.personId).from(orders).groupBy(orders.c.personId).having(fn.sum(orders.c.amount).gt(100)));
        return update(people).set({ city: 'Monaco' }).where(people.c.id.in(select(rich.c.personId).from(rich))).with(rich);
      },
      check: ({ people }) => select(people.c.id).from(people).where(people.c.city.eq('Monaco')),
      expect: { ordered: true, rows: ids(3) },
      sql: { sqlite: 'WITH "rich" AS (SELECT "orders"."person_id" AS "personId" FROM "orders" GROUP BY "orders"."person_id" HAVING SUM("orders"."amount") > ?) UPDATE "people" SET "city" = ? WHERE "people"."id" IN (SELECT "rich"."personId" FROM "rich")', postgres: 'WITH "rich" AS (SELECT "orders"."person_id" AS "personId" FROM "orders" GROUP BY "orders"."person_id" HAVING SUM("orders"."amount") > $1) UPDATE "people" SET "city" = $2 WHERE "people"."id" IN (SELECT "rich"."personId" FROM "rich")', mysql: 'WITH `rich` AS (SELECT `orders`.`person_id` AS `personId` FROM `orders` GROUP BY `orders`.`person_id` HAVING SUM(`orders`.`amount`) > ?) UPDATE `people` SET `city` = ? WHERE `people`.`id` IN (SELECT `rich`.`personId` FROM `rich`)', oracle: 'UPDATE PEOPLE SET CITY = :1 WHERE PEOPLE.ID IN (SELECT RICH."personId" FROM (SELECT ORDERS.PERSON_ID AS "personId" FROM ORDERS GROUP BY ORDERS.PERSON_ID HAVING SUM(ORDERS.AMOUNT) > :2) RICH)' },
    }),
    defineCase({
      ...base,
      name: 'a CTE read by DELETE',
      covers: 'CTEs in DELETE',
      feature: 'WITH in INSERT / UPDATE / DELETE',
      emulatedOn: { oracle: 'the CTE becomes a derived table where it is used (no WITH on DELETE)' },
      noteOn: { mysql: 'MariaDB has no WITH on DELETE: the CTE becomes a derived table where it is used' },
      // People over 80: Grace, whose orders 12 and 13 go.
      build: ({ people, orders }) => {
        const old = cte('old', select(people.c.id).from(people).where(people.c.age.gt(80)));
        return deleteFrom(orders).where(orders.c.personId.in(select(old.c.id).from(old))).with(old);
      },
      check: ({ orders }) => select(orders.c.id).from(orders).orderBy(orders.c.id),
      expect: { ordered: true, rows: ids(10, 11, 14, 15) },
      sql: { sqlite: 'WITH "old" AS (SELECT "people"."id" FROM "people" WHERE "people"."age" > ?) DELETE FROM "orders" WHERE "orders"."person_id" IN (SELECT "old"."id" FROM "old")', postgres: 'WITH "old" AS (SELECT "people"."id" FROM "people" WHERE "people"."age" > $1) DELETE FROM "orders" WHERE "orders"."person_id" IN (SELECT "old"."id" FROM "old")', mysql: 'WITH `old` AS (SELECT `people`.`id` FROM `people` WHERE `people`.`age` > ?) DELETE FROM `orders` WHERE `orders`.`person_id` IN (SELECT `old`.`id` FROM `old`)', oracle: 'DELETE FROM ORDERS WHERE ORDERS.PERSON_ID IN (SELECT OLD.ID FROM (SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE > :1) OLD)' },
    }),
    defineCase({
      ...base,
      name: 'a data-modifying CTE moves rows in one statement',
      covers: 'data-modifying CTEs on PostgreSQL',
      feature: 'Data-modifying CTEs',
      // Orders under 10 (the pen, 11, and the gift, 15) are deleted and become people.
      build: ({ people, orders }) => {
        const moved = cte('moved', deleteFrom(orders).where(orders.c.amount.lt(10)).returning(orders.c.id, orders.c.item));
        return insert(people).with(moved).fromSelect(['id', 'name'], select(moved.c.id, moved.c.item).from(moved));
      },
      check: ({ people }) => select(people.c.id, people.c.name).from(people).where(people.c.id.gt(10)).orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 11, name: 'pen' },
          { id: 15, name: 'gift' },
        ],
      },
      expectOn: {
        sqlite: { why: 'only PostgreSQL runs INSERT / UPDATE / DELETE inside WITH', error: UnsupportedFeatureError, at: 'build' },
        mysql: { why: 'only PostgreSQL runs INSERT / UPDATE / DELETE inside WITH', error: UnsupportedFeatureError, at: 'build' },
        oracle: { why: 'only PostgreSQL runs INSERT / UPDATE / DELETE inside WITH', error: UnsupportedFeatureError, at: 'build' },
      },
      sql: {
        sqlite: { error: UnsupportedFeatureError },
        postgres:
          'WITH "moved" AS (DELETE FROM "orders" WHERE "orders"."amount" < $1 RETURNING "orders"."id", "orders"."item") INSERT INTO "people" ("id", "name") SELECT "moved"."id", "moved"."item" FROM "moved"',
        mysql: { error: UnsupportedFeatureError },
        oracle: { error: UnsupportedFeatureError },
      },
    }),
  ],
};
