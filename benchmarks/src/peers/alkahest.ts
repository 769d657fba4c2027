/** alkahest's tables and the statements of the compile-only suite. */
import type { CompiledQuery, Statement } from '@alkahest/core';
import { and, cte, exists, fn, insert, integer, select, table, text, update } from '@alkahest/core';
import type { CompileCases } from './compile-cases';

export function alkahestTables(names: { readonly users: string; readonly posts: string }) {
  const users = table(names.users, {
    id: integer().primaryKey(),
    name: text().notNull(),
    email: text().notNull(),
    age: integer(),
    score: integer().notNull().default(0),
  });
  const posts = table(names.posts, {
    id: integer().primaryKey(),
    userId: integer('user_id').notNull(),
    title: text().notNull(),
    views: integer().notNull().default(0),
  });
  return { users, posts };
}

export type AlkahestUsers = ReturnType<typeof alkahestTables>['users'];

/** Builds alkahest's select by primary key (a fresh statement on every call). */
export function alkahestSelectById(users: AlkahestUsers, id: number) {
  return select(users.c.id, users.c.name, users.c.email).from(users).where(users.c.id.eq(id));
}

/**
 * The compile-only cases: build a fresh statement from the input, then
 * compile it with `compile` (a PostgresCompiler's, uncached).
 */
export function alkahestCompileCases(compile: (statement: Statement) => CompiledQuery): CompileCases {
  const { users, posts } = alkahestTables({ users: 'users', posts: 'posts' });
  return {
    selectByPk: (input) => compile(alkahestSelectById(users, input.id)),
    joinFilterPage: (input) =>
      compile(
        select(users.c.id, users.c.name, posts.c.title)
          .from(users.join(posts, posts.c.userId.eq(users.c.id)))
          .where(and(users.c.age.gt(input.age), posts.c.title.like(input.pattern)))
          .orderBy(posts.c.id.desc())
          .limit(input.limit)
          .offset(input.offset),
      ),
    insert10: (input) => compile(insert(users).values(input.rows)),
    updateExpr: (input) => compile(update(posts).set({ views: posts.c.views.plus(1) }).where(posts.c.id.eq(input.id))),
    cteExists: (input) => {
      const active = cte(
        'active',
        select(posts.c.userId, fn.count().as('n')).from(posts).groupBy(posts.c.userId).having(fn.count().gt(input.minPosts)),
      );
      const p = posts.as('p');
      return compile(
        select(users.c.id, users.c.name, active.c.n)
          .with(active)
          .from(users.join(active, active.c.userId.eq(users.c.id)))
          .where(exists(select(p.c.id).from(p).where(and(p.c.userId.eq(users.c.id), p.c.views.gt(input.minViews))))),
      );
    },
  };
}
