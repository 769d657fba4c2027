/**
 * engine.load()'s rows are typed by the table (each `@ts-expect-error` below
 * is a test `npm run typecheck` runs): a key the table lacks, a value of the
 * wrong type, an expression (a load takes values only) or a row leaving out
 * a NOT NULL column without a default does not compile.
 */
import { integer, numeric, table, text, timestamp } from '@alkahest/core';
import { createEngine, type LoadResult } from '@alkahest/pool';
import { assertType, type Equal } from '../../packages/core/test/type-helpers';

const users = table('users', {
  id: integer().primaryKey(),
  name: text().notNull(),
  price: numeric({ precision: 10, scale: 2 }),
  seen: timestamp(),
});

test('load rows are typed by the table', async () => {
  const engine = createEngine('sqlite::memory:');
  const _load = () => engine.load(users, [{ name: 'Ada', price: '1.50', seen: new Date() }]);
  assertType<Equal<Awaited<ReturnType<typeof _load>>, LoadResult>>();
  async function* rows() {
    yield { name: 'Ada', price: 2 };
  }
  void (() => engine.load(users, rows(), { columns: ['name', 'price'] }));
  // @ts-expect-error a key the table has no column for
  void (() => engine.load(users, [{ name: 'Ada', nope: 1 }]));
  // @ts-expect-error a value of the wrong type
  void (() => engine.load(users, [{ name: 42 }]));
  // @ts-expect-error an expression: a load takes values only
  void (() => engine.load(users, [{ name: users.c.name }]));
  // @ts-expect-error name is NOT NULL without a default
  void (() => engine.load(users, [{ price: '1.00' }]));
  // @ts-expect-error options.columns names the table's columns
  void (() => engine.load(users, [{ name: 'Ada' }], { columns: ['nope'] }));
  await engine.close();
});
