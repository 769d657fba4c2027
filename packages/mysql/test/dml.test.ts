/**
 * MySQL/MariaDB DML compiling: upsert as ON DUPLICATE KEY UPDATE (which key
 * may conflict, both flavours' proposed-row syntax, the IF() emulation of a
 * condition and the order of assignments), RETURNING by flavour, and
 * multi-table UPDATE / DELETE.
 */
import { and, deleteFrom, excluded, insert, integer, select, table, text, UnsupportedFeatureError, update, varchar } from '@alkahest/core';
import { MysqlCompiler } from '@alkahest/mysql';

const mysql = new MysqlCompiler({ flavor: 'mysql' });
const mariadb = new MysqlCompiler({ flavor: 'mariadb' });

const people = table('people', { id: integer().primaryKey({ autoIncrement: false }), name: text(), age: integer(), city: text() });
const orders = table('orders', { id: integer().primaryKey({ autoIncrement: false }), personId: integer('person_id'), amount: integer().notNull() });
const users = table('users', { id: integer().primaryKey(), email: varchar({ length: 100 }).notNull().unique(), name: text() });
const indexed = table(
  'indexed',
  { id: integer().primaryKey({ autoIncrement: false }), code: varchar({ length: 10 }).notNull() },
  { indexes: [{ name: 'ux_code', columns: ['code'], unique: true }] },
);
const pairs = table('pairs', { a: integer().notNull(), b: integer().notNull(), n: integer() }, { unique: [['a', 'b']] });

describe('upsert', () => {
  test('MariaDB reads the proposed row with VALUES(), MySQL 8 with the row alias', () => {
    const statement = insert(people).values({ id: 1, name: 'Ada' }).onConflict(['id']).doUpdate({ set: { name: excluded(people.c.name) } });
    expect(mariadb.compile(statement).sql).toBe('INSERT INTO `people` (`id`, `name`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`)');
    expect(mysql.compile(statement).sql).toBe('INSERT INTO `people` (`id`, `name`) VALUES (?, ?) AS `new` ON DUPLICATE KEY UPDATE `name` = `new`.`name`');
  });

  test('a table named new gets another row alias', () => {
    const t = table('new', { id: integer().primaryKey({ autoIncrement: false }), v: integer() });
    expect(mysql.compile(insert(t).values({ id: 1, v: 2 }).onConflict(['id']).doUpdate({ set: { v: excluded(t.c.v) } })).sql).toBe(
      'INSERT INTO `new` (`id`, `v`) VALUES (?, ?) AS `new_row` ON DUPLICATE KEY UPDATE `v` = `new_row`.`v`',
    );
  });

  test('from a SELECT: MySQL 8 reads the proposed row through a derived table, by the select’s own names', () => {
    const statement = insert(people)
      .fromSelect(['id', 'name'], select(orders.c.id, orders.c.personId).from(orders))
      .onConflict(['id'])
      .doUpdate({ set: { name: excluded(people.c.name) } });
    expect(mysql.compile(statement).sql).toBe(
      'INSERT INTO `people` (`id`, `name`) SELECT * FROM (SELECT `orders`.`id`, `orders`.`person_id` AS `personId` FROM `orders`) AS `new` ' +
        'ON DUPLICATE KEY UPDATE `name` = `new`.`personId`',
    );
    expect(mariadb.compile(statement).sql).toBe(
      'INSERT INTO `people` (`id`, `name`) SELECT `orders`.`id`, `orders`.`person_id` AS `personId` FROM `orders` ON DUPLICATE KEY UPDATE `name` = VALUES(`name`)',
    );
  });

  test('DO NOTHING sets the key to itself', () => {
    expect(mariadb.compile(insert(pairs).values({ a: 1, b: 2 }).onConflict(['b', 'a']).doNothing()).sql).toBe(
      'INSERT INTO `pairs` (`a`, `b`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `b` = `b`',
    );
  });

  test('the conflict key must be the one unique key that can conflict', () => {
    // Not a declared key at all.
    expect(() => mariadb.compile(insert(people).values({ id: 1, name: 'x' }).onConflict(['name']).doNothing())).toThrow(UnsupportedFeatureError);
    // The primary key is set by the insert, so it could conflict too.
    expect(() => mariadb.compile(insert(users).values({ id: 1, email: 'a@x' }).onConflict(['email']).doNothing())).toThrow(
      /other unique keys.*\(id\)/,
    );
    // A generated key the insert leaves out cannot conflict.
    expect(mariadb.compile(insert(users).values({ email: 'a@x' }).onConflict(['email']).doNothing()).sql).toBe(
      'INSERT INTO `users` (`email`) VALUES (?) ON DUPLICATE KEY UPDATE `email` = `email`',
    );
    // A unique index is a unique key.
    expect(() => mariadb.compile(insert(indexed).values({ id: 1, code: 'a' }).onConflict(['id']).doNothing())).toThrow(/\(code\)/);
    expect(() => mariadb.compile(insert(indexed).values({ id: 1, code: 'a' }).onConflict(['code']).doNothing())).toThrow(/\(id\)/);
    // A multi-column UNIQUE constraint, named in any order.
    expect(() => mariadb.compile(insert(pairs).values({ a: 1, b: 2 }).onConflict(['a']).doNothing())).toThrow(UnsupportedFeatureError);
  });

  test('a condition becomes IF() per column; its placeholders come in text order', () => {
    const statement = insert(people)
      .values({ id: 1, name: 'Ada', age: 40 })
      .onConflict(['id'])
      .doUpdate({ set: { name: excluded(people.c.name), city: 'Paris' }, where: people.c.age.lt(50) });
    const compiled = mariadb.compile(statement);
    expect(compiled.sql).toBe(
      'INSERT INTO `people` (`id`, `name`, `age`) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE ' +
        '`name` = IF(`people`.`age` < ?, VALUES(`name`), `people`.`name`), `city` = IF(`people`.`age` < ?, ?, `people`.`city`)',
    );
    expect(compiled.params).toEqual([1, 'Ada', 40, 50, 50, 'Paris']);
  });

  test('columns the condition or other values read are set after them; a cycle is refused', () => {
    // The condition reads age: age is set last. The value of name reads city: name before city.
    const ordered = insert(people)
      .values({ id: 1, name: 'Ada' })
      .onConflict(['id'])
      .doUpdate({ set: { age: excluded(people.c.age), city: 'Paris', name: people.c.city }, where: people.c.age.isNull() });
    expect(mariadb.compile(ordered).sql).toMatch(/UPDATE `name` = IF\(.*\), `city` = IF\(.*\), `age` = IF\(/);
    const swap = insert(people).values({ id: 1, name: 'Ada' }).onConflict(['id']).doUpdate({ set: { name: people.c.city, city: people.c.name } });
    expect(() => mariadb.compile(swap)).toThrow(/left to right/);
    const twoRead = insert(people)
      .values({ id: 1, name: 'Ada' })
      .onConflict(['id'])
      .doUpdate({ set: { age: 1, city: 'x' }, where: and(people.c.age.isNull(), people.c.city.isNull()) });
    expect(() => mariadb.compile(twoRead)).toThrow(UnsupportedFeatureError);
  });
});

describe('UPDATE', () => {
  test('single-table assignments are ordered so each value reads the old row', () => {
    // Nothing reads a column that is set: the order is kept.
    expect(mariadb.compile(update(people).set({ age: 1, name: people.c.city.concat('!') })).sql).toBe('UPDATE `people` SET `age` = ?, `name` = CONCAT(`people`.`city`, ?)');
    // name reads city, which is also set: name goes first.
    expect(mariadb.compile(update(people).set({ city: 'Paris', name: people.c.city })).sql).toBe('UPDATE `people` SET `name` = `people`.`city`, `city` = ?');
    // A column reading itself is fine.
    expect(mariadb.compile(update(people).set({ age: people.c.age.plus(1) })).sql).toBe('UPDATE `people` SET `age` = `people`.`age` + ?');
    // A swap has no order that works.
    expect(() => mariadb.compile(update(people).set({ city: people.c.name, name: people.c.city }))).toThrow(UnsupportedFeatureError);
  });

  test('multi-table: UPDATE t, other SET t.col = …, values may not read columns also set', () => {
    const statement = update(people).set({ city: 'x', age: orders.c.amount }).from(orders).where(orders.c.personId.eq(people.c.id));
    expect(mysql.compile(statement).sql).toBe(
      'UPDATE `people`, `orders` SET `people`.`city` = ?, `people`.`age` = `orders`.`amount` WHERE `orders`.`person_id` = `people`.`id`',
    );
    expect(() => mysql.compile(update(people).set({ city: 'x', name: people.c.city }).from(orders))).toThrow(/no given order/);
  });
});

describe('RETURNING', () => {
  test('MariaDB: INSERT and single-table DELETE; not UPDATE, not DELETE … USING', () => {
    expect(mariadb.compile(insert(people).values({ id: 1, name: 'a' }).returning(people.c.id)).sql).toBe('INSERT INTO `people` (`id`, `name`) VALUES (?, ?) RETURNING `people`.`id`');
    expect(mariadb.compile(deleteFrom(people).returning(people.c.name.as('n'))).sql).toBe('DELETE FROM `people` RETURNING `people`.`name` AS `n`');
    expect(() => mariadb.compile(update(people).set({ age: 1 }).returning(people.c.id))).toThrow(/UPDATE … RETURNING is not supported by the mysql \(MariaDB flavour\)/);
    expect(() => mariadb.compile(deleteFrom(people).using(orders).returning(people.c.id))).toThrow(/DELETE … USING … RETURNING/);
  });

  test('MySQL 8 has none, with a hint', () => {
    expect(() => mysql.compile(insert(people).values({ id: 1, name: 'a' }).returning(people.c.id))).toThrow(/RETURNING is not supported by the mysql \(MySQL 8 flavour\).*mariadb:\/\//);
  });
});

test('DELETE … USING is DELETE t FROM t, other', () => {
  expect(mysql.compile(deleteFrom(orders).using(people).where(people.c.id.eq(orders.c.personId))).sql).toBe(
    'DELETE `orders` FROM `orders`, `people` WHERE `people`.`id` = `orders`.`person_id`',
  );
});
