/**
 * Named parameters and expanding IN: `x IN (:ids)` bound to an array when a
 * prepared query runs, one statement shape for every list.
 */
import { param, select } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, peopleFixture, seedPeopleOnly } from './fixtures';

const base = { fixture: peopleFixture, seed: seedPeopleOnly } as const;
const expanded = 'one placeholder per element, the SQL compiled once per list length';

export const parameters: Area = {
  name: 'parameters',
  cases: [
    defineCase({
      ...base,
      name: 'expanding IN with a list parameter',
      covers: 'col.in(param(ids)) bound to an array at execution time',
      feature: 'Expanding IN (list parameters)',
      emulatedOn: { sqlite: expanded, mysql: expanded, oracle: expanded },
      build: ({ people }) => select(people.c.id).from(people).where(people.c.id.in(param('ids'))).orderBy(people.c.id),
      params: { ids: [5, 2, 9] },
      expect: { ordered: true, rows: ids(2, 5) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."id" IN (?, ?, ?) ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" = ANY($1) ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`id` IN (?, ?, ?) ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID IN (:1, :2, :3) ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'expanding NOT IN with an empty list',
      covers: 'col.notIn(param(ids)) with []: always true',
      feature: 'Expanding IN (list parameters)',
      emulatedOn: { sqlite: expanded, mysql: expanded, oracle: expanded },
      build: ({ people }) => select(people.c.id).from(people).where(people.c.id.notIn(param('ids'))).orderBy(people.c.id),
      params: { ids: [] },
      expect: { ordered: true, rows: ids(1, 2, 3, 4, 5) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE 1 = 1 ORDER BY "people"."id"',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."id" <> ALL($1) ORDER BY "people"."id"',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE 1 = 1 ORDER BY `people`.`id`',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE 1 = 1 ORDER BY PEOPLE.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'named parameters in WHERE and LIMIT',
      covers: 'param() in a comparison and in LIMIT',
      feature: 'Named parameters (prepared queries)',
      build: ({ people }) => select(people.c.id).from(people).where(people.c.age.gte(param('minAge'))).orderBy(people.c.id).limit(param('n')),
      params: { minAge: 40, n: 2 },
      expect: { ordered: true, rows: ids(2, 3) },
      sql: {
        sqlite: 'SELECT "people"."id" FROM "people" WHERE "people"."age" >= ? ORDER BY "people"."id" LIMIT ?',
        postgres: 'SELECT "people"."id" FROM "people" WHERE "people"."age" >= $1 ORDER BY "people"."id" LIMIT $2',
        mysql: 'SELECT `people`.`id` FROM `people` WHERE `people`.`age` >= ? ORDER BY `people`.`id` LIMIT ?',
        oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE >= :1 ORDER BY PEOPLE.ID FETCH NEXT :2 ROWS ONLY',
      },
    }),
  ],
};
