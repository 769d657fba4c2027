/**
 * Upsert: `insert(t).values(…).onConflict(keys).doNothing() / .doUpdate({ set, where })`
 * with `excluded(col)` for the proposed row. PostgreSQL and SQLite say
 * ON CONFLICT; MySQL/MariaDB ON DUPLICATE KEY UPDATE (only where the key is
 * the one unique key that can conflict); Oracle MERGE. Each case reads the
 * table back: rowsAffected differs (MySQL counts an updated row twice,
 * PostgreSQL and SQLite not a skipped one).
 */
import { excluded, insert, integer, select, table, text, varchar } from '@alkahest/core';
import { UnsupportedFeatureError } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';
import { peopleFixture, seedPeople, seedPeopleOnly } from './fixtures';

const FEATURE = 'Upsert (ON CONFLICT / ON DUPLICATE KEY / MERGE)';
const emulatedOn = {
  mysql:
    'ON DUPLICATE KEY UPDATE, only where no unique key but the conflict key can conflict (an AUTO_INCREMENT key the INSERT leaves out cannot); ' +
    'DO NOTHING sets the key to itself; a DO UPDATE condition becomes col = IF(condition, new, col), the columns it reads set last',
  oracle: 'MERGE INTO … USING (SELECT … FROM DUAL) … WHEN MATCHED / WHEN NOT MATCHED',
} as const;
const noteOn = {
  mysql: 'the proposed row is VALUES(col) on MariaDB, the row alias INSERT … AS new on MySQL 8.0.19+ (from a SELECT: a derived table, SELECT * FROM (…) AS new)',
} as const;

type People = ReturnType<typeof peopleFixture.make>['people'];
const everyone = ({ people }: { people: People }) => select(people).orderBy(people.c.id);
const base = { fixture: peopleFixture, seed: seedPeopleOnly, check: everyone, feature: FEATURE, emulatedOn } as const;

/** The people fixture's rows 2 to 5, unchanged by the cases that touch id 1 or add rows. */
const unchanged = [
  { id: 2, name: 'Alan', age: 41, city: null },
  { id: 3, name: 'Grace', age: 85, city: 'New York' },
  { id: 4, name: 'Linus', age: null, city: 'Helsinki' },
  { id: 5, name: 'Edsger', age: 72, city: 'Amsterdam' },
];
const ada = { id: 1, name: 'Ada', age: 36, city: 'London' };

const newcomersFixture = defineFixture((name) => ({
  ...peopleFixture.make(name),
  newcomers: table(name('newcomers'), { id: integer().primaryKey({ autoIncrement: false }), name: text().notNull(), age: integer() }),
}));

const accountsFixture = defineFixture((name) => ({
  accounts: table(name('accounts'), {
    id: integer().primaryKey({ autoIncrement: false }),
    email: varchar({ length: 100 }).notNull().unique(),
    name: text().notNull(),
  }),
}));

const membersFixture = defineFixture((name) => ({
  members: table(name('members'), {
    id: integer().primaryKey(),
    email: varchar({ length: 100 }).notNull().unique(),
    visits: integer().notNull().default(0),
  }),
}));

const stockFixture = defineFixture((name) => ({
  stock: table(
    name('stock'),
    { warehouse: varchar({ length: 20 }), item: varchar({ length: 20 }), qty: integer().notNull() },
    { primaryKey: ['warehouse', 'item'] },
  ),
}));

export const upserts: Area = {
  name: 'upsert',
  cases: [
    defineCase({
      ...base,
      name: 'upsert DO NOTHING skips an existing key',
      covers: 'INSERT … ON CONFLICT (key) DO NOTHING',
      // Row 2 exists and stays as it was; row 6 is new.
      build: ({ people }) =>
        insert(people)
          .values([
            { id: 2, name: 'Alan T.', age: 1 },
            { id: 6, name: 'Barbara', age: 50 },
          ])
          .onConflict(['id'])
          .doNothing(),
      expect: { ordered: true, rows: [ada, ...unchanged, { id: 6, name: 'Barbara', age: 50, city: null }] },
      sql: {
        sqlite: 'INSERT INTO "people" ("id", "name", "age") VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT ("id") DO NOTHING',
        postgres: 'INSERT INTO "people" ("id", "name", "age") VALUES ($1, $2, $3), ($4, $5, $6) ON CONFLICT ("id") DO NOTHING',
        mysql: 'INSERT INTO `people` (`id`, `name`, `age`) VALUES (?, ?, ?), (?, ?, ?) ON DUPLICATE KEY UPDATE `id` = `id`',
        oracle:
          'MERGE INTO PEOPLE USING (SELECT :1 AS ID, :2 AS NAME, :3 AS AGE FROM DUAL UNION ALL SELECT :4 AS ID, :5 AS NAME, :6 AS AGE FROM DUAL) SRC ' +
          'ON (PEOPLE.ID = SRC.ID) WHEN NOT MATCHED THEN INSERT (ID, NAME, AGE) VALUES (SRC.ID, SRC.NAME, SRC.AGE)',
      },
    }),
    defineCase({
      ...base,
      noteOn,
      name: 'upsert DO UPDATE takes the proposed values',
      covers: 'INSERT … ON CONFLICT (key) DO UPDATE SET col = EXCLUDED.col',
      // Row 1 exists: its name and age are replaced, its city (not set) stays; row 7 is new.
      build: ({ people }) =>
        insert(people)
          .values([
            { id: 1, name: 'Ada L.', age: 37 },
            { id: 7, name: 'Margaret', age: 33 },
          ])
          .onConflict(['id'])
          .doUpdate({ set: { name: excluded(people.c.name), age: excluded(people.c.age) } }),
      expect: { ordered: true, rows: [{ id: 1, name: 'Ada L.', age: 37, city: 'London' }, ...unchanged, { id: 7, name: 'Margaret', age: 33, city: null }] },
      sql: {
        sqlite: 'INSERT INTO "people" ("id", "name", "age") VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "age" = EXCLUDED."age"',
        postgres: 'INSERT INTO "people" ("id", "name", "age") VALUES ($1, $2, $3), ($4, $5, $6) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "age" = EXCLUDED."age"',
        // MySQL 8.0.19+: the proposed row under the alias `new` (MariaDB, live here, writes VALUES(`name`)).
        mysql: 'INSERT INTO `people` (`id`, `name`, `age`) VALUES (?, ?, ?), (?, ?, ?) AS `new` ON DUPLICATE KEY UPDATE `name` = `new`.`name`, `age` = `new`.`age`',
        oracle:
          'MERGE INTO PEOPLE USING (SELECT :1 AS ID, :2 AS NAME, :3 AS AGE FROM DUAL UNION ALL SELECT :4 AS ID, :5 AS NAME, :6 AS AGE FROM DUAL) SRC ' +
          'ON (PEOPLE.ID = SRC.ID) WHEN MATCHED THEN UPDATE SET NAME = SRC.NAME, AGE = SRC.AGE WHEN NOT MATCHED THEN INSERT (ID, NAME, AGE) VALUES (SRC.ID, SRC.NAME, SRC.AGE)',
      },
    }),
    defineCase({
      ...base,
      noteOn,
      name: 'upsert DO UPDATE with a condition reads the row as it was',
      covers: 'DO UPDATE SET from the existing and the proposed row, WHERE',
      // Row 1: 36 < 50, so it is updated (age 36 + 50, city Paris). Row 3: 85 < 10 is false, it stays.
      // Row 8 is new. MySQL applies SET left to right: city must be set before age, which the condition reads.
      build: ({ people }) =>
        insert(people)
          .values([
            { id: 1, name: 'Ada', age: 50, city: 'Paris' },
            { id: 3, name: 'Grace', age: 10, city: 'Boston' },
            { id: 8, name: 'Ken', age: 60, city: 'Oslo' },
          ])
          .onConflict(['id'])
          .doUpdate({
            set: { age: people.c.age.plus(excluded(people.c.age)), city: excluded(people.c.city) },
            where: people.c.age.lt(excluded(people.c.age)),
          }),
      expect: {
        ordered: true,
        rows: [{ id: 1, name: 'Ada', age: 86, city: 'Paris' }, ...unchanged, { id: 8, name: 'Ken', age: 60, city: 'Oslo' }],
      },
      sql: {
        sqlite:
          'INSERT INTO "people" ("id", "name", "age", "city") VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?) ON CONFLICT ("id") ' +
          'DO UPDATE SET "age" = "people"."age" + EXCLUDED."age", "city" = EXCLUDED."city" WHERE "people"."age" < EXCLUDED."age"',
        postgres:
          'INSERT INTO "people" ("id", "name", "age", "city") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12) ON CONFLICT ("id") ' +
          'DO UPDATE SET "age" = "people"."age" + EXCLUDED."age", "city" = EXCLUDED."city" WHERE "people"."age" < EXCLUDED."age"',
        mysql:
          'INSERT INTO `people` (`id`, `name`, `age`, `city`) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?) AS `new` ON DUPLICATE KEY UPDATE ' +
          '`city` = IF(`people`.`age` < `new`.`age`, `new`.`city`, `people`.`city`), `age` = IF(`people`.`age` < `new`.`age`, `people`.`age` + `new`.`age`, `people`.`age`)',
        oracle:
          'MERGE INTO PEOPLE USING (SELECT :1 AS ID, :2 AS NAME, :3 AS AGE, :4 AS CITY FROM DUAL UNION ALL SELECT :5 AS ID, :6 AS NAME, :7 AS AGE, :8 AS CITY FROM DUAL ' +
          'UNION ALL SELECT :9 AS ID, :10 AS NAME, :11 AS AGE, :12 AS CITY FROM DUAL) SRC ON (PEOPLE.ID = SRC.ID) ' +
          'WHEN MATCHED THEN UPDATE SET AGE = PEOPLE.AGE + SRC.AGE, CITY = SRC.CITY WHERE PEOPLE.AGE < SRC.AGE ' +
          'WHEN NOT MATCHED THEN INSERT (ID, NAME, AGE, CITY) VALUES (SRC.ID, SRC.NAME, SRC.AGE, SRC.CITY)',
      },
    }),
    defineCase({
      name: 'upsert from a SELECT',
      covers: 'INSERT … SELECT … ON CONFLICT DO UPDATE',
      feature: FEATURE,
      emulatedOn,
      noteOn,
      fixture: newcomersFixture,
      seed: ({ people, newcomers }) => [
        seedPeople(people),
        insert(newcomers).values([
          { id: 2, name: 'Alan T.', age: 42 },
          { id: 6, name: 'Barbara', age: 50 },
        ]),
      ],
      build: ({ people, newcomers }) =>
        insert(people)
          .fromSelect(['id', 'name', 'age'], select(newcomers.c.id, newcomers.c.name, newcomers.c.age).from(newcomers))
          .onConflict(['id'])
          .doUpdate({ set: { name: excluded(people.c.name), age: excluded(people.c.age) } }),
      check: everyone,
      expect: {
        ordered: true,
        rows: [ada, { id: 2, name: 'Alan T.', age: 42, city: null }, ...unchanged.slice(1), { id: 6, name: 'Barbara', age: 50, city: null }],
      },
      sql: {
        // SQLite would read ON CONFLICT as a join's ON without a WHERE (its documented parsing ambiguity).
        sqlite:
          'INSERT INTO "people" ("id", "name", "age") SELECT "newcomers"."id", "newcomers"."name", "newcomers"."age" FROM "newcomers" WHERE true ' +
          'ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "age" = EXCLUDED."age"',
        postgres:
          'INSERT INTO "people" ("id", "name", "age") SELECT "newcomers"."id", "newcomers"."name", "newcomers"."age" FROM "newcomers" ' +
          'ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "age" = EXCLUDED."age"',
        mysql:
          'INSERT INTO `people` (`id`, `name`, `age`) SELECT * FROM (SELECT `newcomers`.`id`, `newcomers`.`name`, `newcomers`.`age` FROM `newcomers`) AS `new` ' +
          'ON DUPLICATE KEY UPDATE `name` = `new`.`name`, `age` = `new`.`age`',
        oracle:
          'MERGE INTO PEOPLE USING (SELECT NEWCOMERS.ID, NEWCOMERS.NAME, NEWCOMERS.AGE FROM NEWCOMERS) SRC ON (PEOPLE.ID = SRC.ID) ' +
          'WHEN MATCHED THEN UPDATE SET NAME = SRC.NAME, AGE = SRC.AGE WHEN NOT MATCHED THEN INSERT (ID, NAME, AGE) VALUES (SRC.ID, SRC.NAME, SRC.AGE)',
      },
    }),
    defineCase({
      name: 'upsert on a composite key',
      covers: 'ON CONFLICT over a two-column primary key',
      feature: FEATURE,
      emulatedOn,
      fixture: stockFixture,
      seed: ({ stock }) => [
        insert(stock).values([
          { warehouse: 'north', item: 'pen', qty: 10 },
          { warehouse: 'south', item: 'pen', qty: 5 },
        ]),
      ],
      // north/pen exists: 10 + 3; north/ink is new; south/pen is untouched.
      build: ({ stock }) =>
        insert(stock)
          .values([
            { warehouse: 'north', item: 'pen', qty: 3 },
            { warehouse: 'north', item: 'ink', qty: 7 },
          ])
          .onConflict(['warehouse', 'item'])
          .doUpdate({ set: { qty: stock.c.qty.plus(excluded(stock.c.qty)) } }),
      check: ({ stock }) => select(stock).orderBy(stock.c.warehouse, stock.c.item),
      expect: {
        ordered: true,
        rows: [
          { warehouse: 'north', item: 'ink', qty: 7 },
          { warehouse: 'north', item: 'pen', qty: 13 },
          { warehouse: 'south', item: 'pen', qty: 5 },
        ],
      },
      sql: {
        sqlite: 'INSERT INTO "stock" ("warehouse", "item", "qty") VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT ("warehouse", "item") DO UPDATE SET "qty" = "stock"."qty" + EXCLUDED."qty"',
        postgres:
          'INSERT INTO "stock" ("warehouse", "item", "qty") VALUES ($1, $2, $3), ($4, $5, $6) ON CONFLICT ("warehouse", "item") DO UPDATE SET "qty" = "stock"."qty" + EXCLUDED."qty"',
        mysql: 'INSERT INTO `stock` (`warehouse`, `item`, `qty`) VALUES (?, ?, ?), (?, ?, ?) AS `new` ON DUPLICATE KEY UPDATE `qty` = `stock`.`qty` + `new`.`qty`',
        oracle:
          'MERGE INTO STOCK USING (SELECT :1 AS WAREHOUSE, :2 AS ITEM, :3 AS QTY FROM DUAL UNION ALL SELECT :4 AS WAREHOUSE, :5 AS ITEM, :6 AS QTY FROM DUAL) SRC ' +
          'ON (STOCK.WAREHOUSE = SRC.WAREHOUSE AND STOCK.ITEM = SRC.ITEM) WHEN MATCHED THEN UPDATE SET QTY = STOCK.QTY + SRC.QTY ' +
          'WHEN NOT MATCHED THEN INSERT (WAREHOUSE, ITEM, QTY) VALUES (SRC.WAREHOUSE, SRC.ITEM, SRC.QTY)',
      },
    }),
    defineCase({
      name: 'upsert on a unique column beside a generated key',
      covers: 'ON CONFLICT on a UNIQUE column of a table whose primary key is generated',
      feature: FEATURE,
      emulatedOn,
      fixture: membersFixture,
      seed: ({ members }) => [insert(members).values({ email: 'ada@example.com', visits: 1 })],
      build: ({ members }) =>
        insert(members)
          .values([
            { email: 'ada@example.com', visits: 1 },
            { email: 'alan@example.com', visits: 1 },
          ])
          .onConflict(['email'])
          .doUpdate({ set: { visits: members.c.visits.plus(excluded(members.c.visits)) } }),
      // Not the ids: PostgreSQL and MySQL may spend a generated key on the row that conflicted.
      check: ({ members }) => select(members.c.email, members.c.visits).from(members).orderBy(members.c.email),
      expect: {
        ordered: true,
        rows: [
          { email: 'ada@example.com', visits: 2 },
          { email: 'alan@example.com', visits: 1 },
        ],
      },
      sql: {
        sqlite: 'INSERT INTO "members" ("email", "visits") VALUES (?, ?), (?, ?) ON CONFLICT ("email") DO UPDATE SET "visits" = "members"."visits" + EXCLUDED."visits"',
        postgres: 'INSERT INTO "members" ("email", "visits") VALUES ($1, $2), ($3, $4) ON CONFLICT ("email") DO UPDATE SET "visits" = "members"."visits" + EXCLUDED."visits" RETURNING "id"',
        mysql: 'INSERT INTO `members` (`email`, `visits`) VALUES (?, ?), (?, ?) AS `new` ON DUPLICATE KEY UPDATE `visits` = `members`.`visits` + `new`.`visits`',
        oracle:
          'MERGE INTO MEMBERS USING (SELECT :1 AS EMAIL, :2 AS VISITS FROM DUAL UNION ALL SELECT :3 AS EMAIL, :4 AS VISITS FROM DUAL) SRC ' +
          'ON (MEMBERS.EMAIL = SRC.EMAIL) WHEN MATCHED THEN UPDATE SET VISITS = MEMBERS.VISITS + SRC.VISITS ' +
          'WHEN NOT MATCHED THEN INSERT (EMAIL, VISITS) VALUES (SRC.EMAIL, SRC.VISITS)',
      },
    }),
    defineCase({
      name: 'upsert on one of two unique keys',
      covers: 'ON CONFLICT on a UNIQUE column of a table whose primary key is set too (refused on MySQL)',
      feature: FEATURE,
      emulatedOn,
      fixture: accountsFixture,
      seed: ({ accounts }) => [insert(accounts).values({ id: 1, email: 'ada@example.com', name: 'Ada' })],
      // Row 2 repeats Ada's e-mail and is skipped; row 3 is new.
      build: ({ accounts }) =>
        insert(accounts)
          .values([
            { id: 2, email: 'ada@example.com', name: 'Ada again' },
            { id: 3, email: 'alan@example.com', name: 'Alan' },
          ])
          .onConflict(['email'])
          .doNothing(),
      check: ({ accounts }) => select(accounts).orderBy(accounts.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, email: 'ada@example.com', name: 'Ada' },
          { id: 3, email: 'alan@example.com', name: 'Alan' },
        ],
      },
      expectOn: {
        mysql: {
          error: UnsupportedFeatureError,
          at: 'build',
          why: 'ON DUPLICATE KEY UPDATE fires on any unique key: refused where a key other than the conflict key (here the primary key) could conflict',
        },
      },
      sql: {
        sqlite: 'INSERT INTO "accounts" ("id", "email", "name") VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT ("email") DO NOTHING',
        postgres: 'INSERT INTO "accounts" ("id", "email", "name") VALUES ($1, $2, $3), ($4, $5, $6) ON CONFLICT ("email") DO NOTHING',
        mysql: { error: UnsupportedFeatureError },
        oracle:
          'MERGE INTO ACCOUNTS USING (SELECT :1 AS ID, :2 AS EMAIL, :3 AS NAME FROM DUAL UNION ALL SELECT :4 AS ID, :5 AS EMAIL, :6 AS NAME FROM DUAL) SRC ' +
          'ON (ACCOUNTS.EMAIL = SRC.EMAIL) WHEN NOT MATCHED THEN INSERT (ID, EMAIL, NAME) VALUES (SRC.ID, SRC.EMAIL, SRC.NAME)',
      },
    }),
  ],
};
