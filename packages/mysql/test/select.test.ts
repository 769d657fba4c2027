/**
 * Where the MariaDB flavour writes a SELECT differently from MySQL 8: locks,
 * LATERAL, WITH TIES; and what neither has (FULL OUTER JOIN). Golden SQL, no
 * server: the live conformance runs check the same on a real MariaDB.
 */
import { integer, select, table, text, UnsupportedFeatureError } from '@alkahest/core';
import { MysqlCompiler } from '@alkahest/mysql';

const people = table('people', { id: integer().primaryKey(), name: text() });
const orders = table('orders', { id: integer().primaryKey(), personId: integer('person_id') });
const mysql8 = new MysqlCompiler({ flavor: 'mysql' });
const mariadb = new MysqlCompiler({ flavor: 'mariadb' });
const base = select(people.c.id).from(people);

test('MariaDB locks: FOR UPDATE with NOWAIT or SKIP LOCKED, a shared lock as LOCK IN SHARE MODE, no OF', () => {
  expect(mariadb.compile(base.forUpdate()).sql).toBe('SELECT `people`.`id` FROM `people` FOR UPDATE');
  expect(mariadb.compile(base.forUpdate({ nowait: true })).sql).toBe('SELECT `people`.`id` FROM `people` FOR UPDATE NOWAIT');
  expect(mariadb.compile(base.forUpdate({ skipLocked: true })).sql).toBe('SELECT `people`.`id` FROM `people` FOR UPDATE SKIP LOCKED');
  expect(mariadb.compile(base.forShare()).sql).toBe('SELECT `people`.`id` FROM `people` LOCK IN SHARE MODE');
  expect(mariadb.compile(base.forShare({ nowait: true })).sql).toBe('SELECT `people`.`id` FROM `people` LOCK IN SHARE MODE NOWAIT');
  expect(() => mariadb.compile(base.forUpdate({ of: [people] }))).toThrow(
    new UnsupportedFeatureError('FOR UPDATE OF', 'mysql (MariaDB flavour)', 'MariaDB locks the rows of every table read'),
  );
  expect(() => mariadb.compile(base.forShare({ of: [people] }))).toThrow(
    new UnsupportedFeatureError('FOR SHARE OF', 'mysql (MariaDB flavour)', 'MariaDB locks the rows of every table read'),
  );
  // MySQL 8 has the standard forms.
  expect(mysql8.compile(base.forShare({ of: [people] })).sql).toBe('SELECT `people`.`id` FROM `people` FOR SHARE OF `people`');
});

test('LATERAL runs on MySQL 8 and is refused on MariaDB', () => {
  const latest = select(orders.c.id).from(orders).where(orders.c.personId.eq(people.c.id)).orderBy(orders.c.id.desc()).limit(1).lateral('latest');
  const statement = select(people.c.id, latest.c.id.as('last')).from(people.join(latest, people.c.id.eq(people.c.id)));
  expect(mysql8.compile(statement).sql).toContain('JOIN LATERAL (SELECT');
  expect(() => mariadb.compile(statement)).toThrow(
    new UnsupportedFeatureError('LATERAL subqueries', 'mysql (MariaDB flavour)', 'MariaDB has no LATERAL; use a correlated subquery in the select list'),
  );
});

test('WITH TIES is written on MariaDB and emulated on MySQL 8', () => {
  const top = select(orders.c.id).from(orders).orderBy(orders.c.personId).limit(3, { withTies: true });
  expect(mariadb.compile(top).sql).toContain('FETCH FIRST ? ROWS WITH TIES');
  expect(mysql8.compile(top).sql).not.toContain('WITH TIES');
  expect(mysql8.compile(top).sql).toContain('RANK()');
});

test('FULL OUTER JOIN is refused on both, with the way round it', () => {
  const statement = select(people.c.id).from(people.fullJoin(orders, orders.c.personId.eq(people.c.id)));
  for (const compiler of [mysql8, mariadb]) {
    expect(() => compiler.compile(statement)).toThrow(
      new UnsupportedFeatureError('FULL OUTER JOIN', 'mysql', 'MySQL and MariaDB have no full outer join; combine a LEFT and a RIGHT join with UNION'),
    );
  }
});
