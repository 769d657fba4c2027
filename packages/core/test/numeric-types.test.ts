/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Type-level tests for exact decimals: arithmetic, comparisons and aggregates
 * over numeric columns, mixed with integers, numbers and decimal strings.
 * `tsc -p tsconfig.test.json` checks each `Equal` and `@ts-expect-error`.
 */
import { bigint, builtinTypes, caseWhen, cast, Decimal, double, Expression, fn, insert, integer, numeric, select, table, text, update } from '@alkahest/core';
import { assertType, type Equal, type RowType } from './type-helpers';

const items = table('order_items', {
  id: integer().primaryKey(),
  unitPrice: numeric('unit_price', { precision: 10, scale: 2 }).notNull(),
  discount: numeric({ precision: 4, scale: 2 }),
  quantity: integer().notNull(),
  weight: double(),
  big: bigint().notNull(),
  note: text(),
});

describe('numeric arithmetic types', () => {
  test('numeric × numeric, integer, number and decimal string is a Decimal', () => {
    const a = items.c.unitPrice.times(items.c.quantity);
    const b = items.c.unitPrice.plus('4.95');
    const c = items.c.unitPrice.minus(1);
    const d = items.c.quantity.times(items.c.unitPrice);
    const e = items.c.unitPrice.div(items.c.unitPrice);
    assertType<Equal<typeof a['__value'], Decimal>>();
    assertType<Equal<typeof b['__value'], Decimal>>();
    assertType<Equal<typeof c['__value'], Decimal>>();
    assertType<Equal<typeof d['__value'], Decimal>>();
    assertType<Equal<typeof e['__value'], Decimal>>();
  });

  test('a nullable side makes the result nullable; integers stay numbers', () => {
    const net = items.c.unitPrice.times(items.c.discount);
    const ints = items.c.quantity.plus(1);
    const mixed = items.c.quantity.times(items.c.weight);
    assertType<Equal<typeof net['__value'], Decimal | null>>();
    assertType<Equal<typeof ints['__value'], number>>();
    assertType<Equal<typeof mixed['__value'], number | null>>();
  });

  test('rows read decimals as strings', () => {
    const q = select({ total: items.c.unitPrice.times(items.c.quantity), price: items.c.unitPrice, sum: fn.sum(items.c.unitPrice), avg: fn.avg(items.c.unitPrice), q: fn.avg(items.c.quantity) }).from(items);
    assertType<Equal<RowType<typeof q>, { total: string; price: string; sum: string | null; avg: string | null; q: number | null }>>();
  });

  test('comparisons take numbers, decimal strings and numeric expressions', () => {
    const conditions: Expression<boolean>[] = [
      items.c.unitPrice.between(0.05, 0.07),
      items.c.unitPrice.lt(24),
      items.c.unitPrice.gte('10.50'),
      items.c.unitPrice.gt(items.c.quantity),
      items.c.quantity.lt(items.c.unitPrice),
      items.c.unitPrice.in([1, '2.5', 3n]),
    ];
    expect(conditions).toHaveLength(6);
  });

  test('inserts and updates take numbers, decimal strings and numeric expressions', () => {
    const i = insert(items).values({ unitPrice: 9.99, quantity: 1, big: 1n });
    const j = insert(items).values({ unitPrice: '9.99', discount: null, quantity: 1, big: 1n });
    const u = update(items).set({ unitPrice: items.c.unitPrice.times(1.1), discount: 0 });
    expect([i, j, u]).toHaveLength(3);
  });

  test('wrong operands are refused with a message', () => {
    // @ts-expect-error plus() needs a numeric expression, and this one is a string
    expect(() => items.c.note.plus(1)).toThrow('plus() needs numeric operands, but column order_items.note is text');
    // @ts-expect-error an integer takes no decimal string
    expect(() => items.c.quantity.plus('1.5')).toThrow("expected an integer, got the string '1.5'");
    // @ts-expect-error a text is no operand of arithmetic
    expect(() => items.c.unitPrice.times(items.c.note)).toThrow('times() needs numeric operands, but column order_items.note is text');
    // @ts-expect-error a numeric column is not compared with a boolean
    expect(() => items.c.unitPrice.lt(true)).toThrow(/expected a decimal string/);
    // @ts-expect-error a text column is not compared with a number
    expect(() => items.c.note.eq(1)).toThrow(/expected a string/);
  });
});

const authors = table('authors', { id: integer().primaryKey(), name: text().notNull() });
const books = table('books', { id: integer().primaryKey(), title: text().notNull(), authorId: integer('author_id'), price: numeric({ precision: 8, scale: 2 }).notNull() });

describe('nullability through expressions', () => {
  test('the nullable side of a LEFT JOIN stays nullable through aliases, functions, CASE, CAST and arithmetic', () => {
    const q = select(
      books.c.title,
      authors.c.name.as('authorName'),
      fn.upper(authors.c.name).as('upper'),
      fn.length(authors.c.name).as('len'),
      authors.c.name.concat('!').as('shout'),
      authors.c.id.plus(1).as('next'),
      caseWhen(books.c.id.gt(1), authors.c.name).else('none').as('pick'),
      cast(authors.c.id, builtinTypes.text).as('idText'),
      fn.coalesce(authors.c.name, 'anonymous').as('shown'),
      fn.coalesce(books.c.title, authors.c.name).as('either'),
    ).from(books.leftJoin(authors, authors.c.id.eq(books.c.authorId)));
    assertType<Equal<
      RowType<typeof q>,
      {
        title: string;
        authorName: string | null;
        upper: string | null;
        len: number | null;
        shout: string | null;
        next: number | null;
        pick: string | null;
        idText: string | null;
        shown: string;
        either: string;
      }
    >>();
  });

  test('the same expressions over an inner join are not null', () => {
    const q = select(authors.c.name.as('authorName'), fn.upper(authors.c.name).as('upper'), books.c.price.times(2).as('double')).from(
      books.join(authors, authors.c.id.eq(books.c.authorId)),
    );
    assertType<Equal<RowType<typeof q>, { authorName: string; upper: string; double: string }>>();
  });

  test('coalesce of nullable arguments only stays nullable', () => {
    const q = select({ c: fn.coalesce(books.c.authorId, authors.c.id) }).from(books.leftJoin(authors, authors.c.id.eq(books.c.authorId)));
    assertType<Equal<RowType<typeof q>, { c: number | null }>>();
  });
});

describe('duplicate keys in a select list', () => {
  test('two tables with the same column key are a type error', () => {
    // @ts-expect-error two columns are named "id": give one an alias with .as()
    expect(() => select(books, authors)).toThrow(/two columns are named "id"/);
    // @ts-expect-error an object item repeating a column's key
    expect(() => select(books.c.id, { id: authors.c.id })).toThrow(/two columns are named "id"/);
    const fine = select(books, authors.c.name.as('author'));
    assertType<Equal<RowType<typeof fine>, { id: number; title: string; authorId: number | null; price: string; author: string }>>();
  });
});

describe('insert … fromSelect checks column types pairwise', () => {
  const archive = table('archive', { id: integer().primaryKey(), title: text().notNull(), price: numeric({ precision: 8, scale: 2 }) });
  test('fitting columns pass; numbers fit a numeric', () => {
    const ok = insert(archive).fromSelect(['id', 'title', 'price'], select(books.c.id, books.c.title, books.c.id.as('p')).from(books));
    expect(ok.kind).toBe('insert');
  });
  test('a string into an integer is refused in the types and when built', () => {
    // @ts-expect-error the select's value for column "id" does not fit its type
    expect(() => insert(archive).fromSelect(['id', 'title'], select(books.c.title, books.c.title.as('t')).from(books))).toThrow(
      /column id is integer, but the select's column 1 \(title\) is text/,
    );
  });
});
