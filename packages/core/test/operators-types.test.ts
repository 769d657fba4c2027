/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Type-level tests for IS [NOT] DISTINCT FROM, bitwise operators and regular
 * expressions (`tsc -p tsconfig.test.json` checks them), with their build-time checks.
 */
import { Expression, integer, select, table, text } from '@alkahest/core';
import type { Equal, RowType } from './type-helpers';

const files = table('files', { id: integer().primaryKey(), mode: integer().notNull(), owner: integer(), name: text().notNull() });

describe('operator types', () => {
  test('bitwise operators keep the integer type and nullability', () => {
    const q = select({ w: files.c.mode.bitAnd(0o200), o: files.c.owner.bitOr(1), n: files.c.mode.bitNot(), s: files.c.mode.shiftLeft(2) }).from(files);
    const exact: Equal<RowType<typeof q>, { w: number; o: number | null; n: number; s: number }> = true;
    expect(exact).toBe(true);
  });

  test('bitwise needs integers; regular expressions need strings', () => {
    // @ts-expect-error bitAnd() on a string
    expect(() => files.c.name.bitAnd(1)).toThrow('bitAnd() needs integer operands, but column files.name is text');
    // @ts-expect-error regexMatch() on an integer
    expect(files.c.mode.regexMatch('^1').kind).toBe('regex-match');
    // @ts-expect-error a pattern is a string
    expect(() => files.c.name.regexMatch(1)).toThrow(/expected a string/);
  });

  test('IS DISTINCT FROM takes a value, an expression or null', () => {
    const conditions: Expression<boolean>[] = [files.c.owner.isDistinctFrom(1), files.c.owner.isNotDistinctFrom(null), files.c.owner.isDistinctFrom(files.c.mode)];
    // @ts-expect-error a string is not an integer
    expect(() => files.c.owner.isDistinctFrom('x')).toThrow(/expected an integer/);
    expect(conditions.map((c) => c.kind)).toEqual(['distinct-from', 'distinct-from', 'distinct-from']);
  });

  test('regexReplace keeps the string type', () => {
    const q = select({ clean: files.c.name.regexReplace('[^a-z]', '') }).from(files);
    const exact: Equal<RowType<typeof q>, { clean: string }> = true;
    expect(exact).toBe(true);
  });
});
