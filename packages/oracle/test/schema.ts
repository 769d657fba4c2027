/** Tables shared by the Oracle golden tests. */
import { boolean, integer, table, text, timestamp, varchar } from '@alkahest/core';

export const users = table('users', {
  id: integer().primaryKey(),
  name: varchar({ length: 50 }).notNull(),
  age: integer(),
  active: boolean(),
});

export const posts = table('posts', {
  id: integer().primaryKey(),
  userId: integer('user_id').notNull(),
  title: text().notNull(),
  createdAt: timestamp('created_at'),
});
