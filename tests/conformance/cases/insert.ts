/**
 * INSERT: one row, many rows (a key left out takes the column default),
 * DEFAULT VALUES, and INSERT … SELECT. Each case reads the table back.
 */
import { insert, integer, literal, select, table, text } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';
import { peopleFixture, seedPeople } from './fixtures';

const itemsFixture = defineFixture((name) => ({
  items: table(name('items'), {
    id: integer().primaryKey(),
    label: text().notNull(),
    qty: integer().notNull().default(1),
    note: text(),
  }),
}));

const countersFixture = defineFixture((name) => ({
  counters: table(name('counters'), { id: integer().primaryKey(), hits: integer().notNull().default(0) }),
}));

const archiveFixture = defineFixture((name) => ({
  ...peopleFixture.make(name),
  archive: table(name('archive'), { id: integer().primaryKey({ autoIncrement: false }), name: text().notNull() }),
}));

export const inserts: Area = {
  name: 'insert',
  cases: [
    defineCase({
      name: 'INSERT one row',
      covers: 'INSERT of one row, generated key',
      fixture: itemsFixture,
      build: ({ items }) => insert(items).values({ label: 'apple', qty: 3 }),
      affected: 1,
      check: ({ items }) => select(items).orderBy(items.c.id),
      expect: { ordered: true, rows: [{ id: 1, label: 'apple', qty: 3, note: null }] },
      sql: {
        sqlite: 'INSERT INTO "items" ("label", "qty") VALUES (?, ?)',
        postgres: 'INSERT INTO "items" ("label", "qty") VALUES ($1, $2) RETURNING "id"',
        mysql: 'INSERT INTO `items` (`label`, `qty`) VALUES (?, ?)',
        oracle: 'INSERT INTO ITEMS (LABEL, QTY) VALUES (:1, :2)',
      },
    }),
    defineCase({
      name: 'INSERT of an explicit 0 into a generated key keeps 0',
      covers: 'an explicit key value is stored as given, 0 included (MariaDB: NO_AUTO_VALUE_ON_ZERO in the session)',
      fixture: itemsFixture,
      seed: ({ items }) => [insert(items).values({ id: 0, label: 'zero' })],
      build: ({ items }) => insert(items).values({ label: 'next' }),
      affected: 1,
      check: ({ items }) => select(items.c.id, items.c.label).from(items).orderBy(items.c.id),
      // Without the mode MariaDB reads 0 as "generate one": zero would get 1 and next 2.
      expect: {
        ordered: true,
        rows: [
          { id: 0, label: 'zero' },
          { id: 1, label: 'next' },
        ],
      },
      sql: {
        sqlite: 'INSERT INTO "items" ("label") VALUES (?)',
        postgres: 'INSERT INTO "items" ("label") VALUES ($1) RETURNING "id"',
        mysql: 'INSERT INTO `items` (`label`) VALUES (?)',
        oracle: 'INSERT INTO ITEMS (LABEL) VALUES (:1)',
      },
    }),
    defineCase({
      name: 'INSERT many rows',
      covers: 'INSERT of many rows, a left-out key takes its default',
      fixture: itemsFixture,
      build: ({ items }) =>
        insert(items).values([
          { label: 'apple', qty: 3 },
          { label: 'pear', note: 'ripe' },
          { label: 'fig', qty: 7, note: null },
        ]),
      affected: 3,
      check: ({ items }) => select(items).orderBy(items.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, label: 'apple', qty: 3, note: null },
          { id: 2, label: 'pear', qty: 1, note: 'ripe' },
          { id: 3, label: 'fig', qty: 7, note: null },
        ],
      },
      sql: {
        // SQLite has no DEFAULT in VALUES: the compiler binds the column's default, or NULL.
        sqlite: 'INSERT INTO "items" ("label", "qty", "note") VALUES (?, ?, NULL), (?, ?, ?), (?, ?, ?)',
        postgres: 'INSERT INTO "items" ("label", "qty", "note") VALUES ($1, $2, DEFAULT), ($3, DEFAULT, $4), ($5, $6, $7) RETURNING "id"',
        mysql: 'INSERT INTO `items` (`label`, `qty`, `note`) VALUES (?, ?, DEFAULT), (?, DEFAULT, ?), (?, ?, ?)',
        // Oracle has no multi-row VALUES before 23ai: INSERT … SELECT … FROM DUAL UNION ALL (SQL Language Reference, INSERT);
        // a left-out key binds the column's default, and NULL is written as a literal.
        oracle:
          'INSERT INTO ITEMS (LABEL, QTY, NOTE) SELECT :1, :2, NULL FROM DUAL UNION ALL SELECT :3, :4, :5 FROM DUAL UNION ALL SELECT :6, :7, NULL FROM DUAL',
      },
    }),
    defineCase({
      name: 'INSERT rows naming their keys in another order',
      covers: "INSERT of rows whose keys are not in the table's order, the same keys with one value left undefined, one given as an expression, and one row in another order again",
      fixture: itemsFixture,
      build: ({ items }) =>
        insert(items).values([
          { qty: 2, label: 'b' },
          { qty: 3, label: 'c' },
          { label: 'd', qty: 4 },
          { qty: undefined, label: 'e' },
          { qty: literal(5), label: 'f' },
          { qty: 6, label: 'g' },
        ]),
      affected: 6,
      check: ({ items }) => select(items.c.label, items.c.qty, items.c.note).from(items).orderBy(items.c.id),
      expect: {
        ordered: true,
        rows: [
          { label: 'b', qty: 2, note: null },
          { label: 'c', qty: 3, note: null },
          { label: 'd', qty: 4, note: null },
          { label: 'e', qty: 1, note: null },
          { label: 'f', qty: 5, note: null },
          { label: 'g', qty: 6, note: null },
        ],
      },
      // literal() is written as a literal cast to its type, as everywhere.
      sql: {
        sqlite: 'INSERT INTO "items" ("label", "qty") VALUES (?, ?), (?, ?), (?, ?), (?, ?), (?, CAST(5 AS INTEGER)), (?, ?)',
        postgres: 'INSERT INTO "items" ("label", "qty") VALUES ($1, $2), ($3, $4), ($5, $6), ($7, DEFAULT), ($8, CAST(5 AS INTEGER)), ($9, $10) RETURNING "id"',
        mysql: 'INSERT INTO `items` (`label`, `qty`) VALUES (?, ?), (?, ?), (?, ?), (?, DEFAULT), (?, CAST(5 AS SIGNED)), (?, ?)',
        oracle:
          'INSERT INTO ITEMS (LABEL, QTY) SELECT :1, :2 FROM DUAL UNION ALL SELECT :3, :4 FROM DUAL UNION ALL SELECT :5, :6 FROM DUAL UNION ALL SELECT :7, :8 FROM DUAL UNION ALL SELECT :9, CAST(5 AS NUMBER(10)) FROM DUAL UNION ALL SELECT :10, :11 FROM DUAL',
      },
    }),
    defineCase({
      name: 'INSERT DEFAULT VALUES',
      covers: 'INSERT DEFAULT VALUES',
      fixture: countersFixture,
      build: ({ counters }) => insert(counters).defaultValues(),
      affected: 1,
      check: ({ counters }) => select(counters),
      expect: { ordered: true, rows: [{ id: 1, hits: 0 }] },
      sql: {
        sqlite: 'INSERT INTO "counters" DEFAULT VALUES',
        postgres: 'INSERT INTO "counters" DEFAULT VALUES RETURNING "id"',
        mysql: 'INSERT INTO `counters` () VALUES ()',
        oracle: 'INSERT INTO COUNTERS (ID) VALUES (DEFAULT)',
      },
    }),
    defineCase({
      name: 'INSERT of several rows of defaults',
      covers: 'insert(t).values([{}, {}, {}]): three rows, each all defaults',
      feature: 'Several rows of defaults',
      emulatedOn: { sqlite: 'VALUES (NULL), … for the rowid key', mysql: '() , ()', oracle: 'SELECT NULL FROM DUAL UNION ALL … (identity ON NULL)' },
      fixture: countersFixture,
      build: ({ counters }) => insert(counters).values([{}, {}, {}]),
      affected: 3,
      check: ({ counters }) => select(counters).orderBy(counters.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, hits: 0 },
          { id: 2, hits: 0 },
          { id: 3, hits: 0 },
        ],
      },
      sql: {
        sqlite: 'INSERT INTO "counters" ("id") VALUES (NULL), (NULL), (NULL)',
        postgres: 'INSERT INTO "counters" ("id") VALUES (DEFAULT), (DEFAULT), (DEFAULT) RETURNING "id"',
        mysql: 'INSERT INTO `counters` () VALUES (), (), ()',
        oracle: 'INSERT INTO COUNTERS (ID) SELECT NULL FROM DUAL UNION ALL SELECT NULL FROM DUAL UNION ALL SELECT NULL FROM DUAL',
      },
    }),
    defineCase({
      name: 'INSERT from SELECT',
      covers: 'INSERT from a SELECT',
      fixture: archiveFixture,
      seed: ({ people }) => [seedPeople(people)],
      build: ({ people, archive }) => insert(archive).fromSelect(['id', 'name'], select(people.c.id, people.c.name).from(people).where(people.c.age.gt(70))),
      affected: 2,
      check: ({ archive }) => select(archive).orderBy(archive.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 3, name: 'Grace' },
          { id: 5, name: 'Edsger' },
        ],
      },
      sql: {
        sqlite: 'INSERT INTO "archive" ("id", "name") SELECT "people"."id", "people"."name" FROM "people" WHERE "people"."age" > ?',
        postgres: 'INSERT INTO "archive" ("id", "name") SELECT "people"."id", "people"."name" FROM "people" WHERE "people"."age" > $1',
        mysql: 'INSERT INTO `archive` (`id`, `name`) SELECT `people`.`id`, `people`.`name` FROM `people` WHERE `people`.`age` > ?',
        oracle: 'INSERT INTO ARCHIVE (ID, NAME) SELECT PEOPLE.ID, PEOPLE.NAME FROM PEOPLE WHERE PEOPLE.AGE > :1',
      },
    }),
  ],
};
