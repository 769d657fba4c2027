/**
 * IS [NOT] DISTINCT FROM, bitwise operators, regular-expression match and
 * replace: native where the database has them, emulated elsewhere.
 *
 * Rows (fixtures.ts): people ages by id 1→36, 2→41, 3→85, 4→NULL, 5→72;
 * names Ada, Alan, Grace, Linus, Edsger.
 */
import { select } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, peopleFixture, seedPeopleOnly } from './fixtures';

const people = { fixture: peopleFixture, seed: seedPeopleOnly } as const;

export const nullSafeBitwiseRegex: Area = {
  name: 'IS DISTINCT FROM, bitwise, regular expressions',
  cases: [
    defineCase({
      ...people,
      name: 'IS DISTINCT FROM treats NULL as a value',
      covers: 'age.isDistinctFrom(41): the NULL age is distinct from 41',
      feature: 'IS [NOT] DISTINCT FROM',
      emulatedOn: { mysql: 'NOT (a <=> b)', sqlite: 'a IS NOT b', oracle: 'DECODE(a, b, 0, 1) = 1' },
      build: ({ people }) => select(people.c.id).from(people).where(people.c.age.isDistinctFrom(41)).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 3, 4, 5) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."age" IS NOT ? ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."age" IS DISTINCT FROM $1 ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE NOT (`people`.`age` <=> ?) ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE DECODE(PEOPLE.AGE, :1, 0, 1) = 1 ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'IS NOT DISTINCT FROM NULL finds the NULL',
      covers: 'age.isNotDistinctFrom(null): equality where NULL equals NULL',
      feature: 'IS [NOT] DISTINCT FROM',
      emulatedOn: { mysql: 'a <=> b', sqlite: 'a IS b', oracle: 'DECODE(a, b, 0, 1) = 0' },
      build: ({ people }) => select(people.c.id).from(people).where(people.c.age.isNotDistinctFrom(null)).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(4) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."age" IS ? ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."age" IS NOT DISTINCT FROM $1 ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`age` <=> ? ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE DECODE(PEOPLE.AGE, :1, 0, 1) = 0 ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'bitwise AND, OR, XOR, shifts and NOT',
      covers: 'age.bitAnd(7), bitOr(1), bitXor(5), shiftLeft(2), shiftRight(1), bitNot()',
      feature: 'Bitwise operators',
      emulatedOn: { sqlite: 'XOR as (a | b) - (a & b)', oracle: 'BITAND with arithmetic', mysql: 'results cast to SIGNED' },
      build: ({ people }) =>
        select(
          people.c.id,
          people.c.age.bitAnd(7).as('a'),
          people.c.age.bitOr(1).as('o'),
          people.c.age.bitXor(5).as('x'),
          people.c.age.shiftLeft(2).as('l'),
          people.c.age.shiftRight(1).as('r'),
          people.c.age.bitNot().as('n'),
        )
          .from(people)
          .where(people.c.id.lt(3))
          .orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, a: 4, o: 37, x: 33, l: 144, r: 18, n: -37 },
          { id: 2, a: 1, o: 41, x: 44, l: 164, r: 20, n: -42 },
        ],
      },
      sql: {
        sqlite:
          'SELECT "people"."id", "people"."age" & ? AS "a", "people"."age" | ? AS "o", ("people"."age" | ?) - ("people"."age" & ?) AS "x", "people"."age" << ? AS "l", "people"."age" >> ? AS "r", ~"people"."age" AS "n" FROM "people" WHERE "people"."id" < ? ORDER BY "people"."id"',
        postgres:
          'SELECT "people"."id", "people"."age" & $1 AS "a", "people"."age" | $2 AS "o", "people"."age" # $3 AS "x", "people"."age" << $4 AS "l", "people"."age" >> $5 AS "r", ~"people"."age" AS "n" FROM "people" WHERE "people"."id" < $6 ORDER BY "people"."id"',
        mysql:
          'SELECT `people`.`id`, CAST(`people`.`age` & ? AS SIGNED) AS `a`, CAST(`people`.`age` | ? AS SIGNED) AS `o`, CAST(`people`.`age` ^ ? AS SIGNED) AS `x`, CAST(`people`.`age` << ? AS SIGNED) AS `l`, CAST(`people`.`age` >> ? AS SIGNED) AS `r`, CAST(~`people`.`age` AS SIGNED) AS `n` FROM `people` WHERE `people`.`id` < ? ORDER BY `people`.`id`',
        oracle:
          'SELECT PEOPLE.ID, BITAND(PEOPLE.AGE, :1) AS A, (PEOPLE.AGE + :2 - BITAND(PEOPLE.AGE, :3)) AS O, (PEOPLE.AGE + :4 - 2 * BITAND(PEOPLE.AGE, :5)) AS X, (PEOPLE.AGE * POWER(2, :6)) AS L, FLOOR(PEOPLE.AGE / POWER(2, :7)) AS R, (-1 - PEOPLE.AGE) AS N FROM PEOPLE WHERE PEOPLE.ID < :8 ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'regular-expression match',
      covers: "name.regexMatch('^[AG]'): ~, REGEXP, REGEXP_LIKE (SQLite: a JavaScript regexp function the driver registers)",
      feature: 'Regular-expression match and replace',
      emulatedOn: { sqlite: 'REGEXP through a function the driver registers' },
      build: ({ people }) => select(people.c.id).from(people).where(people.c.name.regexMatch('^[AG]')).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(1, 2, 3) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."name" REGEXP ? ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."name" ~ $1 ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`name` REGEXP ? ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE REGEXP_LIKE(PEOPLE.NAME, :1) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'regular-expression non-match',
      covers: "name.notRegexMatch('^[AG]')",
      feature: 'Regular-expression match and replace',
      emulatedOn: { sqlite: 'REGEXP through a function the driver registers' },
      build: ({ people }) => select(people.c.id).from(people).where(people.c.name.notRegexMatch('^[AG]')).orderBy(people.c.id),
      expect: { ordered: true, rows: ids(4, 5) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."name" NOT REGEXP ? ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."name" !~ $1 ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`name` NOT REGEXP ? ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE NOT REGEXP_LIKE(PEOPLE.NAME, :1) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...people,
      name: 'regular-expression replace, every match',
      covers: "name.regexReplace('[dl]', '_'): all occurrences on every database (PostgreSQL with the 'g' flag)",
      feature: 'Regular-expression match and replace',
      emulatedOn: { sqlite: 'regexp_replace, a function the driver registers' },
      build: ({ people }) => select(people.c.id, people.c.name.regexReplace('[dl]', '_').as('masked')).from(people).where(people.c.id.lt(3)).orderBy(people.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, masked: 'A_a' },
          { id: 2, masked: 'A_an' },
        ],
      },
      sql: {
        sqlite: 'SELECT "people"."id", REGEXP_REPLACE("people"."name", ?, ?) AS "masked" FROM "people" WHERE "people"."id" < ? ORDER BY "people"."id"',
        postgres: `SELECT "people"."id", REGEXP_REPLACE("people"."name", $1, $2, 'g') AS "masked" FROM "people" WHERE "people"."id" < $3 ORDER BY "people"."id"`,
        mysql: 'SELECT `people`.`id`, REGEXP_REPLACE(`people`.`name`, ?, ?) AS `masked` FROM `people` WHERE `people`.`id` < ? ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID, REGEXP_REPLACE(PEOPLE.NAME, :1, :2) AS MASKED FROM PEOPLE WHERE PEOPLE.ID < :3 ORDER BY PEOPLE.ID',
      },
    }),
  ],
};
