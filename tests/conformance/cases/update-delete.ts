/**
 * UPDATE (values, expressions, NULL, no match) and DELETE (filtered, all,
 * with a subquery meeting NULL). Each case reads the table back.
 */
import { deleteFrom, select, update } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { peopleFixture, seedPeopleOnly, seedShop, shopFixture } from './fixtures';

const base = { fixture: peopleFixture, seed: seedPeopleOnly } as const;
type People = ReturnType<typeof peopleFixture.make>['people'];
const everyone = ({ people }: { people: People }) => select(people).orderBy(people.c.id);

export const updateDelete: Area = {
  name: 'update-delete',
  cases: [
    defineCase({
      ...base,
      name: 'UPDATE with values',
      covers: 'UPDATE SET from values, WHERE',
      build: ({ people }) => update(people).set({ city: 'Paris', age: 42 }).where(people.c.id.eq(2)),
      affected: 1,
      check: everyone,
      expect: {
        ordered: true,
        rows: [
          { id: 1, name: 'Ada', age: 36, city: 'London' },
          { id: 2, name: 'Alan', age: 42, city: 'Paris' },
          { id: 3, name: 'Grace', age: 85, city: 'New York' },
          { id: 4, name: 'Linus', age: null, city: 'Helsinki' },
          { id: 5, name: 'Edsger', age: 72, city: 'Amsterdam' },
        ],
      },
      sql: {
        sqlite: 'UPDATE "people" SET "city" = ?, "age" = ? WHERE "people"."id" = ?',
        postgres: 'UPDATE "people" SET "city" = $1, "age" = $2 WHERE "people"."id" = $3',
        mysql: 'UPDATE `people` SET `city` = ?, `age` = ? WHERE `people`.`id` = ?',
        oracle: 'UPDATE PEOPLE SET CITY = :1, AGE = :2 WHERE PEOPLE.ID = :3',
      },
    }),
    defineCase({
      ...base,
      name: 'UPDATE with an expression',
      covers: 'UPDATE SET from expressions',
      // city || '!' stays NULL where city is NULL (id 2).
      build: ({ people }) => update(people).set({ age: people.c.age.plus(1), city: people.c.city.concat('!') }).where(people.c.age.isNotNull()),
      affected: 4,
      check: everyone,
      expect: {
        ordered: true,
        rows: [
          { id: 1, name: 'Ada', age: 37, city: 'London!' },
          { id: 2, name: 'Alan', age: 42, city: null },
          { id: 3, name: 'Grace', age: 86, city: 'New York!' },
          { id: 4, name: 'Linus', age: null, city: 'Helsinki' },
          { id: 5, name: 'Edsger', age: 73, city: 'Amsterdam!' },
        ],
      },
      sql: {
        sqlite: 'UPDATE "people" SET "age" = "people"."age" + ?, "city" = "people"."city" || ? WHERE "people"."age" IS NOT NULL',
        postgres: 'UPDATE "people" SET "age" = "people"."age" + $1, "city" = "people"."city" || $2 WHERE "people"."age" IS NOT NULL',
        mysql: 'UPDATE `people` SET `age` = `people`.`age` + ?, `city` = CONCAT(`people`.`city`, ?) WHERE `people`.`age` IS NOT NULL',
        oracle: 'UPDATE PEOPLE SET AGE = PEOPLE.AGE + :1, CITY = PEOPLE.CITY || :2 WHERE PEOPLE.AGE IS NOT NULL',
      },
    }),
    defineCase({
      ...base,
      name: 'UPDATE to NULL matching nothing',
      covers: 'UPDATE that matches no row',
      build: ({ people }) => update(people).set({ city: null }).where(people.c.name.eq('Nobody')),
      affected: 0,
      check: ({ people }) => select(people.c.id).from(people).where(people.c.city.isNull()),
      expect: { ordered: true, rows: [{ id: 2 }] },
      sql: {
        sqlite: 'UPDATE "people" SET "city" = ? WHERE "people"."name" = ?',
        postgres: 'UPDATE "people" SET "city" = $1 WHERE "people"."name" = $2',
        mysql: 'UPDATE `people` SET `city` = ? WHERE `people`.`name` = ?',
        oracle: 'UPDATE PEOPLE SET CITY = :1 WHERE TO_CHAR(PEOPLE.NAME) = :2',
      },
    }),
    defineCase({
      ...base,
      name: 'DELETE with WHERE',
      covers: 'DELETE, WHERE',
      build: ({ people }) => deleteFrom(people).where(people.c.age.gt(70)),
      affected: 2,
      check: ({ people }) => select(people.c.id).from(people).orderBy(people.c.id),
      expect: { ordered: true, rows: [{ id: 1 }, { id: 2 }, { id: 4 }] },
      sql: {
        sqlite: 'DELETE FROM "people" WHERE "people"."age" > ?',
        postgres: 'DELETE FROM "people" WHERE "people"."age" > $1',
        mysql: 'DELETE FROM `people` WHERE `people`.`age` > ?',
        oracle: 'DELETE FROM PEOPLE WHERE PEOPLE.AGE > :1',
      },
    }),
    defineCase({
      ...base,
      name: 'DELETE every row',
      covers: 'DELETE without WHERE, empty results',
      build: ({ people }) => deleteFrom(people),
      affected: 5,
      check: ({ people }) => select(people.c.id).from(people),
      expect: { ordered: true, rows: [] },
      sql: {
        sqlite: 'DELETE FROM "people"',
        postgres: 'DELETE FROM "people"',
        mysql: 'DELETE FROM `people`',
        oracle: 'DELETE FROM PEOPLE',
      },
    }),
    defineCase({
      fixture: shopFixture,
      seed: seedShop,
      name: 'DELETE with NOT IN a subquery keeps NULL rows',
      covers: 'DELETE with a subquery, NULL semantics',
      // Order 14 points at no person; order 15's NULL person_id makes NOT IN unknown, so it stays.
      build: ({ people, orders }) => deleteFrom(orders).where(orders.c.personId.notIn(select(people.c.id).from(people))),
      affected: 1,
      check: ({ orders }) => select(orders.c.id).from(orders).orderBy(orders.c.id),
      expect: { ordered: true, rows: [{ id: 10 }, { id: 11 }, { id: 12 }, { id: 13 }, { id: 15 }] },
      sql: {
        sqlite: 'DELETE FROM "orders" WHERE "orders"."person_id" NOT IN (SELECT "people"."id" FROM "people")',
        postgres: 'DELETE FROM "orders" WHERE "orders"."person_id" NOT IN (SELECT "people"."id" FROM "people")',
        mysql: 'DELETE FROM `orders` WHERE `orders`.`person_id` NOT IN (SELECT `people`.`id` FROM `people`)',
        oracle: 'DELETE FROM ORDERS WHERE ORDERS.PERSON_ID NOT IN (SELECT PEOPLE.ID FROM PEOPLE)',
      },
    }),
  ],
};
