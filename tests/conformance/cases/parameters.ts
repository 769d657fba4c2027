/**
 * Named parameters and expanding IN: `x IN (:ids)` bound to an array when a
 * prepared query runs, one statement shape for every list.
 */
import { insert, integer, json, param, select, table, update } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';
import { ids, peopleFixture, seedPeopleOnly } from './fixtures';

const base = { fixture: peopleFixture, seed: seedPeopleOnly } as const;
const settingsFixture = defineFixture((name) => ({
  settings: table(name('settings'), { id: integer().primaryKey({ autoIncrement: false }), doc: json<{ theme: string; sizes: number[] }>().notNull() }),
}));

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
    defineCase({
      name: 'a bare param() as an INSERT value takes its column type',
      covers: "insert(t).values({ doc: param('doc') }) bound to an object for a json column (an untyped parameter would refuse it)",
      fixture: settingsFixture,
      build: ({ settings }) => insert(settings).values({ id: 1, doc: param('doc') }),
      params: { doc: { theme: 'dark', sizes: [1, 2] } },
      check: ({ settings }) => select(settings.c.id, settings.c.doc).from(settings),
      expect: { ordered: true, rows: [{ id: 1, doc: { theme: 'dark', sizes: [1, 2] } }] },
      sql: {
        sqlite: 'INSERT INTO "settings" ("id", "doc") VALUES (?, ?)',
        postgres: 'INSERT INTO "settings" ("id", "doc") VALUES ($1, $2)',
        mysql: 'INSERT INTO `settings` (`id`, `doc`) VALUES (?, ?)',
        oracle: 'INSERT INTO SETTINGS (ID, DOC) VALUES (:1, :2)',
      },
    }),
    defineCase({
      name: 'a bare param() in UPDATE SET takes its column type',
      covers: "update(t).set({ doc: param('doc') }).where(id.eq(param('id'))): the object is bound as JSON",
      fixture: settingsFixture,
      seed: ({ settings }) => [insert(settings).values({ id: 1, doc: { theme: 'light', sizes: [] } })],
      build: ({ settings }) => update(settings).set({ doc: param('doc') }).where(settings.c.id.eq(param('id'))),
      params: { doc: { theme: 'dark', sizes: [3] }, id: 1 },
      check: ({ settings }) => select(settings.c.id, settings.c.doc).from(settings),
      expect: { ordered: true, rows: [{ id: 1, doc: { theme: 'dark', sizes: [3] } }] },
      sql: {
        sqlite: 'UPDATE "settings" SET "doc" = ? WHERE "settings"."id" = ?',
        postgres: 'UPDATE "settings" SET "doc" = $1 WHERE "settings"."id" = $2',
        mysql: 'UPDATE `settings` SET `doc` = ? WHERE `settings`.`id` = ?',
        oracle: 'UPDATE SETTINGS SET DOC = :1 WHERE SETTINGS.ID = :2',
      },
    }),
  ],
};
