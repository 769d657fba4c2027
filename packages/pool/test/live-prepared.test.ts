/**
 * Prepared queries, server-side prepared statements and large inserts, live
 * on every database.
 */
import { builtinTypes, createTable, dropTable, fn, insert, integer, param, select, sql, text, table, typed, UniqueViolationError } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { databases, describeDatabase, describeLive, liveTest, uniqueName } from '../../../tests/support/databases';

function itemsTable() {
  return table(uniqueName('prep_items'), { id: integer().primaryKey({ autoIncrement: false }), name: text().notNull(), qty: integer() });
}

async function withTable<T>(engine: Engine, body: (items: ReturnType<typeof itemsTable>) => Promise<T>): Promise<T> {
  const items = itemsTable();
  await engine.execute(createTable(items));
  try {
    return await body(items);
  } finally {
    await engine.execute(dropTable(items));
  }
}

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('a prepared query runs with values by name, on the engine and in a transaction', async () => {
      await withTable(engine(), async (items) => {
        await engine().execute(insert(items).values([{ id: 1, name: 'a', qty: 5 }, { id: 2, name: 'b', qty: 7 }, { id: 3, name: 'c', qty: null }]));
        const byId = engine().prepare(select(items.c.name, items.c.qty).from(items).where(items.c.id.eq(param('id'))));
        expect(await byId.execute({ id: 2 })).toEqual([{ name: 'b', qty: 7 }]);
        expect(await byId.execute({ id: 3 })).toEqual([{ name: 'c', qty: null }]);
        await engine().transaction(async (tx) => {
          expect(await tx.execute(byId.with({ id: 1 }))).toEqual([{ name: 'a', qty: 5 }]);
        });
        await expect(byId.execute({})).rejects.toThrow('no value for parameter :id');
      });
    });

    liveTest('a list parameter and a LIMIT parameter', async () => {
      await withTable(engine(), async (items) => {
        await engine().execute(insert(items).values([1, 2, 3, 4, 5].map((id) => ({ id, name: `n${id}` }))));
        const some = engine().prepare(select(items.c.id).from(items).where(items.c.id.in(param('ids'))).orderBy(items.c.id).limit(param('n')));
        expect(await some.execute({ ids: [5, 1, 3], n: 2 })).toEqual([{ id: 1 }, { id: 3 }]);
        expect(await some.execute({ ids: [], n: 10 })).toEqual([]);
        expect(await some.execute({ ids: [2, 4, 9, 1, 5, 3], n: 10 })).toHaveLength(5);
        const none = engine().prepare(select(items.c.id).from(items).where(items.c.id.notIn(param('ids'))).orderBy(items.c.id));
        expect(await none.execute({ ids: [1, 2, 3] })).toEqual([{ id: 4 }, { id: 5 }]);
        expect(await none.execute({ ids: [] })).toHaveLength(5);
      });
    });

    liveTest('an insert past the parameter limit runs in batches, in one transaction', async () => {
      await withTable(engine(), async (items) => {
        const rows = Array.from({ length: 40_000 }, (_, i) => ({ id: i + 1, name: `row ${i + 1}`, qty: i % 7 }));
        const result = await engine().execute(insert(items).values(rows));
        expect(result.rowsAffected).toBe(40_000);
        const [counted] = await engine().execute(select({ n: fn.count(), total: fn.sum(items.c.qty) }).from(items));
        expect(Number(counted!.n)).toBe(40_000);
        expect(Number(counted!.total)).toBe(rows.reduce((sum, r) => sum + r.qty, 0));
        // All or nothing: a duplicate key in the last batch leaves none of the rows behind.
        const more = Array.from({ length: 40_000 }, (_, i) => ({ id: 40_001 + i, name: 'more' }));
        more[more.length - 1] = { id: 1, name: 'duplicate' };
        await expect(engine().execute(insert(items).values(more))).rejects.toThrow(UniqueViolationError);
        const [after] = await engine().execute(select({ n: fn.count() }).from(items));
        expect(Number(after!.n)).toBe(40_000);
      });
    }, 60_000);

    liveTest('the statement cache reuses the SQL of a shape', async () => {
      await withTable(engine(), async (items) => {
        const before = engine().cacheStats();
        for (let id = 1; id <= 20; id++) await engine().execute(insert(items).values({ id, name: `x${id}` }));
        for (let id = 1; id <= 20; id++) expect(await engine().execute(select(items.c.name).from(items).where(items.c.id.eq(id)))).toEqual([{ name: `x${id}` }]);
        const after = engine().cacheStats();
        expect(after.misses - before.misses).toBe(2);
        expect(after.hits - before.hits).toBe(38);
      });
    });
  });
}

const postgres = databases.find((d) => d.name === 'postgres')!;
const mysql = databases.find((d) => d.name === 'mysql')!;

/** How many times the server prepared a statement (PostgreSQL: in this session's view; MySQL: a status counter). */
async function preparedOnServer(engine: Engine, kind: 'postgres' | 'mysql', run: (e: Engine) => Promise<void>): Promise<number> {
  const connection = await engine.connect();
  try {
    const count = async (): Promise<number> => {
      const rows =
        kind === 'postgres'
          ? await connection.execute(sql`SELECT ${typed(sql`count(*)`, builtinTypes.integer)} AS n FROM pg_prepared_statements WHERE name LIKE 'alkahest%'`)
          : await connection.execute(sql`SHOW SESSION STATUS LIKE 'Com_stmt_prepare'`);
      const row = rows[0] as Record<string, unknown>;
      return Number(kind === 'postgres' ? row['n'] : (row['Value'] ?? row['VALUE']));
    };
    const before = await count();
    await run({ execute: (s: never) => connection.execute(s) } as unknown as Engine);
    return (await count()) - before;
  } finally {
    await connection.release();
  }
}

for (const [db, kind] of [
  [postgres, 'postgres'],
  [mysql, 'mysql'],
] as const) {
  describeLive(db, `${kind}: server-side prepared statements`, () => {
    test('a shape is prepared once per connection, and not at all when turned off', async () => {
      const items = itemsTable();
      const on = createEngine(db.url, { pool: { max: 1 } });
      const off = createEngine(`${db.url}?prepared_statements=false`, { pool: { max: 1 } });
      try {
        await on.execute(createTable(items));
        await on.execute(insert(items).values([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]));
        const fiveLookups = async (e: Engine): Promise<void> => {
          for (const id of [1, 2, 1, 2, 1]) await e.execute(select(items.c.name).from(items).where(items.c.id.eq(id)));
        };
        expect(await preparedOnServer(on, kind, fiveLookups)).toBe(1);
        // Off: PostgreSQL keeps no named statement; MySQL prepares (binary protocol) and closes each time.
        expect(await preparedOnServer(off, kind, fiveLookups)).toBe(kind === 'postgres' ? 0 : 5);
      } finally {
        await on.execute(dropTable(items)).catch(() => undefined);
        await Promise.all([on.close(), off.close()]);
      }
    });
  });
}
