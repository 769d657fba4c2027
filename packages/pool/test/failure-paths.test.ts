/**
 * Every failure path gives its connection back: BEGIN, COMMIT, ROLLBACK and
 * the callback failing, and a randomized run over many seeds with failing
 * creates, pings and closes that checks the pool's invariants.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ConnectionLostError, createTable, DatabaseError, insert, integer, OutcomeUnknownError, select, table, text } from '@alkahest/core';
import { Engine, PoolOptions } from '@alkahest/pool';
import { sqliteDialect } from '@alkahest/sqlite';
import { FaultPlan, FaultPoint, faultyDriver, FaultStats } from './faulty-driver';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'alkahest-faults-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCounter = 0;
async function makeEngine(plan: FaultPlan, stats: FaultStats, pool: PoolOptions = {}): Promise<Engine> {
  const file = join(dir, `db-${++fileCounter}.sqlite`);
  const setup = new Engine(sqliteDialect(), faultyDriver(file, () => false, { created: 0, closed: 0 }));
  await setup.execute(createTable(notes));
  await setup.close();
  return new Engine(sqliteDialect(), faultyDriver(file, plan, stats), { pool: { max: 3, acquireTimeoutMillis: 2_000, ...pool } });
}

describe('each failure path leaves no connection in use', () => {
  const cases: [FaultPoint | 'callback', RegExp][] = [
    ['begin', /injected begin failure/],
    ['commit', /injected commit failure/],
    ['rollback', /boom/],
    ['callback', /boom/],
  ];
  for (const [point, message] of cases) {
    test(`when ${point} fails`, async () => {
      const stats = { created: 0, closed: 0 };
      let armed = true;
      const engine = await makeEngine((p) => armed && p === point, stats);
      try {
        await expect(
          engine.transaction(async (tx) => {
            await tx.execute(insert(notes).values({ body: 'x' }));
            if (point === 'rollback' || point === 'callback') throw new Error('boom');
          }),
        ).rejects.toThrow(message);
        expect(engine.poolStatus().inUse).toBe(0);
        armed = false;
        // Nothing half-applied (a connection whose ROLLBACK failed was closed, which discards
        // its transaction), and the pool works.
        expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([]);
      } finally {
        await engine.close();
      }
      expect(stats.closed).toBe(stats.created);
    });
  }
});

describe('a nested transaction whose savepoint step fails names that step', () => {
  // The step's SQL is the error's `sql` (what a log shows), the name made from the nesting
  // depth (1 for a savepoint in the transaction, 2 for one inside that) and a counter.
  const steps: [FaultPoint, string][] = [
    ['savepoint', 'SAVEPOINT alkahest_sp_2_1'],
    ['releaseSavepoint', 'RELEASE SAVEPOINT alkahest_sp_2_1'],
  ];
  for (const [point, sql] of steps) {
    test(`when ${point} fails`, async () => {
      const stats = { created: 0, closed: 0 };
      let armed = false;
      // The step fails once: the ROLLBACK TO that follows a failed RELEASE releases too.
      const engine = await makeEngine((p) => {
        if (!armed || p !== point) return false;
        armed = false;
        return true;
      }, stats);
      try {
        let caught: unknown;
        await engine.transaction(async (tx) => {
          await tx.transaction(async (outer) => {
            armed = true;
            // The error as the step gave it, before the savepoint around it handles it.
            await outer
              .transaction(async (inner) => {
                await inner.execute(insert(notes).values({ body: 'x' }));
              })
              .catch((error: unknown) => {
                caught = error;
              });
            armed = false;
          });
        });
        expect(caught).toBeInstanceOf(DatabaseError);
        expect((caught as DatabaseError).sql).toBe(sql);
        expect((caught as DatabaseError).message).toContain(`injected ${point} failure`);
        expect(engine.poolStatus().inUse).toBe(0);
        // The savepoint was rolled back (or never made): nothing of it was committed.
        expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([]);
      } finally {
        await engine.close();
      }
    });
  }
});

describe('a nested transaction whose rollback to its savepoint fails', () => {
  // Fails each listed step once, and records every step the driver is asked for.
  async function engineFailing(once: FaultPoint[]) {
    const pending = new Set(once);
    const seen: FaultPoint[] = [];
    let armed = false;
    const engine = await makeEngine((p) => {
      if (armed) seen.push(p);
      if (!armed || !pending.has(p)) return false;
      pending.delete(p);
      return true;
    }, { created: 0, closed: 0 });
    return { engine, seen, arm: () => (armed = true) };
  }

  test('the caller gets its own error, and the transaction is rolled back rather than committed', async () => {
    const { engine, seen, arm } = await engineFailing(['rollbackToSavepoint']);
    try {
      let caught: unknown;
      const failed = await engine
        .transaction(async (tx) => {
          await tx.execute(insert(notes).values({ body: 'before' }));
          arm();
          await tx
            .transaction(async (inner) => {
              await inner.execute(insert(notes).values({ body: 'inside' }));
              throw new Error('inner failure');
            })
            .catch((error: unknown) => {
              caught = error;
            });
          // The savepoint's work may still be here: nothing more runs in this transaction.
          await expect(tx.execute(select(notes.c.body).from(notes))).rejects.toBe(tx.failure());
          await expect(tx.transaction(async () => undefined)).rejects.toBe(tx.failure());
        })
        .catch((error: unknown) => error);
      expect((caught as Error).message).toBe('inner failure');
      expect(failed).toBeInstanceOf(DatabaseError);
      expect((failed as DatabaseError).sql).toBe('ROLLBACK TO SAVEPOINT alkahest_sp_1_1');
      expect((failed as DatabaseError).message).toBe(
        'this transaction can only be rolled back: a nested transaction failed and rolling back to its savepoint failed too: injected rollbackToSavepoint failure\n  in: ROLLBACK TO SAVEPOINT alkahest_sp_1_1',
      );
      expect((failed as DatabaseError).code).toBe('INJECTED_ROLLBACKTOSAVEPOINT');
      expect(((failed as DatabaseError).cause as DatabaseError).cause).toMatchObject({ message: 'injected rollbackToSavepoint failure' });
      // Rolled back, never committed: neither the row before the savepoint nor the one inside it is kept.
      expect(seen).not.toContain('commit');
      expect(seen).toContain('rollback');
      expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([]);
      expect(engine.poolStatus().inUse).toBe(0);
    } finally {
      await engine.close();
    }
  });

  test('after a failed RELEASE, the caller gets RELEASE\'s error when the rollback fails too', async () => {
    const { engine, arm } = await engineFailing(['releaseSavepoint', 'rollbackToSavepoint']);
    try {
      let caught: unknown;
      const failed = await engine
        .transaction(async (tx) => {
          arm();
          await tx
            .transaction((inner) => inner.execute(insert(notes).values({ body: 'inside' })))
            .catch((error: unknown) => {
              caught = error;
            });
        })
        .catch((error: unknown) => error);
      expect((caught as DatabaseError).sql).toBe('RELEASE SAVEPOINT alkahest_sp_1_1');
      expect((failed as DatabaseError).sql).toBe('ROLLBACK TO SAVEPOINT alkahest_sp_1_1');
      expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([]);
    } finally {
      await engine.close();
    }
  });

  test('the savepoints around it are not released: the failure reaches the outermost transaction', async () => {
    const { engine, seen, arm } = await engineFailing(['rollbackToSavepoint']);
    try {
      const failed = await engine
        .transaction(async (tx) => {
          await tx.transaction(async (outer) => {
            arm();
            await outer
              .transaction(async (inner) => {
                await inner.execute(insert(notes).values({ body: 'inside' }));
                throw new Error('inner failure');
              })
              .catch(() => undefined);
          });
        })
        .catch((error: unknown) => error);
      expect((failed as DatabaseError).sql).toBe('ROLLBACK TO SAVEPOINT alkahest_sp_2_1');
      // Only the failed rollback itself was tried; the outer savepoint was neither released nor
      // rolled back to (the whole transaction is), and nothing was committed.
      expect(seen).toEqual(['savepoint', 'execute', 'rollbackToSavepoint', 'rollback']);
      expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});

test('a COMMIT whose answer is lost is an OutcomeUnknownError: the transaction may have committed', async () => {
  const stats = { created: 0, closed: 0 };
  const engine = await makeEngine((p) => p === 'commitAnswerLost', stats);
  try {
    const error = await engine.transaction((tx) => tx.execute(insert(notes).values({ body: 'kept' }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).cause).toBeInstanceOf(ConnectionLostError);
    // It did commit: a caller told "failed" would have written it twice.
    expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([{ body: 'kept' }]);
    expect(engine.poolStatus().inUse).toBe(0);
  } finally {
    await engine.close();
  }
});

test('pool invariants hold over random faults (many seeds)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
      let state = seed;
      const random = () => {
        // xorshift: reproducible per seed
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return ((state >>> 0) % 1000) / 1000;
      };
      const rates: Record<FaultPoint, number> = { connect: 0.15, ping: 0.15, close: 0.2, begin: 0.05, commit: 0.05, rollback: 0.05, execute: 0.05, commitAnswerLost: 0, savepoint: 0, releaseSavepoint: 0, rollbackToSavepoint: 0 };
      const stats = { created: 0, closed: 0 };
      const engine = await makeEngine((p) => random() < rates[p], stats, { max: 3, skipValidationWithinMillis: 0 });
      try {
        const holders = new Set<unknown>();
        let maxInUse = 0;
        const worker = async (n: number): Promise<void> => {
          for (let i = 0; i < 8; i++) {
            try {
              if ((n + i) % 3 === 0) {
                await engine.transaction(async (tx) => {
                  await tx.execute(insert(notes).values({ body: `w${n}` }));
                });
              } else {
                const connection = await engine.connect();
                // A connection is never handed to two callers at once.
                const identity = (connection as unknown as { pooled: unknown }).pooled;
                expect(holders.has(identity)).toBe(false);
                holders.add(identity);
                maxInUse = Math.max(maxInUse, engine.poolStatus().inUse);
                try {
                  await connection.execute(select(notes.c.id).from(notes));
                } finally {
                  holders.delete(identity);
                  await connection.release();
                }
              }
            } catch (error) {
              // Injected failures and SQLite's single writer being busy are expected; anything else is a bug.
              if (!/injected|no connection within|database is locked/.test(String((error as Error).message))) throw error;
            }
          }
        };
        await Promise.all(Array.from({ length: 6 }, (_, n) => worker(n)));
        expect(maxInUse).toBeLessThanOrEqual(3);
        expect(engine.poolStatus().inUse).toBe(0);
      } finally {
        await engine.close();
      }
      // Every connection that was opened has been closed.
      expect(stats.closed).toBe(stats.created);
    }),
    { numRuns: 25 },
  );
}, 60_000);
