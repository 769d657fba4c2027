import { integer, select, table, text } from '@alkahest/core';
import { SqliteCompiler } from '@alkahest/sqlite';

const users = table('users', { id: integer().primaryKey(), name: text().notNull() });

test('compiles a select', () => {
  expect(new SqliteCompiler().compile(select(users.c.name).where(users.c.id.eq(1))).sql).toBe(
    'SELECT "users"."name" FROM "users" WHERE "users"."id" = ?',
  );
});
