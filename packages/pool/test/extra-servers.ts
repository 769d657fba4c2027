/**
 * The servers .ci/servers.sh starts for the replica, failover and pooler
 * tests (hot standbys, pgbouncer, a MariaDB primary and replica), and a way
 * to stop, start and promote the test suites' own ones.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { sql } from '@alkahest/core';
import type { Executor } from '@alkahest/pool';
import { isReachable } from '../../../tests/support/databases';

const PG_URL = process.env.ALKAHEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgDatabase = new URL(PG_URL).pathname.slice(1) || 'test';

/** The URLs of the extra servers (each overridable from the environment). */
export const extra = {
  /** The shared primary (the test's own database on it). */
  pgPrimary: PG_URL,
  /** A hot standby of the shared primary, on 5433. */
  pgStandby: process.env.ALKAHEST_PG_STANDBY_URL ?? `postgres://postgres@127.0.0.1:5433/${pgDatabase}`,
  /** pgbouncer (transaction mode) in front of the shared primary, on 6433. */
  pgbouncer: process.env.ALKAHEST_PGBOUNCER_URL ?? `postgres://postgres@127.0.0.1:6433/${pgDatabase}?pgbouncer=true`,
  /** A primary of the tests' own (5434) and its standby (5435): the failover tests stop and promote them. */
  failoverPrimary: 'postgres://postgres@127.0.0.1:5434/test',
  failoverStandby: 'postgres://postgres@127.0.0.1:5435/test',
  /** A MariaDB primary with a GTID binlog (3307) and its replica (3308). */
  mariadbPrimary: process.env.ALKAHEST_MARIADB_PRIMARY_URL ?? 'mariadb://root@127.0.0.1:3307/test',
  mariadbReplica: process.env.ALKAHEST_MARIADB_REPLICA_URL ?? 'mariadb://root@127.0.0.1:3308/test',
} as const;

/**
 * A describe block that needs some of these servers (and, with
 * `controls`, root to stop and start them): declared when they answer;
 * skipped with a loud line when one does not (jest counts its tests as
 * skipped, never passed); under CI=true, where .ci/databases.sh has started
 * them all, one failing test naming what is missing.
 *
 * @example
 * ```ts
 * describeServers('pgbouncer', [extra.pgbouncer], () => { test('…', async () => { … }) });
 * ```
 */
export function describeServers(title: string, urls: readonly string[], body: () => void, options: { readonly controls?: boolean } = {}): void {
  const down = urls.find((url) => !isReachable({ name: url.startsWith('postgres') ? 'postgres' : 'mysql', url }));
  const missing =
    down !== undefined
      ? `no server at ${down.replace(/\?.*$/, '')} (start them with: bash .ci/servers.sh up)`
      : options.controls === true && process.getuid?.() !== 0
        ? 'stopping and starting servers (.ci/servers.sh) needs root'
        : undefined;
  if (missing === undefined) {
    describe(title, body);
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      test('its servers are there (CI=true requires them)', () => {
        throw new Error(`${title}: ${missing}`);
      });
    });
  } else {
    process.stderr.write(`\n!!! SKIPPING ${title}: ${missing}\n\n`);
    describe.skip(title, body);
  }
}

/** Runs `.ci/servers.sh <args>` (stop, start, promote, restore-failover). */
export function servers(...args: string[]): void {
  execFileSync('bash', [path.join(__dirname, '../../../.ci/servers.sh'), ...args], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
}

/** The port of the server that ran the statement (PostgreSQL's inet_server_port(), MariaDB's @@port). */
export async function serverPort(executor: Executor, dialect: 'postgres' | 'mysql'): Promise<number> {
  const rows = await executor.execute(dialect === 'postgres' ? sql`SELECT inet_server_port() AS port` : sql`SELECT @@port AS port`);
  return Number((rows as unknown as Record<string, unknown>[])[0]!['port']);
}
