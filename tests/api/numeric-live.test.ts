/**
 * Exact decimal arithmetic, aggregates and comparisons run live on SQLite,
 * PostgreSQL and MariaDB, with the results read back as decimal strings;
 * raw statements with declared columns decoded alike on each.
 */
import { createTable, dropTable, fn, insert, integer, numeric, select, sql, table, text } from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const items = table(uniqueName('api_items'), {
  id: integer().primaryKey({ autoIncrement: false }),
  unitPrice: numeric('unit_price', { precision: 10, scale: 2 }).notNull(),
  quantity: integer().notNull(),
  note: text(),
});

/** A decimal string compared by value: an average has no declared scale, and each database writes its own. */
function sameDecimal(actual: unknown, expected: string): void {
  expect(typeof actual).toBe("string");
  expect(Number(actual)).toBeCloseTo(Number(expected), 6);
}

for (const db of databases) {
  describeDatabase(db, (engine) => {
    beforeAll(async () => {
      await engine().execute(dropTable(items, { ifExists: true }));
      await engine().execute(createTable(items));
      await engine().execute(
        insert(items).values([
          { id: 1, unitPrice: '19.99', quantity: 3 },
          { id: 2, unitPrice: 0.05, quantity: 10, note: 'cheap' },
          { id: 3, unitPrice: 100n, quantity: 1 },
        ]),
      );
    });
    afterAll(async () => {
      await engine().execute(dropTable(items, { ifExists: true }));
    });

    liveTest('numeric × integer is exact and read as a decimal string', async () => {
      const rows = await engine().execute(
        select(items.c.id, items.c.unitPrice.times(items.c.quantity).as('total'), items.c.unitPrice.plus('0.01').as('bumped'))
          .from(items)
          .orderBy(items.c.id),
      );
      expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
      sameDecimal(rows[0]!.total, '59.97');
      sameDecimal(rows[1]!.total, '0.50');
      sameDecimal(rows[2]!.bumped, '100.01');
    });

    liveTest('sum and avg of a numeric are exact decimals; comparisons take numbers', async () => {
      const [row] = await engine().execute(
        select({ sum: fn.sum(items.c.unitPrice.times(items.c.quantity)), avg: fn.avg(items.c.unitPrice), n: fn.count() })
          .from(items)
          .where(items.c.unitPrice.between(0.05, 24)),
      );
      sameDecimal(row!.sum, '60.47');
      sameDecimal(row!.avg, '10.02');
      expect(row!.n).toBe(2);
    });

    liveTest('raw SQL with declared columns is decoded like a SELECT', async () => {
      const q = sql`SELECT count(*), max(${sql.id(items.name, 'unit_price')}) FROM ${sql.id(items.name)}`.returns({ n: integer().notNull(), top: numeric() });
      const rows = await engine().execute(q);
      const typed: { n: number; top: string | null }[] = rows;
      expect(typed).toHaveLength(1);
      expect(typed[0]!.n).toBe(3);
      sameDecimal(typed[0]!.top, '100.00');
    });
  });
}
