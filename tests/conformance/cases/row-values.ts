/**
 * Row values: `(a, b) > (x, y)` (keyset pagination), `(a, b) = (x, y)` and
 * `(a, b) IN ((…), (…))`; written out with AND / OR where a dialect lacks them.
 */
import { param, tuple, select } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { ids, seedShop, shopFixture } from './fixtures';

const base = { fixture: shopFixture, seed: seedShop } as const;
const expandedRows = 'one row of placeholders per element, compiled once per list length';
const rowListParamEmulation = {
  sqlite: `IN (VALUES (?, ?), …), ${expandedRows}`,
  postgres: 'IN (SELECT * FROM unnest($1, $2)), one array per tuple item',
  mysql: expandedRows,
  oracle: expandedRows,
};

export const rowValues: Area = {
  name: 'row values',
  cases: [
    defineCase({
      ...base,
      name: 'row comparison (keyset pagination)',
      covers: '(a, b) > (x, y)',
      feature: 'Row-value comparison',
      emulatedOn: { oracle: 'a > x OR (a = x AND b > y)' },
      // (age, id) after (41, 2): Grace (85, 3) and Edsger (72, 5); Alan is equal, Linus's age is NULL.
      build: ({ people }) => select(people.c.id).from(people).where(tuple(people.c.age, people.c.id).gt([41, 2])).orderBy(people.c.age, people.c.id),
      expect: { ordered: true, rows: ids(5, 3) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE ("people"."age", "people"."id") > (?, ?) ORDER BY "people"."age", "people"."id"', postgres: 'SELECT "people"."id" FROM "people" WHERE ("people"."age", "people"."id") > ($1, $2) ORDER BY "people"."age", "people"."id"', mysql: 'SELECT `people`.`id` FROM `people` WHERE (`people`.`age`, `people`.`id`) > (?, ?) ORDER BY `people`.`age`, `people`.`id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE > :1 OR (PEOPLE.AGE = :2 AND (PEOPLE.ID > :3)) ORDER BY PEOPLE.AGE, PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'row comparison with <=',
      covers: '(a, b) <= (x, y)',
      feature: 'Row-value comparison',
      emulatedOn: { oracle: 'a < x OR (a = x AND b <= y)' },
      build: ({ orders }) => select(orders.c.id).from(orders).where(tuple(orders.c.personId, orders.c.amount).lte([3, 15])).orderBy(orders.c.id),
      // (1, 12), (1, 3), (3, 900) no, (3, 15) yes, (9, 40) no, (NULL, 5) unknown.
      expect: { ordered: true, rows: ids(10, 11, 13) },
      sql: { sqlite: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."amount") <= (?, ?) ORDER BY "orders"."id"', postgres: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."amount") <= ($1, $2) ORDER BY "orders"."id"', mysql: 'SELECT `orders`.`id` FROM `orders` WHERE (`orders`.`person_id`, `orders`.`amount`) <= (?, ?) ORDER BY `orders`.`id`', oracle: 'SELECT ORDERS.ID FROM ORDERS WHERE ORDERS.PERSON_ID < :1 OR (ORDERS.PERSON_ID = :2 AND (ORDERS.AMOUNT <= :3)) ORDER BY ORDERS.ID' },
    }),
    defineCase({
      ...base,
      name: 'row comparison with <',
      covers: '(a, b) < (x, y)',
      // (age, id) before (41, 3): Ada (36, 1), and Alan (41, 2) by his id; Linus's age is NULL.
      build: ({ people }) => select(people.c.id).from(people).where(tuple(people.c.age, people.c.id).lt([41, 3])).orderBy(people.c.age, people.c.id),
      expect: { ordered: true, rows: ids(1, 2) },
      sql: { sqlite: 'SELECT "people"."id" FROM "people" WHERE ("people"."age", "people"."id") < (?, ?) ORDER BY "people"."age", "people"."id"', postgres: 'SELECT "people"."id" FROM "people" WHERE ("people"."age", "people"."id") < ($1, $2) ORDER BY "people"."age", "people"."id"', mysql: 'SELECT `people`.`id` FROM `people` WHERE (`people`.`age`, `people`.`id`) < (?, ?) ORDER BY `people`.`age`, `people`.`id`', oracle: 'SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE < :1 OR (PEOPLE.AGE = :2 AND (PEOPLE.ID < :3)) ORDER BY PEOPLE.AGE, PEOPLE.ID' },
    }),
    defineCase({
      ...base,
      name: 'row equality',
      covers: '(a, b) = (x, y)',
      feature: 'Row-value comparison',
      emulatedOn: { oracle: 'a = x AND b = y' },
      build: ({ orders }) => select(orders.c.id).from(orders).where(tuple(orders.c.personId, orders.c.item).eq([3, 'book'])),
      expect: { ordered: true, rows: ids(13) },
      sql: { sqlite: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") = (?, ?)', postgres: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") = ($1, $2)', mysql: 'SELECT `orders`.`id` FROM `orders` WHERE (`orders`.`person_id`, `orders`.`item`) = (?, ?)', oracle: 'SELECT ORDERS.ID FROM ORDERS WHERE ORDERS.PERSON_ID = :1 AND TO_CHAR(ORDERS.ITEM) = :2' },
    }),
    defineCase({
      ...base,
      name: 'row value IN a list of rows',
      covers: '(a, b) IN ((…), (…))',
      feature: 'Row-value IN',
      emulatedOn: { sqlite: 'IN (VALUES (…), (…))' },
      build: ({ orders }) =>
        select(orders.c.id)
          .from(orders)
          .where(
            tuple(orders.c.personId, orders.c.item).in([
              [1, 'book'],
              [3, 'pen'],
              [3, 'laptop'],
            ]),
          )
          .orderBy(orders.c.id),
      expect: { ordered: true, rows: ids(10, 12) },
      sql: { sqlite: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") IN (VALUES (?, ?), (?, ?), (?, ?)) ORDER BY "orders"."id"', postgres: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") IN (($1, $2), ($3, $4), ($5, $6)) ORDER BY "orders"."id"', mysql: 'SELECT `orders`.`id` FROM `orders` WHERE (`orders`.`person_id`, `orders`.`item`) IN ((?, ?), (?, ?), (?, ?)) ORDER BY `orders`.`id`', oracle: 'SELECT ORDERS.ID FROM ORDERS WHERE (ORDERS.PERSON_ID, ORDERS.ITEM) IN ((:1, :2), (:3, :4), (:5, :6)) ORDER BY ORDERS.ID' },
    }),
    defineCase({
      ...base,
      name: 'row value NOT IN a list of rows',
      covers: '(a, b) NOT IN ((…), (…))',
      feature: 'Row-value IN',
      emulatedOn: { sqlite: 'IN (VALUES (…), (…))' },
      // Orders 10 (1, book) and 12 (3, laptop) are listed; nothing is (9, pen). Order 15's (NULL, gift) differs from
      // every listed row in its item, so the NULL does not make it unknown.
      build: ({ orders }) =>
        select(orders.c.id)
          .from(orders)
          .where(
            tuple(orders.c.personId, orders.c.item).notIn([
              [1, 'book'],
              [3, 'laptop'],
              [9, 'pen'],
            ]),
          )
          .orderBy(orders.c.id),
      expect: { ordered: true, rows: ids(11, 13, 14, 15) },
      sql: { sqlite: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") NOT IN (VALUES (?, ?), (?, ?), (?, ?)) ORDER BY "orders"."id"', postgres: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") NOT IN (($1, $2), ($3, $4), ($5, $6)) ORDER BY "orders"."id"', mysql: 'SELECT `orders`.`id` FROM `orders` WHERE (`orders`.`person_id`, `orders`.`item`) NOT IN ((?, ?), (?, ?), (?, ?)) ORDER BY `orders`.`id`', oracle: 'SELECT ORDERS.ID FROM ORDERS WHERE (ORDERS.PERSON_ID, ORDERS.ITEM) NOT IN ((:1, :2), (:3, :4), (:5, :6)) ORDER BY ORDERS.ID' },
    }),
    defineCase({
      ...base,
      name: 'row value IN a list parameter of rows',
      covers: '(a, b) IN (:rows) through engine.prepare(), the rows given as an array of arrays when it runs',
      feature: 'Row-value IN with a list parameter',
      emulatedOn: rowListParamEmulation,
      build: ({ orders }) => select(orders.c.id).from(orders).where(tuple(orders.c.personId, orders.c.item).in(param('pairs'))).orderBy(orders.c.id),
      params: {
        pairs: [
          [1, 'book'],
          [3, 'pen'],
          [3, 'laptop'],
        ],
      },
      expect: { ordered: true, rows: ids(10, 12) },
      sql: {
        sqlite: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") IN (VALUES (?, ?), (?, ?), (?, ?)) ORDER BY "orders"."id"',
        postgres:
          'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") IN (SELECT * FROM unnest(CAST($1 AS INTEGER[]), CAST($2 AS TEXT[]))) ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id` FROM `orders` WHERE (`orders`.`person_id`, `orders`.`item`) IN ((?, ?), (?, ?), (?, ?)) ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID FROM ORDERS WHERE (ORDERS.PERSON_ID, ORDERS.ITEM) IN ((:1, :2), (:3, :4), (:5, :6)) ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'row value NOT IN an empty list parameter',
      covers: '(a, b) NOT IN (:rows) with []: always true',
      feature: 'Row-value IN with a list parameter',
      emulatedOn: rowListParamEmulation,
      build: ({ orders }) => select(orders.c.id).from(orders).where(tuple(orders.c.personId, orders.c.item).notIn(param('pairs'))).orderBy(orders.c.id),
      params: { pairs: [] },
      expect: { ordered: true, rows: ids(10, 11, 12, 13, 14, 15) },
      sql: {
        sqlite: 'SELECT "orders"."id" FROM "orders" WHERE 1 = 1 ORDER BY "orders"."id"',
        postgres:
          'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") NOT IN (SELECT * FROM unnest(CAST($1 AS INTEGER[]), CAST($2 AS TEXT[]))) ORDER BY "orders"."id"',
        mysql: 'SELECT `orders`.`id` FROM `orders` WHERE 1 = 1 ORDER BY `orders`.`id`',
        oracle: 'SELECT ORDERS.ID FROM ORDERS WHERE 1 = 1 ORDER BY ORDERS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'row value NOT IN a subquery',
      covers: '(a, b) NOT IN (subquery)',
      feature: 'Row-value IN',
      // Book orders are (1, book) and (3, book): every other order differs from both. Order 15's
      // (NULL, gift) differs from each in its item, so the NULL does not make it unknown.
      build: ({ orders }) => {
        const books = orders.as('books');
        return select(orders.c.id)
          .from(orders)
          .where(tuple(orders.c.personId, orders.c.item).notIn(select(books.c.personId, books.c.item).from(books).where(books.c.item.eq('book'))))
          .orderBy(orders.c.id);
      },
      expect: { ordered: true, rows: ids(11, 12, 14, 15) },
      sql: { sqlite: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") NOT IN (SELECT "books"."person_id" AS "personId", "books"."item" FROM "orders" AS "books" WHERE "books"."item" = ?) ORDER BY "orders"."id"', postgres: 'SELECT "orders"."id" FROM "orders" WHERE ("orders"."person_id", "orders"."item") NOT IN (SELECT "books"."person_id" AS "personId", "books"."item" FROM "orders" AS "books" WHERE "books"."item" = $1) ORDER BY "orders"."id"', mysql: 'SELECT `orders`.`id` FROM `orders` WHERE (`orders`.`person_id`, `orders`.`item`) NOT IN (SELECT `books`.`person_id` AS `personId`, `books`.`item` FROM `orders` AS `books` WHERE `books`.`item` = ?) ORDER BY `orders`.`id`', oracle: 'SELECT ORDERS.ID FROM ORDERS WHERE (ORDERS.PERSON_ID, ORDERS.ITEM) NOT IN (SELECT BOOKS.PERSON_ID AS "personId", BOOKS.ITEM FROM ORDERS BOOKS WHERE TO_CHAR(BOOKS.ITEM) = :1) ORDER BY ORDERS.ID' },
    }),
  ],
};
