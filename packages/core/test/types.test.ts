/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Type-level tests: `npm test` type-checks this file (tsc -p tsconfig.test.json),
 * so each `Equal` assertion and each `@ts-expect-error` is a test that fails
 * the build when the inferred types drift.
 */
import {
  bigint,
  boolean,
  Expression,
  fn,
  insert,
  InsertRow,
  integer,
  json,
  numeric,
  select,
  Sourced,
  table,
  text,
  timestamp,
  update,
  enumOf,
} from '@alkahest/core';
import { assertType, type Equal, type RowType } from './type-helpers';

const users = table('users', {
  id: integer().primaryKey(),
  name: text().notNull(),
  age: integer(),
  active: boolean().notNull().default(true),
  balance: numeric({ precision: 12, scale: 2 }).notNull(),
  big: bigint(),
  meta: json<{ tags: string[] }>(),
  status: enumOf(['new', 'gone'] as const).notNull(),
  createdAt: timestamp('created_at').notNull(),
});
const posts = table('posts', {
  id: integer().primaryKey(),
  userId: integer('user_id').notNull(),
  title: text().notNull(),
});

describe('inferred types', () => {
  test('rows are typed from the select list', () => {
    const q = select(users.c.name, fn.count(posts.c.id).as('n')).from(users.join(posts, posts.c.userId.eq(users.c.id)));
    assertType<Equal<RowType<typeof q>, { name: string; n: number }>>();
  });

  test('nullable columns and column types', () => {
    const q = select(users.c.age, users.c.big, users.c.meta, users.c.status, users.c.createdAt, users.c.balance).from(users);
    assertType<Equal<
      RowType<typeof q>,
      { age: number | null; big: bigint | null; meta: { tags: string[] } | null; status: 'new' | 'gone'; createdAt: Date; balance: string }
    >>();
  });

  test('a LEFT JOIN makes the right side nullable', () => {
    const q = select(users.c.name, posts.c.title).from(users.leftJoin(posts, posts.c.userId.eq(users.c.id)));
    assertType<Equal<RowType<typeof q>, { name: string; title: string | null }>>();
    const r = select(users.c.name, posts.c.title).from(users.rightJoin(posts, posts.c.userId.eq(users.c.id)));
    assertType<Equal<RowType<typeof r>, { name: string | null; title: string }>>();
  });

  test('select(table), object form, aliases and subqueries', () => {
    const all = select(posts);
    assertType<Equal<RowType<typeof all>, { id: number; userId: number; title: string }>>();
    const obj = select({ total: fn.count(), oldest: fn.max(users.c.age) }).from(users);
    assertType<Equal<RowType<typeof obj>, { total: number; oldest: number | null }>>();
    const u = users.as('u');
    const aliased = select(u.c.name).from(u);
    assertType<Equal<RowType<typeof aliased>, { name: string }>>();
    const counts = select(posts.c.userId, fn.count().as('n')).from(posts).groupBy(posts.c.userId).as('counts');
    const sub = select(users.c.name, counts.c.n).from(users.join(counts, counts.c.userId.eq(users.c.id)));
    type Sub = RowType<typeof sub>;
    assertType<Equal<Sub, { name: string; n: number }>>();
  });

  test('operators keep nullability', () => {
    assertType<Equal<(typeof users.c.name)['__value'], string>>();
    const concat = users.c.name.concat('!');
    // Derived expressions also carry the table they read, so that an outer join's NULLs follow them.
    assertType<Equal<typeof concat, Expression<string> & Sourced<'users'>>>();
    const plus = users.c.age.plus(1);
    assertType<Equal<typeof plus, Expression<number | null> & Sourced<'users'>>>();
    const lower = fn.lower(users.c.name);
    assertType<Equal<typeof lower, Expression<string> & Sourced<'users'>>>();
  });

  test('insert rows: NOT NULL without default required, others optional', () => {
    assertType<Equal<
      keyof InsertRow<typeof posts.c>,
      'id' | 'userId' | 'title'
    >>();
    const row: InsertRow<typeof users.c> = { name: 'Ada', balance: '1.00', status: 'new', createdAt: new Date() };
    expect(insert(users).values(row)).toBeDefined();
    expect(update(users).set({ name: users.c.name.concat('!') })).toBeDefined();
  });
});

describe('wrong types do not compile', () => {
  test('each @ts-expect-error below is an error the compiler must report', () => {
    const attempts = [
      // @ts-expect-error a string is not an integer
      () => users.c.age.eq('41'),
      // @ts-expect-error like() needs a string expression
      () => users.c.age.like('%1%'),
      // @ts-expect-error plus() needs a numeric expression
      () => users.c.name.plus(1),
      // @ts-expect-error name is required
      () => insert(users).values({ balance: '1', status: 'new', createdAt: new Date() }),
      // @ts-expect-error unknown column key
      () => insert(posts).values({ userId: 1, title: 'x', nope: 1 }),
      // @ts-expect-error wrong value type on insert
      () => insert(posts).values({ userId: 'one', title: 'x' }),
      // @ts-expect-error enum values are checked
      () => insert(users).values({ name: 'A', balance: '1', status: 'old', createdAt: new Date() }),
      // @ts-expect-error a timestamp takes a Date
      () => update(users).set({ createdAt: '2024-01-01' }),
      // @ts-expect-error NOT NULL column cannot be set to null
      () => update(users).set({ name: null }),
    ];
    expect(attempts).toHaveLength(9);
  });
});
