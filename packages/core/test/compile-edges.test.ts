/**
 * Expressions at their edges, compiled: comparisons with null, and()/or()
 * with nothing left in a select list, NOT of a comparison, a list
 * parameter outside IN, a quantified subquery under an operator that is no
 * comparison, row values where the dialect has no row comparison (Oracle,
 * written out pair by pair), IN given neither a list nor a query, a node
 * where a value goes, an empty alias, shifts by a bound count; and rows for
 * engine.load() that are not objects or name unknown columns.
 */
import { all, and, any, CompileError, createTable, integer, InvalidValueError, LoadRowError, not, or, param, select, table, text, tuple } from '@alkahest/core';
import { OracleCompiler } from '@alkahest/oracle';
import { postgresDialect } from '@alkahest/postgres';
import { createEngine } from '@alkahest/pool';

const people = table('people', { id: integer().primaryKey(), name: text().notNull(), age: integer(), flags: integer() });
const pg = postgresDialect();
const where = (cond: Parameters<ReturnType<typeof select>['where']>[0]) => pg.compile(select(people.c.id).from(people).where(cond));
const wrong = (value: unknown): never => value as never;

test('comparisons with null are IS [NOT] NULL; IS [NOT] DISTINCT FROM null binds a typed NULL', () => {
  expect(where(people.c.age.ne(null)).sql).toBe('SELECT "people"."id" FROM "people" WHERE "people"."age" IS NOT NULL');
  expect(where(people.c.age.isDistinctFrom(null))).toEqual(expect.objectContaining({ sql: 'SELECT "people"."id" FROM "people" WHERE "people"."age" IS DISTINCT FROM $1', params: [null] }));
  expect(where(people.c.age.isNotDistinctFrom(null)).sql).toBe('SELECT "people"."id" FROM "people" WHERE "people"."age" IS NOT DISTINCT FROM $1');
});

test('and() and or() of nothing (undefined items) are no condition in WHERE, and a true condition in a select list', () => {
  expect(where(and(undefined, undefined)).sql).toBe('SELECT "people"."id" FROM "people"');
  expect(where(or(undefined, people.c.age.gt(1))).sql).toBe('SELECT "people"."id" FROM "people" WHERE "people"."age" > $1');
  expect(pg.compile(select({ t: and(undefined) }).from(people)).sql).toBe('SELECT 1 = 1 AS "t" FROM "people"');
});

test('NOT of a comparison has its parentheses', () => {
  expect(where(not(people.c.age.gt(1))).sql).toBe('SELECT "people"."id" FROM "people" WHERE NOT ("people"."age" > $1)');
});

test('a list parameter stands only in IN; a quantified query only under a comparison', () => {
  expect(() => pg.prepare(select(people.c.id).from(people).where(people.c.id.eq(param<number>('ids').asList() as never))).bind({ ids: [1] })).toThrow(
    new CompileError('parameter :ids stands for a list and can only be used with in() / notIn()'),
  );
  expect(() => where(people.c.name.like(wrong(any(select(people.c.name).from(people)))))).toThrow(CompileError);
  // Anywhere but the right of a comparison (here LIKE's pattern): the message says where it may stand.
  expect(() => where(people.c.name.like(wrong(any(select(people.c.name).from(people)))))).toThrow(/^any\(\) and all\(\) can only stand on the right of a comparison: x\.gt\(all\(query\)\)$/);
  // On the right of an operator that is no comparison: refused, naming the operator.
  const plusAll = select({ n: people.c.age.plus(all(select(people.c.age).from(people))) }).from(people);
  expect(() => pg.compile(plusAll)).toThrow(CompileError);
  expect(() => pg.compile(plusAll)).toThrow(/^all\(\) takes a comparison \(=, <>, <, <=, >, >=\), not \+$/);
});

test('IN takes an array or a query; a node is no value; an alias is a non-empty string', () => {
  expect(() => people.c.id.in(wrong(5))).toThrow(new InvalidValueError('column people.id: IN takes an array of values or a subquery'));
  expect(() => people.c.name.concat(wrong(people))).toThrow(InvalidValueError);
  expect(() => people.c.id.as('')).toThrow(new CompileError('an alias must be a non-empty string'));
});

test('a shift by a bound count binds an integer', () => {
  expect(pg.compile(select({ s: people.c.flags.shiftLeft(2) }).from(people))).toEqual(expect.objectContaining({ sql: 'SELECT "people"."flags" << $1 AS "s" FROM "people"', params: [2] }));
});

test('Oracle, without row comparison, writes row values out pair by pair', () => {
  const oracle = new OracleCompiler();
  const pair = tuple(people.c.age, people.c.id);
  expect(oracle.compile(select(people.c.id).from(people).where(pair.eq([1, 2]))).sql).toBe('SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE = :1 AND PEOPLE.ID = :2');
  expect(oracle.compile(select(people.c.id).from(people).where(pair.ne([1, 2]))).sql).toBe('SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE <> :1 OR PEOPLE.ID <> :2');
});

describe('engine.load() rows', () => {
  const engine = createEngine('sqlite::memory:');
  beforeAll(() => engine.execute(createTable(people)));
  afterAll(() => engine.close());

  test('a row that is not an object, or names a column the table lacks, is refused with its index', async () => {
    await expect(engine.load(people, [{ name: 'a' }, wrong(['b'])])).rejects.toThrow(LoadRowError);
    await expect(engine.load(people, [{ name: 'a' }, wrong(['b'])])).rejects.toThrow(/^load into people, rows\[1\]: /);
    await expect(engine.load(people, [wrong({ name: 'a', nickname: 'x' })])).rejects.toThrow(/^load into people, rows\[0\]: .*nickname/);
  });
});
