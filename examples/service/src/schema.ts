/** The shop's tables. */
import { integer, table, text, varchar } from '@alkahest/core';

export const products = table('svc_products', {
  id: integer().primaryKey(),
  sku: varchar({ length: 64 }).notNull().unique(),
  name: text().notNull(),
  stock: integer().notNull().check((stock) => stock.gte(0), 'svc_products_stock_not_negative'),
});

export const orders = table('svc_orders', {
  id: integer().primaryKey(),
  productId: integer('product_id').notNull().references(() => products.c.id),
  quantity: integer().notNull(),
});
