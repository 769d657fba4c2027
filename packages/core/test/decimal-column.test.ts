/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * decimalColumn(): a NUMERIC read and written as a decimal library's objects.
 * The types (checked by `tsc -p tsconfig.test.json`): a numeric in
 * expressions, the library's class in rows and inputs. The values: checked
 * against the declared scale and precision when the statement is built.
 */
import Decimal from 'decimal.js';
import { createTable, decimalColumn, fn, insert, integer, InvalidValueError, numeric, SchemaError, select, table, update, type DecimalOf, type Expression } from '@alkahest/core';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { assertType, type Equal, type RowType } from './type-helpers';

const accounts = table('accounts', {
  id: integer().primaryKey(),
  balance: decimalColumn(Decimal, { precision: 38, scale: 10 }).notNull(),
  fee: decimalColumn(Decimal, 'fee_amount', { precision: 12, scale: 2 }),
  plain: numeric({ precision: 12, scale: 2 }),
  count: integer().notNull(),
});

describe('decimalColumn types', () => {
  test('rows read the library class; arithmetic is a plain decimal read as a string', () => {
    const q = select({
      balance: accounts.c.balance,
      fee: accounts.c.fee,
      total: accounts.c.balance.plus(accounts.c.fee),
      scaled: accounts.c.balance.times(accounts.c.count),
      sum: fn.sum(accounts.c.balance),
      top: fn.max(accounts.c.fee),
      avg: fn.avg(accounts.c.balance),
    }).from(accounts);
    assertType<Equal<RowType<typeof q>, { balance: Decimal; fee: Decimal | null; total: string | null; scaled: string; sum: Decimal | null; top: Decimal | null; avg: string | null }>>();
    const e: Expression<DecimalOf<Decimal>> = accounts.c.balance;
    expect(e).toBe(accounts.c.balance);
  });

  test('comparisons, inserts and updates take the library objects, decimal strings, numbers and bigints', () => {
    const conditions: Expression<boolean>[] = [
      accounts.c.balance.gt(new Decimal('1.5')),
      accounts.c.balance.between('0.05', 24),
      accounts.c.fee.lt(accounts.c.plain),
      accounts.c.balance.in([1n, new Decimal(2)]),
    ];
    expect(conditions).toHaveLength(4);
    insert(accounts).values({ id: 1, balance: new Decimal('1.25'), fee: '0.5', count: 1 });
    insert(accounts).values({ id: 2, balance: 3n, fee: 2, count: 1 });
    update(accounts).set({ balance: accounts.c.balance.plus(new Decimal('0.01')) });
    // @ts-expect-error a decimal column takes no boolean
    expect(() => insert(accounts).values({ id: 3, balance: true, count: 1 })).toThrow(InvalidValueError);
    // @ts-expect-error nor is text a numeric operand
    expect(() => accounts.c.balance.plus(accounts.c.count.eq(1))).toThrow();
  });
});

describe('decimalColumn values', () => {
  const pg = postgres.createDialect();

  test('bound as the exact text of the object, 30+ digits and negatives included', () => {
    const big = new Decimal('-1234567890123456789012345678.0123456789');
    const q = pg.compile(insert(accounts).values({ id: 1, balance: big, fee: new Decimal('1.5'), count: 1 }));
    expect(q.params).toEqual([1, '-1234567890123456789012345678.0123456789', '1.5', 1]);
    // Exponent notation in, plain text out.
    expect(pg.compile(insert(accounts).values({ id: 1, balance: new Decimal('1e-10'), count: 1 })).params[1]).toBe('0.0000000001');
    expect(pg.compile(insert(accounts).values({ id: 1, balance: 1e21, count: 1 })).params[1]).toBe('1000000000000000000000');
  });

  test('more decimal places than the scale, or whole digits than the precision leaves, are refused naming the column', () => {
    const places = () => insert(accounts).values({ id: 1, balance: 1, fee: new Decimal('1.005'), count: 1 });
    expect(places).toThrow(InvalidValueError);
    expect(places).toThrow('column accounts.fee_amount: not a numeric(12, 2) as Decimal value (it has 3 decimal places and the column keeps 2: round it first)');
    const whole = () => insert(accounts).values({ id: 1, balance: 1, fee: '12345678901.5', count: 1 });
    expect(whole).toThrow(InvalidValueError);
    expect(whole).toThrow('column accounts.fee_amount: not a numeric(12, 2) as Decimal value (it has 11 digits before the point and the column holds 10)');
    // The value counts, not how it is written: trailing zeros past the scale change nothing.
    expect(() => accounts.c.fee.eq('1.505')).toThrow(InvalidValueError);
    expect(() => accounts.c.fee.eq('1.500')).not.toThrow();
    expect(() => accounts.c.fee.eq(new Decimal('1.500'))).not.toThrow();
    expect(() => accounts.c.fee.eq('0012.50')).not.toThrow();
  });

  test('NaN, infinities, hex strings and other objects are refused', () => {
    for (const bad of [new Decimal(NaN), new Decimal(Infinity), '0x10', 'Infinity', Number.NaN, {}, new Date()]) {
      expect(() => accounts.c.balance.eq(bad as never)).toThrow(InvalidValueError);
    }
  });

  test('read back as the library object from the exact text', () => {
    const column = { key: 'b', type: accounts.c.balance.type };
    const decode = pg.rowDecoder([column]);
    const [value] = Object.values(decode(['-1234567890123456789012345678.0123456789']));
    expect(value).toBeInstanceOf(Decimal);
    expect((value as Decimal).toFixed()).toBe('-1234567890123456789012345678.0123456789');
  });

  test('DDL names the base NUMERIC of each dialect with its precision and scale; one SQL type per library, precision and scale', () => {
    expect(pg.compile(createTable(accounts)).sql).toContain('"balance" NUMERIC(38, 10) NOT NULL, "fee_amount" NUMERIC(12, 2)');
    expect(mysql.createDialect().compile(createTable(accounts)).sql).toContain('`balance` DECIMAL(38, 10) NOT NULL, `fee_amount` DECIMAL(12, 2)');
    expect(oracle.createDialect().compile(createTable(accounts)).sql).toContain('BALANCE NUMBER(38, 10) NOT NULL');
    expect(decimalColumn(Decimal, { precision: 12, scale: 2 }).spec.type).toBe(accounts.c.fee.type);
    expect(() => decimalColumn(Decimal, { scale: 2 })).toThrow(SchemaError);
  });
});
