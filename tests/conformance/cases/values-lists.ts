/**
 * VALUES table constructors: in FROM (joined with a table) and as a CTE. Native
 * on PostgreSQL (`(VALUES …) AS v (id, label)`, the first row cast to the
 * column types) and SQLite (whose columns are column1 …, named by a SELECT);
 * a UNION ALL of one SELECT per row on MySQL / MariaDB (MariaDB names VALUES
 * columns after the first row's values) and Oracle (FROM DUAL).
 */
import { cte, integer, numeric, select, text, update, values } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { peopleFixture, seedPeopleOnly } from './fixtures';

const base = { fixture: peopleFixture, seed: seedPeopleOnly } as const;
const unionAll = 'a UNION ALL of one SELECT per row (FROM DUAL on Oracle)';
const emulatedOn = { mysql: `${unionAll}: MariaDB names VALUES columns after the first row's values`, oracle: `${unionAll}: Oracle has no VALUES list` };

export const valuesLists: Area = {
  name: 'VALUES lists',
  cases: [
    defineCase({
      ...base,
      name: 'VALUES in FROM, joined with a table',
      covers: 'VALUES table constructor in FROM',
      feature: 'VALUES lists in FROM and WITH',
      emulatedOn,
      build: ({ people }) => {
        const v = values(
          [
            { id: 1, label: 'one' },
            { id: 3, label: 'three' },
          ],
          { id: integer().notNull(), label: text().notNull() },
        ).as('v');
        return select(people.c.name, v.c.label).from(people.join(v, v.c.id.eq(people.c.id))).orderBy(people.c.id);
      },
      expect: {
        ordered: true,
        rows: [
          { name: 'Ada', label: 'one' },
          { name: 'Grace', label: 'three' },
        ],
      },
      sql: { sqlite: 'SELECT "people"."name", "v"."label" FROM "people" INNER JOIN (SELECT "column1" AS "id", "column2" AS "label" FROM (VALUES (?, ?), (?, ?))) AS "v" ON "v"."id" = "people"."id" ORDER BY "people"."id"', postgres: 'SELECT "people"."name", "v"."label" FROM "people" INNER JOIN (VALUES (CAST($1 AS INTEGER), CAST($2 AS TEXT)), ($3, $4)) AS "v" ("id", "label") ON "v"."id" = "people"."id" ORDER BY "people"."id"', mysql: 'SELECT `people`.`name`, `v`.`label` FROM `people` INNER JOIN (SELECT CAST(? AS SIGNED) AS `id`, CAST(? AS CHAR) AS `label` UNION ALL SELECT CAST(? AS SIGNED) AS `id`, CAST(? AS CHAR) AS `label`) AS `v` ON `v`.`id` = `people`.`id` ORDER BY `people`.`id`', oracle: 'SELECT PEOPLE.NAME, V.LABEL FROM PEOPLE INNER JOIN (SELECT CAST(:1 AS NUMBER(10)) AS ID, CAST(:2 AS VARCHAR2(4000)) AS LABEL FROM DUAL UNION ALL SELECT CAST(:3 AS NUMBER(10)) AS ID, CAST(:4 AS VARCHAR2(4000)) AS LABEL FROM DUAL) V ON V.ID = PEOPLE.ID ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'VALUES as a CTE, with NULL and a decimal',
      covers: 'VALUES table constructor in WITH (nullable and numeric columns)',
      feature: 'VALUES lists in FROM and WITH',
      emulatedOn,
      build: ({ people }) => {
        const wanted = cte(
          'wanted',
          values(
            [
              { id: 2, note: null, price: '1.25' },
              { id: 4, note: 'x', price: '20.75' },
            ],
            { id: integer().notNull(), note: text(), price: numeric({ precision: 6, scale: 2 }).notNull() },
          ),
        );
        return select(people.c.name, wanted.c.note, wanted.c.price).with(wanted).from(people.join(wanted, wanted.c.id.eq(people.c.id))).orderBy(people.c.id);
      },
      expect: {
        ordered: true,
        rows: [
          { name: 'Alan', note: null, price: '1.25' },
          { name: 'Linus', note: 'x', price: '20.75' },
        ],
      },
      sql: { sqlite: 'WITH "wanted" ("id", "note", "price") AS (VALUES (?, ?, ?), (?, ?, ?)) SELECT "people"."name", "wanted"."note", "wanted"."price" FROM "people" INNER JOIN "wanted" ON "wanted"."id" = "people"."id" ORDER BY "people"."id"', postgres: 'WITH "wanted" ("id", "note", "price") AS (VALUES (CAST($1 AS INTEGER), CAST($2 AS TEXT), CAST($3 AS NUMERIC(6, 2))), ($4, $5, $6)) SELECT "people"."name", "wanted"."note", "wanted"."price" FROM "people" INNER JOIN "wanted" ON "wanted"."id" = "people"."id" ORDER BY "people"."id"', mysql: 'WITH `wanted` AS (SELECT CAST(? AS SIGNED) AS `id`, CAST(? AS CHAR) AS `note`, CAST(CAST(? AS DECIMAL(65, 30)) AS DECIMAL(6, 2)) AS `price` UNION ALL SELECT CAST(? AS SIGNED) AS `id`, CAST(? AS CHAR) AS `note`, CAST(CAST(? AS DECIMAL(65, 30)) AS DECIMAL(6, 2)) AS `price`) SELECT `people`.`name`, `wanted`.`note`, `wanted`.`price` FROM `people` INNER JOIN `wanted` ON `wanted`.`id` = `people`.`id` ORDER BY `people`.`id`', oracle: 'WITH WANTED AS (SELECT CAST(:1 AS NUMBER(10)) AS ID, CAST(:2 AS VARCHAR2(4000)) AS NOTE, CAST(TO_NUMBER(:3) AS NUMBER(6, 2)) AS PRICE FROM DUAL UNION ALL SELECT CAST(:4 AS NUMBER(10)) AS ID, CAST(:5 AS VARCHAR2(4000)) AS NOTE, CAST(TO_NUMBER(:6) AS NUMBER(6, 2)) AS PRICE FROM DUAL) SELECT PEOPLE.NAME, WANTED.NOTE, WANTED.PRICE FROM PEOPLE INNER JOIN WANTED ON WANTED.ID = PEOPLE.ID ORDER BY PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'VALUES of one row, alone in FROM',
      covers: 'VALUES table constructor of one row',
      feature: 'VALUES lists in FROM and WITH',
      emulatedOn,
      build: () => {
        const v = values([{ n: 5, word: 'five' }], { n: integer().notNull(), word: text().notNull() }).as('v');
        return select(v.c.n, v.c.word).from(v);
      },
      expect: { ordered: true, rows: [{ n: 5, word: 'five' }] },
      sql: { sqlite: 'SELECT "v"."n", "v"."word" FROM (SELECT "column1" AS "n", "column2" AS "word" FROM (VALUES (?, ?))) AS "v"', postgres: 'SELECT "v"."n", "v"."word" FROM (VALUES (CAST($1 AS INTEGER), CAST($2 AS TEXT))) AS "v" ("n", "word")', mysql: 'SELECT `v`.`n`, `v`.`word` FROM (SELECT CAST(? AS SIGNED) AS `n`, CAST(? AS CHAR) AS `word`) AS `v`', oracle: 'SELECT V.N, V.WORD FROM (SELECT CAST(:1 AS NUMBER(10)) AS N, CAST(:2 AS VARCHAR2(4000)) AS WORD FROM DUAL) V' },
    }),
    defineCase({
      ...base,
      name: 'VALUES as a CTE of an UPDATE',
      covers: 'VALUES table constructor in the WITH of an UPDATE (a derived table where the database has no WITH there)',
      feature: 'VALUES lists in FROM and WITH',
      emulatedOn,
      build: ({ people }) => {
        const moved = cte('moved', values([{ id: 2 }, { id: 4 }], { id: integer().notNull() }));
        return update(people).with(moved).set({ city: 'Paris' }).where(people.c.id.in(select(moved.c.id).from(moved)));
      },
      affected: 2,
      check: ({ people }) => select(people.c.id, people.c.city).from(people).where(people.c.city.eq('Paris')).orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 2, city: 'Paris' },
          { id: 4, city: 'Paris' },
        ],
      },
      sql: { sqlite: 'WITH "moved" ("id") AS (VALUES (?), (?)) UPDATE "people" SET "city" = ? WHERE "people"."id" IN (SELECT "moved"."id" FROM "moved")', postgres: 'WITH "moved" ("id") AS (VALUES (CAST($1 AS INTEGER)), ($2)) UPDATE "people" SET "city" = $3 WHERE "people"."id" IN (SELECT "moved"."id" FROM "moved")', mysql: 'WITH `moved` AS (SELECT CAST(? AS SIGNED) AS `id` UNION ALL SELECT CAST(? AS SIGNED) AS `id`) UPDATE `people` SET `city` = ? WHERE `people`.`id` IN (SELECT `moved`.`id` FROM `moved`)', oracle: 'UPDATE PEOPLE SET CITY = :1 WHERE PEOPLE.ID IN (SELECT MOVED.ID FROM (SELECT CAST(:2 AS NUMBER(10)) AS ID FROM DUAL UNION ALL SELECT CAST(:3 AS NUMBER(10)) AS ID FROM DUAL) MOVED)' },
    }),
  ],
};
