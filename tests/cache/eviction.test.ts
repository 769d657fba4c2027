/**
 * The statement cache is least-recently-used: with the cache full, a new
 * shape drops the shape used longest ago (a hit counts as a use), and the
 * counts say so. A cache of size 0 keeps nothing.
 */
import { CompilingDialect, integer, select, table, text } from '@alkahest/core/dialect';
import { alkahestDialect as postgres } from '@alkahest/postgres';

const items = table('items', { id: integer().primaryKey(), name: text(), qty: integer() });
const a = () => select(items.c.id).from(items).where(items.c.id.eq(1));
const b = () => select(items.c.name).from(items).where(items.c.id.eq(2));
const c = () => select(items.c.qty).from(items).where(items.c.id.eq(3));

test('a full cache drops the least recently used shape, where a hit counts as a use', () => {
  const dialect = postgres.createDialect(undefined, undefined, { statementCacheSize: 2 }) as CompilingDialect;
  dialect.compile(a());
  dialect.compile(b());
  dialect.compile(a()); // a is now used more recently than b
  expect(dialect.cacheStats()).toEqual({ hits: 1, misses: 2, size: 2, capacity: 2 });
  dialect.compile(c()); // full: b goes
  expect(dialect.cacheStats()).toEqual({ hits: 1, misses: 3, size: 2, capacity: 2 });
  dialect.compile(a());
  expect(dialect.cacheStats()).toMatchObject({ hits: 2, misses: 3 });
  dialect.compile(c());
  expect(dialect.cacheStats()).toMatchObject({ hits: 3, misses: 3 });
  expect(dialect.compile(b()).sql).toBe('SELECT "items"."name" FROM "items" WHERE "items"."id" = $1');
  expect(dialect.cacheStats()).toEqual({ hits: 3, misses: 4, size: 2, capacity: 2 });
});

test('with no hits, the first shape in is the first out', () => {
  const dialect = postgres.createDialect(undefined, undefined, { statementCacheSize: 2 }) as CompilingDialect;
  dialect.compile(a());
  dialect.compile(b());
  dialect.compile(c()); // a goes
  dialect.compile(b());
  dialect.compile(c());
  expect(dialect.cacheStats()).toEqual({ hits: 2, misses: 3, size: 2, capacity: 2 });
  dialect.compile(a());
  expect(dialect.cacheStats()).toEqual({ hits: 2, misses: 4, size: 2, capacity: 2 });
});

test('a cache of size 0 compiles every statement and keeps none', () => {
  const dialect = postgres.createDialect(undefined, undefined, { statementCacheSize: 0 }) as CompilingDialect;
  dialect.compile(a());
  dialect.compile(a());
  expect(dialect.cacheStats()).toEqual({ hits: 0, misses: 2, size: 0, capacity: 0 });
});
