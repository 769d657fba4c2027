/**
 * drizzle's tables for each database (pg-core, sqlite-core, mysql-core) and
 * its compile-only statements (`.toSQL()` on a connection-less instance).
 */
import { and, count, eq, exists, gt, like, desc, sql } from 'drizzle-orm';
import { int as myInt, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { drizzle } from 'drizzle-orm/node-postgres';
import { integer as pgInteger, pgTable, text as pgText } from 'drizzle-orm/pg-core';
import { integer as liteInteger, sqliteTable, text as liteText } from 'drizzle-orm/sqlite-core';
import type { NewUser } from '../fixtures/data';
import type { CompileCases } from './compile-cases';

export function drizzlePgTables(names: { readonly users: string; readonly posts: string }) {
  const users = pgTable(names.users, {
    id: pgInteger('id').primaryKey().generatedByDefaultAsIdentity(),
    name: pgText('name').notNull(),
    email: pgText('email').notNull(),
    age: pgInteger('age'),
    score: pgInteger('score').notNull().default(0),
  });
  const posts = pgTable(names.posts, {
    id: pgInteger('id').primaryKey().generatedByDefaultAsIdentity(),
    userId: pgInteger('user_id').notNull(),
    title: pgText('title').notNull(),
    views: pgInteger('views').notNull().default(0),
  });
  return { users, posts };
}

export function drizzleSqliteUsers(name: string) {
  return sqliteTable(name, {
    id: liteInteger('id').primaryKey(),
    name: liteText('name').notNull(),
    email: liteText('email').notNull(),
    age: liteInteger('age'),
    score: liteInteger('score').notNull().default(0),
  });
}

export function drizzleMysqlUsers(name: string) {
  return mysqlTable(name, {
    id: myInt('id').primaryKey().autoincrement(),
    name: varchar('name', { length: 100 }).notNull(),
    email: varchar('email', { length: 255 }).notNull(),
    age: myInt('age'),
    score: myInt('score').notNull().default(0),
  });
}

export function drizzleCompileCases(): CompileCases {
  const db = drizzle.mock();
  const { users, posts } = drizzlePgTables({ users: 'users', posts: 'posts' });
  return {
    selectByPk: (input) => db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, input.id)).toSQL(),
    joinFilterPage: (input) =>
      db
        .select({ id: users.id, name: users.name, title: posts.title })
        .from(users)
        .innerJoin(posts, eq(posts.userId, users.id))
        .where(and(gt(users.age, input.age), like(posts.title, input.pattern)))
        .orderBy(desc(posts.id))
        .limit(input.limit)
        .offset(input.offset)
        .toSQL(),
    insert10: (input) => db.insert(users).values(input.rows as NewUser[]).toSQL(),
    updateExpr: (input) =>
      db
        .update(posts)
        .set({ views: sql`${posts.views} + 1` })
        .where(eq(posts.id, input.id))
        .toSQL(),
    cteExists: (input) => {
      const active = db
        .$with('active')
        .as(db.select({ userId: posts.userId, n: count().as('n') }).from(posts).groupBy(posts.userId).having(gt(count(), input.minPosts)));
      return db
        .with(active)
        .select({ id: users.id, name: users.name, n: active.n })
        .from(users)
        .innerJoin(active, eq(active.userId, users.id))
        .where(exists(db.select({ one: sql`1` }).from(posts).where(and(eq(posts.userId, users.id), gt(posts.views, input.minViews)))))
        .toSQL();
    },
  };
}
