/**
 * What the guides' code blocks use without defining: the builders, the engine
 * and a few tables. Only type-checked (guide-snippets.test.ts), never run.
 */
import { boolean, date, fn, integer, json, numeric, select, table, text, timestamp, varchar } from '@alkahest/core';
import type { Engine } from '@alkahest/pool';

export * from '@alkahest/core';
export * from '@alkahest/pool';
export type { ResultOf } from '@alkahest/pool';
export { sqlite } from '@alkahest/sqlite';
// The dialects' capabilities join core's types where their packages' types are loaded.
import type {} from '@alkahest/postgres';
import type {} from '@alkahest/mysql';

export declare const engine: Engine<'postgres'>;

export interface Profile {
  readonly address: { readonly city: string };
  readonly tags: readonly string[];
}

export const users = table('users', {
  id: integer().primaryKey(),
  email: varchar({ length: 255 }).unique(),
  name: text().notNull(),
  age: integer(),
  balance: numeric({ precision: 12, scale: 2 }),
  active: boolean().notNull().default(true),
  locked: boolean().notNull().default(false),
  visits: integer().notNull().default(0),
  profile: json<Profile>(),
  createdAt: timestamp('created_at').notNull().default(fn.now()),
});
export const posts = table('posts', {
  id: integer().primaryKey(),
  userId: integer('user_id').notNull().references(() => users.c.id),
  title: text().notNull(),
});
export const people = table('people', {
  id: integer().primaryKey(),
  name: text().notNull(),
  age: integer(),
  city: text(),
  banned: boolean().notNull().default(false),
});
export const orders = table('orders', {
  id: integer().primaryKey(),
  userId: integer('user_id'),
  personId: integer('person_id'),
  tenantId: integer('tenant_id'),
  item: text().notNull(),
  amount: numeric({ precision: 10, scale: 2 }).notNull(),
  status: varchar({ length: 1 }).notNull().default('n'),
  placedAt: timestamp('placed_at').notNull().default(fn.now()),
});
export const offices = table('offices', { id: integer().primaryKey(), city: text().notNull() });
export const tasks = table('tasks', { id: integer().primaryKey(), due: date().notNull() });
export const archive = table('archive', { id: integer().primaryKey(), name: text().notNull() });
export const moves = table('moves', { personId: integer('person_id').primaryKey(), city: text().notNull() });
export const accounts = table('accounts', { id: integer().primaryKey(), balance: numeric({ precision: 12, scale: 2 }).notNull() });
export const audit = table('audit', { id: integer().primaryKey(), message: text().notNull() });
export const events = table('events', { id: integer().primaryKey(), body: text().notNull() });
export const prices = table('prices', { sku: text().primaryKey(), cents: integer().notNull() });
export declare function readPrices(): AsyncIterable<{ sku: string; cents: number }>;
export declare function readCsvRows(): AsyncIterable<{ email: string; name: string }>;
export declare const lines: AsyncIterable<string>;
export const stock = table('stock', { sku: text().primaryKey(), qty: integer().notNull() });
export const places = table('places', { id: integer().primaryKey(), name: text().notNull(), score: integer() });

export const url = 'postgres://app@localhost:5432/shop';

export const q = select(users.c.id, users.c.name).from(users);
export const rows = [{ id: 1, name: 'Ada', visits: 1 }];
export const input = { email: 'ada@example.org', name: 'Ada' };
export const order = { personId: 1, item: 'pen', amount: '2.50' };
export const entry = { message: 'order placed' };
export const a = select(people.c.city).from(people);
export const b = select(offices.c.city).from(offices);
export declare const output: NodeJS.WritableStream;
