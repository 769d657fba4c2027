/** The demo's schema: users who write posts. */
import { boolean, fn, integer, MetaData, table, text, timestamp, varchar } from '@alkahest/core';

export const users = table('users', {
  id: integer().primaryKey(),
  name: text().notNull(),
  email: varchar({ length: 255 }).notNull().unique(),
  age: integer(),
  active: boolean().notNull().default(true),
});

export const posts = table(
  'posts',
  {
    id: integer().primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.c.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    createdAt: timestamp('created_at').notNull().default(fn.now()),
  },
  { indexes: [{ name: 'ix_posts_user_id', columns: ['userId'] }] },
);

export const metadata = new MetaData(users, posts);
