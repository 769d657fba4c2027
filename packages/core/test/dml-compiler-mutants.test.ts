/**
 * Paths of the INSERT / UPDATE / DELETE compiler (compiler/dml-compiler.ts)
 * that mutation testing found unchecked: an alias named as the target of
 * INSERT, UPDATE or DELETE, the column rows of defaults name (the
 * auto-incrementing key, else the first column), one row of defaults, rows of
 * defaults with onConflict(), several tables in UPDATE … FROM and DELETE …
 * USING and their EXISTS emulation, and the CTEs of an UPDATE inlined where
 * the dialect has no WITH there (Oracle, MariaDB).
 */
import { CompileError, cte, deleteFrom, insert, integer, param, select, sql, table, text, tuple, union, update, UnsupportedFeatureError, type Statement } from '@alkahest/core';
import { namedTable } from '@alkahest/core/dialect';
import { MysqlCompiler } from '@alkahest/mysql';
import { OracleCompiler } from '@alkahest/oracle';
import { PostgresCompiler } from '@alkahest/postgres';
import { SqliteCompiler } from '@alkahest/sqlite';
import { expectThrows } from './expect-throws';

const people = table('people', { id: integer().primaryKey(), name: text().notNull(), age: integer() });
const orders = table('orders', { id: integer().primaryKey(), personId: integer('person_id'), amount: integer() });
const tags = table('tags', { id: integer().primaryKey(), label: text() });
/** The auto-incrementing key is not the first column. */
const logs = table('logs', { message: text(), id: integer().primaryKey() });
/** A key that does not auto-increment, not the first column. */
const notes = table('notes', { body: text(), code: text().default('n').primaryKey() });
/** A table known by its name only (namedTable(), for DDL hooks): table() refuses one without columns. */
const nothing = namedTable({ name: 'nothing' });

const postgres = new PostgresCompiler();
const oracle = new OracleCompiler();
const sqlOf = (compiler: { compile(statement: Statement): { sql: string } }, statement: Statement): string => compiler.compile(statement).sql;

describe('the target of INSERT, UPDATE and DELETE is the table itself', () => {
  const p = people.as('p');

  // An alias as the target is refused, the message naming the statement and the alias.
  test('an alias is refused by each statement, by name', () => {
    expectThrows(() => sqlOf(postgres, insert(p).values({ name: 'Ada' })), CompileError, 'insert into p: give the table itself, not an alias');
    expectThrows(() => sqlOf(postgres, update(p).set({ age: 1 })), CompileError, 'update p: give the table itself, not an alias');
    expectThrows(() => sqlOf(postgres, deleteFrom(p)), CompileError, 'delete from p: give the table itself, not an alias');
  });
});

describe('rows of defaults', () => {
  // Several rows of defaults name the auto-incrementing key, wherever it stands in the table (and read back the keys made).
  test('they name the auto-incrementing key, not the first column', () => {
    expect(sqlOf(postgres, insert(logs).values([{}, {}]))).toBe('INSERT INTO "logs" ("id") VALUES (DEFAULT), (DEFAULT) RETURNING "id"');
  });

  // Without an auto-incrementing key they name the first column, not a key that does not auto-increment.
  test('without an auto-incrementing key they name the first column', () => {
    expect(sqlOf(postgres, insert(notes).values([{}, {}, {}]))).toBe('INSERT INTO "notes" ("body") VALUES (DEFAULT), (DEFAULT), (DEFAULT)');
  });

  // A table without columns has nothing to name: refused by name.
  test('a table without columns is refused', () => {
    expectThrows(() => sqlOf(postgres, insert(nothing).values([{}, {}])), CompileError, 'insert into nothing: the table has no columns');
  });

  // One row of defaults is DEFAULT VALUES, not a VALUES list of one.
  test('one row of defaults is DEFAULT VALUES', () => {
    expect(sqlOf(postgres, insert(logs).values([{}]))).toBe('INSERT INTO "logs" DEFAULT VALUES RETURNING "id"');
    expect(sqlOf(postgres, insert(logs).values({}))).toBe('INSERT INTO "logs" DEFAULT VALUES RETURNING "id"');
  });

  // An upsert needs a column to compare: rows of defaults with onConflict() are refused, here and in Oracle's MERGE.
  test('onConflict() on rows of defaults is refused', () => {
    const upsert = insert(tags).values([{}, {}]).onConflict(['id']).doNothing();
    expectThrows(() => sqlOf(postgres, upsert), CompileError, 'insert into tags: onConflict() needs rows that give a column');
    expectThrows(() => sqlOf(oracle, upsert), CompileError, 'insert into tags: no row gives any column; use defaultValues() to insert a row of defaults');
  });
});

describe('several other tables in UPDATE … FROM and DELETE … USING', () => {
  // The tables of FROM are separated by commas; without where() there is no WHERE.
  test('UPDATE … FROM two tables, without WHERE', () => {
    expect(sqlOf(postgres, update(people).set({ age: orders.c.amount }).from(orders, tags))).toBe('UPDATE "people" SET "age" = "orders"."amount" FROM "orders", "tags"');
  });

  // The tables of USING are separated by commas; without where() there is no WHERE.
  test('DELETE … USING two tables, without WHERE', () => {
    expect(sqlOf(postgres, deleteFrom(people).using(orders, tags))).toBe('DELETE FROM "people" USING "orders", "tags"');
  });

  // The EXISTS emulation (SQLite's and Oracle's DELETE … USING) lists the tables separated by commas.
  test('DELETE … USING two tables as EXISTS', () => {
    const statement = deleteFrom(people).using(orders, tags).where(orders.c.personId.eq(people.c.id));
    expect(sqlOf(new SqliteCompiler(), statement)).toBe('DELETE FROM "people" WHERE EXISTS (SELECT 1 FROM "orders", "tags" WHERE "orders"."person_id" = "people"."id")');
    expect(sqlOf(oracle, statement)).toBe('DELETE FROM PEOPLE WHERE EXISTS (SELECT 1 FROM ORDERS, TAGS WHERE ORDERS.PERSON_ID = PEOPLE.ID)');
  });
});

describe('the CTEs of an UPDATE where the dialect has no WITH on UPDATE', () => {
  const ids = cte('ids', union(select(orders.c.personId).from(orders), select({ personId: people.c.age }).from(people)));
  const statement = update(people).set({ age: 1 }).where(people.c.id.in(select(ids.c.personId).from(ids))).with(ids);

  // A CTE that is a set operation becomes a derived table where it is read (Oracle).
  test('Oracle inlines a CTE that is a UNION', () => {
    expect(sqlOf(oracle, statement)).toBe('UPDATE PEOPLE SET AGE = :1 WHERE PEOPLE.ID IN (SELECT IDS."personId" FROM (SELECT ORDERS.PERSON_ID AS "personId" FROM ORDERS UNION SELECT PEOPLE.AGE AS "personId" FROM PEOPLE) IDS)');
  });

  // The same on MariaDB, which has no WITH on UPDATE either.
  test('MariaDB inlines a CTE that is a UNION', () => {
    expect(sqlOf(new MysqlCompiler({ flavor: 'mariadb' }), statement)).toBe(
      'UPDATE `people` SET `age` = ? WHERE `people`.`id` IN (SELECT `ids`.`personId` FROM (SELECT `orders`.`person_id` AS `personId` FROM `orders` UNION SELECT `people`.`age` AS `personId` FROM `people`) AS `ids`)',
    );
  });

  // A data-modifying CTE cannot become a derived table: refused by name.
  test('a data-modifying CTE is refused', () => {
    const gone = cte('gone', deleteFrom(orders).where(orders.c.amount.lt(10)).returning(orders.c.personId));
    const reading = update(people).set({ age: 1 }).where(people.c.id.in(select(gone.c.personId).from(gone))).with(gone);
    expectThrows(() => sqlOf(oracle, reading), UnsupportedFeatureError, 'data-modifying CTEs (INSERT, UPDATE or DELETE in WITH) is not supported by the oracle dialect: run the statements one after the other in a transaction, using RETURNING where the database has it',);
  });
});

// PostgreSQL returns the generated key of an INSERT from the statement itself, unless the rows give it.
describe('the generated key an INSERT … SELECT returns on PostgreSQL', () => {
  test('when the SELECT leaves the key to the database, RETURNING names it', () => {
    expect(sqlOf(postgres, insert(people).fromSelect(['name'], select(tags.c.label).from(tags)))).toBe(
      'INSERT INTO "people" ("name") SELECT "tags"."label" FROM "tags" RETURNING "id"',
    );
  });
  test('rows that give the key return nothing; rows that leave it out return it', () => {
    expect(sqlOf(postgres, insert(people).values({ id: 5, name: 'x' }))).toBe('INSERT INTO "people" ("id", "name") VALUES ($1, $2)');
    expect(sqlOf(postgres, insert(people).values({ name: 'x' }))).toBe('INSERT INTO "people" ("name") VALUES ($1) RETURNING "id"');
  });
  test('when the SELECT gives the key, nothing is returned', () => {
    expect(sqlOf(postgres, insert(people).fromSelect(['id', 'name'], select(tags.c.id, tags.c.label).from(tags)))).toBe(
      'INSERT INTO "people" ("id", "name") SELECT "tags"."id", "tags"."label" FROM "tags"',
    );
  });
});

test('a list parameter of rows whose item has no type is refused on PostgreSQL, naming the item', () => {
  const statement = select(people.c.id).from(people).where(tuple(people.c.id, sql`1`).in(param('pairs')));
  expectThrows(() => postgres.compile(statement), CompileError, 'parameter :pairs: the type of tuple item #2 is unknown; give it one (cast(…))');
});
