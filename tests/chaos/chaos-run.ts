/**
 * One bounded chaos run against a live server: callers doing reads, writes,
 * transactions and streams with random timeouts and aborts, while the run
 * kills their sessions on the server and an in-process proxy delays, resets
 * and blackholes their traffic. Every write's outcome as the caller saw it is
 * kept in a ledger, to be checked against the table at the end.
 */
import {
  builtinTypes,
  createTable,
  dropTable,
  fn,
  insert,
  integer,
  OutcomeUnknownError,
  QueryTimeoutError,
  select,
  sql,
  table,
  text,
  typed,
} from '@alkahest/core';
import { createEngine, Engine, ExecuteOptions } from '@alkahest/pool';
import type { LiveDatabase } from '../support/databases';
import { uniqueName } from '../support/databases';
import { TcpProxy } from '../support/tcp-proxy';

/** How the caller saw a write end. */
export type WriteOutcome = 'acknowledged' | 'failed' | 'unknown';

/** What a run did and saw: the figures it prints and the invariants' inputs. */
export interface ChaosReport {
  readonly database: string;
  readonly seed: number;
  readonly seconds: number;
  /** Operations by kind, and how they ended (error class name or 'ok'). */
  readonly operations: Record<string, Record<string, number>>;
  /** Faults injected, by kind. */
  readonly faults: Record<string, number>;
  /** Writes by outcome, with whether each is present in the table at the end. */
  readonly writes: Record<WriteOutcome, { total: number; present: number }>;
  /** Statements that asked for no cancel yet ended cancelled (a QueryTimeoutError). */
  readonly innocentsCancelled: number;
  /** Errors no fault explains (not a typed connection, timeout, pool or outcome error). */
  readonly unexpectedErrors: string[];
  /** Connections the pool still had in use after the callers stopped. */
  readonly inUseAfter: number;
  /** Sessions of the run with a transaction still open on the server after the callers stopped. */
  readonly openTransactions: number;
  /** Sessions of the run still on the server after the engine closed. */
  readonly sessionsAfterClose: number;
  readonly unhandledRejections: number;
}

/** A reproducible random source (xorshift32). */
function randomSource(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The errors faults explain; anything else is unexpected. */
const EXPECTED = /^(QueryTimeoutError|ConnectionLostError|OutcomeUnknownError|PoolTimeoutError|EngineClosedError)$/;

const CALLERS = 12;

/**
 * Runs the chaos for `seconds` against `db` (PostgreSQL or MariaDB), then
 * stops the callers, checks the server and the table, and reports.
 */
export async function runChaos(db: LiveDatabase, seconds: number, seed: number): Promise<ChaosReport> {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const rows = table(uniqueName('chaos'), { id: integer().primaryKey({ autoIncrement: false }), caller: integer().notNull(), body: text().notNull() });
  const admin = createEngine(db.url, { pool: { max: 2 } });
  const u = new URL(db.url);
  const proxy = await TcpProxy.start({ targetHost: u.hostname, targetPort: Number(u.port || (db.name === 'postgres' ? 5432 : 3306)) });
  /** The server's ids of every session the run's engine opened: the only ones it kills. */
  const sessions = new Set<number>();
  const sessionIdSql = db.name === 'postgres' ? sql`SELECT ${typed(sql`pg_backend_pid()`, builtinTypes.integer)} AS id` : sql`SELECT ${typed(sql`CONNECTION_ID()`, builtinTypes.integer)} AS id`;
  const engine: Engine = createEngine(proxy.url(db.url), {
    pool: {
      max: 6,
      acquireTimeoutMillis: 2_000,
      createTimeoutMillis: 2_000,
      onConnect: async (c) => {
        const [row] = (await c.execute(sessionIdSql)) as Record<string, unknown>[];
        sessions.add(Number(row!['id']));
      },
    },
  });

  let unhandledRejections = 0;
  const onUnhandled = (): void => {
    unhandledRejections += 1;
  };
  process.on('unhandledRejection', onUnhandled);

  const operations: Record<string, Record<string, number>> = {};
  const faults: Record<string, number> = { 'server kill': 0, 'proxy delay': 0, 'proxy reset': 0, 'proxy blackhole': 0 };
  const ledger = new Map<number, WriteOutcome>();
  const unexpectedErrors: string[] = [];
  let innocentsCancelled = 0;
  let nextId = 1;

  const count = (kind: string, how: string): void => {
    const byHow = (operations[kind] ??= {});
    byHow[how] = (byHow[how] ?? 0) + 1;
  };
  /** Random cancel options: none (an innocent statement), a timeout, or a signal aborted at a random moment. */
  const cancelOptions = (): { options: ExecuteOptions; asked: boolean } => {
    const r = random();
    if (r < 0.5) return { options: {}, asked: false };
    if (r < 0.75) return { options: { timeoutMillis: Math.floor(random() * 60) }, asked: true };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), Math.floor(random() * 60)).unref();
    return { options: { signal: controller.signal }, asked: true };
  };
  const classify = (error: unknown, asked: boolean): string => {
    const name = error instanceof Error ? error.constructor.name : typeof error;
    if (!EXPECTED.test(name)) unexpectedErrors.push(`${name}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
    // A QueryTimeoutError for a statement that set no timeout and no signal: someone else's cancel hit it.
    if (error instanceof QueryTimeoutError && !asked) innocentsCancelled += 1;
    if (error instanceof OutcomeUnknownError && error.cause instanceof QueryTimeoutError && !asked) innocentsCancelled += 1;
    return name;
  };
  const record = (ids: readonly number[], outcome: WriteOutcome): void => {
    for (const id of ids) ledger.set(id, outcome);
  };
  const outcomeOf = (error: unknown): WriteOutcome => (error instanceof OutcomeUnknownError ? 'unknown' : 'failed');

  const deadline = Date.now() + seconds * 1_000;
  let stopping = false;

  const caller = async (n: number): Promise<void> => {
    while (!stopping && Date.now() < deadline) {
      const kind = pick(['read', 'read', 'write', 'write', 'transaction', 'stream']);
      const { options, asked } = cancelOptions();
      try {
        if (kind === 'read') {
          await engine.execute(select({ n: fn.count() }).from(rows).where(rows.c.caller.eq(n)), options);
        } else if (kind === 'write') {
          const id = nextId++;
          try {
            await engine.execute(insert(rows).values({ id, caller: n, body: 'single' }), options);
            record([id], 'acknowledged');
          } catch (error) {
            record([id], outcomeOf(error));
            throw error;
          }
        } else if (kind === 'transaction') {
          const ids = [nextId++, nextId++];
          try {
            await engine.transaction(async (tx) => {
              await tx.execute(insert(rows).values({ id: ids[0]!, caller: n, body: 'tx' }), options);
              await tx.execute(select({ n: fn.count() }).from(rows).where(rows.c.caller.eq(n)));
              await tx.execute(insert(rows).values({ id: ids[1]!, caller: n, body: 'tx' }));
            });
            record(ids, 'acknowledged');
          } catch (error) {
            record(ids, outcomeOf(error));
            throw error;
          }
        } else {
          let seen = 0;
          for await (const _row of engine.stream(select(rows.c.id).from(rows).where(rows.c.caller.eq(n)), { batchSize: 5, ...(options.signal ? { signal: options.signal } : {}) })) {
            if (++seen >= 40) break;
          }
        }
        count(kind, 'ok');
      } catch (error) {
        count(kind, classify(error, asked));
      }
    }
  };

  const chaos = async (): Promise<void> => {
    while (Date.now() < deadline) {
      await sleep(150 + random() * 350);
      if (Date.now() >= deadline) break;
      const fault = pick(['server kill', 'server kill', 'proxy delay', 'proxy reset', 'proxy blackhole']);
      faults[fault] = (faults[fault] ?? 0) + 1;
      if (fault === 'server kill') {
        const id = pick([...sessions]);
        if (id === undefined) continue;
        // Only a session this run's engine opened (recorded as it connected).
        const kill = db.name === 'postgres' ? sql`SELECT pg_terminate_backend(${id})` : sql`KILL CONNECTION ${id}`;
        await admin.execute(kill).catch(() => undefined);
      } else if (fault === 'proxy delay') {
        proxy.setLatency(5 + Math.floor(random() * 40));
        await sleep(200 + random() * 300);
        proxy.setLatency(0);
      } else if (fault === 'proxy reset') {
        proxy.resetAll();
      } else {
        proxy.blackhole(true);
        await sleep(200 + random() * 300);
        proxy.blackhole(false);
        // Bytes were swallowed both ways: the connections that lived through it are desynchronized.
        proxy.resetAll();
      }
    }
  };

  try {
    await admin.execute(createTable(rows));
    await Promise.all([chaos(), ...Array.from({ length: CALLERS }, (_, n) => caller(n))]);
    stopping = true;
    proxy.setLatency(0);
    proxy.blackhole(false);
    const inUseAfter = engine.poolStatus().inUse;
    const ids = [...sessions];
    const openTransactions = await countOpenTransactions(db, admin, ids);
    await engine.close({ timeoutMillis: 2_000 });
    const sessionsAfterClose = await waitForSessionsGone(db, admin, ids);
    const present = new Set((await admin.execute(select(rows.c.id).from(rows))).map((r) => r.id));
    const writes: ChaosReport['writes'] = { acknowledged: { total: 0, present: 0 }, failed: { total: 0, present: 0 }, unknown: { total: 0, present: 0 } };
    for (const [id, outcome] of ledger) {
      writes[outcome].total += 1;
      if (present.has(id)) writes[outcome].present += 1;
    }
    await sleep(50); // a rejection left unhandled is reported on a later turn
    return {
      database: db.name === 'postgres' ? 'PostgreSQL' : 'MariaDB',
      seed,
      seconds,
      operations,
      faults,
      writes,
      innocentsCancelled,
      unexpectedErrors,
      inUseAfter,
      openTransactions,
      sessionsAfterClose,
      unhandledRejections,
    };
  } finally {
    process.off('unhandledRejection', onUnhandled);
    await engine.close({ timeoutMillis: 500 }).catch(() => undefined);
    await proxy.close();
    await admin.execute(dropTable(rows, { ifExists: true })).catch(() => undefined);
    await admin.close();
  }
}

/** `1, 2, 3` with every id bound. */
function idList(ids: readonly number[]): ReturnType<typeof sql> {
  return ids.slice(1).reduce((list, id) => sql`${list}, ${id}`, sql`${ids[0]!}`);
}

/** Sessions among `ids` with a transaction open on the server (none may be left once the callers have stopped). */
async function countOpenTransactions(db: LiveDatabase, admin: Engine, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const list = idList(ids);
  const rows =
    db.name === 'postgres'
      ? await admin.execute(sql`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE pid IN (${list}) AND xact_start IS NOT NULL`)
      : await admin.execute(sql`SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id IN (${list})`);
  return Number((rows[0] as Record<string, unknown>)['n']);
}

/** Sessions among `ids` still on the server, given a few seconds to go (a reset socket is noticed at once; a killed one too). */
async function waitForSessionsGone(db: LiveDatabase, admin: Engine, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const list = idList(ids);
  let left = 0;
  for (let attempt = 0; attempt < 30; attempt++) {
    const rows =
      db.name === 'postgres'
        ? await admin.execute(sql`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE pid IN (${list})`)
        : await admin.execute(sql`SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE ID IN (${list})`);
    left = Number((rows[0] as Record<string, unknown>)['n']);
    if (left === 0) return 0;
    await sleep(100);
  }
  return left;
}
