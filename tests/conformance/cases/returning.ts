/**
 * RETURNING on INSERT, UPDATE and DELETE: the statement itself gives the rows
 * it changed, with the same select-item forms as select(). Native on
 * PostgreSQL and SQLite; MariaDB (live here) has it for INSERT and DELETE;
 * MySQL 8 (the golden SQL below is MySQL 8's) has none: a single-row INSERT
 * with a generated key is read back by LAST_INSERT_ID(); Oracle returns
 * into OUT binds (`RETURNING … INTO :n`), which its driver turns into rows.
 * `returningDefaults()` is RETURNING of the key and the defaulted columns an
 * INSERT leaves out, so it runs where RETURNING does.
 */
import { deleteFrom, excluded, insert, integer, table, text, update, UnsupportedFeatureError } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';
import { peopleFixture, seedPeopleOnly } from './fixtures';

const FEATURE = 'RETURNING';
const DEFAULTS_FEATURE = 'RETURNING the defaults (returningDefaults)';
const mariadbOnly = 'MariaDB 10.5+ (INSERT and DELETE); MySQL 8 only reads back a single-row INSERT by its generated key and refuses the rest (UnsupportedFeatureError)';
const base = { fixture: peopleFixture, seed: seedPeopleOnly, feature: FEATURE } as const;
const intoBinds = { oracle: 'RETURNING … INTO OUT binds, read back as rows by the driver' } as const;

/** A table whose key the database generates. */
const notesFixture = defineFixture((name) => ({ notes: table(name('notes'), { id: integer().primaryKey(), body: text().notNull(), stars: integer().default(3) }) }));

export const returning: Area = {
  name: 'returning',
  cases: [
    defineCase({
      ...base,
      name: 'INSERT … RETURNING one row',
      covers: 'INSERT RETURNING columns and an alias',
      noteOn: { mysql: mariadbOnly, ...intoBinds },
      build: ({ people }) => insert(people).values({ id: 6, name: 'Barbara' }).returning(people.c.id, people.c.name.as('n')),
      affected: 1,
      expect: { ordered: true, rows: [{ id: 6, n: 'Barbara' }] },
      sql: {
        sqlite: 'INSERT INTO "people" ("id", "name") VALUES (?, ?) RETURNING "people"."id", "people"."name" AS "n"',
        postgres: 'INSERT INTO "people" ("id", "name") VALUES ($1, $2) RETURNING "people"."id", "people"."name" AS "n"',
        mysql: { error: UnsupportedFeatureError },
        oracle: 'INSERT INTO PEOPLE (ID, NAME) VALUES (:1, :2) RETURNING ID, NAME INTO :3, :4',
      },
    }),
    defineCase({
      fixture: notesFixture,
      feature: FEATURE,
      name: 'INSERT … RETURNING a generated key and a default',
      covers: 'INSERT RETURNING the generated key; emulated on MySQL 8 by reading the row back',
      emulatedOn: { mysql: 'MySQL 8: a single-row INSERT is read back by LAST_INSERT_ID() on the same connection (MariaDB: native)' },
      noteOn: intoBinds,
      build: ({ notes }) => insert(notes).values({ body: 'first' }).returning(notes.c.id, notes.c.body, notes.c.stars),
      affected: 1,
      expect: { ordered: true, rows: [{ id: 1, body: 'first', stars: 3 }] },
      sql: {
        sqlite: 'INSERT INTO "notes" ("body") VALUES (?) RETURNING "notes"."id", "notes"."body", "notes"."stars"',
        postgres: 'INSERT INTO "notes" ("body") VALUES ($1) RETURNING "notes"."id", "notes"."body", "notes"."stars"',
        mysql: 'INSERT INTO `notes` (`body`) VALUES (?); SELECT `notes`.`id`, `notes`.`body`, `notes`.`stars` FROM `notes` WHERE `notes`.`id` = LAST_INSERT_ID()',
        oracle: 'INSERT INTO NOTES (BODY) VALUES (:1) RETURNING ID, BODY, STARS INTO :2, :3, :4',
      },
    }),
    defineCase({
      fixture: notesFixture,
      feature: DEFAULTS_FEATURE,
      name: 'INSERT … returningDefaults(): the generated key and the defaults the row leaves out',
      covers: "return_defaults: the key and every column with a default the row leaves to the database, without listing them (body, which the row sets, is not returned)",
      emulatedOn: { mysql: 'MySQL 8: a single-row INSERT is read back by LAST_INSERT_ID() on the same connection (MariaDB: native)' },
      noteOn: intoBinds,
      build: ({ notes }) => insert(notes).values({ body: 'first' }).returningDefaults(),
      affected: 1,
      expect: { ordered: true, rows: [{ id: 1, stars: 3 }] },
      sql: {
        sqlite: 'INSERT INTO "notes" ("body") VALUES (?) RETURNING "notes"."id", "notes"."stars"',
        postgres: 'INSERT INTO "notes" ("body") VALUES ($1) RETURNING "notes"."id", "notes"."stars"',
        mysql: 'INSERT INTO `notes` (`body`) VALUES (?); SELECT `notes`.`id`, `notes`.`stars` FROM `notes` WHERE `notes`.`id` = LAST_INSERT_ID()',
        oracle: 'INSERT INTO NOTES (BODY) VALUES (:1) RETURNING ID, STARS INTO :2, :3',
      },
    }),
    defineCase({
      fixture: notesFixture,
      feature: DEFAULTS_FEATURE,
      name: 'INSERT of several rows … returningDefaults(): each row its own key and defaults',
      covers: 'return_defaults on a multi-row INSERT: every row (a column one row sets and another leaves out is returned for both), where the database can say which row got which value',
      noteOn: { mysql: mariadbOnly },
      build: ({ notes }) =>
        insert(notes)
          .values([{ body: 'a', stars: 5 }, { body: 'b' }])
          .returningDefaults(),
      affected: 2,
      // SQLite does not promise the order of RETURNING rows.
      expect: {
        ordered: false,
        rows: [
          { id: 1, stars: 5 },
          { id: 2, stars: 3 },
        ],
      },
      expectOn: {
        oracle: { error: UnsupportedFeatureError, at: 'build', why: 'only a single-row INSERT … VALUES returns values (into binds)' },
      },
      sql: {
        // SQLite has no DEFAULT in VALUES: the left-out column's default is bound.
        sqlite: 'INSERT INTO "notes" ("body", "stars") VALUES (?, ?), (?, ?) RETURNING "notes"."id", "notes"."stars"',
        postgres: 'INSERT INTO "notes" ("body", "stars") VALUES ($1, $2), ($3, DEFAULT) RETURNING "notes"."id", "notes"."stars"',
        mysql: { error: UnsupportedFeatureError },
        oracle: { error: UnsupportedFeatureError },
      },
    }),
    defineCase({
      ...base,
      name: 'INSERT … RETURNING several rows and an expression',
      covers: 'multi-row INSERT RETURNING, an expression over the new row',
      noteOn: { mysql: mariadbOnly },
      build: ({ people }) =>
        insert(people)
          .values([
            { id: 6, name: 'Barbara', age: 50 },
            { id: 7, name: 'Ken', age: null },
          ])
          .returning(people.c.id, people.c.name, people.c.age.plus(1).as('nextAge')),
      affected: 2,
      // SQLite does not promise the order of RETURNING rows.
      expect: {
        ordered: false,
        rows: [
          { id: 6, name: 'Barbara', nextAge: 51 },
          { id: 7, name: 'Ken', nextAge: null },
        ],
      },
      expectOn: {
        oracle: { error: UnsupportedFeatureError, at: 'build', why: 'only a single-row INSERT … VALUES returns values (into binds)' },
      },
      sql: {
        sqlite: 'INSERT INTO "people" ("id", "name", "age") VALUES (?, ?, ?), (?, ?, ?) RETURNING "people"."id", "people"."name", "people"."age" + ? AS "nextAge"',
        postgres: 'INSERT INTO "people" ("id", "name", "age") VALUES ($1, $2, $3), ($4, $5, $6) RETURNING "people"."id", "people"."name", "people"."age" + $7 AS "nextAge"',
        mysql: { error: UnsupportedFeatureError },
        oracle: { error: UnsupportedFeatureError },
      },
    }),
    defineCase({
      ...base,
      name: 'UPDATE … RETURNING',
      covers: 'UPDATE RETURNING the new values',
      noteOn: intoBinds,
      build: ({ people }) => update(people).set({ age: people.c.age.plus(1) }).where(people.c.age.gt(70)).returning(people.c.id, people.c.age),
      affected: 2,
      expect: {
        ordered: false,
        rows: [
          { id: 3, age: 86 },
          { id: 5, age: 73 },
        ],
      },
      expectOn: {
        mysql: { error: UnsupportedFeatureError, at: 'build', why: 'MariaDB has no UPDATE … RETURNING, MySQL no RETURNING at all' },
      },
      sql: {
        sqlite: 'UPDATE "people" SET "age" = "people"."age" + ? WHERE "people"."age" > ? RETURNING "people"."id", "people"."age"',
        postgres: 'UPDATE "people" SET "age" = "people"."age" + $1 WHERE "people"."age" > $2 RETURNING "people"."id", "people"."age"',
        mysql: { error: UnsupportedFeatureError },
        oracle: 'UPDATE PEOPLE SET AGE = PEOPLE.AGE + :1 WHERE PEOPLE.AGE > :2 RETURNING ID, AGE INTO :3, :4',
      },
    }),
    defineCase({
      ...base,
      name: 'DELETE … RETURNING whole rows',
      covers: 'DELETE RETURNING every column of the table',
      noteOn: { mysql: mariadbOnly, ...intoBinds },
      build: ({ people }) => deleteFrom(people).where(people.c.city.isNull()).returning(people),
      affected: 1,
      expect: { ordered: true, rows: [{ id: 2, name: 'Alan', age: 41, city: null }] },
      sql: {
        sqlite: 'DELETE FROM "people" WHERE "people"."city" IS NULL RETURNING "people"."id", "people"."name", "people"."age", "people"."city"',
        postgres: 'DELETE FROM "people" WHERE "people"."city" IS NULL RETURNING "people"."id", "people"."name", "people"."age", "people"."city"',
        mysql: { error: UnsupportedFeatureError },
        oracle: 'DELETE FROM PEOPLE WHERE PEOPLE.CITY IS NULL RETURNING ID, NAME, AGE, CITY INTO :1, :2, :3, :4',
      },
    }),
    defineCase({
      ...base,
      name: 'upsert … RETURNING inserted and updated rows',
      covers: 'INSERT … ON CONFLICT DO UPDATE … RETURNING',
      noteOn: { mysql: mariadbOnly },
      // Row 1 is updated, row 6 inserted: both come back, as they now are.
      build: ({ people }) =>
        insert(people)
          .values([
            { id: 1, name: 'Ada L.' },
            { id: 6, name: 'Barbara' },
          ])
          .onConflict(['id'])
          .doUpdate({ set: { name: excluded(people.c.name) } })
          .returning(people.c.id, people.c.name),
      affected: 2,
      expect: {
        ordered: false,
        rows: [
          { id: 1, name: 'Ada L.' },
          { id: 6, name: 'Barbara' },
        ],
      },
      expectOn: {
        oracle: { error: UnsupportedFeatureError, at: 'build', why: 'an upsert is a MERGE, which returns nothing before 23ai' },
      },
      sql: {
        sqlite: 'INSERT INTO "people" ("id", "name") VALUES (?, ?), (?, ?) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "people"."id", "people"."name"',
        postgres: 'INSERT INTO "people" ("id", "name") VALUES ($1, $2), ($3, $4) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "people"."id", "people"."name"',
        mysql: { error: UnsupportedFeatureError },
        oracle: { error: UnsupportedFeatureError },
      },
    }),
  ],
};
