/**
 * Deep trees: the one walker (shape, scope checks, bind counting) keeps its
 * own stack and goes to any depth; a statement nested deeper than a compile
 * can render is refused with ExpressionTooDeepError — never the engine's
 * RangeError — and one within the limit compiles on every dialect and gives
 * the right rows.
 */
import { and, CompileError, Expression, ExpressionTooDeepError, insert, integer, or, select, sql, table } from '@alkahest/core';
import { countBinds, MAX_NESTING_DEPTH, readsAnyOf } from '@alkahest/core/dialect';
import type { Dialect, SqlCompiler } from '@alkahest/core/dialect';
import { createEngine } from '@alkahest/pool';
import { MysqlCompiler, alkahestDialect as mysql } from '@alkahest/mysql';
import { OracleCompiler, alkahestDialect as oracle } from '@alkahest/oracle';
import { PostgresCompiler, alkahestDialect as postgres } from '@alkahest/postgres';
import { SqliteCompiler, alkahestDialect as sqlite } from '@alkahest/sqlite';

const t = table('t', { id: integer().primaryKey(), a: integer() });

/** `a = 1 AND (a = 2 OR (a = 3 AND (…)))`, `depth` levels of alternating AND/OR, as a user-built filter nests. */
function mixedFilter(depth: number): Expression<boolean> {
  let e: Expression<boolean> = t.c.a.eq(depth);
  for (let i = depth - 1; i >= 1; i--) e = i % 2 === 1 ? and(t.c.a.eq(i), e) : or(t.c.a.eq(i), e);
  return e;
}

/** `a = 1 OR (a < 1000 AND (a = 3 OR (a < 1000 AND (…))))`: true for the odd values up to `depth`. */
function oddValues(depth: number): Expression<boolean> {
  let e: Expression<boolean> = t.c.a.eq(depth % 2 === 1 ? depth : 1);
  for (let i = depth - 1; i >= 1; i--) e = i % 2 === 1 ? or(t.c.a.eq(i), e) : and(t.c.a.lt(1000), e);
  return e;
}

/** `a + 1 + 1 + …`, `length` times. */
function plusChain(length: number): Expression<number | null> {
  let e: Expression<number | null> = t.c.a;
  for (let i = 0; i < length; i++) e = e.plus(1);
  return e;
}

const dialects: readonly [string, Dialect, () => SqlCompiler][] = [
  ['sqlite', sqlite.createDialect(), () => new SqliteCompiler()],
  ['postgres', postgres.createDialect(), () => new PostgresCompiler()],
  ['mysql', mysql.createDialect(), () => new MysqlCompiler()],
  ['oracle', oracle.createDialect(), () => new OracleCompiler()],
];

/** The error a call throws, or undefined. */
function errorOf(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the walker goes to any depth', () => {
  const deep = plusChain(100_000).gt(0);

  test('a 100,000-deep tree: bound values counted, columns found, the shape walked to the bottom and refused with the depth it has', () => {
    expect(countBinds(deep)).toBe(100_001);
    expect(readsAnyOf(deep, new Set([t]))).toBe(true);
    const error = errorOf(() => sqlite.createDialect().compile(select(t.c.id).from(t).where(deep)));
    expect(error).toBeInstanceOf(ExpressionTooDeepError);
    expect((error as ExpressionTooDeepError).depth).toBeGreaterThan(100_000);
    expect((error as ExpressionTooDeepError).limit).toBe(MAX_NESTING_DEPTH);
  });
});

describe.each(dialects)('%s', (_name, dialect, compiler) => {
  test.each([
    ['a 1,250-deep mixed AND/OR filter', () => select(t.c.id).from(t).where(mixedFilter(1_250))],
    ['a 1,250-long .plus() chain', () => select(plusChain(1_250).as('x')).from(t)],
    ['a 50,000-deep mixed AND/OR filter', () => select(t.c.id).from(t).where(mixedFilter(50_000))],
  ])('%s is refused with ExpressionTooDeepError, a CompileError, never a RangeError', (_what, build) => {
    const statement = build();
    const error = errorOf(() => dialect.compile(statement));
    expect(error).toBeInstanceOf(ExpressionTooDeepError);
    expect(error).toBeInstanceOf(CompileError);
    expect((error as Error).message).toMatch(/and\(a, b, c, …\)/);
  });

  test.each([
    ['1,250-deep filter', () => select(t.c.id).from(t).where(mixedFilter(1_250))],
    ['50,000-deep filter', () => select(t.c.id).from(t).where(mixedFilter(50_000))],
    ['1,250-long .plus() chain', () => select(plusChain(1_250).as('x')).from(t)],
  ])('the compiler called directly on a %s gives SQL or ExpressionTooDeepError, never a RangeError', (_what, build) => {
    const error = errorOf(() => compiler().compile(build()));
    if (error !== undefined) expect(error).toBeInstanceOf(ExpressionTooDeepError);
  });

  test('a 300-deep filter within the limit compiles, one placeholder per value', () => {
    const compiled = dialect.compile(select(t.c.id).from(t).where(mixedFilter(300)));
    expect(compiled.params).toHaveLength(300);
    expect(compiled.sql.match(/ AND /g)).toHaveLength(150);
    expect(compiled.sql.match(/ OR /g)).toHaveLength(149);
  });
});

test('a deep filter within the limit runs on SQLite and gives the rows it means; a deeper one is refused by the engine, typed', async () => {
  const engine = createEngine('sqlite::memory:');
  try {
    await engine.execute(sql`CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER)`);
    await engine.execute(insert(t).values([{ id: 1, a: 1 }, { id: 2, a: 2 }, { id: 3, a: 3 }]));
    const rows = await engine.execute(select(t.c.id).from(t).where(oddValues(400)).orderBy(t.c.id.asc()));
    expect(rows).toEqual([{ id: 1 }, { id: 3 }]);
    await expect(engine.execute(select(t.c.id).from(t).where(mixedFilter(1_250)))).rejects.toBeInstanceOf(ExpressionTooDeepError);
  } finally {
    await engine.close();
  }
});
