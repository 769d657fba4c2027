/**
 * Decimals read back at their declared scale, the same text on SQLite,
 * PostgreSQL and MariaDB: a `numeric(10, 2)` holding 14 reads `'14.00'`, and
 * so do the sums, differences, products and aggregates whose scale the
 * column types declare. SQLite stores decimals as 64-bit integers or doubles:
 * what a double holds exactly (up to 15 significant digits, and whole numbers
 * within 64 bits) reads back exactly; a decimal no double holds is refused.
 */
import { caseWhen, createTable, dropTable, fn, insert, integer, InvalidValueError, numeric, select, table } from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const items = table(uniqueName('scale_items'), {
  id: integer().primaryKey({ autoIncrement: false }),
  price: numeric({ precision: 10, scale: 2 }).notNull(),
  fee: numeric({ precision: 6, scale: 3 }).notNull(),
  quantity: integer().notNull(),
});

const wide = table(uniqueName('scale_wide'), {
  id: integer().primaryKey({ autoIncrement: false }),
  whole: numeric({ precision: 20, scale: 0 }),
  fine: numeric({ precision: 20, scale: 5 }),
});

for (const db of databases) {
  describeDatabase(db, (engine) => {
    beforeAll(async () => {
      for (const t of [items, wide]) {
        await engine().execute(dropTable(t, { ifExists: true }));
        await engine().execute(createTable(t));
      }
      await engine().execute(
        insert(items).values([
          { id: 1, price: 14, fee: '0.1', quantity: 3 },
          { id: 2, price: '19.99', fee: '0.2', quantity: 10 },
          { id: 3, price: 0.05, fee: 1n, quantity: 7 },
        ]),
      );
    });
    afterAll(async () => {
      for (const t of [items, wide]) await engine().execute(dropTable(t, { ifExists: true }));
    });

    liveTest("a numeric(10, 2) column reads with its two decimals: 14 is '14.00'", async () => {
      const rows = await engine().execute(select(items.c.id, items.c.price, items.c.fee).from(items).orderBy(items.c.id));
      expect(rows).toEqual([
        { id: 1, price: '14.00', fee: '0.100' },
        { id: 2, price: '19.99', fee: '0.200' },
        { id: 3, price: '0.05', fee: '1.000' },
      ]);
    });

    liveTest('sums, differences and products of declared scales read at the scale the databases give them', async () => {
      const rows = await engine().execute(
        select(
          items.c.id,
          items.c.price.times(items.c.quantity).as('total'),
          items.c.price.plus(items.c.fee).as('withFee'),
          items.c.price.minus(items.c.quantity).as('less'),
          items.c.price.times(items.c.fee).as('product'),
        )
          .from(items)
          .orderBy(items.c.id),
      );
      expect(rows).toEqual([
        { id: 1, total: '42.00', withFee: '14.100', less: '11.00', product: '1.40000' },
        { id: 2, total: '199.90', withFee: '20.190', less: '9.99', product: '3.99800' },
        { id: 3, total: '0.35', withFee: '1.050', less: '-6.95', product: '0.05000' },
      ]);
    });

    liveTest('SUM, MIN and MAX keep the column scale, also where SQLite adds in floating point', async () => {
      const [row] = await engine().execute(
        select({ sum: fn.sum(items.c.fee), min: fn.min(items.c.price), max: fn.max(items.c.price), total: fn.sum(items.c.price.times(items.c.quantity)) })
          .from(items)
          .where(items.c.id.lte(2)),
      );
      // 0.1 + 0.2 is 0.30000000000000004 in floating point.
      expect(row).toEqual({ sum: '0.300', min: '14.00', max: '19.99', total: '241.90' });
    });

    liveTest('a CASE keeps the scale its branches share', async () => {
      const rows = await engine().execute(
        select(items.c.id, caseWhen(items.c.quantity.gt(5), items.c.price).else(items.c.price.plus(items.c.price)).as('pick'))
          .from(items)
          .orderBy(items.c.id),
      );
      expect(rows).toEqual([
        { id: 1, pick: '28.00' },
        { id: 2, pick: '19.99' },
        { id: 3, pick: '0.05' },
      ]);
    });

    liveTest('15 significant digits, and whole numbers within 64 bits, read back exactly', async () => {
      await engine().execute(
        insert(wide).values([
          { id: 1, whole: '9007199254740993', fine: '1234567890.12345' },
          { id: 2, whole: '-9223372036854775808', fine: '0.00001' },
          { id: 3, whole: '99999999999999', fine: '-9999999999.99999' },
        ]),
      );
      const rows = await engine().execute(select(wide).orderBy(wide.c.id));
      expect(rows).toEqual([
        { id: 1, whole: '9007199254740993', fine: '1234567890.12345' },
        { id: 2, whole: '-9223372036854775808', fine: '0.00001' },
        { id: 3, whole: '99999999999999', fine: '-9999999999.99999' },
      ]);
    });

    if (db.name === 'sqlite') {
      liveTest('SQLite refuses a decimal no double holds exactly, rather than rounding it', () => {
        // 17 significant digits: the nearest double is 1234567890.1234567.
        expect(() => engine().dialect.compile(insert(wide).values({ id: 9, fine: '1234567890.123456789' }))).toThrow(InvalidValueError);
        // A whole number past 64 bits would be a double too.
        expect(() => engine().dialect.compile(insert(wide).values({ id: 9, whole: '18446744073709551616' }))).toThrow(/no double holds it exactly/);
      });
    }
  });
}
