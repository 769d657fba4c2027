/**
 * Tables and rows shared by the cases. Every row here is written by hand; the
 * expected results in the case files are worked out from these tables.
 *
 * people                              orders
 *  id | name   | age  | city           id | person_id | item   | amount
 *   1 | Ada    |   36 | London         10 |         1 | book   |     12
 *   2 | Alan   |   41 | NULL           11 |         1 | pen    |      3
 *   3 | Grace  |   85 | New York       12 |         3 | laptop |    900
 *   4 | Linus  | NULL | Helsinki       13 |         3 | book   |     15
 *   5 | Edsger |   72 | Amsterdam      14 |         9 | lamp   |     40   (no such person)
 *                                      15 |      NULL | gift   |      5
 */
import { insert, integer, table, text } from '@alkahest/core';
import { defineFixture, Namer } from '../harness/case';

const peopleTable = (name: Namer) =>
  table(name('people'), {
    id: integer().primaryKey({ autoIncrement: false }),
    name: text().notNull(),
    age: integer(),
    city: text(),
  });

const ordersTable = (name: Namer) =>
  table(name('orders'), {
    id: integer().primaryKey({ autoIncrement: false }),
    // No foreign key on purpose: order 14 points at a person who does not exist.
    personId: integer('person_id'),
    item: text().notNull(),
    amount: integer().notNull(),
  });

/** people alone. */
export const peopleFixture = defineFixture((name) => ({ people: peopleTable(name) }));
/** people and orders. */
export const shopFixture = defineFixture((name) => ({ people: peopleTable(name), orders: ordersTable(name) }));

type People = ReturnType<typeof peopleTable>;
type Orders = ReturnType<typeof ordersTable>;

export const seedPeople = (people: People) =>
  insert(people).values([
    { id: 1, name: 'Ada', age: 36, city: 'London' },
    { id: 2, name: 'Alan', age: 41, city: null },
    { id: 3, name: 'Grace', age: 85, city: 'New York' },
    { id: 4, name: 'Linus', age: null, city: 'Helsinki' },
    { id: 5, name: 'Edsger', age: 72, city: 'Amsterdam' },
  ]);

export const seedOrders = (orders: Orders) =>
  insert(orders).values([
    { id: 10, personId: 1, item: 'book', amount: 12 },
    { id: 11, personId: 1, item: 'pen', amount: 3 },
    { id: 12, personId: 3, item: 'laptop', amount: 900 },
    { id: 13, personId: 3, item: 'book', amount: 15 },
    { id: 14, personId: 9, item: 'lamp', amount: 40 },
    { id: 15, personId: null, item: 'gift', amount: 5 },
  ]);

/** Seeds people (for cases on peopleFixture). */
export const seedPeopleOnly = (t: { people: People }) => [seedPeople(t.people)];
/** Seeds people and orders (for cases on shopFixture). */
export const seedShop = (t: { people: People; orders: Orders }) => [seedPeople(t.people), seedOrders(t.orders)];

/** The ids of rows, as expected rows: `ids(1, 3)` is `[{ id: 1 }, { id: 3 }]`. */
export const ids = (...values: number[]) => values.map((id) => ({ id }));
