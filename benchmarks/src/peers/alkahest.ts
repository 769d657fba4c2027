/** alkahest's tables and the statements of the compile-only suite. */
import * as core from '@alkahest/core';
import { and, insert, integer, select, table, text, update } from '@alkahest/core';
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

/** What @alkahest/core lacks for the CTE case, or undefined once it has it all. */
function missingForCte(): string | undefined {
  const exported = new Set(Object.keys(core));
  const missing: string[] = [];
  if (!['withCte', 'cte', 'with_'].some((name) => exported.has(name)) && !('withCte' in core.Select.prototype)) missing.push('CTE (WITH)');
  if (!exported.has('exists')) missing.push('EXISTS');
  return missing.length === 0 ? undefined : missing.join(' and ');
}

/**
 * The compile-only cases: build a fresh statement from the input, then
 * compile it with `compile` (a PostgresCompiler's, uncached).
 */
export function alkahestCompileCases(compile: (statement: core.Statement) => core.CompiledQuery): CompileCases {
  const { users, posts } = alkahestTables({ users: 'users', posts: 'posts' });
  const missing = missingForCte();
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
    cteExists:
      missing === undefined
        ? { unsupported: 'alkahest now exports a CTE and EXISTS API: this variant is still to be written in benchmarks/src/peers/alkahest.ts' }
        : { unsupported: `not supported yet: @alkahest/core has no ${missing} builder` },
  };
}
