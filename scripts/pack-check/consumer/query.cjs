// A CommonJS application: the dialect found from the URL's scheme, a table, a
// query on in-memory SQLite, and a typed error that instanceof recognises.
const assert = require('node:assert/strict');
const { table, integer, text, select, insert, createTable, UniqueViolationError } = require('@alkahest/core');
const { CompilingDialect } = require('@alkahest/core/dialect');
const { createEngine } = require('@alkahest/pool');

const users = table('users', { id: integer().primaryKey(), name: text().notNull().unique() });

async function main() {
  assert.equal(typeof CompilingDialect, 'function');
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
  console.log('commonjs: ok');
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
