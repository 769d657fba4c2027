/**
 * A multi-row INSERT's lean rows and its split into batches by the compiler
 * (the dialect knows its parameter limit): each batch fits, the rows keep
 * their order, ON CONFLICT and RETURNING stay on every batch.
 */
import { insert, integer, InvalidValueError, table, text } from '@alkahest/core';
import { CompilingDialect, insertBatches, MISSING } from '@alkahest/core/dialect';
import { PostgresCompiler } from '@alkahest/postgres';
import { SqliteCompiler, SQLITE_BATCH_PARAMETERS } from '@alkahest/sqlite';

const items = table('items', {
  id: integer().primaryKey(),
  name: text().notNull(),
  qty: integer().default(1),
});

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `item ${i + 1}` }));

test('rows are checked once at build, kept as plain values in column order', () => {
  const statement = insert(items).values([{ name: 'a', id: 1 }, { id: 2, name: 'b', qty: 3 }]);
  const source = statement.source;
  if (source?.kind !== 'values') throw new Error('expected values');
  expect(source.columns.map((c) => c.key)).toEqual(['id', 'name', 'qty']);
  expect(source.rows).toEqual([[1, 'a', MISSING], [2, 'b', 3]]);
  expect(() => insert(items).values({ id: 1, name: 42 as unknown as string })).toThrow(InvalidValueError);
});

test('an insert that fits is not split', () => {
  expect(insertBatches(insert(items).values(rows(10)), 100)).toBeUndefined();
  expect(new PostgresCompiler().split(insert(items).values(rows(1000)))).toBeUndefined();
});

test('a large insert is split into batches that each fit, in order', () => {
  const statement = insert(items).values(rows(25)).onConflict(['id']).doNothing().returning(items.c.id);
  const batches = insertBatches(statement, 20)!;
  // Two parameters a row, one per RETURNING column: 9 rows a batch.
  expect(batches.map((b) => (b.source?.kind === 'values' ? b.source.length : 0))).toEqual([9, 9, 7]);
  for (const batch of batches) expect(batch.clauses).toBe(statement.clauses);
  const compiler = new PostgresCompiler();
  const params = batches.flatMap((b) => compiler.compile(b).params);
  expect(params).toEqual(rows(25).flatMap((r) => [r.id, r.name]));
  for (const batch of batches) expect(compiler.compile(batch).params.length).toBeLessThanOrEqual(20);
});

test('an expression in a row counts what it binds', () => {
  const statement = insert(items).values(rows(30).map((r) => ({ ...r, qty: items.c.id.plus(1).plus(2) })));
  // id, name and qty's two values: 4 parameters a row.
  const batches = insertBatches(statement, 40)!;
  expect(batches.map((b) => (b.source?.kind === 'values' ? b.source.length : 0))).toEqual([10, 10, 10]);
});

test('the engine dialect splits through its compiler', () => {
  const dialect = new CompilingDialect(new SqliteCompiler());
  const statement = insert(items).values(rows(20_000));
  const batches = dialect.split(statement)!;
  // SQLite's compiler splits at SQLITE_BATCH_PARAMETERS values (two a row here), not at its limit.
  expect(batches.length).toBe(Math.ceil(20_000 / (SQLITE_BATCH_PARAMETERS / 2)));
  expect(dialect.split(insert(items).values(rows(3)))).toBeUndefined();
});

test('the statement cache fills plain row values by slot', () => {
  const dialect = new CompilingDialect(new PostgresCompiler());
  const a = dialect.compile(insert(items).values([{ id: 1, name: 'a' }, { id: 2, name: 'b', qty: 5 }]));
  const b = dialect.compile(insert(items).values([{ id: 3, name: 'c' }, { id: 4, name: 'd', qty: 6 }]));
  expect(b.sql).toBe(a.sql);
  expect(a.sql).toBe('INSERT INTO "items" ("id", "name", "qty") VALUES ($1, $2, DEFAULT), ($3, $4, $5)');
  expect(b.params).toEqual([3, 'c', 4, 'd', 6]);
  // A NULL changes the shape (a dialect may write it differently), never the values of another statement.
  const c = dialect.compile(insert(items).values([{ id: 5, name: 'e', qty: null }, { id: 6, name: 'f', qty: 7 }]));
  expect(c.params).toEqual([5, 'e', null, 6, 'f', 7]);
});
