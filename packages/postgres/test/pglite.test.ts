/**
 * PGlite, PostgreSQL in the process: URLs, queries with exact values, typed
 * errors, transactions, streaming, and a data directory that persists.
 */
import { bigint, createTable, DatabaseError, insert, integer, numeric, select, sql, table, text, UniqueViolationError } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { parsePgliteUrl } from '@alkahest/postgres';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Starting PGlite (PostgreSQL in WebAssembly) takes seconds, more on a loaded machine.
jest.setTimeout(180_000);

const items = table('items', {
  id: integer().primaryKey(),
  name: text().notNull().unique(),
  big: bigint(),
  price: numeric({ precision: 12, scale: 2 }),
});

describe('parsePgliteUrl', () => {
  it('reads memory and data-directory URLs', () => {
    expect(parsePgliteUrl('pglite://')).toEqual({});
    expect(parsePgliteUrl('pglite://memory')).toEqual({});
    expect(parsePgliteUrl('pglite:///var/lib/app')).toEqual({ dataDir: '/var/lib/app' });
    expect(parsePgliteUrl('pglite:data/app%20db')).toEqual({ dataDir: 'data/app db' });
    expect(() => parsePgliteUrl('postgres://x')).toThrow('not a PGlite URL');
  });
});

describe('pglite in memory', () => {
  const engine = createEngine('pglite://');
  beforeAll(async () => {
    await engine.execute(createTable(items));
  });
  afterAll(async () => engine.close());

  it('runs PostgreSQL and keeps int8 and numeric exact', async () => {
    await engine.execute(insert(items).values({ name: 'a', big: 9007199254740993n, price: '12345.67' }));
    const rows = await engine.execute(select(items.c.name, items.c.big, items.c.price).from(items));
    expect(rows).toEqual([{ name: 'a', big: 9007199254740993n, price: '12345.67' }]);
    expect(engine.dialect.name).toBe('postgres');
  });

  it('raises typed errors with SQLSTATE', async () => {
    await expect(engine.execute(insert(items).values({ name: 'a' }))).rejects.toBeInstanceOf(UniqueViolationError);
  });

  it('begins a transaction with its isolation level, READ ONLY and DEFERRABLE', async () => {
    const settings = sql`SELECT current_setting('transaction_isolation') AS iso, current_setting('transaction_read_only') AS ro, current_setting('transaction_deferrable') AS d`;
    expect(await engine.transaction((tx) => tx.execute(settings), { isolation: 'serializable', readOnly: true, deferrable: true })).toEqual([{ iso: 'serializable', ro: 'on', d: 'on' }]);
    expect(await engine.transaction((tx) => tx.execute(settings), { isolation: 'repeatable read' })).toEqual([{ iso: 'repeatable read', ro: 'off', d: 'off' }]);
    const write = engine.transaction((tx) => tx.execute(insert(items).values({ name: 'read-only' })), { readOnly: true });
    await expect(write).rejects.toThrow(DatabaseError);
    await expect(write).rejects.toThrow(/cannot execute INSERT in a read-only transaction/);
  });

  it('rolls a failed transaction back', async () => {
    await expect(
      engine.transaction(async (tx) => {
        await tx.execute(insert(items).values({ name: 'b' }));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await engine.execute(select(items.c.name).from(items).where(items.c.name.eq('b')))).toEqual([]);
  });

  it('streams rows through a cursor', async () => {
    await engine.execute(insert(items).values(Array.from({ length: 25 }, (_, i) => ({ name: `s${i}` }))));
    let count = 0;
    for await (const row of engine.stream(select(items.c.name).from(items).where(items.c.name.like('s%')), { batchSize: 7 })) {
      expect(row.name).toMatch(/^s\d+$/);
      count++;
    }
    expect(count).toBe(25);
  });
});

describe('pglite on disk', () => {
  it('keeps its data in the directory across engines', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alkahest-pglite-'));
    try {
      const first = createEngine(`pglite://${dir}`);
      await first.execute(createTable(items));
      await first.execute(insert(items).values({ name: 'kept' }));
      await first.close();
      const second = createEngine(`pglite://${dir}`);
      expect(await second.execute(select(items.c.name).from(items))).toEqual([{ name: 'kept' }]);
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
