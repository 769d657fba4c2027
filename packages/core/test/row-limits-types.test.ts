/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Type-level tests for row limits: LIMIT / OFFSET take numbers, parameters
 * and numeric expressions, and `limit(n, { withTies: true })` keeps the row
 * type (`tsc -p tsconfig.test.json` checks them).
 */
import { fn, integer, InvalidValueError, param, scalar, select, sql, table, text, val } from '@alkahest/core';
import { assertType, type Equal, type RowType } from './type-helpers';

const scores = table('scores', { id: integer().primaryKey(), player: text().notNull(), score: integer() });

describe('row limits', () => {
  test('LIMIT / OFFSET take numbers, parameters and numeric expressions; WITH TIES keeps the row type', () => {
    const top = select(scores.c.player, scores.c.score).from(scores).orderBy(scores.c.score.desc()).limit(3, { withTies: true });
    assertType<Equal<RowType<typeof top>, { player: string; score: number | null }>>();
    const counted = scalar(select({ n: fn.count() }).from(scores));
    const page = select(scores.c.id).from(scores).orderBy(scores.c.id).limit(val(2).plus(1)).offset(counted);
    assertType<Equal<RowType<typeof page>, { id: number }>>();
    select(scores.c.id).from(scores).limit(param('n')).offset(sql<number>`${1} * 2`);
    expect(top.state.withTies).toBe(true);
    expect(top.limit(3).state.withTies).toBe(false);
  });

  test('a count that is not a number is refused, by the types and at run time', () => {
    // @ts-expect-error a text expression is no row count
    expect(() => select(scores.c.id).from(scores).limit(scores.c.player)).toThrow(InvalidValueError);
    // @ts-expect-error a string is no row count
    expect(() => select(scores.c.id).from(scores).offset('2')).toThrow(/offset must be a non-negative integer, got the string "2"/);
    // @ts-expect-error withTies is a boolean
    select(scores.c.id).from(scores).limit(2, { withTies: 'yes' });
  });
});
