/**
 * The pool under faults, on the live servers: connections killed from the
 * server side, pool exhaustion, and typed errors.
 */
import {
  CheckViolationError,
  ConnectionLostError,
  createTable,
  dropTable,
  ForeignKeyViolationError,
  insert,
  integer,
  MetaData,
  NotNullViolationError,
  select,
  sql,
  SqlSyntaxError,
  table,
  text,
  UniqueViolationError,
  varchar,
} from '@alkahest/core';
import { createEngine, PoolTimeoutError } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';
import { allSessionIds, killSession, sessionId, sleep } from './live-helpers';

const servers = databases.filter((d) => d.name !== 'sqlite');

for (const db of servers) {
  describeDatabase(db, (admin) => {
    liveTest('after every pooled connection is killed, 10 of 10 next queries succeed', async () => {
      const engine = createEngine(db.url, { pool: { max: 4 } });
      try {
        const before = await allSessionIds(db, engine, 4);
        for (const id of before) await killSession(db, admin(), id);
        await sleep(300); // let the server finish closing the sessions
        const results = await Promise.allSettled(Array.from({ length: 10 }, () => engine.execute(select({ one: sql<number>`1` }))));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
        const after = await allSessionIds(db, engine, 4);
        expect(after.filter((id) => before.includes(id))).toEqual([]);
        expect(engine.poolStatus().inUse).toBe(0);
      } finally {
        await engine.close();
      }
    });

    liveTest('work in flight on a killed connection fails with ConnectionLostError; the transaction is not applied', async () => {
      const notes = table(uniqueName('faults'), { id: integer().primaryKey(), body: text().notNull() });
      await admin().execute(createTable(notes));
      const engine = createEngine(db.url, { pool: { max: 2 } });
      try {
        const attempt = engine.transaction(async (tx) => {
          await tx.execute(insert(notes).values({ body: 'half' }));
          const id = await sessionId(db, tx);
          await killSession(db, admin(), id);
          await tx.execute(select({ one: sql<number>`1` })); // the connection is gone by now
        });
        await expect(attempt).rejects.toBeInstanceOf(ConnectionLostError);
        expect(await engine.execute(select(notes.c.id).from(notes))).toEqual([]);
        expect(engine.poolStatus().inUse).toBe(0);
        // The pool goes on working.
        await engine.execute(insert(notes).values({ body: 'whole' }));
        expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([{ body: 'whole' }]);
      } finally {
        await engine.close();
        await admin().execute(dropTable(notes));
      }
    });

    liveTest('an exhausted pool times out with its state, then works normally', async () => {
      const engine = createEngine(db.url, { pool: { max: 2, acquireTimeoutMillis: 300 } });
      try {
        const held = [await engine.connect(), await engine.connect()];
        const started = Date.now();
        const error = await engine.execute(select({ one: sql<number>`1` })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PoolTimeoutError);
        expect((error as Error).message).toMatch(/no connection within 300 ms \(pool: 2 in use, 0 idle, \d+ waiting, 0 opening, max 2\)/);
        expect(Date.now() - started).toBeGreaterThanOrEqual(290);
        await Promise.all(held.map((c) => c.release()));
        expect(await engine.execute(select({ one: sql<number>`1` }))).toHaveLength(1);
        expect(engine.poolStatus().inUse).toBe(0);
      } finally {
        await engine.close();
      }
    });
  });
}

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('constraint and syntax errors are typed', async () => {
      const parents = table(uniqueName('parents'), { id: integer().primaryKey({ autoIncrement: false }), code: varchar({ length: 10 }).unique() });
      const children = table(uniqueName('children'), {
        id: integer().primaryKey({ autoIncrement: false }),
        parentId: integer('parent_id').notNull().references(() => parents.c.id),
        n: integer().check((n) => n.gte(0)),
      });
      const metadata = new MetaData(parents, children);
      await metadata.createAll(engine());
      try {
        await engine().execute(insert(parents).values({ id: 1, code: 'a' }));
        await expect(engine().execute(insert(parents).values({ id: 2, code: 'a' }))).rejects.toBeInstanceOf(UniqueViolationError);
        await expect(engine().execute(insert(children).values({ id: 1, parentId: 99 }))).rejects.toBeInstanceOf(ForeignKeyViolationError);
        await expect(engine().execute(insert(children).values({ id: 1, parentId: 1, n: -1 }))).rejects.toBeInstanceOf(CheckViolationError);
        await expect(engine().execute(insert(children).values({ id: 1, parentId: sql<number>`NULL` }))).rejects.toBeInstanceOf(NotNullViolationError);
        await expect(engine().execute(sql`SELEC 1`)).rejects.toBeInstanceOf(SqlSyntaxError);
      } finally {
        await metadata.dropAll(engine());
      }
    });
  });
}
