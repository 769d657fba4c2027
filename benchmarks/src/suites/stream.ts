/**
 * Suite 4: streaming a large table. Each run is a fresh process (so RSS is
 * the run's own) that streams every row and samples its RSS every few
 * milliseconds: alkahest's `engine.stream(select…)` against the raw driver's
 * own streaming (a DECLARE CURSOR / FETCH loop on pg, `query().stream()` on
 * mysql2, `.iterate()` on better-sqlite3).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { mysqlDriverUrl, mysqlUrl, pgUrl, prefix, quick, streamBatch, streamRows, streamRuns, tableNames } from '../config';
import { createUsersSql, Database as Db, dropTableSql, seedUsersSql } from '../fixtures/data';
import { oneLine, progress } from '../harness/log';
import { summarize } from '../harness/stats';
import { applyTarget, ceilingTarget, failedRow, ResultRow, setRatios, SuiteResult } from '../harness/results';
import type { StreamJob, StreamReport } from './stream-worker';
import { runWorkerJob } from '../harness/worker-job';

const SUITE = 'stream';
const table = tableNames.events;
const RUN_TIMEOUT_MS = 180_000;

/** Runs one job in a child process and waits for its report. */
function runJob(job: StreamJob): Promise<StreamReport> {
  return runWorkerJob<StreamReport>(path.join(__dirname, 'stream-worker.js'), job, 'streaming', RUN_TIMEOUT_MS);
}

interface StreamDatabase {
  readonly db: Db;
  readonly label: string;
  /** Creates and fills the table; gives the URLs the jobs use and the cleanup. */
  readonly setup: () => Promise<{ readonly rawUrl: string; readonly engineUrl: string; readonly teardown: () => Promise<void> }>;
}

const databases: readonly StreamDatabase[] = [
  {
    db: 'sqlite',
    label: 'SQLite (file)',
    setup: async () => {
      const file = path.join(os.tmpdir(), `${prefix}_events.db`);
      fs.rmSync(file, { force: true });
      const db = new Database(file);
      db.exec(createUsersSql('sqlite', table));
      db.exec(seedUsersSql('sqlite', table, streamRows));
      db.close();
      return { rawUrl: file, engineUrl: `sqlite://${file}`, teardown: async () => fs.rmSync(file, { force: true }) };
    },
  },
  {
    db: 'postgres',
    label: 'PostgreSQL',
    setup: async () => {
      const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3_000 });
      await client.connect();
      try {
        await client.query(dropTableSql('postgres', table));
        await client.query(createUsersSql('postgres', table));
        await client.query(seedUsersSql('postgres', table, streamRows));
        await client.query(`ANALYZE "${table}"`);
      } finally {
        await client.end();
      }
      return {
        rawUrl: pgUrl,
        engineUrl: pgUrl,
        teardown: async () => {
          const c = new pg.Client({ connectionString: pgUrl });
          await c.connect();
          await c.query(dropTableSql('postgres', table));
          await c.end();
        },
      };
    },
  },
  {
    db: 'mysql',
    label: 'MariaDB',
    setup: async () => {
      const uri = mysqlDriverUrl(mysqlUrl);
      const connection = await mysql.createConnection({ uri, connectTimeout: 3_000 });
      try {
        await connection.query(dropTableSql('mysql', table));
        await connection.query(createUsersSql('mysql', table));
        await connection.query(seedUsersSql('mysql', table, streamRows));
      } finally {
        await connection.end();
      }
      return {
        rawUrl: uri,
        engineUrl: mysqlUrl,
        teardown: async () => {
          const c = await mysql.createConnection({ uri });
          await c.query(dropTableSql('mysql', table));
          await c.end();
        },
      };
    },
  },
];

export async function runStreamSuite(): Promise<SuiteResult> {
  const target = ceilingTarget(64, 'MiB');
  const result: SuiteResult = {
    id: SUITE,
    title: `4. Streaming ${streamRows.toLocaleString('en-US')} rows`,
    description:
      `Each run streams all ${streamRows.toLocaleString('en-US')} rows (5 columns) in a fresh Node process started with --expose-gc, ` +
      'sampling `process.memoryUsage.rss()` every 2 ms and every 1,024 rows; "peak RSS growth" is the peak over the RSS measured after ' +
      `connecting and a GC. Raw: pg DECLARE CURSOR + FETCH ${streamBatch} loop, mysql2 \`query().stream()\`, better-sqlite3 \`.iterate()\`. ` +
      `alkahest: \`engine.stream(select(...).from(t))\` with its default batch size. Time rows: ratio over the raw time (lower is better). ` +
      `${streamRuns} run(s) per variant${quick ? ' (quick mode: fewer rows)' : ''}.`,
    rows: [],
  };
  for (const database of databases) {
    let setup;
    try {
      progress(`stream: ${database.label}: filling ${streamRows.toLocaleString('en-US')} rows`);
      setup = await database.setup();
    } catch (error) {
      progress(`stream: ${database.label}: skipped: ${oneLine(error)}`);
      result.rows.push(failedRow(SUITE, database.label, 'all', 'MiB', `skipped: database not reachable or setup failed (${oneLine(error)})`));
      continue;
    }
    const memory: ResultRow[] = [];
    const time: ResultRow[] = [];
    try {
      for (const variant of ['raw', 'alkahest'] as const) {
        const name = variant === 'raw' ? `raw ${database.db === 'sqlite' ? 'better-sqlite3' : database.db === 'postgres' ? 'pg' : 'mysql2'}` : 'alkahest';
        const job: StreamJob = { database: database.db, variant, url: variant === 'raw' ? setup.rawUrl : setup.engineUrl, table, batch: streamBatch };
        const reports: StreamReport[] = [];
        try {
          for (let r = 0; r < streamRuns; r++) {
            const report = await runJob(job);
            if (report.rows !== streamRows) throw new Error(`streamed ${report.rows} rows, expected ${streamRows}`);
            reports.push(report);
            progress(`stream: ${database.label}: ${name}: run ${r + 1}: peak RSS +${report.peakGrowthMiB.toFixed(1)} MiB, ${report.seconds.toFixed(2)} s`);
          }
          const mem = summarize(reports.map((x) => x.peakGrowthMiB));
          const secs = summarize(reports.map((x) => x.seconds));
          const rowsPerSecond = Math.round(streamRows / secs.median).toLocaleString('en-US');
          memory.push({ suite: SUITE, caseName: `${database.label}: peak RSS growth`, variant: name, unit: 'MiB', summary: mem, extra: `RSS before streaming ${reports[0]!.baselineMiB.toFixed(0)} MiB` });
          time.push({ suite: SUITE, caseName: `${database.label}: time`, variant: name, unit: 's', summary: secs, extra: `${rowsPerSecond} rows/s` });
        } catch (error) {
          progress(`stream: ${database.label}: ${name}: failed: ${oneLine(error)}`);
          memory.push(failedRow(SUITE, `${database.label}: peak RSS growth`, name, 'MiB', `failed: ${oneLine(error)}`, variant === 'alkahest' ? target : undefined));
          time.push(failedRow(SUITE, `${database.label}: time`, name, 's', `failed: ${oneLine(error)}`));
        }
      }
    } finally {
      await setup.teardown().catch((error: unknown) => progress(`stream: ${database.label}: cleanup failed: ${oneLine(error)}`));
    }
    for (const row of memory) if (row.variant === 'alkahest') applyTarget(row, target);
    setRatios(time, { variant: time[0]?.variant ?? '' });
    result.rows.push(...memory, ...time);
  }
  return result;
}
