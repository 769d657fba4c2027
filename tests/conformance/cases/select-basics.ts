/**
 * SELECT basics: column references, aliases, bound values, DISTINCT, LIMIT and
 * OFFSET, SELECT without FROM, arithmetic, concatenation, functions, sql``.
 */
import { fn, select, sql } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { peopleFixture, seedPeopleOnly } from './fixtures';

const base = { fixture: peopleFixture, seed: seedPeopleOnly } as const;

export const selectBasics: Area = {
  name: 'select-basics',
  cases: [
    defineCase({
      ...base,
      name: 'column references',
      covers: 'column refs, SELECT with columns, FROM a table, ORDER BY',
      build: ({ people }) => select(people.c.id, people.c.name).from(people).orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, name: 'Ada' },
          { id: 2, name: 'Alan' },
          { id: 3, name: 'Grace' },
          { id: 4, name: 'Linus' },
          { id: 5, name: 'Edsger' },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", "people"."name" FROM "people" ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", "people"."name" FROM "people" ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, `people`.`name` FROM `people` ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, PEOPLE.NAME FROM PEOPLE ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'table alias',
      covers: 'aliases: tables',
      build: ({ people }) => {
        const q = people.as('q');
        return select(q.c.name).from(q).where(q.c.id.eq(3));
      },
      expect: { ordered: true, rows: [{ name: 'Grace' }] },
      sql: {
        sqlite: 'SELECT "q"."name" FROM "people" AS "q" WHERE "q"."id" = ?',
        postgres: 'SELECT "q"."name" FROM "people" AS "q" WHERE "q"."id" = $1',
        mysql: 'SELECT `q`.`name` FROM `people` AS `q` WHERE `q`.`id` = ?',
        // Oracle: no AS before a table alias (SQL Language Reference, SELECT, t_alias).
        oracle: 'SELECT Q.NAME FROM PEOPLE Q WHERE Q.ID = :1',
      },
    }),
    defineCase({
      ...base,
      name: 'column alias',
      covers: 'aliases: columns',
      build: ({ people }) => select(people.c.name.as('who'), people.c.age.as('years')).from(people).where(people.c.id.eq(1)),
      expect: { ordered: true, rows: [{ who: 'Ada', years: 36 }] },
      sql: {
        sqlite: 'SELECT "people"."name" AS "who", "people"."age" AS "years" FROM "people" WHERE "people"."id" = ?',
        postgres: 'SELECT "people"."name" AS "who", "people"."age" AS "years" FROM "people" WHERE "people"."id" = $1',
        mysql: 'SELECT `people`.`name` AS `who`, `people`.`age` AS `years` FROM `people` WHERE `people`.`id` = ?',
        oracle: 'SELECT PEOPLE.NAME AS WHO, PEOPLE.AGE AS YEARS FROM PEOPLE WHERE PEOPLE.ID = :1',
      },
    }),
    defineCase({
      ...base,
      name: 'bound values never reach SQL text',
      covers: 'bound values',
      build: ({ people }) => select(people.c.id).from(people).where(people.c.name.eq("Ada' OR '1'='1")),
      expect: { ordered: true, rows: [] },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."name" = ?',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."name" = $1',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`name` = ?',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE TO_CHAR(PEOPLE.NAME) = :1',
      },
    }),
    defineCase({
      ...base,
      name: 'whole table selected',
      covers: 'SELECT of every column of a table, implicit FROM',
      build: ({ people }) => select(people).where(people.c.id.eq(4)),
      expect: { ordered: true, rows: [{ id: 4, name: 'Linus', age: null, city: 'Helsinki' }] },
      sql: {
        sqlite: 'SELECT "people"."id", "people"."name", "people"."age", "people"."city" FROM "people" WHERE "people"."id" = ?',
        postgres: 'SELECT "people"."id", "people"."name", "people"."age", "people"."city" FROM "people" WHERE "people"."id" = $1',
        mysql: 'SELECT `people`.`id`, `people`.`name`, `people`.`age`, `people`.`city` FROM `people` WHERE `people`.`id` = ?',
        oracle: 'SELECT PEOPLE.ID, PEOPLE.NAME, PEOPLE.AGE, PEOPLE.CITY FROM PEOPLE WHERE PEOPLE.ID = :1',
      },
    }),
    defineCase({
      ...base,
      name: 'LIMIT',
      covers: 'LIMIT',
      build: ({ people }) => select(people.c.id).from(people).orderBy(people.c.id).limit(2),
      expect: { ordered: true, rows: [{ id: 1 }, { id: 2 }] },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT ?',
        postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT $1',
        mysql: 'SELECT `people`.`id` FROM `people` ORDER BY `people`.`id` LIMIT ?',
        // Oracle 12c+: row limiting clause (SELECT, row_limiting_clause).
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.ID FETCH NEXT :1 ROWS ONLY',
      },
    }),
    defineCase({
      ...base,
      name: 'LIMIT with OFFSET',
      covers: 'LIMIT, OFFSET',
      build: ({ people }) => select(people.c.id).from(people).orderBy(people.c.id).limit(2).offset(1),
      expect: { ordered: true, rows: [{ id: 2 }, { id: 3 }] },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT ? OFFSET ?',
        postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT $1 OFFSET $2',
        mysql: 'SELECT `people`.`id` FROM `people` ORDER BY `people`.`id` LIMIT ? OFFSET ?',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.ID OFFSET :1 ROWS FETCH NEXT :2 ROWS ONLY',
      },
    }),
    defineCase({
      ...base,
      name: 'OFFSET without LIMIT',
      covers: 'OFFSET (SQLite and MySQL have no OFFSET without LIMIT)',
      build: ({ people }) => select(people.c.id).from(people).orderBy(people.c.id).offset(3),
      expect: { ordered: true, rows: [{ id: 4 }, { id: 5 }] },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" LIMIT -1 OFFSET ?',
        postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."id" OFFSET $1',
        // MySQL reference, SELECT: "to retrieve all rows from an offset, use some large number for the second parameter".
        mysql: 'SELECT `people`.`id` FROM `people` ORDER BY `people`.`id` LIMIT 18446744073709551615 OFFSET ?',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.ID OFFSET :1 ROWS',
      },
    }),
    defineCase({
      ...base,
      name: 'SELECT without FROM',
      covers: 'sql`` template in a select list, SELECT without tables',
      build: () => select({ answer: sql`${42} + 0` }),
      expect: { ordered: true, rows: [{ answer: 42 }] },
      sql: {
        sqlite: 'SELECT ? + 0 AS "answer"',
        postgres: 'SELECT $1 + 0 AS "answer"',
        mysql: 'SELECT ? + 0 AS `answer`',
        // Oracle: a SELECT needs a FROM; DUAL is the one-row table.
        oracle: 'SELECT :1 + 0 AS ANSWER FROM DUAL',
      },
    }),
    defineCase({
      ...base,
      name: 'arithmetic',
      covers: 'arithmetic + - * / % (/ on two integers is true division)',
      build: ({ people }) =>
        select(
          people.c.age.plus(1).as('plus'),
          people.c.age.minus(6).as('minus'),
          people.c.age.times(2).as('times'),
          people.c.age.div(4).as('div'),
          people.c.age.mod(5).as('mod'),
        )
          .from(people)
          .where(people.c.id.eq(1)),
      expect: { ordered: true, rows: [{ plus: 37, minus: 30, times: 72, div: 9, mod: 1 }] },
      sql: {
        sqlite:
          'SELECT "people"."age" + ? AS "plus", "people"."age" - ? AS "minus", "people"."age" * ? AS "times", CAST("people"."age" AS REAL) / ? AS "div", "people"."age" % ? AS "mod" FROM "people" WHERE "people"."id" = ?',
        postgres:
          'SELECT "people"."age" + $1 AS "plus", "people"."age" - $2 AS "minus", "people"."age" * $3 AS "times", CAST("people"."age" AS DOUBLE PRECISION) / $4 AS "div", "people"."age" % $5 AS "mod" FROM "people" WHERE "people"."id" = $6',
        mysql:
          'SELECT `people`.`age` + ? AS `plus`, `people`.`age` - ? AS `minus`, `people`.`age` * ? AS `times`, CAST(`people`.`age` AS DOUBLE) / ? AS `div`, `people`.`age` % ? AS `mod` FROM `people` WHERE `people`.`id` = ?',
        // Oracle has no % operator: MOD(m, n) (Functions, MOD).
        oracle:
          'SELECT PEOPLE.AGE + :1 AS PLUS, PEOPLE.AGE - :2 AS "minus", PEOPLE.AGE * :3 AS TIMES, CAST(PEOPLE.AGE AS BINARY_DOUBLE) / :4 AS DIV, MOD(PEOPLE.AGE, :5) AS MOD FROM PEOPLE WHERE PEOPLE.ID = :6',
      },
    }),
    defineCase({
      ...base,
      name: 'concatenation',
      covers: 'string concatenation (NULL if any part is NULL)',
      build: ({ people }) =>
        select(people.c.id, people.c.name.concat(' of ', people.c.city).as('label'))
          .from(people)
          .where(people.c.id.in([1, 2]))
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, label: 'Ada of London' },
          { id: 2, label: null },
        ],
      },
      expectOn: {
        oracle: {
          why: "Oracle's || treats NULL as an empty string (SQL Language Reference, Concatenation Operator)",
          ordered: true,
          rows: [
            { id: 1, label: 'Ada of London' },
            { id: 2, label: 'Alan of ' },
          ],
        },
      },
      sql: {
        sqlite: 'SELECT "people"."id", "people"."name" || ? || "people"."city" AS "label" FROM "people" WHERE "people"."id" IN (?, ?) ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", "people"."name" || $1 || "people"."city" AS "label" FROM "people" WHERE "people"."id" IN ($2, $3) ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, CONCAT(`people`.`name`, ?, `people`.`city`) AS `label` FROM `people` WHERE `people`.`id` IN (?, ?) ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, PEOPLE.NAME || :1 || PEOPLE.CITY AS LABEL FROM PEOPLE WHERE PEOPLE.ID IN (:2, :3) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'string functions',
      covers: 'fn.lower, fn.upper, fn.length',
      build: ({ people }) =>
        select(fn.lower(people.c.name).as('lo'), fn.upper(people.c.name).as('up'), fn.length(people.c.name).as('len'))
          .from(people)
          .where(people.c.id.eq(5)),
      expect: { ordered: true, rows: [{ lo: 'edsger', up: 'EDSGER', len: 6 }] },
      sql: {
        sqlite: 'SELECT LOWER("people"."name") AS "lo", UPPER("people"."name") AS "up", LENGTH("people"."name") AS "len" FROM "people" WHERE "people"."id" = ?',
        postgres: 'SELECT LOWER("people"."name") AS "lo", UPPER("people"."name") AS "up", LENGTH("people"."name") AS "len" FROM "people" WHERE "people"."id" = $1',
        // MySQL's LENGTH counts bytes; CHAR_LENGTH counts characters.
        mysql: 'SELECT LOWER(`people`.`name`) AS `lo`, UPPER(`people`.`name`) AS `up`, CHAR_LENGTH(`people`.`name`) AS `len` FROM `people` WHERE `people`.`id` = ?',
        oracle: 'SELECT LOWER(PEOPLE.NAME) AS LO, UPPER(PEOPLE.NAME) AS UP, LENGTH(PEOPLE.NAME) AS LEN FROM PEOPLE WHERE PEOPLE.ID = :1',
      },
    }),
    defineCase({
      ...base,
      name: 'abs and coalesce',
      covers: 'fn.abs, fn.coalesce',
      build: ({ people }) =>
        select(people.c.id, fn.abs(people.c.age.minus(50)).as('distance'), fn.coalesce(people.c.city, 'nowhere').as('place'))
          .from(people)
          .where(people.c.id.lte(2))
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, distance: 14, place: 'London' },
          { id: 2, distance: 9, place: 'nowhere' },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", ABS("people"."age" - ?) AS "distance", COALESCE("people"."city", ?) AS "place" FROM "people" WHERE "people"."id" <= ? ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id", ABS("people"."age" - $1) AS "distance", COALESCE("people"."city", $2) AS "place" FROM "people" WHERE "people"."id" <= $3 ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id`, ABS(`people`.`age` - ?) AS `distance`, COALESCE(`people`.`city`, ?) AS `place` FROM `people` WHERE `people`.`id` <= ? ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, ABS(PEOPLE.AGE - :1) AS DISTANCE, COALESCE(PEOPLE.CITY, :2) AS PLACE FROM PEOPLE WHERE PEOPLE.ID <= :3 ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'now',
      covers: 'fn.now',
      build: ({ people }) =>
        select(people.c.id, fn.now().as('at'))
          .from(people)
          .where(fn.now().gt(new Date('2020-01-01T00:00:00Z')))
          .where(fn.now().lt(new Date('2200-01-01T00:00:00Z')))
          .where(people.c.id.eq(1)),
      // The clock is not known in advance: the WHERE pins it to a range, the row checks it comes back a Date.
      expect: { ordered: true, rows: [{ id: 1, at: expect.any(Date) }] },
      sql: {
        sqlite:
          "SELECT \"people\".\"id\", strftime('%Y-%m-%d %H:%M:%f', 'now') AS \"at\" FROM \"people\" WHERE strftime('%Y-%m-%d %H:%M:%f', 'now') > ? AND strftime('%Y-%m-%d %H:%M:%f', 'now') < ? AND \"people\".\"id\" = ?",
        postgres: 'SELECT "people"."id", CURRENT_TIMESTAMP AS "at" FROM "people" WHERE CURRENT_TIMESTAMP > $1 AND CURRENT_TIMESTAMP < $2 AND "people"."id" = $3',
        mysql: 'SELECT `people`.`id`, CURRENT_TIMESTAMP(3) AS `at` FROM `people` WHERE CURRENT_TIMESTAMP(3) > ? AND CURRENT_TIMESTAMP(3) < ? AND `people`.`id` = ?',
        // A Date binds as text read by TO_TIMESTAMP_TZ (Functions, TO_TIMESTAMP_TZ); SYSTIMESTAMP has a time zone.
        oracle:
          "SELECT PEOPLE.ID, SYSTIMESTAMP AS AT FROM PEOPLE WHERE SYSTIMESTAMP > TO_TIMESTAMP_TZ(:1, 'YYYY-MM-DD HH24:MI:SS.FF3 TZH:TZM') AND SYSTIMESTAMP < TO_TIMESTAMP_TZ(:2, 'YYYY-MM-DD HH24:MI:SS.FF3 TZH:TZM') AND PEOPLE.ID = :3",
      },
    }),
    defineCase({
      ...base,
      name: 'generic function',
      covers: 'a generic fn.name(...) and fn.call',
      build: ({ people }) =>
        select(fn.replace(people.c.name, 'a', 'o').as('a'), fn.call<string>('replace', people.c.name, 'A', 'E').as('b'))
          .from(people)
          .where(people.c.id.eq(1)),
      expect: { ordered: true, rows: [{ a: 'Ado', b: 'Eda' }] },
      sql: {
        sqlite: 'SELECT REPLACE("people"."name", ?, ?) AS "a", REPLACE("people"."name", ?, ?) AS "b" FROM "people" WHERE "people"."id" = ?',
        postgres: 'SELECT REPLACE("people"."name", $1, $2) AS "a", REPLACE("people"."name", $3, $4) AS "b" FROM "people" WHERE "people"."id" = $5',
        mysql: 'SELECT REPLACE(`people`.`name`, ?, ?) AS `a`, REPLACE(`people`.`name`, ?, ?) AS `b` FROM `people` WHERE `people`.`id` = ?',
        oracle: 'SELECT REPLACE(PEOPLE.NAME, :1, :2) AS A, REPLACE(PEOPLE.NAME, :3, :4) AS B FROM PEOPLE WHERE PEOPLE.ID = :5',
      },
    }),
  ],
};
