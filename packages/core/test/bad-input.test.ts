/**
 * Bad input gets a clear error, never wrong SQL.
 */
import {
  CompileError,
  CompilingDialect,
  param,
  tuple,
  desc,
  fn,
  insert,
  integer,
  InvalidIdentifierError,
  InvalidValueError,
  json,
  MetaData,
  SchemaError,
  select,
  sql,
  table,
  Table,
  text,
  update,
} from '@alkahest/core/dialect';
import { createEngine } from '@alkahest/pool';
import { SqliteCompiler } from '@alkahest/sqlite';

const compiler = new SqliteCompiler();
const users = table('users', { id: integer().primaryKey(), name: text().notNull(), age: integer(), meta: json() });
const posts = table('posts', { id: integer().primaryKey(), userId: integer('user_id') });

describe('values', () => {
  test('an empty IN list is always false, an empty NOT IN always true', () => {
    expect(compiler.compile(select(users.c.id).where(users.c.id.in([]))).sql).toBe('SELECT "users"."id" FROM "users" WHERE 1 = 0');
    expect(compiler.compile(select(users.c.id).where(users.c.id.notIn([]))).sql).toBe('SELECT "users"."id" FROM "users" WHERE 1 = 1');
  });

  test('undefined is not a value', () => {
    expect(() => users.c.age.eq(undefined as unknown as number)).toThrow(/column users\.age: undefined is not a SQL value/);
    expect(() => sql`${undefined}`).toThrow(InvalidValueError);
  });

  test('objects, arrays, functions and symbols are refused for non-JSON columns, naming the column', () => {
    const bad: unknown[] = [{ $gt: 1 }, [1, 2], () => 1, Symbol('x'), { toSqlString: () => '1; DROP TABLE users' }];
    for (const value of bad) {
      expect(() => users.c.name.eq(value as string)).toThrow(/column users\.name: expected a string/);
      expect(() => insert(users).values({ name: value as string })).toThrow(/column users\.name/);
    }
    expect(() => users.c.age.eq(1.5)).toThrow('column users.age: expected an integer, got 1.5');
    expect(() => users.c.age.eq(Number.NaN)).toThrow(InvalidValueError);
    // A JSON column takes plain JSON, still not functions or class instances.
    expect(() => insert(users).values({ name: 'a', meta: { nested: [1, { ok: true }] } })).not.toThrow();
    expect(() => insert(users).values({ name: 'a', meta: { f: () => 1 } })).toThrow(/column users\.meta: expected a JSON value/);
    expect(() => insert(users).values({ name: 'a', meta: new Map() })).toThrow(InvalidValueError);
  });

  test('a list parameter of rows takes arrays of the tuple\'s width, each value checked against its item', () => {
    const dialect = new CompilingDialect(compiler);
    const prepared = dialect.prepare(select(users.c.id).from(users).where(tuple(users.c.id, users.c.name).in(param('pairs'))));
    // SQLite binds integers as bigints (INTEGER, not REAL).
    expect(prepared.bind({ pairs: [[1, 'a']] }).params).toEqual([1n, 'a']);
    expect(() => prepared.bind({ pairs: [[1]] })).toThrow(/parameter :pairs is a list of rows of 2 values: row #1 is an array of 1/);
    expect(() => prepared.bind({ pairs: [[1, 'a'], 7] })).toThrow(/row #2 is number/);
    expect(() => prepared.bind({ pairs: [null] })).toThrow(InvalidValueError);
    expect(() => prepared.bind({ pairs: [null] })).toThrow(/row #1 is null$/);
    expect(() => prepared.bind({ pairs: [['x', 'a']] })).toThrow(/parameter :pairs: expected an integer/);
    expect(() => prepared.bind({ pairs: 'x' })).toThrow(/give an array/);
  });

  test('sql`` interpolations bind; objects are refused there too', () => {
    expect(compiler.compile(sql`SELECT ${"x'; --"}`).sql).toBe('SELECT ?');
    expect(() => sql`SELECT ${{ a: 1 }}`).toThrow(/sql`…` value #1/);
  });
});

describe('statements', () => {
  test('an INSERT without values', () => {
    expect(() => compiler.compile(insert(users))).toThrow(/has no values/);
    expect(() => insert(users).values([])).toThrow(/at least one row/);
  });

  test('an UPDATE without SET', () => {
    expect(() => compiler.compile(update(users).where(users.c.id.eq(1)))).toThrow(/sets nothing/);
  });

  test('unknown keys in INSERT and UPDATE', () => {
    expect(() => insert(users).values({ name: 'a', nope: 1 } as never)).toThrow(/has no column "nope"/);
    expect(() => update(users).set({ nope: 1 } as never)).toThrow(/has no column "nope"/);
  });

  test('a later row of an INSERT is checked as the first is, whatever keys came before', () => {
    const rows = (...later: object[]) => [{ name: 'a', age: 1 }, { name: 'b', age: 2 }, ...later] as never;
    // An extra key after rows of the same keys; the same keys in another order with one unknown.
    expect(() => insert(users).values(rows({ name: 'c', age: 3, nope: 1 }))).toThrow(new CompileError('insert into users, row 3: table users has no column "nope"'));
    expect(() => insert(users).values(rows({ age: 3, nope: 1 }))).toThrow(new CompileError('insert into users, row 3: table users has no column "nope"'));
    expect(() => insert(users).values(rows(['c', 3]))).toThrow(new CompileError('insert into users, row 3: expected an object of column values'));
    // A value its column cannot hold, in a row of the same keys as the first.
    expect(() => insert(users).values(rows({ name: 'c', age: 'three' }))).toThrow(InvalidValueError);
    expect(() => insert(users).values(rows({ age: 'three', name: 'c' }))).toThrow(InvalidValueError);
  });

  test('a column of a table not in FROM', () => {
    expect(() => compiler.compile(select(users.c.name).from(users).where(posts.c.id.eq(1)))).toThrow(
      /column posts\.id refers to table posts, which is not in the FROM clause/,
    );
    expect(() => compiler.compile(update(users).set({ name: 'x' }).where(posts.c.id.eq(1)))).toThrow(CompileError);
  });

  test('an implicit FROM over several tables asks for .from()', () => {
    expect(() => compiler.compile(select(users.c.name, posts.c.id))).toThrow(/name the FROM clause/);
  });

  test('duplicate keys in a select list', () => {
    // @ts-expect-error the types refuse duplicate keys too
    expect(() => select(users.c.id, posts.c.id)).toThrow(/two columns are named "id"/);
  });

  test('ORDER BY an unknown select-list name', () => {
    expect(() => compiler.compile(select(users.c.id).from(users).orderBy(desc('nope')))).toThrow(/no selected column has that name/);
  });

  test('LIMIT and OFFSET take non-negative integers', () => {
    expect(() => select(users.c.id).limit(-1)).toThrow(InvalidValueError);
    expect(() => select(users.c.id).offset(1.5)).toThrow(/offset must be a non-negative integer/);
  });

  test('an expression in a select list needs a name', () => {
    expect(() => select(fn.count() as never)).toThrow(/needs a name/);
  });
});

describe('identifiers', () => {
  test('NUL in an identifier', () => {
    expect(() => table('a\u0000b', { id: integer() })).toThrow(InvalidIdentifierError);
    expect(() => sql.id('x\u0000')).toThrow(/NUL/);
    expect(() => users.as('')).toThrow(InvalidIdentifierError);
  });

  test('quotes inside identifiers are escaped, never closing the name', () => {
    const odd = table('we"ird', { 'col"; DROP TABLE x; --': integer() });
    expect(compiler.compile(select(odd)).sql).toBe('SELECT "we""ird"."col""; DROP TABLE x; --" FROM "we""ird"');
  });

  test('generic function names must be identifiers', () => {
    expect(() => (fn as unknown as Record<string, () => unknown>)['drop table x;--']!()).toThrow(InvalidIdentifierError);
    expect(() => fn.call('count(*) from users; --')).toThrow(/not a valid SQL function name/);
    expect(compiler.compile(select({ d: fn.julianday(sql`'now'`) })).sql).toBe(`SELECT JULIANDAY('now') AS "d"`);
  });
});

describe('schema', () => {
  test('inconsistent tables are refused', () => {
    expect(() => table('t', {})).toThrow(SchemaError);
    expect(() => table('t', { a: integer('x'), b: integer('x') })).toThrow(/two columns are named x/);
    expect(() => table('t', { a: integer().primaryKey(), b: integer().primaryKey() })).toThrow(/composite key/);
    expect(() => table('t', { a: integer() }, { primaryKey: ['nope' as 'a'] })).toThrow(/unknown column nope/);
  });

  test('foreign-key cycles are reported', () => {
    const later: { b?: Table } = {};
    const a = table('a', { id: integer().primaryKey(), bId: integer('b_id').references(() => later.b!.c.id!) });
    const b = table('b', { id: integer().primaryKey(), aId: integer('a_id').references(() => a.c.id) });
    later.b = b;
    expect(() => new MetaData(a, b).sortedTables).toThrow(/foreign keys form a cycle: a -> b -> a/);
  });
});

describe('engine URLs', () => {
  test('an unknown database scheme', () => {
    expect(() => createEngine('nosuch://x')).toThrow(/unknown database "nosuch" in URL; known: sqlite, postgres/);
    expect(() => createEngine('not a url')).toThrow(/cannot tell the database/);
    expect(() => createEngine('sqlite::memory:?bogus=1')).toThrow(/unknown SQLite URL option "bogus"/);
  });

  test('a password never appears in an error', () => {
    let message = '';
    try {
      createEngine('postgres://u:s3cret@127.0.0.1:1/db?nope=1');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/unknown PostgreSQL URL option/);
    expect(message).not.toContain('s3cret');
  });
});
