/**
 * The lean path of a statement run outside a transaction without hooks,
 * timeout or signal (engine.ts runOnce, session.ts runPlain), with an
 * asynchronous driver: a statement its connection failed to send runs once
 * more on another connection, a failure after sending does not, errors are
 * typed, and the connection goes back to the pool in every case.
 */
import { ConnectionLostError, integer, OutcomeUnknownError, param, select, table, text, UniqueViolationError, update } from '@alkahest/core';
import type { CompiledQuery, Driver, DriverConnection, DriverResult } from '@alkahest/core/dialect';
import { Engine } from '@alkahest/pool';
import { postgresDialect } from '@alkahest/postgres';

const users = table('users', { id: integer().primaryKey(), name: text().notNull() });

/** What the next execute on a connection does. */
type Next = 'answer' | 'unsent' | 'lost' | 'duplicate';

/** A driver whose connections answer asynchronously, or fail as told, and count what they ran. */
function scriptedDriver(firstExecute: Next): { driver: Driver; connections: ScriptedConnection[] } {
  const connections: ScriptedConnection[] = [];
  const driver: Driver = {
    connect: async () => {
      const connection = new ScriptedConnection(connections.length + 1);
      connection.next = firstExecute;
      connections.push(connection);
      return connection;
    },
    classifyError: (error) => {
      const code = (error as { code?: string }).code;
      return code === 'UNSENT' || code === 'LOST' ? 'connection-lost' : code === 'DUPLICATE' ? 'unique-violation' : undefined;
    },
    isUnsent: (error) => (error as { code?: string }).code === 'UNSENT',
  };
  return { driver, connections };
}

class ScriptedConnection implements DriverConnection {
  next: Next = 'answer';
  readonly ran: string[] = [];
  constructor(readonly id: number) {}
  execute(query: CompiledQuery): Promise<DriverResult> {
    const next = this.next;
    this.next = 'answer';
    if (next === 'unsent') return Promise.reject(Object.assign(new Error('Client is not queryable'), { code: 'UNSENT' }));
    this.ran.push(query.sql);
    if (next === 'lost') return Promise.reject(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'LOST' }));
    if (next === 'duplicate') return Promise.reject(Object.assign(new Error('duplicate key'), { code: 'DUPLICATE' }));
    // A SELECT reads one row that says which connection answered.
    if (query.statementKind === 'select') return Promise.resolve({ rows: [[this.id, `from ${this.id}`]], rowsAffected: 0 });
    return Promise.resolve({ rows: [], rowsAffected: 1 });
  }
  begin = async (): Promise<void> => undefined;
  commit = async (): Promise<void> => undefined;
  rollback = async (): Promise<void> => undefined;
  savepoint = async (): Promise<void> => undefined;
  releaseSavepoint = async (): Promise<void> => undefined;
  rollbackToSavepoint = async (): Promise<void> => undefined;
  ping = async (): Promise<void> => undefined;
  close = async (): Promise<void> => undefined;
}

const byId = (id: number) => select(users.c.id, users.c.name).from(users).where(users.c.id.eq(id));

/** Runs `work` on an engine of the scripted driver; each new connection's first execute does `firstExecute`. */
async function withEngine(work: (engine: Engine, connections: ScriptedConnection[]) => Promise<void>, firstExecute: Next = 'answer'): Promise<void> {
  const { driver, connections } = scriptedDriver(firstExecute);
  const engine = new Engine(postgresDialect(), driver, { pool: { max: 2 } });
  try {
    await work(engine, connections);
  } finally {
    await engine.close();
  }
}

test('a statement its ready connection failed to send runs once more, on a new connection', async () => {
  await withEngine(async (engine, connections) => {
    expect(await engine.execute(byId(1))).toEqual([{ id: 1, name: 'from 1' }]);
    // The connection is kept ready: the next statement takes it without the pool's queue, and it fails unsent.
    connections[0]!.next = 'unsent';
    expect(await engine.execute(byId(2))).toEqual([{ id: 2, name: 'from 2' }]);
    expect(connections.map((c) => c.ran.length)).toEqual([1, 1]);
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('a prepared query takes the same path: unsent runs once more', async () => {
  await withEngine(async (engine, connections) => {
    const q = engine.prepare(select(users.c.id, users.c.name).from(users).where(users.c.id.eq(param('id'))));
    expect(await q.execute({ id: 1 })).toEqual([{ id: 1, name: 'from 1' }]);
    connections[0]!.next = 'unsent';
    expect(await q.execute({ id: 1 })).toEqual([{ id: 2, name: 'from 2' }]);
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('a failure after sending is not run again: a read lost is a ConnectionLostError, a write an OutcomeUnknownError', async () => {
  await withEngine(async (engine, connections) => {
    await engine.execute(byId(1));
    connections[0]!.next = 'lost';
    await expect(engine.execute(byId(2))).rejects.toBeInstanceOf(ConnectionLostError);
    expect(connections.map((c) => c.ran.length)).toEqual([2]);
    await engine.execute(byId(3));
    const ready = connections[connections.length - 1]!;
    ready.next = 'lost';
    const write = engine.execute(update(users).set({ name: 'x' }).where(users.c.id.eq(1)));
    await expect(write).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(connections.reduce((n, c) => n + c.ran.length, 0)).toBe(4);
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('a database error is typed and its connection stays in service', async () => {
  await withEngine(async (engine, connections) => {
    await engine.execute(byId(1));
    connections[0]!.next = 'duplicate';
    await expect(engine.execute(update(users).set({ name: 'x' }).where(users.c.id.eq(1)))).rejects.toBeInstanceOf(UniqueViolationError);
    expect(await engine.execute(byId(2))).toEqual([{ id: 1, name: 'from 1' }]);
    expect(connections).toHaveLength(1);
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('a second unsent failure is not retried again', async () => {
  await withEngine(async (engine, connections) => {
    await engine.execute(byId(1));
    connections[0]!.next = 'unsent';
    // The retry's fresh connection fails unsent too: the caller gets that failure.
    const { driver } = { driver: (engine as unknown as { context: { driver: Driver } }).context.driver };
    const connect = driver.connect.bind(driver);
    driver.connect = async () => {
      const connection = (await connect()) as ScriptedConnection;
      connection.next = 'unsent';
      return connection;
    };
    await expect(engine.execute(byId(2))).rejects.toBeInstanceOf(ConnectionLostError);
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('a write that fails unsent on both tries is a ConnectionLostError, not an unknown outcome: nothing was sent', async () => {
  await withEngine(async (engine, connections) => {
    const error = await engine.execute(update(users).set({ name: 'x' }).where(users.c.id.eq(1))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionLostError);
    expect(error).not.toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toMatch(/not queryable/);
    // Tried on two connections, sent on neither.
    expect(connections).toHaveLength(2);
    expect(connections.map((c) => c.ran.length)).toEqual([0, 0]);
    expect(engine.poolStatus().inUse).toBe(0);
  }, 'unsent');
});

test('a write whose connection is lost after sending is an OutcomeUnknownError, tried once', async () => {
  await withEngine(async (engine, connections) => {
    const error = await engine.execute(update(users).set({ name: 'x' }).where(users.c.id.eq(1))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(connections.map((c) => c.ran.length)).toEqual([1]);
  }, 'lost');
});

test('the retry of an unsent statement is not retried again when the next ready connection fails it unsent too', async () => {
  await withEngine(async (engine, connections) => {
    // Two connections kept ready: the first try takes one, the retry the other.
    await Promise.all([engine.execute(byId(1)), engine.execute(byId(2))]);
    expect(connections).toHaveLength(2);
    for (const connection of connections) connection.next = 'unsent';
    await expect(engine.execute(byId(3))).rejects.toThrow(ConnectionLostError);
    // No third try on a new connection.
    expect(connections).toHaveLength(2);
    expect(engine.poolStatus().inUse).toBe(0);
  });
});

test('a write lost inside a transaction is a ConnectionLostError (it rolls back); after the transaction, an OutcomeUnknownError again', async () => {
  await withEngine(async (engine, connections) => {
    const write = () => update(users).set({ name: 'x' }).where(users.c.id.eq(1));
    const inside = await engine
      .transaction(async (tx) => {
        connections[0]!.next = 'lost';
        await tx.execute(write());
      })
      .catch((e: unknown) => e);
    expect(inside).toBeInstanceOf(ConnectionLostError);
    expect(inside).not.toBeInstanceOf(OutcomeUnknownError);
    // A transaction committed, then a write on the same connection, outside any transaction.
    await engine.transaction(async (tx) => void (await tx.execute(write())));
    const ready = connections[connections.length - 1]!;
    ready.next = 'lost';
    await expect(engine.execute(write())).rejects.toThrow(OutcomeUnknownError);
    // And after a transaction rolled back.
    await engine.transaction(async () => Promise.reject(new Error('changed my mind'))).catch(() => undefined);
    connections[connections.length - 1]!.next = 'lost';
    await expect(engine.execute(write())).rejects.toThrow(OutcomeUnknownError);
  });
});
