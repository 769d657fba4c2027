/**
 * Live databases for tests. URLs come from the environment, with the local
 * servers as defaults. Whether a server answers is decided while jest collects
 * the tests, so a block whose server is down is declared with `describe.skip`:
 * jest reports its tests as skipped (never as passed), after a loud line.
 * Under CI=true an unreachable server is a failing test instead.
 */
import { sql } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { spawnSync } from 'node:child_process';

export interface LiveDatabase {
  /** `sqlite`, `postgres` or `mysql`: the dialect it speaks. */
  readonly name: 'sqlite' | 'postgres' | 'mysql';
  readonly url: string;
  /** How tests name it where the dialect's name is not enough (`postgres (pglite)`). */
  readonly label?: string;
}

export const databases: readonly LiveDatabase[] = [
  { name: 'sqlite', url: 'sqlite::memory:' },
  { name: 'postgres', url: process.env.ALKAHEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
  // The server here is MariaDB: its URL scheme picks the MariaDB flavour of the MySQL dialect.
  { name: 'mysql', url: process.env.ALKAHEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306/test' },
];

/**
 * PostgreSQL in the process (PGlite, PostgreSQL compiled to WebAssembly): the
 * PostgreSQL dialect on a database that needs no server. Not in `databases`:
 * the conformance suite runs on it as its fourth live database.
 */
export const pglite: LiveDatabase = { name: 'postgres', url: 'pglite://', label: 'postgres (pglite)' };

/** Whether the database runs inside the test process (nothing to reach). */
function inProcess(db: LiveDatabase): boolean {
  return db.name === 'sqlite' || db.url.startsWith('pglite:');
}

/** The environment variable that points the tests at a database's server. */
const URL_VARIABLE: Readonly<Record<LiveDatabase['name'], string>> = { sqlite: '', postgres: 'ALKAHEST_PG_URL', mysql: 'ALKAHEST_MYSQL_URL' };

// A TCP connect in a child process: jest collects tests synchronously, and a
// describe block must know then whether it is skipped.
const PROBE = `const s = require('node:net').connect({ host: process.argv[1], port: Number(process.argv[2]), timeout: 2000 });
s.once('connect', () => process.exit(0)); s.once('error', () => process.exit(1)); s.once('timeout', () => process.exit(1));`;

/**
 * Whether a TCP server answers at the URL's host and port (SQLite is always
 * there). The answer is kept in the environment, so each jest worker probes a
 * server once.
 */
export function isReachable(db: LiveDatabase): boolean {
  if (inProcess(db)) return true;
  const u = new URL(db.url);
  const port = u.port || (db.name === 'postgres' ? '5432' : '3306');
  const key = `ALKAHEST_REACHABLE_${u.hostname}_${port}`.replace(/[^A-Za-z0-9_]/g, '_');
  if (process.env[key] === undefined) {
    const probe = spawnSync(process.execPath, ['-e', PROBE, u.hostname, port], { timeout: 5000, stdio: 'ignore' });
    process.env[key] = probe.status === 0 ? 'yes' : 'no';
  }
  return process.env[key] === 'yes';
}

/** The message of an unreachable server, with the URL's password left out. */
function unreachable(db: LiveDatabase): string {
  const u = new URL(db.url);
  if (u.password) u.password = '***';
  return `no ${db.name} server at ${u.href} (set ${URL_VARIABLE[db.name]})`;
}

/**
 * A describe block that needs a live server: declared normally when the server
 * answers; skipped with a loud line when it does not (jest counts its tests as
 * skipped); under CI=true, one failing test saying which server is missing.
 *
 * @example
 * ```ts
 * describeLive(databases[2], 'mysql: read-back', () => { test('…', async () => { … }) });
 * ```
 */
export function describeLive(db: LiveDatabase, title: string, body: () => void): void {
  if (isReachable(db)) {
    describe(title, body);
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      test(`${db.name} server is reachable (CI=true requires it)`, () => {
        throw new Error(`${unreachable(db)}, and CI=true requires it`);
      });
    });
  } else {
    process.stderr.write(`\n!!! SKIPPING ${title}: ${unreachable(db)}\n\n`);
    // Skipped, not passed: the server is down and CI is not set. jest reports the tests as skipped;
    // with CI=true the branch above fails the run instead (tests/support/honest-skips.test.ts).
    describe.skip(title, body);
  }
}

/**
 * Declares a describe block for one live database with an engine on it,
 * closed after the block (see {@link describeLive} for when it is skipped).
 *
 * @example
 * ```ts
 * describeDatabase(databases[1], (getEngine) => { test('…', async () => { await getEngine().execute(…) }) });
 * ```
 */
export function describeDatabase(db: LiveDatabase, body: (engine: () => Engine) => void): void {
  describeLive(db, db.label ?? db.name, () => {
    let engine: Engine | undefined;
    beforeAll(async () => {
      engine = createEngine(db.url);
      // PGlite starts PostgreSQL on the first connection: seconds, more on a loaded machine.
      if (db.url.startsWith('pglite:')) await engine.execute(sql`SELECT 1`);
    }, 180_000);
    body(() => {
      if (!engine) throw new Error(`${db.name} engine not ready: call engine() inside a test or hook`);
      return engine;
    });
    // Declared after the body's hooks, so its afterAll (dropping tables) still has the engine.
    afterAll(async () => {
      await engine?.close();
    });
  });
}

/**
 * A test in a live database's block. It is jest's `test`: when the server is
 * down the whole block is skipped, so the test never runs and never passes.
 */
export const liveTest: typeof test = test;

/** A name unique to this test run, for tables and schemas that each run makes and drops. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}
