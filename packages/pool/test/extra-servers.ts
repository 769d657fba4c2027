/**
 * The servers .ci/servers.sh starts for the replica, failover and pooler
 * tests (hot standbys, pgbouncer, a MariaDB primary and replica), and a way
 * to stop, start and promote the test suites' own ones. A suite whose
 * servers do not answer is skipped with a loud line, and fails under CI=true.
 */
import { execFileSync } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { sql } from '@alkahest/core';
import type { Executor } from '@alkahest/pool';

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

/** Whether something listens at the URL's host and port. */
export function listening(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port) });
    socket.setTimeout(2_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Whether every URL answers; when one does not, says so loudly (and throws
 * under CI=true, where .ci/databases.sh has started them all).
 */
export async function serversUp(suite: string, urls: readonly string[]): Promise<boolean> {
  for (const url of urls) {
    if (await listening(url)) continue;
    const message = `${suite}: no server at ${url.replace(/\?.*$/, '')} (start them with: bash .ci/servers.sh up)`;
    if (process.env.CI === 'true') throw new Error(`${message}, and CI=true requires it`);
    process.stderr.write(`\n!!! SKIPPING ${message}\n\n`);
    return false;
  }
  return true;
}

/** Whether this process may stop and start the suites' own servers (.ci/servers.sh runs as root). */
export function canControlServers(suite: string): boolean {
  if (process.getuid?.() === 0) return true;
  const message = `${suite}: stopping and promoting servers needs root (.ci/servers.sh)`;
  if (process.env.CI === 'true') throw new Error(message);
  process.stderr.write(`\n!!! SKIPPING ${message}\n\n`);
  return false;
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
