/**
 * decimalColumn(Decimal, …) live on SQLite, PostgreSQL and MariaDB: decimal.js
 * objects written as exact text and read back exactly (38 significant digits,
 * 15 on SQLite, negatives, a value padded to its scale), compared, ordered, summed and
 * updated with arithmetic in SQL.
 */
import Decimal from 'decimal.js';
import { createTable, decimalColumn, dropTable, fn, insert, integer, InvalidValueError, select, table, update } from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const accounts = table(uniqueName('api_accounts'), {
  id: integer().primaryKey({ autoIncrement: false }),
  balance: decimalColumn(Decimal, { precision: 38, scale: 10 }).notNull(),
  fee: decimalColumn(Decimal, 'fee_amount', { precision: 12, scale: 2 }),
});

const LARGE = '1234567890123456789012345678.0123456789';
const NEGATIVE = '-9876543210987654321098765432.9876543210';
const TINY = '-0.0000000001';
/** SQLite's NUMERIC is a 64-bit integer or a double: it takes 15 significant digits, and refuses more. */
const SQLITE_LARGE = '12345678901.0123';
const SQLITE_NEGATIVE = '-98765432109.8765';

for (const db of databases) {
  describeDatabase(db, (engine) => {
    const [large, negative] = db.name === 'sqlite' ? [SQLITE_LARGE, SQLITE_NEGATIVE] : [LARGE, NEGATIVE];
    beforeAll(async () => {
      await engine().execute(dropTable(accounts, { ifExists: true }));
      await engine().execute(createTable(accounts));
      await engine().execute(
        insert(accounts).values([
          { id: 1, balance: new Decimal(large), fee: new Decimal('1.5') },
          { id: 2, balance: new Decimal(negative), fee: '0.05' },
          { id: 3, balance: TINY, fee: null },
          { id: 4, balance: 12.25, fee: 7n },
        ]),
      );
    });
    afterAll(async () => {
      await engine().execute(dropTable(accounts, { ifExists: true }));
    });

    liveTest('values come back as Decimal objects, exactly: 38 digits (SQLite: 15, and more are refused)', async () => {
      const rows = await engine().execute(select(accounts.c.id, accounts.c.balance, accounts.c.fee).from(accounts).orderBy(accounts.c.id));
      for (const row of rows) expect(row.balance).toBeInstanceOf(Decimal);
      expect(rows.map((r) => r.balance.toFixed())).toEqual([large, negative.replace(/0+$/, ''), '-0.0000000001', '12.25']);
      // Padded to the scale by the database (1.50), equal to what was written.
      expect(rows.map((r) => r.fee?.toFixed(2) ?? null)).toEqual(['1.50', '0.05', null, '7.00']);
      if (db.name === 'sqlite') {
        await expect(engine().execute(insert(accounts).values({ id: 9, balance: new Decimal(LARGE) }))).rejects.toThrow(InvalidValueError);
      }
    });

    liveTest('comparisons bind Decimal objects; ORDER BY, SUM and MAX keep the column type', async () => {
      const over = await engine().execute(select(accounts.c.id).from(accounts).where(accounts.c.fee.gte(new Decimal('1.5'))).orderBy(accounts.c.fee.desc()));
      expect(over).toEqual([{ id: 4 }, { id: 1 }]);
      const small = await engine().execute(select(accounts.c.id).from(accounts).where(accounts.c.balance.between(new Decimal('-1'), '100')).orderBy(accounts.c.balance));
      expect(small).toEqual([{ id: 3 }, { id: 4 }]);
      const [totals] = await engine().execute(select({ sum: fn.sum(accounts.c.fee), top: fn.max(accounts.c.fee), doubled: fn.sum(accounts.c.fee.times(2)) }).from(accounts));
      expect(totals!.sum).toBeInstanceOf(Decimal);
      expect(totals!.sum!.equals('8.55')).toBe(true);
      expect(totals!.top!.equals(7)).toBe(true);
      // Arithmetic makes a new NUMERIC: read as a decimal string.
      expect(typeof totals!.doubled).toBe('string');
      expect(new Decimal(totals!.doubled!).equals('17.1')).toBe(true);
    });

    liveTest('UPDATE with arithmetic over a Decimal, then read back', async () => {
      await engine().execute(update(accounts).set({ fee: accounts.c.fee.plus(new Decimal('0.01')) }).where(accounts.c.id.eq(2)));
      const [row] = await engine().execute(select(accounts.c.fee).from(accounts).where(accounts.c.id.eq(2)));
      expect(row!.fee!.toFixed(2)).toBe('0.06');
    });
  });
}
