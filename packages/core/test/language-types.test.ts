/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Type-level tests of the query builders added with the SQL language
 * (checked by tsc -p tsconfig.test.json): scalar subqueries, ANY / ALL, set
 * operations, CTEs, row values, named parameters, RETURNING and prepared
 * queries' result types.
 */
import { all, cte, deleteFrom, fn, insert, integer, param, recursiveCte, scalar, select, table, text, tuple, union, unionAll } from '@alkahest/core';
import type { Expression } from '@alkahest/core';
import type { ResultOf } from '@alkahest/pool';
import { assertType, type Equal, type RowType } from './type-helpers';

const people = table('people', { id: integer().primaryKey(), name: text().notNull(), age: integer() });
const orders = table('orders', { id: integer().primaryKey(), personId: integer('person_id'), amount: integer().notNull() });

describe('SQL language types', () => {
  test('a scalar subquery is its one column, nullable; ANY / ALL compare with the column type', () => {
    const n = scalar(select(fn.count().as('n')).from(orders).where(orders.c.personId.eq(people.c.id)));
    assertType<Equal<typeof n, Expression<number | null>>>();
    const q = select(people.c.id, n.as('orders')).from(people).where(people.c.age.gt(all(select(orders.c.amount).from(orders))));
    assertType<Equal<RowType<typeof q>, { id: number; orders: number | null }>>();
    // @ts-expect-error a text column cannot be compared with ALL over integers
    people.c.name.gt(all(select(orders.c.amount).from(orders)));
  });

  test('a set operation’s row admits what any of its queries gives; in FROM its columns are typed', () => {
    // people.id is never NULL, orders.person_id may be: so may the union's id.
    const u = union(select(people.c.id).from(people), select(orders.c.personId.as('id')).from(orders));
    assertType<Equal<ResultOf<typeof u>, { id: number | null }[]>>();
    const everyone = unionAll(select(people.c.id).from(people), select(people.c.id).from(people)).as('everyone');
    const q = select(everyone.c.id).from(everyone);
    assertType<Equal<RowType<typeof q>, { id: number }>>();
  });

  test('CTE columns are typed, recursive ones from their declared columns', () => {
    const big = cte('big', select(orders.c.personId, orders.c.amount).from(orders));
    const q = select(big.c.personId, big.c.amount).with(big).from(big);
    assertType<Equal<RowType<typeof q>, { personId: number | null; amount: number }>>();
    const counter = recursiveCte('counter', { n: integer().notNull() }, (self) => select({ n: self.c.n.plus(1) }).from(self));
    const r = select(counter.c.n).with(counter).from(counter);
    assertType<Equal<RowType<typeof r>, { n: number }>>();
  });

  test('row values take values of their expressions’ types', () => {
    tuple(people.c.age, people.c.name).gt([40, 'Ada']);
    tuple(people.c.age, people.c.name).in([
      [1, 'a'],
      [2, 'b'],
    ]);
    // The types refuse a number for the text column, and so does the check at run time.
    // @ts-expect-error the second value must be a string
    expect(() => tuple(people.c.age, people.c.name).gt([40, 41])).toThrow('column people.name: expected a string, got 41');
  });

  test('RETURNING gives typed rows; without it, counts', () => {
    const returned = insert(people).values({ name: 'Ada' }).returning(people.c.id, people.c.name.as('n'));
    assertType<Equal<ResultOf<typeof returned>[number], { id: number; n: string }>>();
    const counted = deleteFrom(people).where(people.c.id.eq(param('id')));
    assertType<Equal<ResultOf<typeof counted>, { readonly rowsAffected: number; readonly insertId?: number | bigint }>>();
  });
});
