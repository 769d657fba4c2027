// An ES module application: the same as query.cjs through `import`. The
// dialect found from the URL's scheme must share @alkahest/core with this
// file, or instanceof on its errors would fail.
import assert from 'node:assert/strict';
import { table, integer, text, select, insert, createTable, UniqueViolationError } from '@alkahest/core';
import { CompilingDialect } from '@alkahest/core/dialect';
import { createEngine } from '@alkahest/pool';
import { postgresDialect } from '@alkahest/postgres';
import { mysqlDialect } from '@alkahest/mysql';
import { oracleDialect } from '@alkahest/oracle';

const users = table('users', { id: integer().primaryKey(), name: text().notNull().unique() });

assert.equal(typeof CompilingDialect, 'function');
for (const dialect of [postgresDialect(), mysqlDialect(), oracleDialect()]) {
  assert.match(dialect.compile(select(users.c.name).from(users)).sql, /^SELECT /);
}
const engine = createEngine('sqlite::memory:');
try {
  await engine.execute(createTable(users));
  await engine.execute(insert(users).values([{ name: 'Ada' }, { name: 'Alan' }]));
  const rows = await engine.execute(select(users.c.name).from(users).orderBy(users.c.name));
  assert.deepEqual(rows, [{ name: 'Ada' }, { name: 'Alan' }]);
  await assert.rejects(engine.execute(insert(users).values({ name: 'Ada' })), (error) => error instanceof UniqueViolationError);
} finally {
  await engine.close();
}
console.log('esm: ok');
