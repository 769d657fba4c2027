/**
 * Suite 6: bulk loading. alkahest's `engine.load(table, rows)` (COPY FROM
 * STDIN on PostgreSQL, LOAD DATA LOCAL INFILE on MariaDB, one prepared INSERT
 * on SQLite) against the fastest hand-written multi-row VALUES batches (sized
 * to the driver's parameter limit, in one transaction), in interleaved rounds;
 * then, per database, one load of 1,000,000 rows from an async generator in a
 * process of its own, with its peak RSS growth.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { bulkRows, bulkRuns, prefix, quick } from '../config';
import { createUsersSql, Database as Db, dropTableSql, userRows } from '../fixtures/data';
import { Admin, bulkDatabases, BulkVariant, measureBulk, withBulkTable } from '../harness/bulk-rounds';
import { oneLine, progress } from '../harness/log';
import { applyTarget, ceilingTarget, failedRow, ratioTarget, ResultRow, SuiteResult } from '../harness/results';
import { summarize } from '../harness/stats';
import { alkahestBulkVariant } from '../peers/alkahest-bulk';
import { handWrittenBatches } from '../peers/hand-written-batches';
import type { LoadJob, LoadReport } from './bulk-load-worker';
import { runWorkerJob } from '../harness/worker-job';

const SUITE = 'bulk-load';
const table = `${prefix}_load`;
/** Rows of the memory run: the issue's million (fewer in quick mode). */
const memoryRows = quick ? 200_000 : 1_000_000;
const RUN_TIMEOUT_MS = 300_000;

/** alkahest: `engine.load()` on a pool of one connection. */
const alkahest = (db: Db, url: string): BulkVariant =>
  alkahestBulkVariant({ name: 'alkahest engine.load()', db, url, table, engine: { pool: { max: 1 } }, writeAll: (engine, users, rows) => engine.load(users, rows) });

/** Runs one job in a child process and waits for its report. */
function runJob(job: LoadJob): Promise<LoadReport> {
  return runWorkerJob<LoadReport>(path.join(__dirname, 'bulk-load-worker.js'), job, 'load', RUN_TIMEOUT_MS);
}

/** Loads `memoryRows` rows into a fresh table from an async generator in a process of its own: its peak RSS growth. */
async function memoryRun(db: Db, label: string, url: string, adminConnection: Admin | undefined, rows: ResultRow[]): Promise<void> {
  const memoryCase = `${label}: ${memoryRows.toLocaleString('en-US')} rows from an async generator, peak RSS growth`;
  const memoryUrl = db === 'sqlite' ? `sqlite:${path.join(os.tmpdir(), `${table}.db`)}` : url;
  const memoryCeiling = ceilingTarget(64, 'MiB');
  try {
    if (db === 'sqlite') {
      const file = memoryUrl.slice('sqlite:'.length);
      fs.rmSync(file, { force: true });
      const setup = new Database(file);
      setup.exec(createUsersSql('sqlite', table));
      setup.close();
    } else {
      await adminConnection!.run(dropTableSql(db, table));
      await adminConnection!.run(createUsersSql(db, table));
    }
    const report = await runJob({ url: memoryUrl, table, rows: memoryRows });
    if (report.rows !== memoryRows) throw new Error(`loaded ${report.rows} rows, expected ${memoryRows}`);
    progress(`bulk load: ${label}: ${memoryRows} rows in ${report.seconds.toFixed(1)} s, peak RSS +${report.peakGrowthMiB.toFixed(1)} MiB`);
    const row: ResultRow = {
      suite: SUITE,
      caseName: memoryCase,
      variant: 'alkahest engine.load()',
      unit: 'MiB',
      summary: summarize([report.peakGrowthMiB]),
      extra: `RSS before the load ${report.baselineMiB.toFixed(0)} MiB; ${report.seconds.toFixed(1)} s (${Math.round(memoryRows / report.seconds).toLocaleString('en-US')} rows/s)`,
    };
    applyTarget(row, memoryCeiling);
    rows.push(row);
  } catch (error) {
    rows.push(failedRow(SUITE, memoryCase, 'alkahest engine.load()', 'MiB', `failed: ${oneLine(error)}`, memoryCeiling));
  } finally {
    if (db === 'sqlite') fs.rmSync(memoryUrl.slice('sqlite:'.length), { force: true });
  }
}

export async function runBulkLoadSuite(): Promise<SuiteResult> {
  const rowsToLoad = userRows(bulkRows);
  const fast = ratioTarget(0.5, 'hand-written time (≥ 2× faster)', 's');
  const result: SuiteResult = {
    id: SUITE,
    title: `6. Bulk load (${bulkRows.toLocaleString('en-US')} rows; memory: ${memoryRows.toLocaleString('en-US')})`,
    description:
      `Seconds to load ${bulkRows.toLocaleString('en-US')} rows of four columns into an empty table (emptied before every run, untimed). ` +
      'alkahest: `engine.load(table, rows)` — COPY FROM STDIN on PostgreSQL, LOAD DATA LOCAL INFILE on MariaDB, one prepared INSERT on SQLite, ' +
      'every value checked and converted as a bound value. Hand-written: multi-row VALUES statements sized to the driver\'s parameter limit, in one transaction. ' +
      `Interleaved rounds; ratio: the median over rounds of time over the fastest hand-written variant's in the same round (lower is better); ${bulkRuns} rounds. ` +
      `Then, per database, one \`engine.load()\` of ${memoryRows.toLocaleString('en-US')} rows from an async generator in a process of its own: its peak RSS growth over the RSS before the load.`,
    rows: [],
  };
  for (const { db, label, url } of bulkDatabases) {
    const c = { suite: SUITE, what: 'bulk load', db, label, table };
    await withBulkTable(c, result, async (adminConnection) => {
      const variants = [...handWrittenBatches(db, table), alkahest(db, url)];
      result.rows.push(...(await measureBulk(c, variants, rowsToLoad, db === 'sqlite' ? undefined : fast)));
      await memoryRun(db, label, url, adminConnection, result.rows);
    });
  }
  return result;
}
