/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * VALUES lists: the row types their column types give, in FROM and as a CTE
 * (`tsc -p tsconfig.test.json` checks them), and the checks on their rows.
 */
import { CompileError, cte, integer, InvalidValueError, numeric, select, table, text, values, type Decimal } from '@alkahest/core';
import { postgresDialect } from '@alkahest/postgres';
import { assertType, type Equal, type RowType } from './type-helpers';

const people = table('people', { id: integer().primaryKey(), name: text().notNull() });

describe('VALUES lists', () => {
  test('the columns and result rows take their types from the column types', () => {
    const list = values(
      [
        { id: 1, label: 'one', price: '1.50' },
        { id: 2, label: null, price: 3 },
      ],
      { id: integer().notNull(), label: text(), price: numeric({ precision: 6, scale: 2 }).notNull() },
    );
    assertType<Equal<typeof list['__values'], { id: number; label: string | null; price: Decimal }>>();
    const v = list.as('v');
    const q = select(people.c.name, v.c.label, v.c.price).from(people.join(v, v.c.id.eq(people.c.id)));
    assertType<Equal<RowType<typeof q>, { name: string; label: string | null; price: string }>>();
    const w = cte('w', list);
    const r = select(w.c.id, w.c.label).with(w).from(w);
    assertType<Equal<RowType<typeof r>, { id: number; label: string | null }>>();
    expect(list.names).toEqual(['id', 'label', 'price']);
  });

  test('rows are typed by the columns', () => {
    // @ts-expect-error id is an integer column
    expect(() => values([{ id: 'x' }], { id: integer() })).toThrow(InvalidValueError);
    // @ts-expect-error a NOT NULL column takes no null
    expect(() => values([{ id: null }], { id: integer().notNull() })).toThrow(/id is NOT NULL, got null in row 1/);
    // @ts-expect-error every row gives every column
    expect(() => values([{ id: 1 }, {}], { id: integer() })).toThrow(/row 2 leaves out id/);
    // @ts-expect-error a column the list does not have
    expect(() => values([{ id: 1, other: 2 }], { id: integer() })).toThrow(/row 1 gives other/);
  });

  test('values are checked as a column value is; no rows is refused', () => {
    expect(() => values([{ n: 1.5 }], { n: integer() })).toThrow(InvalidValueError);
    expect(() => values([{ n: 3000000000 }], { n: integer() })).toThrow(InvalidValueError);
    expect(() => values([], { n: integer() })).toThrow(CompileError);
    expect(() => values([{ n: 1 }], {})).toThrow(CompileError);
  });

  test('a list built afresh, with its column types made anew, shares one cache entry', () => {
    const dialect = postgresDialect();
    const query = (n: string, precision: number) => {
      const v = values([{ id: 1, n }], { id: integer().notNull(), n: numeric({ precision, scale: 2 }) }).as('v');
      return select(v.c.id, v.c.n).from(v);
    };
    dialect.compile(query('1.50', 6));
    const again = dialect.compile(query('2.25', 6));
    expect(dialect.cacheStats()).toMatchObject({ hits: 1, misses: 1 });
    expect(again.params).toEqual([1, '2.25']);
    // Another precision is another type, and another entry.
    dialect.compile(query('3.00', 7));
    expect(dialect.cacheStats()).toMatchObject({ hits: 1, misses: 2 });
  });
});
