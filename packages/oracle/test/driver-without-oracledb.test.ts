/**
 * oracledb is loaded when the first connection is made (driver.ts
 * loadOracledb), so compiling Oracle SQL never needs it, and connecting
 * without it says how to install it.
 */
import { integer, select, table } from '@alkahest/core';
import { OracleDriver, oracleDialect } from '@alkahest/oracle';

jest.mock('oracledb', () => {
  throw Object.assign(new Error("Cannot find module 'oracledb'"), { code: 'MODULE_NOT_FOUND' });
});

test('compiling works without oracledb; connecting fails with the install hint, the loader error as cause', async () => {
  const items = table('items', { id: integer().primaryKey() });
  expect(oracleDialect().compile(select(items.c.id).from(items)).sql).toBe('SELECT ITEMS.ID FROM ITEMS');
  const connecting = new OracleDriver({ connectString: 'db.example.com:1521/XE' }).connect();
  await expect(connecting).rejects.toThrow('the Oracle driver needs the oracledb package: npm install oracledb');
  await expect(connecting).rejects.toMatchObject({ cause: { code: 'MODULE_NOT_FOUND' } });
});
