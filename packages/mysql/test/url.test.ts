import { alkahestDialect, parseMysqlUrl } from '@alkahest/mysql';
import { createIndex, integer, table, varchar } from '@alkahest/core';

test('reads every part of a MySQL URL; mariadb:// picks the MariaDB flavour', () => {
  expect(parseMysqlUrl('mysql://app:p%40ss@db.example:3307/shop?ssl=true&connect_timeout=5000&max=8&min=1')).toEqual({
    flavor: 'mysql',
    host: 'db.example',
    port: 3307,
    user: 'app',
    password: 'p@ss',
    database: 'shop',
    ssl: true,
    connectTimeout: 5000,
    max: 8,
    min: 1,
  });
  expect(parseMysqlUrl('mariadb://root@127.0.0.1/test')).toEqual({ flavor: 'mariadb', host: '127.0.0.1', user: 'root', database: 'test' });
  expect(parseMysqlUrl('mysql://h/db?flavor=mariadb').flavor).toBe('mariadb');
});

test('refuses unknown options and bad values', () => {
  expect(() => parseMysqlUrl('mysql://h/db?bogus=1')).toThrow(/unknown MySQL URL option "bogus"/);
  expect(() => parseMysqlUrl('mysql://h/db?flavor=oracle')).toThrow(/flavor must be mysql or mariadb/);
  expect(() => parseMysqlUrl('postgres://h/db')).toThrow(/not a MySQL URL scheme/);
});

test('the flavour changes the index DDL MySQL 8 cannot run', () => {
  const t = table('t', { id: integer().primaryKey(), v: varchar({ length: 10 }) }, { indexes: [{ name: 'ix_v', columns: ['v'] }] });
  const statement = createIndex(t, 'ix_v', { ifNotExists: true });
  expect(alkahestDialect.createDialect({}, 'mariadb://h/db').compile(statement).sql).toBe('CREATE INDEX IF NOT EXISTS `ix_v` ON `t` (`v`)');
  expect(() => alkahestDialect.createDialect({}, 'mysql://h/db').compile(statement)).toThrow(
    /CREATE INDEX IF NOT EXISTS is not supported by the mysql \(MySQL 8 flavour\) dialect/,
  );
});
