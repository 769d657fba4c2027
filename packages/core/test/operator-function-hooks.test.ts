/**
 * Per-operator and per-function hooks: a dialect changes how one operator or
 * one function is written without overriding the whole visit method, and the
 * dialects' own hooks (Oracle's MOD and '' comparisons, MySQL's CHAR_LENGTH,
 * now()) are where they take effect.
 */
import { bigint, fn, InvalidValueError, select, table, text } from '@alkahest/core';
import { baseBinaryOperatorHooks, baseFunctionHooks } from '@alkahest/core/dialect';
import type { BinaryOperatorHooks, FunctionHook, FunctionHooks } from '@alkahest/core/dialect';
import { MysqlCompiler } from '@alkahest/mysql';
import { OracleCompiler } from '@alkahest/oracle';
import { SqliteCompiler } from '@alkahest/sqlite';

const t = table('t', { id: bigint().primaryKey(), n: bigint(), s: text() });

test('a hook for one operator changes that operator alone, and the rest of the tree is still visited', () => {
  class ModAsFunction extends SqliteCompiler {
    override readonly binaryOperatorHooks: BinaryOperatorHooks = {
      ...baseBinaryOperatorHooks,
      '%': (c, node, ctx) => `mod(${c.expression(node.left, ctx)}, ${c.expression(node.right, ctx)})`,
    };
  }
  const q = select(t.c.n.mod(3n).plus(1n).as('x')).from(t).where(t.c.n.gt(2n));
  expect(new ModAsFunction().compile(q)).toMatchObject({
    sql: 'SELECT (mod("t"."n", ?)) + ? AS "x" FROM "t" WHERE "t"."n" > ?',
    params: [3n, 1n, 2n],
  });
  expect(new SqliteCompiler().compile(q).sql).toBe('SELECT ("t"."n" % ?) + ? AS "x" FROM "t" WHERE "t"."n" > ?');
});

test('a hook for one function, by its portable name; a name such as constructor is not a hook', () => {
  const upper: FunctionHook = (c, node, ctx) => c.functionCall(node, ctx, 'SHOUT');
  class Shouting extends SqliteCompiler {
    override readonly functionHooks: FunctionHooks = new Map([...baseFunctionHooks, ['upper', upper]]);
  }
  expect(new Shouting().compile(select(fn.upper(t.c.s).as('u'), fn.now().as('at')).from(t)).sql).toBe(
    `SELECT SHOUT("t"."s") AS "u", strftime('%Y-%m-%d %H:%M:%f', 'now') AS "at" FROM "t"`,
  );
  expect(new Shouting().compile(select(fn.call('constructor', t.c.n).as('c')).from(t)).sql).toBe('SELECT CONSTRUCTOR("t"."n") AS "c" FROM "t"');
});

test("the dialects' hooks: Oracle's MOD and '' comparisons, MySQL's CHAR_LENGTH", () => {
  expect(new OracleCompiler().compile(select(t.c.n.mod(2n).as('m')).from(t).where(t.c.s.eq(''))).sql).toBe('SELECT MOD(T.N, TO_NUMBER(:1)) AS M FROM T WHERE T.S IS NULL');
  expect(() => new OracleCompiler().compile(select(t.c.id).from(t).where(t.c.s.gt('')))).toThrow(InvalidValueError);
  expect(new MysqlCompiler().compile(select(fn.length(t.c.s).as('l')).from(t)).sql).toBe('SELECT CHAR_LENGTH(`t`.`s`) AS `l` FROM `t`');
});
