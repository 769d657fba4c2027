/** The machine, runtime, library and server versions a run was made with. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { oneLine } from './log';

export interface MachineInfo {
  readonly date: string;
  readonly entries: readonly (readonly [string, string])[];
}

/** The version in a package's package.json, found by walking up from its entry point. */
export function packageVersion(name: string): string {
  try {
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (json.name === name && json.version !== undefined) return json.version;
      }
      const parent = path.dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  } catch {
    return 'not installed';
  }
}

async function pgVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const result = await client.query<{ version: string }>('SELECT version() AS version');
    return result.rows[0]?.version ?? 'unknown';
  } catch (error) {
    return `not reachable (${oneLine(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function mysqlVersion(url: string): Promise<string> {
  try {
    const connection = await mysql.createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), connectTimeout: 3_000 });
    try {
      const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT VERSION() AS version');
      return String(rows[0]?.['version'] ?? 'unknown');
    } finally {
      await connection.end();
    }
  } catch (error) {
    return `not reachable (${oneLine(error)})`;
  }
}

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    db.close();
  }
}

/** The 1, 5 and 15 minute load averages, as text. */
export function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' / ');
}

export async function describeMachine(pgUrl: string, mysqlUrl: string, extra: readonly (readonly [string, string])[] = []): Promise<MachineInfo> {
  const cpus = os.cpus();
  const cpuModel = cpus[0]?.model.trim() ?? 'unknown';
  const entries: (readonly [string, string])[] = [
    ['CPU', `${cpuModel} × ${cpus.length} (logical cores seen by Node)`],
    ['RAM', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['OS', `${os.type()} ${os.release()} (${os.arch()})`],
    ['Node.js', process.version],
    ['PostgreSQL server', await pgVersion(pgUrl)],
    ['MariaDB/MySQL server', await mysqlVersion(mysqlUrl)],
    ['SQLite (better-sqlite3)', sqliteVersion()],
  ];
  for (const name of ['better-sqlite3', 'pg', 'mysql2', 'knex', 'kysely', 'drizzle-orm', 'tarn']) {
    entries.push([name, packageVersion(name)]);
  }
  entries.push(['@alkahest/*', packageVersion('@alkahest/core')]);
  entries.push(...extra);
  return { date: new Date().toISOString(), entries };
}
