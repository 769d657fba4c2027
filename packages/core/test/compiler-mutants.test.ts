/**
 * Paths of the expression and statement compilers (compiler/expression-compiler.ts,
 * compiler/sql-compiler.ts) that mutation testing found unchecked: the
 * standard-SQL defaults a dialect built on SqlCompiler alone inherits, the
 * messages of nodes no compiler knows and of list parameters compiled without
 * their lengths, NOT of a single term, a typed list parameter of rows, the
 * parameter limit at its edge, and MySQL's read-back statement when the
 * compiler is called directly.
 */
import { bigint, boolean, builtinTypes, CompileError, dates, Expression, insert, integer, json, not, param, select, sql, SqlType, table, text, timestamp, tuple, UnsupportedFeatureError, type Statement } from '@alkahest/core';
import { baseCodecs, CompilingDialect, SqlCompiler, TypeCompiler, type ExpressionKind } from '@alkahest/core/dialect';
import { mysqlDialect, MysqlCompiler } from '@alkahest/mysql';
import { OracleCompiler } from '@alkahest/oracle';
import { PostgresCompiler } from '@alkahest/postgres';
import { SqliteCompiler } from '@alkahest/sqlite';
import { expectThrows } from './expect-throws';

const people = table('people', { id: integer().primaryKey(), name: text().notNull(), active: boolean(), seen: timestamp(), doc: json<{ a: number[] }>() });

/** Type names for the dialect below: standard SQL throughout. */
class StandardTypes extends TypeCompiler<string> {
  readonly dialect = 'standard';
  reflect(native: string): SqlType {
    void native;
    return builtinTypes.text;
  }
}

/** A third-party dialect that overrides nothing: what SqlCompiler itself writes. */
class StandardCompiler extends SqlCompiler {
  readonly dialect = 'standard';
  readonly codecs = baseCodecs;
  readonly types = new StandardTypes();
}

describe('a dialect built on SqlCompiler alone gets standard SQL, and refusals that name the feature', () => {
  const standard = new StandardCompiler();
  const selectOf = (value: Expression) => standard.compile(select({ v: value }).from(people)).sql;

  // The SQL/JSON default: JSON_QUERY for json.get(), JSON_VALUE for json.text(), the path written as a literal.
  test('json.get() and json.text() are JSON_QUERY and JSON_VALUE', () => {
    expect(selectOf(json.get(people.c.doc, ['a', 0]))).toBe(`SELECT JSON_QUERY("people"."doc", '$."a"[0]') AS "v" FROM "people"`);
    expect(selectOf(json.text(people.c.doc, ['a']))).toBe(`SELECT JSON_VALUE("people"."doc", '$."a"') AS "v" FROM "people"`);
  });

  // Standard SQL has no containment test: the refusal names it and says what to do instead.
  test('json.contains() is refused', () => {
    expectThrows(() => selectOf(json.contains(people.c.doc, { a: [1] })), UnsupportedFeatureError, 'JSON containment is not supported by the standard dialect: compare json.text() values instead');
  });

  // EXTRACT(FIELD FROM x), the field upper-cased; the day of the week, which standard SQL lacks, is refused.
  test('dates.extract() is EXTRACT, except the day of the week', () => {
    expect(selectOf(dates.extract('year', people.c.seen))).toBe('SELECT EXTRACT(YEAR FROM "people"."seen") AS "v" FROM "people"');
    expect(selectOf(dates.extract('minute', people.c.seen))).toBe('SELECT EXTRACT(MINUTE FROM "people"."seen") AS "v" FROM "people"');
    expectThrows(() => selectOf(dates.extract('dow', people.c.seen)), UnsupportedFeatureError, 'the day of the week is not supported by the standard dialect');
  });

  // Interval arithmetic and truncation differ in every database: without a dialect's own, they are refused by name.
  test('dates.add() and dates.trunc() are refused', () => {
    expectThrows(() => selectOf(dates.add(people.c.seen, { days: 1 })), UnsupportedFeatureError, 'Date arithmetic is not supported by the standard dialect');
    expectThrows(() => selectOf(dates.trunc('day', people.c.seen)), UnsupportedFeatureError, 'Date truncation is not supported by the standard dialect');
  });

  // A dialect without its own EXPLAIN refuses engine.explain() by name.
  test('EXPLAIN is refused', () => {
    expectThrows(() => new CompilingDialect(standard).explain(select(people.c.id).from(people)), UnsupportedFeatureError, 'EXPLAIN is not supported by the standard dialect');
  });
});

/** A node whose kind no compiler knows, as code outside the typed API could build one. */
class UnknownNode extends Expression<boolean> {
  readonly kind = 'unknown-to-alkahest' as ExpressionKind;
  readonly type = builtinTypes.boolean;
}

// A node of an unknown kind, as an expression or as a statement, is a CompileError naming the kind.
test('a node of a kind no compiler knows is refused, naming its kind', () => {
  const sqlite = new SqliteCompiler();
  expectThrows(() => sqlite.compile(select(people.c.id).from(people).where(new UnknownNode())), CompileError, 'the sqlite compiler does not know expression kind "unknown-to-alkahest"');
  expectThrows(() => sqlite.compile({ kind: 'unknown-to-alkahest' } as unknown as Statement), CompileError, 'cannot compile a unknown-to-alkahest node as a statement');
});

// compile() has no list lengths: a list parameter there says to prepare the statement.
test('a list parameter compiled outside engine.prepare() is refused with what to do', () => {
  const statement = select(people.c.id).from(people).where(people.c.id.in(param('ids')));
  expectThrows(
    () => new SqliteCompiler().compile(statement),
    CompileError,
    'parameter :ids is a list whose length is known only when the query runs: run the statement with engine.prepare()',
  );
});

// NOT of a single term is written bare; where the condition is longer (Oracle's `= 1` for a boolean), it is parenthesized.
test('NOT of a boolean column', () => {
  const statement = select(people.c.id).from(people).where(not(people.c.active));
  expect(new PostgresCompiler().compile(statement).sql).toBe('SELECT "people"."id" FROM "people" WHERE NOT "people"."active"');
  expect(new OracleCompiler().compile(statement).sql).toBe('SELECT PEOPLE.ID FROM PEOPLE WHERE NOT (PEOPLE.ACTIVE = 1)');
});

// A list parameter of rows given a type binds every field with it, not with the types of the tuple's items.
test("a typed list parameter of rows binds each field as its type (MySQL's exact BIGINT cast)", () => {
  const rows = mysqlDialect().prepare(select(people.c.id).from(people).where(tuple(sql`a`, sql`b`).in(param('pairs', builtinTypes.bigint))));
  expect(rows.bind({ pairs: [[1n, 2n]] })).toMatchObject({ sql: 'SELECT `people`.`id` FROM `people` WHERE (a, b) IN ((CAST(? AS SIGNED), CAST(? AS SIGNED)))', params: [1n, 2n] });
});

// The limit is inclusive: a statement with exactly the dialect's maximum of parameters compiles, one more does not.
test('a statement may bind exactly the maximum number of parameters', () => {
  const sqlite = new SqliteCompiler();
  const max = sqlite.maxParameters;
  const inList = (n: number) => select(people.c.id).from(people).where(people.c.id.in(Array.from({ length: n }, (_, i) => i)));
  expect(sqlite.compile(inList(max)).params).toHaveLength(max);
  expectThrows(
    () => sqlite.compile(inList(max + 1)),
    CompileError,
    `this statement has ${max + 1} parameters; sqlite takes at most ${max} in one statement. Split the IN list or the rows (engine.execute splits a multi-row insert by itself)`,
  );
});

// MySQL 8 reads an INSERT … RETURNING back with a follow-up SELECT: compiling with the compiler directly carries it too.
test('the compiler itself gives MySQL 8 the read-back statement of INSERT … RETURNING', () => {
  const autoOrders = table('auto_orders', { id: bigint().primaryKey(), amount: integer().notNull() });
  const statement = insert(autoOrders).values({ amount: 5 }).returning(autoOrders.c.id);
  const compiled = new MysqlCompiler({ flavor: 'mysql' }).compile(statement);
  expect(compiled.sql).toBe('INSERT INTO `auto_orders` (`amount`) VALUES (?)');
  expect(compiled.followUp).toBe('SELECT `auto_orders`.`id` FROM `auto_orders` WHERE `auto_orders`.`id` = LAST_INSERT_ID()');
  // The same as the engine's dialect (through its statement cache) gives.
  expect(mysqlDialect({ flavor: 'mysql' }).compile(statement).followUp).toBe(compiled.followUp);
  // MariaDB has RETURNING: no follow-up.
  expect(new MysqlCompiler({ flavor: 'mariadb' }).compile(statement).followUp).toBeUndefined();
});
