/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Type-level tests for typed constants, optional filters, SELECT 1 and the
 * typed string functions (`tsc -p tsconfig.test.json` checks them).
 */
import { and, caseWhen, date, dateValue, dates, Decimal, decimalValue, Expression, fn, integer, numeric, or, select, selectOne, table, text, val } from '@alkahest/core';
import { assertType, type Equal, type RowType } from './type-helpers';

const items = table('items', { id: integer().primaryKey(), name: text().notNull(), note: text(), discount: numeric({ precision: 4, scale: 2 }).notNull() });

describe('typed constants', () => {
  test('val() takes its type from the value, or the type given', () => {
    const q = select({ one: val(5), label: val('x'), net: val(1).minus(items.c.discount), d: val('2024-01-31', date()), day: dateValue('1994-01-01') }).from(items);
    assertType<Equal<RowType<typeof q>, { one: number; label: string; net: string; d: string; day: string }>>();
    assertType<Equal<ReturnType<typeof decimalValue>, Expression<Decimal>>>();
  });

  test('constants in CASE and date arithmetic', () => {
    const band = caseWhen(items.c.id.gt(3), val('big')).else('small');
    const next = dates.add(dateValue('1994-01-01'), { years: 1 });
    const plain = dates.add('1994-01-01', { years: 1 });
    assertType<Equal<typeof band['__value'], string>>();
    assertType<Equal<typeof next['__value'], string>>();
    assertType<Equal<typeof plain['__value'], string>>();
  });

  test('val() refuses NULL and expressions', () => {
    // @ts-expect-error val() takes a value
    expect(() => val(null)).toThrow(/val\(\) takes a value/);
    expect(() => val(items.c.id as unknown as string)).toThrow(/not an expression/);
    expect(() => decimalValue('1.2.3')).toThrow(/decimal number/);
  });
});

describe('optional filters', () => {
  test('where(undefined) and and() of nothing add no condition', () => {
    const name: string | undefined = undefined as string | undefined;
    const q = select(items.c.id).from(items).where(and(name === undefined ? undefined : items.c.name.eq(name), or(undefined))).where(undefined);
    expect(q.state.where).toBeUndefined();
    const r = q.where(items.c.id.gt(1)).where(undefined);
    expect(r.state.where?.kind).toBe('binary');
  });
});

describe('SELECT 1 and string functions', () => {
  test('selectOne() types its row; string functions keep nullability', () => {
    const one = selectOne().from(items);
    assertType<Equal<RowType<typeof one>, { one: number }>>();
    const q = select({ sub: fn.substring(items.c.name, 1, 2), note: fn.trim(items.c.note), r: fn.replace(items.c.name, 'a', 'b') }).from(items);
    assertType<Equal<RowType<typeof q>, { sub: string; note: string | null; r: string }>>();
    // @ts-expect-error substring takes a string expression
    expect(fn.substring(items.c.id, 1).kind).toBe('function');
  });
});

describe('row count messages say what was wrong with the value', () => {
  test('a string, a fraction, a negative number', () => {
    // @ts-expect-error limit takes a number
    expect(() => select(items.c.id).from(items).limit('2')).toThrow('limit must be a non-negative integer, got the string "2" (pass a number)');
    expect(() => select(items.c.id).from(items).offset(1.5)).toThrow('offset must be a non-negative integer, got 1.5, which has a fraction');
    expect(() => select(items.c.id).from(items).limit(-1)).toThrow('limit must be a non-negative integer, got -1, which is negative');
  });
});
