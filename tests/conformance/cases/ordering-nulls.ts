/**
 * ORDER BY with NULLs: where each database puts them by default, and
 * NULLS FIRST / NULLS LAST (emulated where the dialect lacks it).
 * Ages: 1→36, 2→41, 3→85, 4→NULL, 5→72.
 */
import { Ordering, select } from '@alkahest/core';
import { Area, defineCase, DialectOutcome, Golden } from '../harness/case';
import { ids, peopleFixture, seedPeopleOnly } from './fixtures';

type People = ReturnType<typeof peopleFixture.make>['people'];

function ordering(
  name: string,
  order: (p: People) => Ordering,
  expected: number[],
  sql: { sqlite: Golden; postgres: Golden; mysql: Golden; oracle: Golden },
  expectOn?: { sqlite?: DialectOutcome; mysql?: DialectOutcome },
) {
  return defineCase({
    name,
    covers: 'ORDER BY with NULLs, ASC/DESC NULLS FIRST/LAST',
    fixture: peopleFixture,
    seed: seedPeopleOnly,
    build: ({ people }) => select(people.c.id).from(people).orderBy(order(people)),
    expect: { ordered: true, rows: ids(...expected) },
    ...(expectOn ? { expectOn } : {}),
    sql,
  });
}

const nullsSmallest = 'SQLite and MySQL sort NULL as the smallest value; PostgreSQL and Oracle as the largest';

export const orderingNulls: Area = {
  name: 'ordering-nulls',
  cases: [
    ordering(
      'ASC puts NULLs where the database does',
      (p) => p.c.age.asc(),
      [1, 2, 5, 3, 4],
      {
        sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age"',
        postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age"',
        mysql: 'SELECT `people`.`id` FROM `people` ORDER BY `people`.`age`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.AGE',
      },
      {
        sqlite: { why: nullsSmallest, ordered: true, rows: ids(4, 1, 2, 5, 3) },
        mysql: { why: nullsSmallest, ordered: true, rows: ids(4, 1, 2, 5, 3) },
      },
    ),
    ordering(
      'DESC puts NULLs where the database does',
      (p) => p.c.age.desc(),
      [4, 3, 5, 2, 1],
      {
        sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" DESC',
        postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" DESC',
        mysql: 'SELECT `people`.`id` FROM `people` ORDER BY `people`.`age` DESC',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.AGE DESC',
      },
      {
        sqlite: { why: nullsSmallest, ordered: true, rows: ids(3, 5, 2, 1, 4) },
        mysql: { why: nullsSmallest, ordered: true, rows: ids(3, 5, 2, 1, 4) },
      },
    ),
    ordering('ASC NULLS FIRST', (p) => p.c.age.asc().nullsFirst(), [4, 1, 2, 5, 3], {
      sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" NULLS FIRST',
      postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" NULLS FIRST',
      // MySQL has no NULLS FIRST/LAST: sort on "is null" first.
      mysql: 'SELECT `people`.`id` FROM `people` ORDER BY CASE WHEN `people`.`age` IS NULL THEN 0 ELSE 1 END, `people`.`age`',
      oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.AGE NULLS FIRST',
    }),
    ordering('ASC NULLS LAST', (p) => p.c.age.asc().nullsLast(), [1, 2, 5, 3, 4], {
      sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" NULLS LAST',
      postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" NULLS LAST',
      mysql: 'SELECT `people`.`id` FROM `people` ORDER BY CASE WHEN `people`.`age` IS NULL THEN 1 ELSE 0 END, `people`.`age`',
      oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.AGE NULLS LAST',
    }),
    ordering('DESC NULLS FIRST', (p) => p.c.age.desc().nullsFirst(), [4, 3, 5, 2, 1], {
      sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" DESC NULLS FIRST',
      postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" DESC NULLS FIRST',
      mysql: 'SELECT `people`.`id` FROM `people` ORDER BY CASE WHEN `people`.`age` IS NULL THEN 0 ELSE 1 END, `people`.`age` DESC',
      oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.AGE DESC NULLS FIRST',
    }),
    ordering('DESC NULLS LAST', (p) => p.c.age.desc().nullsLast(), [3, 5, 2, 1, 4], {
      sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" DESC NULLS LAST',
      postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" DESC NULLS LAST',
      mysql: 'SELECT `people`.`id` FROM `people` ORDER BY CASE WHEN `people`.`age` IS NULL THEN 1 ELSE 0 END, `people`.`age` DESC',
      oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.AGE DESC NULLS LAST',
    }),
    // The emulation names the expression twice: each occurrence binds its own value.
    ordering('NULLS FIRST on an expression with a bound value', (p) => p.c.age.plus(1).asc().nullsFirst(), [4, 1, 2, 5, 3], {
      sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" + ? NULLS FIRST',
      postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."age" + $1 NULLS FIRST',
      mysql: 'SELECT `people`.`id` FROM `people` ORDER BY CASE WHEN (`people`.`age` + ?) IS NULL THEN 0 ELSE 1 END, `people`.`age` + ?',
      oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY PEOPLE.AGE + :1 NULLS FIRST',
    }),
    ordering('NULLS LAST on a text column', (p) => p.c.city.asc().nullsLast(), [5, 4, 1, 3, 2], {
      sqlite: 'SELECT "people"."id" FROM "people" ORDER BY "people"."city" NULLS LAST',
      postgres: 'SELECT "people"."id" FROM "people" ORDER BY "people"."city" NULLS LAST',
      mysql: 'SELECT `people`.`id` FROM `people` ORDER BY CASE WHEN `people`.`city` IS NULL THEN 1 ELSE 0 END, `people`.`city`',
      oracle: 'SELECT PEOPLE.ID FROM PEOPLE ORDER BY TO_CHAR(PEOPLE.CITY) NULLS LAST',
    }),
  ],
};
