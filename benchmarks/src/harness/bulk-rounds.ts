/**
 * The rounds of the bulk suites (3. bulk insert, 6. bulk load): per database a
 * fresh table, and every variant writing the same rows into it in interleaved
 * rounds (emptied before each run, untimed; its row count checked after), with
 * ratios to the fastest hand-written variant of the same round.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { bulkRuns, mysqlDriverUrl, mysqlUrl, pgUrl, quick } from '../config';
import { createUsersSql, Database as Db, dropTableSql, NewUser } from '../fixtures/data';
import { oneLine, progress } from './log';
import { consume } from './measure';
import { applyTarget, failedRow, ResultRow, setRatios, SuiteResult, Target } from './results';
import { Opened, outcomeRows, runRounds } from './rounds';

/** An opened bulk variant: the timed write, and the untimed emptying and counting around it. */
export interface BulkOpened extends Opened {
  /** Writes every row into the empty table (the timed part). */
  readonly writeAll: (rows: readonly NewUser[]) => Promise<void>;
  readonly reset: () => Promise<void>;
  readonly count: () => Promise<number>;
}

/** A way to write the rows: hand-written (a baseline) or alkahest's. */
export interface BulkVariant {
  readonly name: string;
  readonly handWritten: boolean;
  readonly open: () => Promise<BulkOpened>;
}

/** One database of a bulk suite: the suite, its progress prefix (`bulk insert`), the case and table names. */
export interface BulkCase {
  readonly suite: string;
  readonly what: string;
  readonly db: Db;
  readonly label: string;
  readonly table: string;
}

/** The databases of the bulk suites, with alkahest's URL for each. */
export const bulkDatabases: readonly { readonly db: Db; readonly label: string; readonly url: string }[] = [
  { db: 'sqlite', label: 'SQLite (in memory)', url: 'sqlite::memory:' },
  { db: 'postgres', label: 'PostgreSQL', url: pgUrl },
  { db: 'mysql', label: 'MariaDB', url: mysqlUrl },
];

/** A connection that creates and drops the table (none for SQLite in memory: every variant has its own database). */
export type Admin = { readonly run: (sql: string) => Promise<void>; readonly end: () => Promise<void> };

async function admin(db: Db): Promise<Admin | undefined> {
  if (db === 'sqlite') return undefined;
  if (db === 'postgres') {
    const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3_000 });
    await client.connect();
    return { run: async (s) => void (await client.query(s)), end: () => client.end() };
  }
  const connection = await mysql.createConnection({ uri: mysqlDriverUrl(mysqlUrl), connectTimeout: 3_000 });
  return { run: async (s) => void (await connection.query(s)), end: () => connection.end() };
}

/**
 * Runs `body` with a fresh table on the case's database and drops the table
 * after; where the database does not answer, adds a skipped row instead.
 */
export async function withBulkTable(c: BulkCase, result: SuiteResult, body: (admin: Admin | undefined) => Promise<void>): Promise<void> {
  let adminConnection: Admin | undefined;
  try {
    adminConnection = await admin(c.db);
  } catch (error) {
    progress(`${c.what}: ${c.label}: skipped: database not reachable (${oneLine(error)})`);
    result.rows.push(failedRow(c.suite, c.label, 'all', 's', `skipped: database not reachable (${oneLine(error)})`));
    return;
  }
  try {
    if (adminConnection !== undefined) {
      await adminConnection.run(dropTableSql(c.db, c.table));
      await adminConnection.run(createUsersSql(c.db, c.table));
    }
    await body(adminConnection);
  } finally {
    if (adminConnection !== undefined) {
      await adminConnection.run(dropTableSql(c.db, c.table)).catch(() => undefined);
      await adminConnection.end().catch(() => undefined);
    }
  }
}

/** Opens a variant with an untimed warm-up run (none in quick mode); closing empties the table first. */
function warmed(variant: BulkVariant, rows: readonly NewUser[]): () => Promise<BulkOpened> {
  return async () => {
    const opened = await variant.open();
    if (!quick) {
      await opened.reset();
      await opened.writeAll(rows);
    }
    return {
      ...opened,
      close: async () => {
        await opened.reset().catch(() => undefined);
        await opened.close();
      },
    };
  };
}

/**
 * Measures the variants in interleaved rounds, each run writing `rows` into
 * the emptied table: the case's rows in seconds, with ratios to the fastest
 * hand-written variant and `target` (if any) on the others.
 */
export async function measureBulk(c: BulkCase, variants: readonly BulkVariant[], rows: readonly NewUser[], target: Target | undefined): Promise<ResultRow[]> {
  const handWritten = new Set(variants.filter((v) => v.handWritten).map((v) => v.name));
  const outcomes = await runRounds<BulkOpened>(`${c.what}: ${c.label}`, variants.map((v) => ({ name: v.name, open: warmed(v, rows) })), {
    runs: bulkRuns,
    open: 'once',
    format: (seconds) => `${seconds.toFixed(3)} s`,
    sample: async (opened) => {
      await opened.reset();
      const start = performance.now();
      consume(await opened.writeAll(rows));
      const seconds = (performance.now() - start) / 1000;
      const count = await opened.count();
      if (count !== rows.length) throw new Error(`table holds ${count} rows, expected ${rows.length}`);
      return seconds;
    },
  });
  const group = outcomeRows(c.suite, c.label, 's', variants, outcomes, (name) => (handWritten.has(name) ? undefined : target));
  setRatios(group, { fastestOf: group.filter((r) => handWritten.has(r.variant)).map((r) => r.variant), label: 'fastest hand-written' });
  if (target !== undefined) for (const row of group) if (!handWritten.has(row.variant)) applyTarget(row, target);
  return group;
}
