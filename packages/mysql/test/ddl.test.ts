/**
 * MySQL's DDL where it differs: a TEXT, JSON or BLOB default written as an
 * expression, UNIQUE on such a column refused, and the index statements
 * MySQL 8 cannot run with IF [NOT] EXISTS (MariaDB can).
 */
import { blob, createIndex, createTable, dropIndex, integer, json, table, text, UnsupportedFeatureError, varchar } from '@alkahest/core';
import { MysqlCompiler } from '@alkahest/mysql';

const mysql8 = new MysqlCompiler({ flavor: 'mysql' });
const mariadb = new MysqlCompiler({ flavor: 'mariadb' });
const SUFFIX = ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci';

test('a literal default of a TEXT, JSON or BLOB column is written as an expression, in parentheses', () => {
  const notes = table('notes', {
    id: integer().primaryKey(),
    body: text().default('none'),
    meta: json().default({ a: 1 }),
    label: varchar({ length: 20 }).default('x'),
  });
  expect(mysql8.compile(createTable(notes)).sql).toBe(
    "CREATE TABLE `notes` (`id` INT AUTO_INCREMENT PRIMARY KEY, `body` LONGTEXT DEFAULT ('none'), `meta` JSON DEFAULT ('{\"a\":1}'), `label` VARCHAR(20) DEFAULT 'x')" + SUFFIX,
  );
});

test('UNIQUE on a TEXT or BLOB column is refused, naming the column', () => {
  for (const [kind, column] of [['text', text().unique()], ['blob', blob().unique()]] as const) {
    const t = table('docs', { id: integer().primaryKey(), body: column });
    let error: unknown;
    try {
      mysql8.compile(createTable(t));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedFeatureError);
    expect((error as Error).message).toBe(
      `UNIQUE on the ${kind} column docs.body is not supported by the mysql dialect: MySQL cannot index a whole TEXT/BLOB value; use varchar({ length })`,
    );
  }
});

test('DROP INDEX IF EXISTS runs on MariaDB and is refused on MySQL 8; without IF EXISTS both write it', () => {
  const t = table('t', { id: integer().primaryKey(), v: varchar({ length: 10 }) }, { indexes: [{ name: 'ix_v', columns: ['v'] }] });
  expect(mariadb.compile(dropIndex(t, 'ix_v', { ifExists: true })).sql).toBe('DROP INDEX IF EXISTS `ix_v` ON `t`');
  expect(() => mysql8.compile(dropIndex(t, 'ix_v', { ifExists: true }))).toThrow(
    new UnsupportedFeatureError('DROP INDEX IF EXISTS', 'mysql (MySQL 8 flavour)', 'MariaDB has it; MySQL 8 does not'),
  );
  expect(mysql8.compile(dropIndex(t, 'ix_v')).sql).toBe('DROP INDEX `ix_v` ON `t`');
  expect(mysql8.compile(createIndex(t, 'ix_v')).sql).toBe('CREATE INDEX `ix_v` ON `t` (`v`)');
});
