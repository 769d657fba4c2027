/**
 * Transactions on the live databases: savepoints, isolation and read-only,
 * retries of serialization failures, and no transaction left open.
 */
import { createTable, DatabaseError, dropTable, fn, insert, integer, select, SerializationFailureError, table, text } from '@alkahest/core';
import { createEngine, Engine, RetryOptions } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

for (const db of databases) {
  describeDatabase(db, (engine) => {
    const notes = table(uniqueName('tx_notes'), { id: integer().primaryKey(), body: text().notNull() });
    const bodies = select(notes.c.body).from(notes).orderBy(notes.c.id);

    beforeAll(async () => {
      await engine().execute(createTable(notes));
    });
    afterAll(async () => {
      await engine().execute(dropTable(notes, { ifExists: true }));
    });

    liveTest('a nested transaction is a savepoint that rolls back alone', async () => {
      await engine().transaction(async (tx) => {
        await tx.execute(insert(notes).values({ body: 'outer' }));
        await expect(
          tx.transaction(async (inner) => {
            await inner.execute(insert(notes).values({ body: 'inner, undone' }));
            throw new Error('undo the inner part');
          }),
        ).rejects.toThrow('undo the inner part');
        await tx.transaction(async (inner) => {
          await inner.execute(insert(notes).values({ body: 'inner, kept' }));
        });
      });
      expect(await engine().execute(bodies)).toEqual([{ body: 'outer' }, { body: 'inner, kept' }]);
      expect(engine().poolStatus().inUse).toBe(0);
    });

    liveTest('a read-only transaction refuses writes and leaves nothing open', async () => {
      const error = await engine()
        .transaction(async (tx) => tx.execute(insert(notes).values({ body: 'refused' })), { readOnly: true })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      // The connection is back, outside any transaction: a write now commits.
      await engine().execute(insert(notes).values({ body: 'after read-only' }));
      expect((await engine().execute(bodies)).map((r) => r.body)).toContain('after read-only');
      expect(engine().poolStatus().inUse).toBe(0);
    });

    liveTest('a finished transaction cannot be used', async () => {
      let leaked: { execute: Engine['execute'] } | undefined;
      await engine().transaction(async (tx) => {
        leaked = tx;
      });
      expect(() => leaked!.execute(select(notes.c.id).from(notes))).toThrow(/this transaction has finished/);
    });

    liveTest('serializable isolation is accepted', async () => {
      const rows = await engine().transaction((tx) => tx.execute(select({ n: fn.count() }).from(notes)), { isolation: 'serializable' });
      expect(rows).toHaveLength(1);
    });
  });
}

const pg = databases.find((d) => d.name === 'postgres')!;

describeDatabase(pg, (admin) => {
  /**
   * Write skew: each transaction counts the rows and inserts one more. Run
   * side by side under SERIALIZABLE, one of them must fail with 40001.
   */
  async function conflict(engine: Engine, claims: ReturnType<typeof makeClaims>, retry: boolean | RetryOptions, attempts = new Map<string, number>()): Promise<PromiseSettledResult<void>[]> {
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const run = (who: string) =>
      engine.transaction(
        async (tx) => {
          const n = attempts.get(who) ?? 0;
          attempts.set(who, n + 1);
          await tx.execute(select({ n: fn.count() }).from(claims));
          // Only the first attempts wait for each other; retries go straight on.
          if (n === 0) {
            arrived += 1;
            if (arrived === 2) release();
            await bothRead;
          }
          await tx.execute(insert(claims).values({ who }));
        },
        { isolation: 'serializable', retry },
      );
    return Promise.allSettled([run('a'), run('b')]);
  }
  function makeClaims() {
    return table(uniqueName('claims'), { id: integer().primaryKey(), who: text().notNull() });
  }

  liveTest('without retry, one of two conflicting serializable transactions fails with SerializationFailureError', async () => {
    const claims = makeClaims();
    await admin().execute(createTable(claims));
    const engine = createEngine(pg.url, { pool: { max: 4 } });
    try {
      const results = await conflict(engine, claims, false);
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(failed).toHaveLength(1);
      expect(failed[0]!.reason).toBeInstanceOf(SerializationFailureError);
      expect((failed[0]!.reason as DatabaseError).code).toBe('40001');
    } finally {
      await engine.close();
      await admin().execute(dropTable(claims));
    }
  });

  liveTest('with retry, both conflicting transactions succeed and both rows are there', async () => {
    const claims = makeClaims();
    await admin().execute(createTable(claims));
    const engine = createEngine(pg.url, { pool: { max: 4 } });
    try {
      const attempts = new Map<string, number>();
      // Retried transactions run side by side again and can conflict again
      // (through PgBouncer they overlap more): attempts to spare, and a
      // rejection shows its reason.
      const results = await conflict(engine, claims, { attempts: 10 }, attempts);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : r.status))).toEqual(['fulfilled', 'fulfilled']);
      // One of them really was run again.
      expect((attempts.get('a') ?? 0) + (attempts.get('b') ?? 0)).toBeGreaterThanOrEqual(3);
      const rows = await engine.execute(select(claims.c.who).from(claims).orderBy(claims.c.who));
      expect(rows).toEqual([{ who: 'a' }, { who: 'b' }]);
      expect(engine.poolStatus().inUse).toBe(0);
    } finally {
      await engine.close();
      await admin().execute(dropTable(claims));
    }
  });
});

describeDatabase(pg, (engine) => {
  liveTest('PostgreSQL takes SERIALIZABLE READ ONLY DEFERRABLE', async () => {
    const rows = await engine().transaction((tx) => tx.execute(select({ n: fn.count() })), { isolation: 'serializable', readOnly: true, deferrable: true });
    expect(rows).toEqual([{ n: 1 }]);
  });
});

const mysql = databases.find((d) => d.name === 'mysql')!;
describeDatabase(mysql, (engine) => {
  liveTest('MySQL refuses DEFERRABLE clearly and gives the connection back', async () => {
    await expect(engine().transaction(async () => undefined, { deferrable: true })).rejects.toThrow(/DEFERRABLE transactions is not supported by the mysql dialect/);
    expect(engine().poolStatus().inUse).toBe(0);
  });
});
