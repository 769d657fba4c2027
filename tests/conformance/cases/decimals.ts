/**
 * Bound decimals in TPC-H-shaped queries: compared with aggregates (SQLite
 * bound them as TEXT, which no number equals or exceeds) and with columns of
 * a smaller scale (MySQL cast them to the column's scale, rounding them).
 */
import { and, caseWhen, fn, insert, integer, numeric, select, table } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';

const lineitemFixture = defineFixture((name) => ({
  lineitem: table(name('lineitem'), {
    id: integer().primaryKey({ autoIncrement: false }),
    orderkey: integer().notNull(),
    quantity: numeric({ precision: 15, scale: 2 }).notNull(),
    price: numeric({ precision: 15, scale: 2 }).notNull(),
    discount: numeric({ precision: 15, scale: 2 }).notNull(),
  }),
}));

const seed = ({ lineitem }: ReturnType<typeof lineitemFixture.make>) => [
  insert(lineitem).values([
    { id: 1, orderkey: 1, quantity: '100.00', price: '1000.00', discount: '0.05' },
    { id: 2, orderkey: 1, quantity: '100.00', price: '2000.00', discount: '0.06' },
    { id: 3, orderkey: 1, quantity: '60.00', price: '600.00', discount: '0.07' },
    { id: 4, orderkey: 2, quantity: '100.00', price: '100.00', discount: '0.06' },
    { id: 5, orderkey: 2, quantity: '150.00', price: '150.00', discount: '0.04' },
    { id: 6, orderkey: 3, quantity: '250.50', price: '2505.00', discount: '0.10' },
  ]),
];

/** A decimal read back as text, at whatever scale the database gives it. */
const dec = (value: string): unknown => expect.stringMatching(new RegExp(`^${value.replace('.', '\\.')}${value.includes('.') ? '0*' : '(\\.0+)?'}$`));

export const decimals: Area = {
  name: 'decimals (TPC-H shapes)',
  cases: [
    defineCase({
      name: 'HAVING SUM(quantity) > a bound decimal (TPC-H Q18 shape)',
      covers: 'a decimal bound against an aggregate compares as a number on every database',
      fixture: lineitemFixture,
      seed,
      // Order 1 sums to 260.00, order 2 to exactly 250.00, order 3 to 250.50.
      build: ({ lineitem }) =>
        select(lineitem.c.orderkey).from(lineitem).groupBy(lineitem.c.orderkey).having(fn.sum(lineitem.c.quantity).gt('250')).orderBy(lineitem.c.orderkey),
      expect: { ordered: true, rows: [{ orderkey: 1 }, { orderkey: 3 }] },
      sql: {
        sqlite:
          'SELECT "lineitem"."orderkey" FROM "lineitem" GROUP BY "lineitem"."orderkey" HAVING SUM("lineitem"."quantity") > ? ORDER BY "lineitem"."orderkey"',
        postgres:
          'SELECT "lineitem"."orderkey" FROM "lineitem" GROUP BY "lineitem"."orderkey" HAVING SUM("lineitem"."quantity") > $1 ORDER BY "lineitem"."orderkey"',
        mysql:
          'SELECT `lineitem`.`orderkey` FROM `lineitem` GROUP BY `lineitem`.`orderkey` HAVING SUM(`lineitem`.`quantity`) > CAST(? AS DECIMAL(65, 30)) ORDER BY `lineitem`.`orderkey`',
        oracle: 'SELECT LINEITEM.ORDERKEY FROM LINEITEM GROUP BY LINEITEM.ORDERKEY HAVING SUM(LINEITEM.QUANTITY) > TO_NUMBER(:1) ORDER BY LINEITEM.ORDERKEY',
      },
    }),
    defineCase({
      name: 'a bound decimal finer than the column keeps its digits (TPC-H Q6 shape)',
      covers: 'discount > 0.055 against a DECIMAL(15, 2) column, and SUM(quantity) BETWEEN bounds, inside a grouped query',
      fixture: lineitemFixture,
      seed,
      // 0.055 rounded to the column's scale would be 0.06, and the rows at 0.06 would drop out.
      build: ({ lineitem }) =>
        select(lineitem.c.orderkey, fn.count().as('n'))
          .from(lineitem)
          .where(and(lineitem.c.discount.gt('0.055'), lineitem.c.quantity.lt('150.001')))
          .groupBy(lineitem.c.orderkey)
          .having(fn.sum(lineitem.c.price).between('100.005', '2600.5'))
          .orderBy(lineitem.c.orderkey),
      // Order 1: rows 2 (0.06) and 3 (0.07), prices 2600.00; order 2: row 4 (0.06), 100.00 < 100.005; order 3: quantity 250.50.
      expect: { ordered: true, rows: [{ orderkey: 1, n: 2 }] },
      sql: {
        sqlite:
          'SELECT "lineitem"."orderkey", COUNT(*) AS "n" FROM "lineitem" WHERE "lineitem"."discount" > ? AND "lineitem"."quantity" < ? GROUP BY "lineitem"."orderkey" HAVING SUM("lineitem"."price") BETWEEN ? AND ? ORDER BY "lineitem"."orderkey"',
        postgres:
          'SELECT "lineitem"."orderkey", COUNT(*) AS "n" FROM "lineitem" WHERE "lineitem"."discount" > $1 AND "lineitem"."quantity" < $2 GROUP BY "lineitem"."orderkey" HAVING SUM("lineitem"."price") BETWEEN $3 AND $4 ORDER BY "lineitem"."orderkey"',
        mysql:
          'SELECT `lineitem`.`orderkey`, COUNT(*) AS `n` FROM `lineitem` WHERE `lineitem`.`discount` > CAST(? AS DECIMAL(65, 30)) AND `lineitem`.`quantity` < CAST(? AS DECIMAL(65, 30)) GROUP BY `lineitem`.`orderkey` HAVING SUM(`lineitem`.`price`) BETWEEN CAST(? AS DECIMAL(65, 30)) AND CAST(? AS DECIMAL(65, 30)) ORDER BY `lineitem`.`orderkey`',
        oracle:
          'SELECT LINEITEM.ORDERKEY, COUNT(*) AS N FROM LINEITEM WHERE LINEITEM.DISCOUNT > TO_NUMBER(:1) AND LINEITEM.QUANTITY < TO_NUMBER(:2) GROUP BY LINEITEM.ORDERKEY HAVING SUM(LINEITEM.PRICE) BETWEEN TO_NUMBER(:3) AND TO_NUMBER(:4) ORDER BY LINEITEM.ORDERKEY',
      },
    }),
    defineCase({
      name: 'CASE and COALESCE mixing a decimal column expression with a bound decimal',
      covers: "each branch is one type family: Oracle binds the decimal as TO_NUMBER(:n), else a NUMBER branch beside a text bind is ORA-00932",
      fixture: lineitemFixture,
      seed,
      build: ({ lineitem }) =>
        select(
          lineitem.c.id,
          caseWhen(lineitem.c.discount.gt('0.065'), lineitem.c.price.plus(lineitem.c.discount)).else('0.5').as('rebate'),
          fn.coalesce(fn.nullif(lineitem.c.quantity, '100.00'), '0.25').as('q'),
        )
          .from(lineitem)
          .where(lineitem.c.orderkey.lt(3))
          .orderBy(lineitem.c.id),
      expect: {
        ordered: true,
        // Each database writes its own scale: compared by value.
        rows: [
          { id: 1, rebate: dec('0.5'), q: dec('0.25') },
          { id: 2, rebate: dec('0.5'), q: dec('0.25') },
          { id: 3, rebate: dec('600.07'), q: dec('60') },
          { id: 4, rebate: dec('0.5'), q: dec('0.25') },
          { id: 5, rebate: dec('0.5'), q: dec('150') },
        ],
      },
      sql: {
        sqlite:
          'SELECT "lineitem"."id", CASE WHEN "lineitem"."discount" > ? THEN "lineitem"."price" + "lineitem"."discount" ELSE ? END AS "rebate", COALESCE(NULLIF("lineitem"."quantity", ?), ?) AS "q" FROM "lineitem" WHERE "lineitem"."orderkey" < ? ORDER BY "lineitem"."id"',
        postgres:
          'SELECT "lineitem"."id", CASE WHEN "lineitem"."discount" > $1 THEN "lineitem"."price" + "lineitem"."discount" ELSE $2 END AS "rebate", COALESCE(NULLIF("lineitem"."quantity", $3), $4) AS "q" FROM "lineitem" WHERE "lineitem"."orderkey" < $5 ORDER BY "lineitem"."id"',
        mysql:
          'SELECT `lineitem`.`id`, CASE WHEN `lineitem`.`discount` > CAST(? AS DECIMAL(65, 30)) THEN `lineitem`.`price` + `lineitem`.`discount` ELSE CAST(? AS DECIMAL(65, 30)) END AS `rebate`, COALESCE(NULLIF(`lineitem`.`quantity`, CAST(? AS DECIMAL(65, 30))), CAST(? AS DECIMAL(65, 30))) AS `q` FROM `lineitem` WHERE `lineitem`.`orderkey` < ? ORDER BY `lineitem`.`id`',
        oracle:
          'SELECT LINEITEM.ID, CASE WHEN LINEITEM.DISCOUNT > TO_NUMBER(:1) THEN LINEITEM.PRICE + LINEITEM.DISCOUNT ELSE TO_NUMBER(:2) END AS REBATE, COALESCE(NULLIF(LINEITEM.QUANTITY, TO_NUMBER(:3)), TO_NUMBER(:4)) AS Q FROM LINEITEM WHERE LINEITEM.ORDERKEY < :5 ORDER BY LINEITEM.ID',
      },
    }),
  ],
};
