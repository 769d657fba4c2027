/**
 * A bare `param('name')` given as a column's value (INSERT VALUES, UPDATE SET,
 * an upsert's SET) type-checks for any column and takes the column's SQL type,
 * as it does in a comparison; the result types of arithmetic carry the scale
 * the column types declare.
 */
import { builtinTypes, caseWhen, fn, insert, integer, json, numeric, Param, param, table, text, update } from '@alkahest/core';
import type { Decimal, Expression } from '@alkahest/core';

const settings = table('settings', {
  id: integer().primaryKey({ autoIncrement: false }),
  doc: json<{ theme: string }>().notNull(),
  label: text().notNull(),
  size: integer().notNull(),
});

describe('a bare param() as a column value', () => {
  test('type-checks for NOT NULL json, text and integer columns, in INSERT and UPDATE', () => {
    const added = insert(settings).values({ id: 1, doc: param('doc'), label: param('label'), size: param('size') });
    const changed = update(settings).set({ doc: param('doc'), size: param('size') });
    expect(added.kind).toBe('insert');
    expect(changed.kind).toBe('update');
  });

  test('takes the column type in INSERT rows', () => {
    const added = insert(settings).values({ id: 1, doc: param('doc'), label: 'x', size: 1 });
    const values = added.source as unknown as { rows: readonly (readonly unknown[])[]; columns: readonly { key: string }[] };
    const doc = values.rows[0]![values.columns.findIndex((c) => c.key === 'doc')] as Param;
    expect(doc).toBeInstanceOf(Param);
    expect(doc.type).toBe(settings.c.doc.type);
  });

  test('takes the column type in UPDATE SET; a typed param keeps its own', () => {
    const changed = update(settings).set({ doc: param('doc'), label: param('label', builtinTypes.text) });
    const [doc, label] = changed.assignments;
    expect((doc!.value as Param).type).toBe(settings.c.doc.type);
    expect((label!.value as Param).type).toBe(builtinTypes.text);
  });
});

describe('the scale of numeric results', () => {
  const items = table('items', {
    price: numeric({ precision: 10, scale: 2 }).notNull(),
    fee: numeric({ precision: 6, scale: 3 }).notNull(),
    whole: numeric({ precision: 8 }),
    quantity: integer().notNull(),
  });
  const options = (e: Expression): unknown => e.type.options;

  test('+ and - take the larger scale, * the sum; integers and numeric(p) are scale 0', () => {
    expect(options(items.c.price.plus(items.c.fee))).toEqual({ precision: 12, scale: 3 });
    expect(options(items.c.price.minus(items.c.quantity))).toEqual({ precision: 13, scale: 2 });
    expect(options(items.c.price.times(items.c.quantity))).toEqual({ precision: 20, scale: 2 });
    expect(options(items.c.price.times(items.c.fee))).toEqual({ precision: 16, scale: 5 });
    expect(options(items.c.whole.times(items.c.fee))).toEqual({ precision: 14, scale: 3 });
  });

  test('a bound value, a quotient or an unsized numeric declare no scale', () => {
    expect(items.c.price.plus('0.005').type).toBe(builtinTypes.numeric);
    expect(items.c.price.times(param<Decimal>('k')).type).toBe(builtinTypes.numeric);
    expect(items.c.price.div(items.c.quantity).type.options.scale).toBeUndefined();
    expect(items.c.price.plus(fn.max(table('t', { n: numeric() }).c.n)).type).toBe(builtinTypes.numeric);
  });

  test('CASE and COALESCE keep a scale only their results share (NULL aside)', () => {
    expect(caseWhen(items.c.quantity.gt(1), items.c.price).else(items.c.price.plus(items.c.price)).type.options.scale).toBe(2);
    expect(caseWhen(items.c.quantity.gt(1), items.c.price).else(null).type.options.scale).toBe(2);
    expect(caseWhen(items.c.quantity.gt(1), items.c.price).else('0.255').type).toBe(builtinTypes.numeric);
    expect((fn.coalesce(items.c.price, items.c.fee)).type).toBe(builtinTypes.numeric);
    expect((fn.coalesce(items.c.price, '0.255')).type).toBe(builtinTypes.numeric);
    expect(fn.coalesce(items.c.price, items.c.price).type.options.scale).toBe(2);
  });
});
