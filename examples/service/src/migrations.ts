/**
 * The service's migrations, applied by @alkahest/migrate's runner at start
 * (under its lock, so several instances starting together apply them once).
 */
import { createTable, dropTable } from '@alkahest/core';
import { inlineSource } from '@alkahest/migrate';
import { orders, products } from './schema';

export const migrations = inlineSource({
  '0001_products_and_orders': {
    up: async (m) => {
      await m.execute(createTable(products));
      await m.execute(createTable(orders));
    },
    down: async (m) => {
      await m.execute(dropTable(orders));
      await m.execute(dropTable(products));
    },
  },
});
