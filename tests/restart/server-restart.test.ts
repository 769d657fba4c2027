/**
 * After the database server restarts, the first query through an engine that
 * was connected before succeeds (validation on). This suite restarts the real
 * servers, so `npm test` runs it alone, after every other suite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinTypes, select, sql, typed } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest } from '../support/databases';

const one = select({ one: typed(sql`1`, builtinTypes.integer) });

/** Runs a command; false when it cannot be run here (not root, no such tool). */
function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'pipe', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not come back within 60 s`);
}

/** Where the server on 3306 writes its process id (Debian's /etc/mysql/my.cnf). */
const MARIADB_PID_FILE = '/run/mysqld/mysqld.pid';

/** Whether a process is still running. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const restart: Record<'postgres' | 'mysql', () => Promise<boolean>> = {
  postgres: async () => {
    const version = execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n')[0] ?? '';
    if (!run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'])) return false;
    await waitFor(() => run('pg_isready', ['-h', '127.0.0.1', '-p', '5432']), 'PostgreSQL');
    return true;
  },
  mysql: async () => {
    // The server on 3306 is told by its pid file: the replica tests run other mariadbd servers beside it.
    const pid = Number(readFileSync(MARIADB_PID_FILE, 'utf8').trim());
    if (!run('mariadb-admin', ['-h', '127.0.0.1', '-u', 'root', 'shutdown'])) return false;
    // Start only once the old process is gone, or start-stop-daemon would see it and do nothing.
    await waitFor(() => !isAlive(pid), 'MariaDB shutdown');
    run('start-stop-daemon', ['--start', '--oknodo', '--background', '--pidfile', MARIADB_PID_FILE, '--exec', '/usr/sbin/mariadbd']);
    await waitFor(() => run('mariadb-admin', ['-h', '127.0.0.1', '-u', 'root', 'ping']), 'MariaDB');
    return true;
  },
};

/** Whether this user can restart the servers at all: root, with the tools the restarts use. */
const restartTools: Record<'postgres' | 'mysql', string[]> = {
  postgres: ['pg_ctlcluster', 'pg_isready'],
  mysql: ['mariadb-admin', 'start-stop-daemon'],
};
const isRoot = process.getuid?.() === 0;
const canRestart = (name: 'postgres' | 'mysql'): boolean =>
  isRoot && restartTools[name].every((tool) => run('which', [tool])) && (name !== 'mysql' || existsSync(MARIADB_PID_FILE));

for (const db of databases.filter((d): d is typeof d & { name: 'postgres' | 'mysql' } => d.name !== 'sqlite')) {
  describeDatabase(db, () => {
    // Decided before the test runs, so a restart this user cannot do is a skipped test, not a passed one.
    let declare: typeof test = liveTest;
    if (!canRestart(db.name)) {
      if (process.env.CI === 'true') throw new Error(`cannot restart ${db.name} here (root and ${restartTools[db.name].join(', ')} needed), and CI=true requires this test`);
      process.stderr.write(`\n!!! SKIPPING the ${db.name} restart test: this user cannot restart the server\n\n`);
      declare = test.skip;
    }
    declare(
      'the first query after a server restart succeeds',
      async () => {
        const engine = createEngine(db.url, { pool: { max: 3 } });
        try {
          await Promise.all([engine.execute(one), engine.execute(one), engine.execute(one)]);
          if (!(await restart[db.name]())) throw new Error(`restarting ${db.name} failed`);
          expect(await engine.execute(one)).toEqual([{ one: 1 }]);
          expect(engine.poolStatus().inUse).toBe(0);
        } finally {
          await engine.close({ timeoutMillis: 2_000 });
        }
      },
      120_000,
    );
  });
}
