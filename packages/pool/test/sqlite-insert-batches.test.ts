/**
 * SQLite runs a large INSERT as batches of SQLITE_BATCH_PARAMETERS values,
 * so every full batch has one SQL text the connection prepares once. The
 * statement's result stays that of one INSERT: all rows or none, the count
 * of all rows, the first row's key.
 */
import { createTable, DatabaseError, insert, integer, select, table, text } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { SqliteCompiler, SQLITE_BATCH_PARAMETERS } from '@alkahest/sqlite';

const items = table('items', { id: integer().primaryKey(), name: text().notNull(), qty: integer().notNull().default(0) });

const rowsOf = (count: number, from = 1): { name: string; qty: number }[] => Array.from({ length: count }, (_, i) => ({ name: `n${from + i}`, qty: from + i }));

async function withEngine(work: (engine: Engine) => Promise<void>): Promise<void> {
  const engine = createEngine('sqlite::memory:');
  try {
    await engine.execute(createTable(items));
    await work(engine);
  } finally {
    await engine.close();
  }
}

const countAll = async (engine: Engine): Promise<number> => (await engine.execute(select(items.c.id).from(items))).length;

test('a large INSERT splits into batches whose full batches share one SQL text', () => {
  const compiler = new SqliteCompiler();
  const statement = insert(items).values(rowsOf(2_000));
  const batches = compiler.split(statement);
  expect(batches).toBeDefined();
  const sql = batches!.map((b) => compiler.compile(b).sql);
  expect(sql.length).toBe(Math.ceil(2_000 / Math.floor(SQLITE_BATCH_PARAMETERS / 2)));
  expect(new Set(sql.slice(0, -1)).size).toBe(1);
  // Below the budget, one statement.
  expect(compiler.split(insert(items).values(rowsOf(10)))).toBeUndefined();
});

test('rowsAffected is every row and insertId the first row key, as for one statement', async () => {
  await withEngine(async (engine) => {
    expect(await engine.execute(insert(items).values(rowsOf(3)))).toEqual({ rowsAffected: 3, insertId: 1 });
    const result = await engine.execute(insert(items).values(rowsOf(5_000, 4)));
    expect(result).toEqual({ rowsAffected: 5_000, insertId: 4 });
    const all = await engine.execute(select(items.c.id, items.c.name, items.c.qty).from(items).orderBy(items.c.id));
    expect(all).toHaveLength(5_003);
    expect(all[4_999]).toEqual({ id: 5_000, name: 'n5000', qty: 5_000 });
    expect(all[5_002]).toEqual({ id: 5_003, name: 'n5003', qty: 5_003 });
  });
});

test('a failing row in a later batch leaves none of the statement inserted', async () => {
  await withEngine(async (engine) => {
    await engine.execute(insert(items).values({ id: 4_000, name: 'taken' }));
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ id: i + 1, name: `n${i + 1}` }));
    await expect(engine.execute(insert(items).values(rows))).rejects.toBeInstanceOf(DatabaseError);
    expect(await countAll(engine)).toBe(1);
  });
});

test('inside a transaction: a failed large INSERT rolls back to its savepoint, the transaction goes on', async () => {
  await withEngine(async (engine) => {
    await engine.transaction(async (tx) => {
      await tx.execute(insert(items).values({ id: 1, name: 'kept' }));
      const bad = Array.from({ length: 3_000 }, (_, i) => ({ id: i === 2_500 ? 1 : i + 2, name: `n${i}` }));
      await expect(tx.execute(insert(items).values(bad))).rejects.toBeInstanceOf(DatabaseError);
      expect(await tx.execute(insert(items).values(rowsOf(3_000, 2)))).toEqual({ rowsAffected: 3_000, insertId: 2 });
    });
    expect(await countAll(engine)).toBe(3_001);
  });
});
