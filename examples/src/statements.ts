/**
 * The statements the demo runs, in order, with a title each: kept apart from
 * the demo's printing so that tests can compile them for every dialect.
 */
import { and, deleteFrom, desc, fn, insert, select, Statement, update } from '@alkahest/core';
import { metadata, posts, users } from './schema';

/** One step of the demo. */
export interface ExampleStep {
  readonly title: string;
  readonly statement: Statement;
}

/**
 * The demo's statements: the schema, some rows, and queries over them.
 *
 * @example
 * ```ts
 * for (const { title, statement } of exampleStatements()) console.log(title, engine.compile(statement).sql);
 * ```
 */
export function exampleStatements(): ExampleStep[] {
  return [
    ...metadata.createStatements().map((statement) => ({ title: 'create', statement })),
    {
      title: 'insert users',
      statement: insert(users).values([
        { name: 'Ada', email: 'ada@example.com', age: 36 },
        { name: 'Alan', email: 'alan@example.com', age: 41 },
        { name: 'Grace', email: 'grace@example.com', age: 22, active: false },
      ]),
    },
    {
      title: 'insert posts',
      statement: insert(posts).values([
        { userId: 1, title: 'Notes on the analytical engine' },
        { userId: 1, title: 'sql for poets' },
        { userId: 2, title: 'Computing machinery and intelligence' },
        { userId: 2, title: 'On computable numbers, with an sql appendix' },
        { userId: 3, title: 'The first bug' },
      ]),
    },
    {
      title: 'posts per user over 25 with sql in the title',
      statement: select(users.c.name, fn.count(posts.c.id).as('n'))
        .from(users.join(posts, posts.c.userId.eq(users.c.id)))
        .where(and(users.c.age.gt(25), posts.c.title.ilike('%sql%')))
        .groupBy(users.c.name)
        .orderBy(desc('n'), users.c.name.asc())
        .limit(10),
    },
    {
      title: 'everyone, with their latest post if any',
      statement: select(users.c.name, fn.max(posts.c.createdAt).as('latest'))
        .from(users.leftJoin(posts, posts.c.userId.eq(users.c.id)))
        .groupBy(users.c.name)
        .orderBy(users.c.name),
    },
    { title: 'birthday', statement: update(users).set({ age: users.c.age.plus(1) }).where(users.c.name.eq('Ada')) },
    { title: 'inactive users leave', statement: deleteFrom(users).where(users.c.active.eq(false)) },
    { title: 'who is left', statement: select(users.c.id, users.c.name, users.c.age, users.c.active).from(users).orderBy(users.c.id) },
  ];
}
