/**
 * Live databases for tests. URLs come from the environment, with the local
 * servers as defaults. A database that does not answer is skipped with a loud
 * line, except under CI=true, where that is a failure.
 */
import { createEngine, Engine } from '@alkahest/pool';
import * as net from 'node:net';

export interface LiveDatabase {
  /** `sqlite`, `postgres` or `mysql`. */
  readonly name: 'sqlite' | 'postgres' | 'mysql';
  readonly url: string;
}

export const databases: readonly LiveDatabase[] = [
  { name: 'sqlite', url: 'sqlite::memory:' },
  { name: 'postgres', url: process.env.ALKAHEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
  // The server here is MariaDB: its URL scheme picks the MariaDB flavour of the MySQL dialect.
  { name: 'mysql', url: process.env.ALKAHEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306/test' },
];

const reachable = new Map<string, Promise<boolean>>();

/** Whether a TCP server answers at the URL's host and port (SQLite is always there). */
export function isReachable(db: LiveDatabase): Promise<boolean> {
  if (db.name === 'sqlite') return Promise.resolve(true);
  let result = reachable.get(db.url);
  if (!result) {
    const u = new URL(db.url);
    const port = Number(u.port || (db.name === 'postgres' ? 5432 : 3306));
    result = new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: u.hostname, port, timeout: 2000 });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    reachable.set(db.url, result);
  }
  return result;
}

/**
 * Declares a describe block for one live database: skipped loudly when the
 * server is down, failed under CI=true.
 *
 * @example
 * ```ts
 * describeDatabase(databases[1], (getEngine) => { test('…', async () => { await getEngine().execute(…) }) });
 * ```
 */
export function describeDatabase(db: LiveDatabase, body: (engine: () => Engine) => void): void {
  describe(`${db.name}`, () => {
    let engine: Engine | undefined;
    let skip = false;
    beforeAll(async () => {
      if (!(await isReachable(db))) {
        if (process.env.CI === 'true') throw new Error(`${db.name} at ${db.url} is not reachable, and CI=true requires it`);
        skip = true;
        process.stderr.write(`\n!!! SKIPPING ${db.name} tests: no server at ${db.url} (set ALKAHEST_${db.name === 'postgres' ? 'PG' : 'MYSQL'}_URL)\n\n`);
        return;
      }
      engine = createEngine(db.url);
    });
    afterAll(async () => {
      await engine?.close();
    });
    body(() => {
      if (skip) throw new SkipError(db.name);
      if (!engine) throw new Error(`${db.name} engine not ready`);
      return engine;
    });
  });
}

/** Thrown by a skipped database's engine getter; `liveTest` turns it into a pass with a note. */
export class SkipError extends Error {}

/** A test that passes (after saying so) when its database was skipped. */
export function liveTest(name: string, fn: () => Promise<void>, timeout?: number): void {
  test(
    name,
    async () => {
      try {
        await fn();
      } catch (error) {
        if (error instanceof SkipError) return;
        throw error;
      }
    },
    timeout,
  );
}

/** A name unique to this test run, for tables and schemas that each run makes and drops. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}
