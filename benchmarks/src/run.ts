/**
 * `npm run bench`: runs every suite in this one process (streaming runs get
 * processes of their own), prints the Markdown report to stdout and writes
 * results/results.md and results/chart.svg. Progress goes to stderr.
 *
 * Environment: BENCH_QUICK=1 for a run of about a minute; BENCH_ONLY=compile,sqlite,pg,mysql,bulk,stream,ssb,load
 * to run some suites only; BENCH_PG_URL / BENCH_MYSQL_URL for other servers.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bulkRows, concurrency, mysqlUrl, onlySuites, pgUrl, poolSize, quick, streamRows } from './config';
import { oneLine, progress } from './harness/log';
import { describeMachine, loadAverage } from './harness/machine';
import { renderDocument, renderTables } from './harness/report';
import type { SuiteResult } from './harness/results';
import { renderChart } from './harness/svg';
import { runBulkInsertSuite } from './suites/bulk-insert';
import { runBulkLoadSuite } from './suites/bulk-load';
import { runCompileSuite } from './suites/compile';
import { mysqlPoolSuite, postgresPoolSuite, runPoolExecSuite } from './suites/pool-exec';
import { runSqliteExecSuite } from './suites/sqlite-exec';
import { runSsbSuite } from './suites/ssb';
import { runStreamSuite } from './suites/stream';

const suites: readonly { readonly key: string; readonly title: string; readonly run: () => Promise<SuiteResult> }[] = [
  { key: 'compile', title: '1. Compile only', run: runCompileSuite },
  { key: 'sqlite', title: '2a. SQLite execution', run: runSqliteExecSuite },
  { key: 'pg', title: postgresPoolSuite.title, run: () => runPoolExecSuite(postgresPoolSuite) },
  { key: 'mysql', title: mysqlPoolSuite.title, run: () => runPoolExecSuite(mysqlPoolSuite) },
  { key: 'bulk', title: '3. Bulk insert', run: runBulkInsertSuite },
  { key: 'stream', title: '4. Streaming', run: runStreamSuite },
  
  { key: 'ssb', title: '5. Star Schema Benchmark', run: runSsbSuite },
  { key: 'load', title: '6. Bulk load', run: runBulkLoadSuite },
];

async function main(): Promise<void> {
  const settings =
    `Mode: ${quick ? 'quick (BENCH_QUICK=1)' : 'full'}; ${concurrency} concurrent callers on pools of ${poolSize}; ` +
    `bulk insert ${bulkRows.toLocaleString('en-US')} rows; streaming ${streamRows.toLocaleString('en-US')} rows.`;
  progress(`alkahest benchmarks: ${settings}`);
  const loadAtStart = loadAverage();
  if (os.loadavg()[0]! > 0.7) progress(`note: the machine is already busy (load average ${loadAtStart}): numbers will be noisier`);
  const results: SuiteResult[] = [];
  for (const suite of suites) {
    if (onlySuites !== undefined && !onlySuites.has(suite.key)) continue;
    progress(`suite ${suite.title}`);
    try {
      results.push(await suite.run());
    } catch (error) {
      progress(`suite ${suite.title} failed: ${oneLine(error)}`);
      results.push({ id: suite.key, title: suite.title, description: '', rows: [], skipped: `the suite failed: ${oneLine(error)}` });
    }
  }
  const machine = await describeMachine(pgUrl, mysqlUrl, [
    ['load average (1/5/15 min) at start', loadAtStart],
    ['load average (1/5/15 min) at end', loadAverage()],
  ]);
  process.stdout.write(renderTables(results) + '\n');
  const dir = path.join(__dirname, '..', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'results.md'), renderDocument(results, machine, settings));
  fs.writeFileSync(path.join(dir, 'chart.svg'), renderChart(results, `${machine.date.slice(0, 10)} · ${settings}`));
  progress(`wrote ${path.join(dir, 'results.md')} and chart.svg`);
}

main()
  .catch((error: unknown) => {
    progress(`benchmark run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => {
    // A driver that keeps a handle open must not hold the run forever.
    setTimeout(() => process.exit(), 3_000).unref();
  });
