/**
 * PostgreSQL through PgBouncer in transaction pooling mode (pgbouncer=true),
 * live: the pool's reliability under concurrency, prepared queries without
 * named server statements, cancellation by the protocol, streaming inside a
 * transaction, and session state kept per client or refused.
 */
import { builtinTypes, createTable, dropTable, insert, integer, param, QueryTimeoutError, select, sql, table, text, typed, UnsupportedFeatureError } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { uniqueName } from '../../../tests/support/databases';
import { describeServers, extra } from './extra-servers';

const zoneOf = (tz: string): string => `${extra.pgbouncer}&timezone=${encodeURIComponent(tz)}`;

describeServers('postgres through pgbouncer', [extra.pgbouncer], () => {
  const rows = table(uniqueName('bouncer_rows'), { id: integer().primaryKey(), body: text().notNull() });
  let engine: Engine;

  beforeAll(async () => {
    engine = createEngine(extra.pgbouncer, { pool: { max: 8 } });
    await engine.execute(createTable(rows));
    await engine.execute(insert(rows).values(Array.from({ length: 200 }, (_, i) => ({ id: i + 1, body: `row ${i + 1}` }))));
  });
  afterAll(async () => {
    await engine.execute(dropTable(rows));
    await engine.close();
  });

  test('20 concurrent callers: prepared queries, transactions and rollbacks, every connection back', async () => {
    const byId = engine.prepare(select(rows.c.body).from(rows).where(rows.c.id.eq(param('id'))));
    await Promise.all(
      Array.from({ length: 20 }, async (_, caller) => {
        for (let i = 1; i <= 10; i++) {
          const id = caller * 10 + i;
          expect(await byId.execute({ id })).toEqual([{ body: `row ${id}` }]);
          await engine
            .transaction(async (tx) => {
              await tx.execute(sql`UPDATE ${sql.id(rows.name)} SET body = 'changed' WHERE id = ${id}`);
              throw new Error('undo');
            })
            .catch((error: Error) => expect(error.message).toBe('undo'));
        }
      }),
    );
    expect(await engine.execute(select(typed(sql`count(*)`, builtinTypes.integer).as('n')).from(rows).where(rows.c.body.eq('changed')))).toEqual([{ n: 0 }]);
    const status = engine.poolStatus();
    expect(status.inUse).toBe(0);
    expect(status.waiting).toBe(0);
  }, 60_000);

  test('each client keeps its own time zone, whichever server session serves it', async () => {
    const tokyo = createEngine(zoneOf('Asia/Tokyo'), { pool: { max: 4 } });
    try {
      const zone = select(typed(sql`current_setting('TimeZone')`, builtinTypes.text).as('zone'));
      const seen = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? tokyo : engine).transaction((tx) => tx.execute(zone))));
      seen.forEach((result, i) => expect(result).toEqual([{ zone: i % 2 === 0 ? 'Asia/Tokyo' : 'UTC' }]));
    } finally {
      await tokyo.close();
    }
  });

  test('session state is refused; SET LOCAL stays in its transaction', async () => {
    await expect(engine.execute(sql`SET search_path TO elsewhere`)).rejects.toThrow(UnsupportedFeatureError);
    await expect(engine.execute(sql`SELECT pg_advisory_lock(42)`)).rejects.toThrow(/session advisory locks through PgBouncer/);
    const path = await engine.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL search_path TO elsewhere`);
      return tx.execute(sql`SHOW search_path`);
    });
    expect(path).toEqual([{ search_path: 'elsewhere' }]);
    const after = await Promise.all(Array.from({ length: 8 }, () => engine.execute(sql`SHOW search_path`)));
    after.forEach((result) => expect(result).not.toEqual([{ search_path: 'elsewhere' }]));
    expect(() => createEngine(extra.pgbouncer, { pool: { onConnect: async () => undefined } })).toThrow(/pool.onConnect .* PgBouncer in transaction mode/);
  });

  test('a statement timeout cancels through pgbouncer, and only that statement', async () => {
    const other = engine.execute(sql`SELECT pg_sleep(0.8) AS slept`);
    await expect(engine.execute(sql`SELECT pg_sleep(10.25)`, { timeoutMillis: 300 })).rejects.toBeInstanceOf(QueryTimeoutError);
    // Cancelled on the server, not only given up by the client: no session runs it any more.
    const direct = createEngine(extra.pgPrimary);
    try {
      const running = await direct.execute(sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query = 'SELECT pg_sleep(10.25)'`);
      expect(running).toEqual([{ n: 0 }]);
    } finally {
      await direct.close();
    }
    expect(await other).toEqual([{ slept: '' }]);
    expect(await engine.execute(sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });

  test('streaming runs its cursor inside a transaction', async () => {
    let count = 0;
    for await (const row of engine.stream(select(rows.c.id).from(rows).orderBy(rows.c.id), { batchSize: 7 })) {
      count++;
      expect(row.id).toBe(count);
    }
    expect(count).toBe(200);
  });
});
