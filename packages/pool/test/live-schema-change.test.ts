/**
 * Server-side prepared statements after a schema change: a statement planned
 * before the change is prepared again, once and transparently, outside a
 * transaction; inside one it fails typed (SchemaChangedError, which a
 * transaction with `retry` runs again) and is forgotten; and DDL run through
 * the engine forgets the statements of its table on every pooled connection.
 */
import { createTable, dropTable, insert, integer, SchemaChangedError, select, sql, table, text, uuid, varchar } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const postgres = databases.find((d) => d.name === 'postgres')!;

describeDatabase(postgres, (admin) => {
  liveTest('a SELECT planned before ALTER COLUMN … TYPE is prepared again, outside and inside transactions', async () => {
    const name = uniqueName('altered');
    const before = table(name, { id: integer().primaryKey({ autoIncrement: false }), code: integer() });
    const after = table(name, { id: integer().primaryKey({ autoIncrement: false }), code: text() });
    const engine = createEngine(postgres.url, { pool: { max: 1 } });
    try {
      await engine.execute(createTable(before));
      await engine.execute(insert(before).values({ id: 1, code: 7 }));
      const read = select(before.c.code).from(before).where(before.c.id.eq(1));
      expect(await engine.execute(read)).toEqual([{ code: 7 }]);
      // Changed behind the engine's back (another program): the session's plan is stale.
      await admin().execute(sql`ALTER TABLE ${sql.id(name)} ALTER COLUMN ${sql.id('code')} TYPE text`);
      const readText = select(after.c.code).from(after).where(after.c.id.eq(1));
      expect(await engine.execute(readText)).toEqual([{ code: '7' }]);
      expect(await engine.execute(readText)).toEqual([{ code: '7' }]);
      // Inside a transaction: a typed failure, the statement forgotten, and a retried transaction works.
      await admin().execute(sql`ALTER TABLE ${sql.id(name)} ALTER COLUMN ${sql.id('code')} TYPE varchar(20)`);
      const inside = await engine.transaction((tx) => tx.execute(readText)).catch((e: unknown) => e);
      expect(inside).toBeInstanceOf(SchemaChangedError);
      expect(await engine.transaction((tx) => tx.execute(readText))).toEqual([{ code: '7' }]);
      await admin().execute(sql`ALTER TABLE ${sql.id(name)} ALTER COLUMN ${sql.id('code')} TYPE text`);
      expect(await engine.transaction((tx) => tx.execute(readText), { retry: true })).toEqual([{ code: '7' }]);
      // No statement is left behind on the server for the forgotten plans.
      const [prepared] = await engine.execute(sql`SELECT COUNT(*) AS n FROM pg_prepared_statements`);
      expect(Number(prepared!['n'])).toBeLessThanOrEqual(3);
    } finally {
      await engine.execute(dropTable(before, { ifExists: true }));
      await engine.close();
    }
  });

  liveTest('after DROP and CREATE with other types through the engine, every pooled connection prepares again', async () => {
    const name = uniqueName('recreated');
    const first = table(name, { id: integer().primaryKey({ autoIncrement: false }), ref: varchar({ length: 40 }) });
    const second = table(name, { id: integer().primaryKey({ autoIncrement: false }), ref: uuid() });
    const engine = createEngine(postgres.url, { pool: { max: 3 } });
    try {
      await engine.execute(createTable(first));
      // Every connection of the pool prepares the INSERT and the SELECT.
      const held = await Promise.all([engine.connect(), engine.connect(), engine.connect()]);
      for (const [i, c] of held.entries()) {
        await c.execute(insert(first).values({ id: i + 1, ref: 'x' }));
        await c.execute(select(first.c.ref).from(first).where(first.c.id.eq(i + 1)));
      }
      await Promise.all(held.map((c) => c.release()));
      await engine.execute(dropTable(first));
      await engine.execute(createTable(second));
      const id = '4a7c1c6e-1b2f-4a59-9d7e-0c2a8f1e3b5d';
      const again = await Promise.all([engine.connect(), engine.connect(), engine.connect()]);
      try {
        for (const [i, c] of again.entries()) {
          await c.execute(insert(second).values({ id: i + 1, ref: id }));
          expect(await c.execute(select(second.c.ref).from(second).where(second.c.id.eq(i + 1)))).toEqual([{ ref: id }]);
        }
      } finally {
        await Promise.all(again.map((c) => c.release()));
      }
    } finally {
      await engine.execute(dropTable(second, { ifExists: true }));
      await engine.close();
    }
  });
});

const mysql = databases.find((d) => d.name === 'mysql')!;

describeDatabase(mysql, () => {
  liveTest('a statement the server asks to re-prepare (ER_NEED_REPREPARE) is prepared again and run once more', async () => {
    // MariaDB re-prepares by itself and answers 1615 only when schema changes keep racing it: the
    // answer is injected into the live connection once, the rest (unprepare, prepare, run) is real.
    const engine = createEngine(mysql.url, { pool: { max: 1 } });
    const items = table(uniqueName('reprepare'), { id: integer().primaryKey({ autoIncrement: false }), body: text() });
    try {
      await engine.execute(createTable(items));
      await engine.execute(insert(items).values({ id: 1, body: 'a' }));
      const connection = await engine.connect();
      const driverConnection = (connection as unknown as { pooled: { connection: { connection: { connection: Record<string, unknown>; unprepare: (o: unknown) => void } } } }).pooled.connection.connection;
      const raw = driverConnection.connection;
      const execute = raw['execute'] as (...args: unknown[]) => unknown;
      let injected = 0;
      let unprepared = 0;
      const unprepare = driverConnection.unprepare.bind(driverConnection);
      driverConnection.unprepare = (o: unknown) => {
        unprepared += 1;
        unprepare(o);
      };
      raw['execute'] = function (this: unknown, ...args: unknown[]) {
        const callback = args[2] as ((error: Error | null, result?: unknown) => void) | undefined;
        if (injected === 0 && typeof callback === 'function') {
          injected += 1;
          setImmediate(() => callback(Object.assign(new Error('Prepared statement needs to be re-prepared'), { errno: 1615, code: 'ER_NEED_REPREPARE' })));
          return undefined;
        }
        return execute.apply(this, args);
      };
      try {
        expect(await connection.execute(select(items.c.body).from(items).where(items.c.id.eq(1)))).toEqual([{ body: 'a' }]);
        expect([injected, unprepared]).toEqual([1, 1]);
      } finally {
        raw['execute'] = execute;
        await connection.release();
      }
    } finally {
      await engine.execute(dropTable(items, { ifExists: true }));
      await engine.close();
    }
  });
});
