/**
 * The statement cache finds a shape by its hash and confirms it by its codes:
 * two shapes whose hashes collide must each get their own SQL, never the
 * other's. Real hashes rarely collide, so these shapes are written by hand.
 */
import { StatementCache } from '../src/cache/statement-cache';
import type { Shape } from '../src/cache/shape';
import type { StatementTemplate } from '../src/cache/template';

const shape = (codes: number[], generation = 0): Shape => ({ codes, hash: 42, generation, values: [] } as unknown as Shape);
const template = (sql: string): StatementTemplate => ({ sql, sources: [], columns: [], statementKind: 'select', dialect: 'sqlite' } as unknown as StatementTemplate);

test('shapes whose hashes collide keep their own SQL', () => {
  const cache = new StatementCache(10);
  expect(cache.get(shape([1, 2]), () => template('A')).sql).toBe('A');
  expect(cache.get(shape([1, 3]), () => template('B')).sql).toBe('B');
  expect(cache.get(shape([1, 2]), () => template('wrong')).sql).toBe('A');
  expect(cache.get(shape([1, 3]), () => template('wrong')).sql).toBe('B');
  expect(cache.stats()).toEqual({ hits: 2, misses: 2, size: 2, capacity: 10 });
});

test('a shape written with an older string numbering is not a hit, even with the same codes', () => {
  const cache = new StatementCache(10);
  cache.get(shape([5], 0), () => template('old'));
  expect(cache.get(shape([5], 1), () => template('new')).sql).toBe('new');
  expect(cache.stats()).toMatchObject({ hits: 0, misses: 2, size: 2 });
});

test('eviction from a bucket of colliding shapes drops only the least recently used one', () => {
  const cache = new StatementCache(2);
  cache.get(shape([1]), () => template('A'));
  cache.get(shape([2]), () => template('B'));
  cache.get(shape([1]), () => template('wrong')); // A used last: B is the oldest
  cache.get(shape([3]), () => template('C')); // full: B goes
  expect(cache.stats()).toEqual({ hits: 1, misses: 3, size: 2, capacity: 2 });
  expect(cache.get(shape([1]), () => template('wrong')).sql).toBe('A');
  expect(cache.get(shape([3]), () => template('wrong')).sql).toBe('C');
  expect(cache.get(shape([2]), () => template('B again')).sql).toBe('B again');
  expect(cache.stats()).toEqual({ hits: 3, misses: 4, size: 2, capacity: 2 });
});
