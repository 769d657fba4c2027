/**
 * and() / or(): optional filters (undefined items), a single condition,
 * nesting, and what they refuse; compiled where it shows.
 */
import { and, CompileError, integer, not, or, select, table, text } from '@alkahest/core';
import { isNoCondition } from '@alkahest/core/dialect';
import { andAlso } from '@alkahest/core/dialect';
import { postgresDialect } from '@alkahest/postgres';

const users = table('users', { id: integer().primaryKey(), name: text().notNull(), age: integer() });
const pg = postgresDialect();
const where = (condition: Parameters<ReturnType<typeof select>['where']>[0]) => pg.compile(select(users.c.id).from(users).where(condition));

test('with only undefined items there is no condition: WHERE is left out', () => {
  expect(isNoCondition(and())).toBe(true);
  expect(isNoCondition(or(undefined, undefined))).toBe(true);
  expect(where(and(undefined)).sql).toBe('SELECT "users"."id" FROM "users"');
  expect(where(or()).sql).toBe('SELECT "users"."id" FROM "users"');
  expect(where(and(or(), and(undefined))).sql).toBe('SELECT "users"."id" FROM "users"');
});

test('a single condition is itself, with no parentheses added', () => {
  const one = users.c.age.gt(30);
  expect(and(one)).toBe(one);
  expect(or(undefined, one, undefined)).toBe(one);
  expect(where(and(undefined, one))).toMatchObject({ sql: 'SELECT "users"."id" FROM "users" WHERE "users"."age" > $1', params: [30] });
});

test('nested ANDs in an AND flatten; an OR inside an AND keeps its parentheses', () => {
  const q = where(and(users.c.age.gt(1), and(users.c.age.lt(9), users.c.name.eq('a')), or(users.c.id.eq(1), users.c.id.eq(2))));
  expect(q.sql).toBe('SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 AND "users"."age" < $2 AND "users"."name" = $3 AND ("users"."id" = $4 OR "users"."id" = $5)');
  expect(q.params).toEqual([1, 9, 'a', 1, 2]);
  const o = where(or(users.c.id.eq(1), or(users.c.id.eq(2), users.c.id.eq(3)), not(users.c.age.gt(5))));
  expect(o.sql).toBe('SELECT "users"."id" FROM "users" WHERE "users"."id" = $1 OR "users"."id" = $2 OR "users"."id" = $3 OR NOT ("users"."age" > $4)');
});

test('anything but an expression is refused, naming the operator', () => {
  // @ts-expect-error a string is not a condition
  expect(() => and(users.c.age.gt(1), 'age > 1')).toThrow(new CompileError('and() takes expressions, got string'));
  // @ts-expect-error a boolean is not a condition (use val(true) or a comparison)
  expect(() => or(true)).toThrow(new CompileError('or() takes expressions, got boolean'));
});

test('andAlso: either side may be "no condition"', () => {
  const a = users.c.age.gt(1);
  const b = users.c.id.eq(2);
  expect(andAlso(undefined, undefined)).toBeUndefined();
  expect(andAlso(a, undefined)).toBe(a);
  expect(andAlso(a, and())).toBe(a);
  expect(andAlso(undefined, b)).toBe(b);
  expect(andAlso(or(), b)).toBe(b);
  expect(pg.compile(select(users.c.id).from(users).where(andAlso(a, b))).sql).toBe('SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 AND "users"."id" = $2');
});
