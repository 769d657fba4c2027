/**
 * The engine on SQLite: execution results, transactions that always give
 * their connection back, file databases, and closing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTable, DatabaseError, deleteFrom, insert, integer, select, table, text, update } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';

const accounts = table('accounts', { id: integer().primaryKey(), owner: text().notNull(), balance: integer().notNull() });

async function withEngine(url: string, work: (engine: Engine) => Promise<void>): Promise<void> {
  const engine = createEngine(url);
  try {
    await engine.execute(createTable(accounts));
    await engine.execute(insert(accounts).values([{ owner: 'ada', balance: 100 }, { owner: 'alan', balance: 50 }]));
    await work(engine);
  } finally {
    await engine.close();
  }
}

const balances = select(accounts.c.owner, accounts.c.balance).from(accounts).orderBy(accounts.c.id);

test('DML reports affected rows, INSERT its generated key', async () => {
  await withEngine('sqlite::memory:', async (engine) => {
    expect(await engine.execute(insert(accounts).values({ owner: 'grace', balance: 0 }))).toEqual({ rowsAffected: 1, insertId: 3 });
    expect(await engine.execute(update(accounts).set({ balance: accounts.c.balance.plus(1) }))).toEqual({ rowsAffected: 3 });
    expect(await engine.execute(deleteFrom(accounts).where(accounts.c.owner.eq('grace')))).toEqual({ rowsAffected: 1 });
    expect(await engine.execute(balances)).toEqual([
      { owner: 'ada', balance: 101 },
      { owner: 'alan', balance: 51 },
    ]);
  });
});

test('a transaction commits when its callback resolves', async () => {
  await withEngine('sqlite::memory:', async (engine) => {
    const result = await engine.transaction(async (tx) => {
      await tx.execute(update(accounts).set({ balance: accounts.c.balance.minus(10) }).where(accounts.c.owner.eq('ada')));
      await tx.execute(update(accounts).set({ balance: accounts.c.balance.plus(10) }).where(accounts.c.owner.eq('alan')));
      return 'done';
    });
    expect(result).toBe('done');
    expect(await engine.execute(balances)).toEqual([
      { owner: 'ada', balance: 90 },
      { owner: 'alan', balance: 60 },
    ]);
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('a transaction rolls back and rethrows when its callback throws, and returns its connection', async () => {
  await withEngine('sqlite::memory:', async (engine) => {
    const failure = new Error('transfer refused');
    await expect(
      engine.transaction(async (tx) => {
        await tx.execute(update(accounts).set({ balance: 0 }));
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(engine.poolStatus().inUse).toBe(0);
    expect(await engine.execute(balances)).toEqual([
      { owner: 'ada', balance: 100 },
      { owner: 'alan', balance: 50 },
    ]);
    // The one in-memory connection is usable again, outside any transaction.
    await engine.transaction(async (tx) => {
      await tx.execute(update(accounts).set({ balance: 1 }).where(accounts.c.owner.eq('ada')));
    });
    expect((await engine.execute(balances))[0]).toEqual({ owner: 'ada', balance: 1 });
  });
});

test('a database error is a DatabaseError with the SQL and the driver error', async () => {
  await withEngine('sqlite::memory:', async (engine) => {
    const error = await engine.execute(insert(accounts).values({ id: 1, owner: 'dup', balance: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).sql).toBe('INSERT INTO "accounts" ("id", "owner", "balance") VALUES (?, ?, ?)');
    expect((error as DatabaseError).code).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
    expect((error as DatabaseError).cause).toMatchObject({ name: 'SqliteError', code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('sqlite:<file> URLs keep data across engines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'alkahest-'));
  try {
    const url = `sqlite:${join(dir, 'app.db')}`;
    await withEngine(url, async () => undefined);
    const again = createEngine(url);
    try {
      expect(await again.execute(balances)).toEqual([
        { owner: 'ada', balance: 100 },
        { owner: 'alan', balance: 50 },
      ]);
    } finally {
      await again.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a closed engine refuses work', async () => {
  const engine = createEngine('sqlite::memory:');
  await engine.close();
  await expect(engine.execute(balances)).rejects.toThrow(/the engine is closed/);
});
