/**
 * Each driver's error classifier on the errors its server really raises,
 * beyond live-faults.test.ts: a duplicate primary key, a NOT NULL column left
 * out of an INSERT (MariaDB's "doesn't have a default value", 1364), a
 * statement cut short, an unknown table (a plain DatabaseError: not a syntax
 * error), two transactions that each wait for the other's row (a deadlock:
 * PostgreSQL's 40P01, MariaDB's 1213), and SQLite's lock held by another
 * connection (SQLITE_BUSY).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createTable,
  DatabaseError,
  DeadlockError,
  dropTable,
  insert,
  integer,
  NotNullViolationError,
  QueryTimeoutError,
  select,
  sql,
  SqlSyntaxError,
  table,
  text,
  UniqueViolationError,
  update,
} from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('a duplicate primary key is a UniqueViolationError', async () => {
      const items = table(uniqueName('pk'), { id: integer().primaryKey({ autoIncrement: false }), name: text() });
      await engine().execute(createTable(items));
      try {
        await engine().execute(insert(items).values({ id: 1, name: 'a' }));
        const failure = engine().execute(insert(items).values({ id: 1, name: 'b' }));
        await expect(failure).rejects.toThrow(UniqueViolationError);
        expect(await engine().execute(select(items.c.name).from(items))).toEqual([{ name: 'a' }]);
      } finally {
        await engine().execute(dropTable(items));
      }
    });

    liveTest('a NOT NULL column without a default, left out of an INSERT, is a NotNullViolationError', async () => {
      const items = table(uniqueName('nn'), { id: integer().primaryKey({ autoIncrement: false }), name: text().notNull() });
      await engine().execute(createTable(items));
      try {
        // @ts-expect-error name is required: the server is what refuses it here
        await expect(engine().execute(insert(items).values({ id: 1 }))).rejects.toThrow(NotNullViolationError);
        expect(await engine().execute(select(items.c.id).from(items))).toEqual([]);
      } finally {
        await engine().execute(dropTable(items));
      }
    });

    liveTest('a statement cut short is an SqlSyntaxError; an unknown table is a DatabaseError of no narrower kind', async () => {
      await expect(engine().execute(sql`SELECT (1`)).rejects.toThrow(SqlSyntaxError);
      const unknown = engine().execute(sql`SELECT * FROM ${sql.id(uniqueName('nosuch'))}`);
      await expect(unknown).rejects.toThrow(DatabaseError);
      const error = await unknown.catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(SqlSyntaxError);
      expect(Object.getPrototypeOf(error)).toBe(DatabaseError.prototype);
    });

    if (db.name !== 'sqlite') {
      liveTest('two transactions each waiting for the row the other holds: one is a DeadlockError, the other commits', async () => {
        const rows = table(uniqueName('dl'), { id: integer().primaryKey({ autoIncrement: false }), n: integer().notNull() });
        await engine().execute(createTable(rows));
        try {
          await engine().execute(insert(rows).values([{ id: 1, n: 0 }, { id: 2, n: 0 }]));
          let holding = 0;
          let bothHold!: () => void;
          const held = new Promise<void>((resolve) => (bothHold = resolve));
          const crossing = (first: number, second: number) =>
            engine().transaction(async (tx) => {
              await tx.execute(update(rows).set({ n: first }).where(rows.c.id.eq(first)));
              if (++holding === 2) bothHold();
              await held;
              await tx.execute(update(rows).set({ n: first }).where(rows.c.id.eq(second)));
            });
          const outcomes = await Promise.allSettled([crossing(1, 2), crossing(2, 1)]);
          const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
          expect(failed).toHaveLength(1);
          expect(failed[0]!.reason).toBeInstanceOf(DeadlockError);
          // The survivor wrote both rows with its own number.
          const winner = outcomes[0]!.status === 'fulfilled' ? 1 : 2;
          expect(await engine().execute(select(rows.c.n).from(rows).orderBy(rows.c.id))).toEqual([{ n: winner }, { n: winner }]);
        } finally {
          await engine().execute(dropTable(rows));
        }
      });
    }
  });
}

describe('SQLite: a database another connection holds', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'alkahest-busy-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a write that cannot get the lock within busyTimeout is a QueryTimeoutError, and works once the lock is free', async () => {
    const file = path.join(dir, 'busy.db');
    const holder = createEngine(`sqlite://${file}`);
    const waiter = createEngine(`sqlite://${file}?busyTimeout=0`);
    const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });
    try {
      await holder.execute(createTable(notes));
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const held = holder.transaction(async (tx) => {
        await tx.execute(insert(notes).values({ body: 'holder' }));
        locked();
        await released;
      });
      await isLocked;
      await expect(waiter.execute(insert(notes).values({ body: 'waiter' }))).rejects.toThrow(QueryTimeoutError);
      release();
      await held;
      await waiter.execute(insert(notes).values({ body: 'waiter' }));
      expect(await waiter.execute(select(notes.c.body).from(notes).orderBy(notes.c.id))).toEqual([{ body: 'holder' }, { body: 'waiter' }]);
    } finally {
      await holder.close();
      await waiter.close();
    }
  });
});
