/**
 * ALTER TABLE: each action on a table with rows, proved by what the table
 * accepts or refuses afterwards. SQLite changes in place only what its ALTER
 * TABLE can (ADD / DROP / RENAME COLUMN, RENAME TO, indexes) and refuses the
 * rest, which @alkahest/migrate rebuilds (packages/migrate/test/batch.test.ts).
 */
import { alterTable, DatabaseError, insert, integer, select, sql, table, UnsupportedFeatureError, varchar } from '@alkahest/core';
import { AnyTable, Area, defineCase, DialectOutcome, Fixture, Namer } from '../harness/case';

/**
 * Live names get the case's number too: PostgreSQL refuses to run a statement
 * prepared on a connection before the table was dropped and made again with
 * other columns ("cached plan must not change result type"), and cases of one
 * run share a prefix. Golden SQL keeps the plain names.
 */
const perCase = (name: Namer, n: number): Namer => (base) => (name(base) === base ? base : `${name(base)}_${n}`);

type PeopleTables = { teams: AnyTable; people: AnyTable; name: Namer } & ReturnType<typeof makePeople>;
const peopleFixture = (n: number): Fixture<PeopleTables> => ({
  make: (name) => ({ ...makePeople(perCase(name, n)), name: perCase(name, n) }),
  tables: (t) => [t.teams, t.people],
});

function makePeople(name: Namer) {
  const teams = table(name('teams'), { id: integer().primaryKey({ autoIncrement: false }) });
  const people = table(name('people'), {
    id: integer().primaryKey({ autoIncrement: false }),
    name: varchar({ length: 20 }).notNull(),
    nick: varchar({ length: 20 }),
    teamId: integer('team_id'),
  });
  return { teams, people };
}

/** The people table without a primary key, for adding one. */
const tagsFixture = (n: number) => ({
  make: (name: Namer) => ({ tags: table(perCase(name, n)('tags'), { label: varchar({ length: 20 }).notNull(), n: integer() }), name: perCase(name, n) }),
  tables: (t: { tags: AnyTable }) => [t.tags],
});

const seedPeople = ({ teams, people }: PeopleTables) => [
  insert(teams).values({ id: 1 }),
  insert(people).values([
    { id: 1, name: 'Ada', nick: null, teamId: 1 },
    { id: 2, name: 'Bob', nick: 'b', teamId: 1 },
  ]),
];

const rebuiltOnSqlite: DialectOutcome = {
  error: UnsupportedFeatureError,
  at: 'build',
  why: 'SQLite cannot make this change in place; @alkahest/migrate rebuilds the table (batch mode)',
};
const sqliteRefuses = { error: UnsupportedFeatureError } as const;


type People = PeopleTables;
/** The people table as a later step sees it. */
const peopleAs = <C extends Parameters<typeof table>[1]>({ name }: People, columns: C) => table(name('people'), columns);

export const alter: Area = {
  name: 'alter',
  cases: [
    defineCase({
      name: 'ADD COLUMN with a default fills existing rows',
      covers: 'ALTER TABLE ADD COLUMN (NOT NULL with a DEFAULT, on a table with rows)',
      feature: 'ALTER TABLE ADD / DROP / RENAME COLUMN',
      fixture: peopleFixture(1),
      seed: seedPeople,
      build: ({ people }) => alterTable(people).addColumn('score', integer().notNull().default(7)),
      check: (t) => {
        const after = peopleAs(t, { id: integer(), score: integer() });
        return select(after.c.id, after.c.score).from(after).orderBy(after.c.id);
      },
      expect: { ordered: true, rows: [{ id: 1, score: 7 }, { id: 2, score: 7 }] },
      sql: {
        sqlite: 'ALTER TABLE "people" ADD COLUMN "score" INTEGER DEFAULT 7 NOT NULL',
        postgres: 'ALTER TABLE "people" ADD COLUMN "score" INTEGER DEFAULT 7 NOT NULL',
        mysql: 'ALTER TABLE `people` ADD COLUMN `score` INT DEFAULT 7 NOT NULL',
        oracle: 'ALTER TABLE PEOPLE ADD (SCORE NUMBER(10) DEFAULT 7 NOT NULL)',
      },
    }),
    defineCase({
      name: 'DROP COLUMN',
      covers: 'ALTER TABLE DROP COLUMN',
      feature: 'ALTER TABLE ADD / DROP / RENAME COLUMN',
      fixture: peopleFixture(2),
      seed: seedPeople,
      build: ({ people }) => alterTable(people).dropColumn('nick'),
      then: (t) => [insert(peopleAs(t, { id: integer(), name: varchar({ length: 20 }) })).values({ id: 3, name: 'Cy' })],
      check: (t) => {
        const after = peopleAs(t, { id: integer(), name: varchar({ length: 20 }) });
        return select(after).from(after).orderBy(after.c.id);
      },
      expect: { ordered: true, rows: [{ id: 1, name: 'Ada' }, { id: 2, name: 'Bob' }, { id: 3, name: 'Cy' }] },
      sql: {
        sqlite: 'ALTER TABLE "people" DROP COLUMN "nick"',
        postgres: 'ALTER TABLE "people" DROP COLUMN "nick"',
        mysql: 'ALTER TABLE `people` DROP COLUMN `nick`',
        oracle: 'ALTER TABLE PEOPLE DROP COLUMN NICK',
      },
    }),
    defineCase({
      name: 'RENAME COLUMN keeps its values',
      covers: 'ALTER TABLE RENAME COLUMN',
      feature: 'ALTER TABLE ADD / DROP / RENAME COLUMN',
      fixture: peopleFixture(3),
      seed: seedPeople,
      build: ({ people }) => alterTable(people).renameColumn('nick', 'nickname'),
      check: (t) => {
        const after = peopleAs(t, { id: integer(), nickname: varchar({ length: 20 }) });
        return select(after.c.id, after.c.nickname).from(after).orderBy(after.c.id);
      },
      expect: { ordered: true, rows: [{ id: 1, nickname: null }, { id: 2, nickname: 'b' }] },
      sql: {
        sqlite: 'ALTER TABLE "people" RENAME COLUMN "nick" TO "nickname"',
        postgres: 'ALTER TABLE "people" RENAME COLUMN "nick" TO "nickname"',
        mysql: 'ALTER TABLE `people` RENAME COLUMN `nick` TO `nickname`',
        oracle: 'ALTER TABLE PEOPLE RENAME COLUMN NICK TO NICKNAME',
      },
    }),
    defineCase({
      name: 'ALTER COLUMN widens a type',
      covers: 'ALTER TABLE ALTER COLUMN type (varchar(20) to varchar(100))',
      feature: 'ALTER TABLE ALTER COLUMN',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: peopleFixture(4),
      seed: seedPeople,
      build: ({ people }) => alterTable(people).alterColumn('nick', varchar({ length: 100 }), { from: varchar({ length: 20 }) }),
      then: (t) => [insert(peopleAs(t, { id: integer(), name: varchar({ length: 20 }), nick: varchar({ length: 100 }) })).values({ id: 3, name: 'Cy', nick: 'x'.repeat(60) })],
      check: (t) => {
        const after = peopleAs(t, { id: integer(), nick: varchar({ length: 100 }) });
        return select(after.c.id, after.c.nick).from(after).orderBy(after.c.id);
      },
      expect: { ordered: true, rows: [{ id: 1, nick: null }, { id: 2, nick: 'b' }, { id: 3, nick: 'x'.repeat(60) }] },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: 'ALTER TABLE "people" ALTER COLUMN "nick" TYPE VARCHAR(100) USING "nick"::VARCHAR(100)',
        mysql: 'ALTER TABLE `people` MODIFY COLUMN `nick` VARCHAR(100)',
        oracle: 'ALTER TABLE PEOPLE MODIFY (NICK VARCHAR2(100 CHAR))',
      },
    }),
    defineCase({
      name: 'ALTER COLUMN sets NOT NULL',
      covers: 'ALTER TABLE ALTER COLUMN nullability',
      feature: 'ALTER TABLE ALTER COLUMN',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: peopleFixture(5),
      seed: seedPeople,
      build: ({ people }) => alterTable(people).alterColumn('team_id', integer().notNull(), { from: integer() }),
      then: (t) => [insert(peopleAs(t, { id: integer(), name: varchar({ length: 20 }), teamId: integer('team_id') })).values({ id: 3, name: 'Cy', teamId: null })],
      expect: { error: DatabaseError, at: 'then' },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: 'ALTER TABLE "people" ALTER COLUMN "team_id" SET NOT NULL',
        mysql: 'ALTER TABLE `people` MODIFY COLUMN `team_id` INT NOT NULL',
        oracle: 'ALTER TABLE PEOPLE MODIFY (TEAM_ID NOT NULL)',
      },
    }),
    defineCase({
      name: 'ALTER COLUMN sets a default',
      covers: 'ALTER TABLE ALTER COLUMN default',
      feature: 'ALTER TABLE ALTER COLUMN',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: peopleFixture(6),
      seed: seedPeople,
      build: ({ people }) => alterTable(people).alterColumn('nick', varchar({ length: 20 }).default('anon'), { from: varchar({ length: 20 }) }),
      then: (t) => [insert(peopleAs(t, { id: integer(), name: varchar({ length: 20 }) })).values({ id: 3, name: 'Cy' })],
      check: (t) => {
        // Not the SELECT of the case before: PostgreSQL would refuse a statement prepared there for another column type.
        const after = peopleAs(t, { id: integer(), nick: varchar({ length: 20 }) });
        return select(after.c.nick, after.c.id).from(after).orderBy(after.c.id);
      },
      expect: { ordered: true, rows: [{ id: 1, nick: null }, { id: 2, nick: 'b' }, { id: 3, nick: 'anon' }] },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: 'ALTER TABLE "people" ALTER COLUMN "nick" SET DEFAULT \'anon\'',
        mysql: 'ALTER TABLE `people` MODIFY COLUMN `nick` VARCHAR(20) DEFAULT \'anon\'',
        oracle: 'ALTER TABLE PEOPLE MODIFY (NICK DEFAULT \'anon\')',
      },
    }),
    defineCase({
      name: 'ADD PRIMARY KEY refuses a duplicate',
      covers: 'ALTER TABLE ADD PRIMARY KEY',
      feature: 'ALTER TABLE ADD / DROP constraint',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: tagsFixture(7),
      seed: ({ tags }) => [insert(tags).values({ label: 'a', n: 1 })],
      build: ({ tags, name }) => alterTable(tags).addPrimaryKey(['label'], name('pk_tags')),
      then: ({ tags }) => [insert(tags).values({ label: 'a', n: 2 })],
      expect: { error: DatabaseError, at: 'then' },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: 'ALTER TABLE "tags" ADD CONSTRAINT "pk_tags" PRIMARY KEY ("label")',
        mysql: 'ALTER TABLE `tags` ADD CONSTRAINT `pk_tags` PRIMARY KEY (`label`)',
        oracle: 'ALTER TABLE TAGS ADD CONSTRAINT PK_TAGS PRIMARY KEY (LABEL)',
      },
    }),
    defineCase({
      name: 'DROP PRIMARY KEY lets a duplicate in',
      covers: 'ALTER TABLE DROP PRIMARY KEY / DROP CONSTRAINT',
      feature: 'ALTER TABLE ADD / DROP constraint',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: tagsFixture(8),
      seed: ({ tags }) => [insert(tags).values({ label: 'a', n: 1 })],
      build: ({ tags, name }) => [alterTable(tags).addPrimaryKey(['label'], name('pk_tags')), alterTable(tags).dropPrimaryKey(name('pk_tags'))],
      then: ({ tags }) => [insert(tags).values({ label: 'a', n: 2 })],
      check: ({ tags }) => select(tags.c.n).from(tags).orderBy(tags.c.n),
      expect: { ordered: true, rows: [{ n: 1 }, { n: 2 }] },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: ['ALTER TABLE "tags" ADD CONSTRAINT "pk_tags" PRIMARY KEY ("label")', 'ALTER TABLE "tags" DROP CONSTRAINT "pk_tags"'],
        mysql: ['ALTER TABLE `tags` ADD CONSTRAINT `pk_tags` PRIMARY KEY (`label`)', 'ALTER TABLE `tags` DROP PRIMARY KEY'],
        oracle: ['ALTER TABLE TAGS ADD CONSTRAINT PK_TAGS PRIMARY KEY (LABEL)', 'ALTER TABLE TAGS DROP CONSTRAINT PK_TAGS'],
      },
    }),
    defineCase({
      name: 'ADD UNIQUE refuses a duplicate',
      covers: 'ALTER TABLE ADD CONSTRAINT UNIQUE',
      feature: 'ALTER TABLE ADD / DROP constraint',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: peopleFixture(9),
      seed: seedPeople,
      build: ({ people, name }) => alterTable(people).addUnique(name('uq_people_name'), ['name']),
      then: ({ people }) => [insert(people).values({ id: 3, name: 'Ada' })],
      expect: { error: DatabaseError, at: 'then' },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: 'ALTER TABLE "people" ADD CONSTRAINT "uq_people_name" UNIQUE ("name")',
        mysql: 'ALTER TABLE `people` ADD CONSTRAINT `uq_people_name` UNIQUE (`name`)',
        oracle: 'ALTER TABLE PEOPLE ADD CONSTRAINT UQ_PEOPLE_NAME UNIQUE (NAME)',
      },
    }),
    defineCase({
      name: 'DROP a UNIQUE constraint',
      covers: 'ALTER TABLE DROP CONSTRAINT (unique)',
      feature: 'ALTER TABLE ADD / DROP constraint',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: peopleFixture(10),
      seed: seedPeople,
      build: ({ people, name }) => [alterTable(people).addUnique(name('uq_people_name'), ['name']), alterTable(people).dropConstraint(name('uq_people_name'), 'unique')],
      then: ({ people }) => [insert(people).values({ id: 3, name: 'Ada' })],
      check: ({ people }) => select(people.c.id).from(people).where(people.c.name.eq('Ada')).orderBy(people.c.id),
      expect: { ordered: true, rows: [{ id: 1 }, { id: 3 }] },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: ['ALTER TABLE "people" ADD CONSTRAINT "uq_people_name" UNIQUE ("name")', 'ALTER TABLE "people" DROP CONSTRAINT "uq_people_name"'],
        mysql: ['ALTER TABLE `people` ADD CONSTRAINT `uq_people_name` UNIQUE (`name`)', 'ALTER TABLE `people` DROP INDEX `uq_people_name`'],
        oracle: ['ALTER TABLE PEOPLE ADD CONSTRAINT UQ_PEOPLE_NAME UNIQUE (NAME)', 'ALTER TABLE PEOPLE DROP CONSTRAINT UQ_PEOPLE_NAME'],
      },
    }),
    defineCase({
      name: 'ADD FOREIGN KEY refuses an orphan',
      covers: 'ALTER TABLE ADD CONSTRAINT FOREIGN KEY … ON DELETE',
      feature: 'ALTER TABLE ADD / DROP constraint',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: peopleFixture(11),
      seed: seedPeople,
      build: ({ people, teams, name }) => alterTable(people).addForeignKey(name('fk_people_team'), ['team_id'], { table: teams.name, columns: ['id'] }, { onDelete: 'set null' }),
      then: ({ people }) => [insert(people).values({ id: 3, name: 'Cy', teamId: 99 })],
      expect: { error: DatabaseError, at: 'then' },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: 'ALTER TABLE "people" ADD CONSTRAINT "fk_people_team" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL',
        mysql: 'ALTER TABLE `people` ADD CONSTRAINT `fk_people_team` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL',
        oracle: 'ALTER TABLE PEOPLE ADD CONSTRAINT FK_PEOPLE_TEAM FOREIGN KEY (TEAM_ID) REFERENCES TEAMS (ID) ON DELETE SET NULL',
      },
    }),
    defineCase({
      name: 'DROP a FOREIGN KEY lets an orphan in',
      covers: 'ALTER TABLE DROP CONSTRAINT (foreign key)',
      feature: 'ALTER TABLE ADD / DROP constraint',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: peopleFixture(12),
      seed: seedPeople,
      build: ({ people, teams, name }) => [
        alterTable(people).addForeignKey(name('fk_people_team'), ['team_id'], { table: teams.name, columns: ['id'] }),
        alterTable(people).dropConstraint(name('fk_people_team'), 'foreign-key'),
      ],
      then: ({ people }) => [insert(people).values({ id: 3, name: 'Cy', teamId: 99 })],
      check: ({ people }) => select(people.c.teamId).from(people).where(people.c.id.eq(3)),
      expect: { ordered: true, rows: [{ teamId: 99 }] },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: ['ALTER TABLE "people" ADD CONSTRAINT "fk_people_team" FOREIGN KEY ("team_id") REFERENCES "teams" ("id")', 'ALTER TABLE "people" DROP CONSTRAINT "fk_people_team"'],
        mysql: ['ALTER TABLE `people` ADD CONSTRAINT `fk_people_team` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)', 'ALTER TABLE `people` DROP FOREIGN KEY `fk_people_team`'],
        oracle: ['ALTER TABLE PEOPLE ADD CONSTRAINT FK_PEOPLE_TEAM FOREIGN KEY (TEAM_ID) REFERENCES TEAMS (ID)', 'ALTER TABLE PEOPLE DROP CONSTRAINT FK_PEOPLE_TEAM'],
      },
    }),
    defineCase({
      name: 'ADD CHECK refuses a row',
      covers: 'ALTER TABLE ADD CONSTRAINT CHECK (a raw condition with quoted names and an inlined value)',
      feature: 'ALTER TABLE ADD / DROP constraint',
      emulatedOn: { sqlite: 'the table is rebuilt by @alkahest/migrate' },
      fixture: peopleFixture(13),
      seed: seedPeople,
      build: ({ people, name }) => alterTable(people).addCheck(name('ck_people_id'), sql<boolean>`${sql.id('id')} < ${100}`),
      then: ({ people }) => [insert(people).values({ id: 300, name: 'Cy' })],
      expect: { error: DatabaseError, at: 'then' },
      expectOn: { sqlite: rebuiltOnSqlite },
      sql: {
        sqlite: sqliteRefuses,
        postgres: 'ALTER TABLE "people" ADD CONSTRAINT "ck_people_id" CHECK ("id" < 100)',
        mysql: 'ALTER TABLE `people` ADD CONSTRAINT `ck_people_id` CHECK (`id` < 100)',
        oracle: 'ALTER TABLE PEOPLE ADD CONSTRAINT CK_PEOPLE_ID CHECK (ID < 100)',
      },
    }),
    defineCase({
      name: 'ADD and DROP INDEX by name',
      covers: 'ALTER TABLE … add / drop index (CREATE UNIQUE INDEX, DROP INDEX)',
      feature: 'ALTER TABLE ADD / DROP index',
      fixture: peopleFixture(14),
      seed: seedPeople,
      build: ({ people, name }) => [alterTable(people).addIndex(name('ix_people_name'), ['name'], { unique: true }), alterTable(people).dropIndex(name('ix_people_name'))],
      then: ({ people }) => [insert(people).values({ id: 3, name: 'Ada' })],
      check: ({ people }) => select(people.c.id).from(people).where(people.c.name.eq('Ada')).orderBy(people.c.id),
      expect: { ordered: true, rows: [{ id: 1 }, { id: 3 }] },
      sql: {
        sqlite: ['CREATE UNIQUE INDEX "ix_people_name" ON "people" ("name")', 'DROP INDEX "ix_people_name"'],
        postgres: ['CREATE UNIQUE INDEX "ix_people_name" ON "people" ("name")', 'DROP INDEX "ix_people_name"'],
        mysql: ['CREATE UNIQUE INDEX `ix_people_name` ON `people` (`name`)', 'DROP INDEX `ix_people_name` ON `people`'],
        oracle: ['CREATE UNIQUE INDEX IX_PEOPLE_NAME ON PEOPLE (NAME)', 'DROP INDEX IX_PEOPLE_NAME'],
      },
    }),
    defineCase({
      name: 'RENAME TO keeps the rows',
      covers: 'ALTER TABLE RENAME TO',
      feature: 'ALTER TABLE RENAME TO',
      fixture: peopleFixture(15),
      seed: seedPeople,
      build: ({ people, name }) => alterTable(people).renameTo(name('persons')),
      then: ({ people, name }) => {
        const persons = table(name('persons'), { id: integer(), name: varchar({ length: 20 }) });
        // Back to its first name, so that the fixture drops it.
        return [insert(persons).values({ id: 3, name: 'Cy' }), alterTable(persons).renameTo(people.name)];
      },
      check: ({ people }) => select(people.c.name).from(people).orderBy(people.c.id),
      expect: { ordered: true, rows: [{ name: 'Ada' }, { name: 'Bob' }, { name: 'Cy' }] },
      sql: {
        sqlite: 'ALTER TABLE "people" RENAME TO "persons"',
        postgres: 'ALTER TABLE "people" RENAME TO "persons"',
        mysql: 'ALTER TABLE `people` RENAME TO `persons`',
        oracle: 'ALTER TABLE PEOPLE RENAME TO PERSONS',
      },
    }),
  ],
};
