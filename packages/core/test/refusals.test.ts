/**
 * Builders given what they cannot use refuse it when the statement is built,
 * with the error class and message that say what was wrong: CTEs, row values,
 * subqueries, CASE, CAST and NULLIF, grouping sets, set operations, locks,
 * row counts, column types and the sql template. Each refusal sits beside the
 * use that works, so a check that refused everything would fail too.
 */
import {
  all,
  any,
  caseOf,
  caseWhen,
  cast,
  char,
  CompileError,
  cte,
  cube,
  enumOf,
  exists,
  fn,
  grouping,
  groupingSets,
  insert,
  integer,
  InvalidIdentifierError,
  InvalidValueError,
  nullif,
  numeric,
  recursiveCte,
  rollup,
  scalar,
  SchemaError,
  select,
  sql,
  table,
  text,
  tuple,
  union,
  unionAll,
  varchar,
  builtinTypes,
} from '@alkahest/core';
import { postgresDialect } from '@alkahest/postgres';

const people = table('people', { id: integer().primaryKey(), name: text().notNull(), age: integer() });
const orders = table('orders', { id: integer().primaryKey(), personId: integer().notNull(), amount: integer().notNull() });
const pg = postgresDialect();
const compile = (statement: Parameters<typeof pg.compile>[0]) => pg.compile(statement);
/** Casts a wrong argument past the types: these tests are about what JavaScript callers can pass. */
const wrong = (value: unknown): never => value as never;

describe('common table expressions', () => {
  test('cte() takes a query, and a data-modifying one needs returning()', () => {
    expect(() => cte('x', wrong(people))).toThrow(new CompileError('cte("x") takes a select() or a set operation'));
    expect(() => cte('x', wrong(insert(people).values({ id: 1, name: 'a' })))).toThrow(
      new CompileError('cte("x"): an INSERT, UPDATE or DELETE in WITH needs .returning()'),
    );
    const added = cte('added', insert(people).values({ id: 1, name: 'a' }).returning(people.c.id));
    expect(compile(select(added.c.id).with(added).from(added)).sql).toBe(
      'WITH "added" AS (INSERT INTO "people" ("id", "name") VALUES ($1, $2) RETURNING "people"."id") SELECT "added"."id" FROM "added"',
    );
  });

  test('recursiveCte() needs column definitions and a body that selects as many', () => {
    expect(() => recursiveCte('r', {}, () => select(people.c.id).from(people))).toThrow(new CompileError('recursiveCte("r") needs its columns'));
    expect(() => recursiveCte('r', wrong({ n: integer, m: integer() }), () => select(people.c.id).from(people))).toThrow(
      new CompileError('recursiveCte("r"): n is not a column definition'),
    );
    expect(() => recursiveCte('r', { n: integer() }, () => wrong(people))).toThrow(
      new CompileError('recursiveCte("r"): the body must return a query (usually unionAll(anchor, step))'),
    );
    expect(() => recursiveCte('r', { n: integer(), m: integer() }, () => select(people.c.id).from(people))).toThrow(
      new CompileError('recursiveCte("r") declares 2 columns but its query selects 1'),
    );
  });

  test('with() takes CTEs only', () => {
    expect(() => select(people.c.id).from(people).with(wrong(people))).toThrow(new CompileError('with() takes cte() / recursiveCte() items'));
  });
});

describe('row values', () => {
  const pair = tuple(people.c.age, people.c.id);

  test('tuple() takes two or more expressions', () => {
    expect(() => tuple(people.c.id)).toThrow(new CompileError('tuple() takes at least two expressions'));
    expect(() => tuple(people.c.id, wrong(3))).toThrow(new CompileError('tuple() takes expressions'));
  });

  test('a comparison needs a row of the same width', () => {
    expect(() => pair.eq(wrong([1]))).toThrow(new CompileError('a tuple of 2 needs 2 values'));
    expect(() => pair.lt(wrong(5))).toThrow(new CompileError('a tuple of 2 needs 2 values'));
    expect(() => pair.gte(wrong(tuple(people.c.id, people.c.age, people.c.name)))).toThrow(new CompileError('a tuple of 2 compared with one of 3'));
    expect(() => pair.in(wrong([[1, 2], [3]]))).toThrow(new CompileError('a tuple of 2 needs 2 values'));
  });

  test('each comparison operator, against values and against another row', () => {
    const where = (cond: ReturnType<typeof pair.eq>) => compile(select(people.c.id).from(people).where(cond));
    expect(where(pair.ne([1, 2])).sql).toBe('SELECT "people"."id" FROM "people" WHERE ("people"."age", "people"."id") <> ($1, $2)');
    expect(where(pair.lt([1, 2])).sql).toBe('SELECT "people"."id" FROM "people" WHERE ("people"."age", "people"."id") < ($1, $2)');
    expect(where(pair.lte([1, 2])).params).toEqual([1, 2]);
    expect(where(pair.gte(tuple(people.c.id, people.c.age))).sql).toBe(
      'SELECT "people"."id" FROM "people" WHERE ("people"."age", "people"."id") >= ("people"."id", "people"."age")',
    );
  });
});

describe('subqueries', () => {
  test('scalar(), any() and all() take a query of one column', () => {
    const two = select(orders.c.id, orders.c.amount).from(orders);
    expect(() => scalar(wrong(two))).toThrow(new CompileError('scalar() takes a query that selects one column, got 2'));
    expect(() => any(wrong(two))).toThrow(new CompileError('any() takes a query that selects one column, got 2'));
    expect(() => all(wrong(people.c.id))).toThrow(new CompileError('all() takes a select()'));
    expect(() => scalar(wrong(undefined))).toThrow(new CompileError('scalar() takes a select()'));
    expect(compile(select(people.c.id).from(people).where(people.c.age.gt(all(select(orders.c.amount).from(orders))))).sql).toBe(
      'SELECT "people"."id" FROM "people" WHERE "people"."age" > ALL (SELECT "orders"."amount" FROM "orders")',
    );
  });

  test('exists() takes a query of any width', () => {
    expect(compile(select(people.c.id).from(people).where(exists(select(orders.c.id).from(orders).where(orders.c.personId.eq(people.c.id))))).sql).toBe(
      'SELECT "people"."id" FROM "people" WHERE EXISTS (SELECT "orders"."id" FROM "orders" WHERE "orders"."personId" = "people"."id")',
    );
  });
});

describe('CASE, CAST and NULLIF', () => {
  test('caseWhen() takes a condition and caseOf() an expression; no result is undefined', () => {
    expect(() => caseWhen(wrong(true), 'x')).toThrow(new CompileError('caseWhen() takes a condition'));
    expect(() => caseOf(wrong('age'))).toThrow(new CompileError('caseOf() takes an expression'));
    expect(() => caseWhen(people.c.age.lt(18), undefined)).toThrow(new CompileError('caseWhen(): a CASE result cannot be undefined (use null)'));
    expect(() => caseOf(people.c.age).when(1, 'one').else(undefined)).toThrow(new CompileError('caseOf().else(): a CASE result cannot be undefined (use null)'));
  });

  test('a NULL result takes the type of the typed results; mixed integers and fractions make a double', () => {
    const named = caseWhen(people.c.age.lt(18), null).when(people.c.age.lt(70), people.c.name);
    expect(named.type).toBe(people.c.name.type);
    const first = caseWhen(people.c.age.lt(18), people.c.name).else(null);
    expect(first.type).toBe(people.c.name.type);
    expect(compile(select(first.as('n')).from(people)).params).toEqual([18, null]);
    expect(caseWhen(people.c.age.lt(18), 1).else(1.5).type.kind).toBe('double');
    expect(caseWhen(people.c.age.lt(18), null).type.kind).toBe('unknown');
  });

  test('cast() takes a known SQL type or a column type', () => {
    expect(() => cast(people.c.age, wrong('text'))).toThrow(
      new InvalidValueError('cast() takes a SQL type (builtinTypes.text, a column type such as varchar({ length: 10 }))'),
    );
    expect(() => cast(people.c.age, builtinTypes.unknown)).toThrow(new InvalidValueError('cast() needs a known SQL type'));
    expect(compile(select(cast(people.c.age, varchar({ length: 10 })).as('a')).from(people)).sql).toBe('SELECT CAST("people"."age" AS VARCHAR(10)) AS "a" FROM "people"');
  });

  test('nullif() takes an expression first', () => {
    expect(() => nullif(wrong(''), wrong(people.c.name))).toThrow(new CompileError('nullif() takes an expression first'));
    expect(compile(select(nullif(people.c.name, '').as('n')).from(people)).sql).toBe('SELECT NULLIF("people"."name", $1) AS "n" FROM "people"');
  });
});

describe('grouping sets', () => {
  test('rollup(), cube() and groupingSets() need non-empty elements of expressions', () => {
    expect(() => rollup()).toThrow(new CompileError('rollup() needs at least one expression'));
    expect(() => cube([])).toThrow(new CompileError('cube(): an element cannot be empty'));
    expect(() => rollup(wrong('age'))).toThrow(new CompileError('rollup() takes expressions or arrays of expressions'));
    expect(() => groupingSets()).toThrow(new CompileError('groupingSets() needs at least one set'));
    expect(() => grouping()).toThrow(new CompileError('grouping() needs at least one expression'));
    expect(() => grouping(wrong('age'))).toThrow(new CompileError('grouping() takes expressions'));
    expect(compile(select(people.c.age, grouping(people.c.age).as('g')).from(people).groupBy(cube(people.c.age, [people.c.name, people.c.id]))).sql).toBe(
      'SELECT "people"."age", GROUPING("people"."age") AS "g" FROM "people" GROUP BY CUBE ("people"."age", ("people"."name", "people"."id"))',
    );
  });
});

describe('set operations', () => {
  const a = select(people.c.id, people.c.name).from(people);
  const b = select(orders.c.id, orders.c.personId.as('name')).from(orders);

  test('need two queries of one width', () => {
    expect(() => union(a)).toThrow(new CompileError('UNION needs at least two queries'));
    expect(() => unionAll(a, wrong(people))).toThrow(new CompileError('UNION ALL takes queries; item 2 is not one'));
    expect(() => union(a, wrong(select(orders.c.id).from(orders)))).toThrow(new CompileError('UNION: query 2 selects 1 columns, the first selects 2'));
  });

  test('are ordered by the names of their columns', () => {
    expect(() => union(a, wrong(b)).orderBy(wrong(people.c.id.asc()))).toThrow(
      new CompileError("a set operation is ordered by the names of its columns: orderBy(asc('name')) or orderBy('name')"),
    );
    expect(() => union(a, wrong(b)).orderBy('age')).toThrow(new CompileError('ORDER BY "age": the set operation has no column of that name'));
    expect(compile(union(a, wrong(b)).orderBy('name').limit(5).offset(2)).sql).toBe(
      'SELECT "people"."id", "people"."name" FROM "people" UNION SELECT "orders"."id", "orders"."personId" AS "name" FROM "orders" ORDER BY "name" LIMIT $1 OFFSET $2',
    );
  });
});

describe('SELECT', () => {
  test('a lock takes nowait or skipLocked, and tables in of', () => {
    const q = select(people.c.id).from(people);
    expect(() => q.forUpdate({ nowait: true, skipLocked: true })).toThrow(new CompileError('a lock may use nowait or skipLocked, not both'));
    expect(() => q.forUpdate({ of: [wrong(people.c.id)] })).toThrow(new CompileError('forUpdate({ of }) takes tables'));
  });

  test('select() and its clauses take what they can write', () => {
    expect(() => select()).toThrow(new CompileError('select() needs at least one column'));
    expect(() => select({ n: wrong(1) })).toThrow(new CompileError('select(): n is not an expression'));
    expect(() => select(people.c.id).from(wrong('people'))).toThrow(new CompileError('from() takes tables, aliases, subqueries or joins'));
    expect(() => select(people.c.id).from(people).distinctOn()).toThrow(new CompileError('distinctOn() needs at least one expression'));
    expect(() => select(people.c.id).from(people).distinctOn(wrong('id'))).toThrow(new CompileError('distinctOn() takes expressions'));
  });

  test.each([
    ['2', 'the string "2" (pass a number)'],
    ['123456789012345678901234', 'the string "12345678901234567890…" (pass a number)'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [1.5, '1.5, which has a fraction'],
    [-1, '-1, which is negative'],
    [2 ** 60, `${2 ** 60}, which is past Number.MAX_SAFE_INTEGER`],
    [5n, 'the bigint 5n (pass a number)'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, 'a object'],
  ])('limit(%p) is refused, saying what the count is', (count, problem) => {
    expect(() => select(people.c.id).from(people).limit(wrong(count))).toThrow(new InvalidValueError(`limit must be a non-negative integer, got ${problem}`));
  });
});

describe('column types', () => {
  test('lengths, precisions and enum values are checked when the column is declared', () => {
    expect(() => varchar(wrong(undefined))).toThrow(new SchemaError('varchar needs { length }'));
    expect(() => char(wrong(undefined))).toThrow(new SchemaError('char needs { length }'));
    expect(() => varchar({ length: -1 })).toThrow(new SchemaError('varchar length must be a non-negative integer, got -1'));
    expect(() => numeric({ scale: 2 })).toThrow(new SchemaError('numeric scale needs a precision'));
    expect(() => enumOf(wrong([]))).toThrow(SchemaError);
    expect(() => enumOf(['a', 'a'])).toThrow(new SchemaError('enumOf values must be distinct'));
  });
});

describe('the sql template', () => {
  test('sql.id() needs a name, sql.unsafe() a string', () => {
    expect(() => sql.id()).toThrow(new InvalidIdentifierError('sql.id() needs at least one name'));
    expect(() => sql.unsafe(wrong(3))).toThrow(new InvalidValueError('sql.unsafe() takes a string'));
    expect(compile(select(sql<number>`${sql.id('people', 'age')} + ${1}`.as('n')).from(people)).sql).toBe('SELECT "people"."age" + $1 AS "n" FROM "people"');
  });

  test('returns() needs column types', () => {
    expect(() => sql`SELECT 1`.returns({})).toThrow(new InvalidValueError('returns() needs at least one column'));
    expect(() => sql`SELECT 1`.returns(wrong({ n: 'integer' }))).toThrow(new InvalidValueError('returns(): n must be a column type such as integer() or text()'));
  });

  test('a function name must be an identifier', () => {
    expect(() => fn.call(wrong(''), [])).toThrow(InvalidIdentifierError);
  });
});
