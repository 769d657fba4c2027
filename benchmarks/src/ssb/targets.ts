/**
 * One database with the SSB tables loaded, and the two ways of running a
 * query on it: the hand-written SQL through the raw driver (better-sqlite3
 * `prepare().all()`, pg `client.query(text, values)`, mysql2
 * `connection.execute(sql, values)`, each on one connection), and alkahest's
 * built statement through an engine with a pool of one.
 */
import { createEngine, Engine } from '@alkahest/pool';
import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { SsbData } from './generate';
import { dropSsbTables, loadMysql, loadPostgres, loadSqlite } from './load';
import { ssbStatement } from './queries-alkahest';
import { ssbSql, SsbQueryId } from './queries-sql';
import { SsbDialect, SsbTableNames, ssbTables } from './schema';

export interface SsbTarget {
  readonly dialect: SsbDialect;
  /** The hand-written SQL through the raw driver; resolves to its rows. */
  readonly raw: (id: SsbQueryId) => Promise<readonly Record<string, unknown>[]>;
  /** alkahest's statement, built afresh, through `engine.execute`. */
  readonly alkahest: (id: SsbQueryId) => Promise<readonly Record<string, unknown>[]>;
  readonly engine: Engine;
  /**
   * PostgreSQL only: alkahest through an engine opened with
   * `prepared_statements=false`, whose statements run unnamed (a custom plan
   * on every run, as raw `client.query` gets), to show what named statements cost.
   */
  readonly alkahestUnnamed?: (id: SsbQueryId) => Promise<readonly Record<string, unknown>[]>;
  /** Drops the tables and closes every connection. */
  readonly close: () => Promise<void>;
}

export interface SsbUrls {
  readonly postgres: string;
  readonly mysql: string;
}

/** Creates the tables, loads `data` and opens both ways of querying `dialect`. */
export async function openSsbTarget(dialect: SsbDialect, urls: SsbUrls, names: SsbTableNames, data: SsbData): Promise<SsbTarget> {
  switch (dialect) {
    case 'sqlite':
      return openSqlite(names, data);
    case 'postgres':
      return openPostgres(urls.postgres, names, data);
    case 'mysql':
      return openMysql(urls.mysql, names, data);
  }
}

async function withEngine(
  dialect: SsbDialect,
  url: string,
  names: SsbTableNames,
  raw: SsbTarget['raw'],
  closeRaw: () => Promise<void>,
  drop: (sql: string) => unknown,
): Promise<SsbTarget> {
  const engine = createEngine(url, dialect === 'sqlite' ? {} : { pool: { max: 1 } });
  const unnamed = dialect === 'postgres' ? createEngine(`${url}${url.includes('?') ? '&' : '?'}prepared_statements=false`, { pool: { max: 1 } }) : undefined;
  const tables = ssbTables(names);
  return {
    dialect,
    raw,
    alkahest: async (id) => (await engine.execute(ssbStatement(id, tables))) as readonly Record<string, unknown>[],
    ...(unnamed === undefined ? {} : { alkahestUnnamed: async (id: SsbQueryId) => (await unnamed.execute(ssbStatement(id, tables))) as readonly Record<string, unknown>[] }),
    engine,
    close: async () => {
      await engine.close();
      await unnamed?.close();
      try {
        await dropSsbTables(drop, names);
      } finally {
        await closeRaw();
      }
    },
  };
}

async function openSqlite(names: SsbTableNames, data: SsbData): Promise<SsbTarget> {
  const file = path.join(os.tmpdir(), `${names.lineorder}.sqlite`);
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  loadSqlite(db, names, data);
  const statements = new Map<SsbQueryId, Database.Statement>();
  const raw = async (id: SsbQueryId) => {
    let stmt = statements.get(id);
    if (stmt === undefined) {
      stmt = db.prepare(ssbSql(id, 'sqlite', names).sql);
      statements.set(id, stmt);
    }
    return stmt.all(...ssbSql(id, 'sqlite', names).params) as Record<string, unknown>[];
  };
  return withEngine('sqlite', `sqlite://${file}`, names, raw, async () => {
    db.close();
    fs.rmSync(file, { force: true });
  }, (sql) => db.exec(sql));
}

async function openPostgres(url: string, names: SsbTableNames, data: SsbData): Promise<SsbTarget> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  try {
    await loadPostgres(client, names, data);
  } catch (error) {
    client.release();
    await pool.end();
    throw error;
  }
  const raw = async (id: SsbQueryId) => {
    const { sql, params } = ssbSql(id, 'postgres', names);
    return (await client.query(sql, params as unknown[])).rows as Record<string, unknown>[];
  };
  return withEngine('postgres', url, names, raw, async () => {
    client.release();
    await pool.end();
  }, (sql) => client.query(sql));
}

async function openMysql(url: string, names: SsbTableNames, data: SsbData): Promise<SsbTarget> {
  const connection = await mysql.createConnection(url.replace(/^mariadb:/, 'mysql:'));
  try {
    await loadMysql(connection, names, data);
  } catch (error) {
    await connection.end();
    throw error;
  }
  const raw = async (id: SsbQueryId) => {
    const { sql, params } = ssbSql(id, 'mysql', names);
    const [rows] = await connection.execute(sql, params as (string | number)[]);
    return rows as Record<string, unknown>[];
  };
  return withEngine('mysql', url, names, raw, () => connection.end(), (sql) => connection.query(sql));
}
