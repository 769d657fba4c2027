/**
 * Run settings: database URLs, sizes and timings, and the quick mode
 * (`BENCH_QUICK=1`) that trades precision for a run of about a minute.
 */
export const quick = process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true';

/** Only the suites named here (comma-separated `BENCH_ONLY=compile,sqlite`) run; all when unset. */
export const onlySuites: ReadonlySet<string> | undefined =
  process.env.BENCH_ONLY === undefined || process.env.BENCH_ONLY.trim() === ''
    ? undefined
    : new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim()).filter((s) => s.length > 0));

export const pgUrl = process.env.BENCH_PG_URL ?? process.env.ALKAHEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const mysqlUrl = process.env.BENCH_MYSQL_URL ?? process.env.ALKAHEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306/test';

/** Table names of this run: unique per process, so parallel runs never collide. */
export const prefix = `bench_${process.pid}`;
export const tableNames = {
  users: `${prefix}_users`,
  posts: `${prefix}_posts`,
  bulk: `${prefix}_bulk`,
  events: `${prefix}_events`,
} as const;
export type TableNames = typeof tableNames;

/** Rows in the users table the execution suites read by primary key. */
export const userRows = 1_000;

/** Timings of repeated-operation measurements, in milliseconds. */
export interface Timing {
  readonly warmupMs: number;
  readonly runMs: number;
  readonly runs: number;
}

export const compileTiming: Timing = quick ? { warmupMs: 100, runMs: 100, runs: 3 } : { warmupMs: 300, runMs: 300, runs: 5 };
export const sqliteTiming: Timing = quick ? { warmupMs: 150, runMs: 200, runs: 3 } : { warmupMs: 300, runMs: 500, runs: 5 };
export const poolTiming: Timing = quick ? { warmupMs: 200, runMs: 300, runs: 3 } : { warmupMs: 500, runMs: 1_000, runs: 5 };

/** Concurrent callers and pool size of the PostgreSQL and MariaDB execution suites. */
export const concurrency = 10;
export const poolSize = 10;

/** Rows of the bulk insert, and how many timed runs per variant. */
export const bulkRows = quick ? 20_000 : 100_000;
export const bulkRuns = quick ? 2 : 5;

/** Rows streamed, and how many runs (each in a fresh process) per variant. */
export const streamRows = quick ? 200_000 : 1_000_000;
export const streamRuns = quick ? 1 : 3;
/** Rows fetched per round trip by the streaming variants that take a batch size. */
export const streamBatch = 500;

/** mysql2 takes `mysql://` URLs only. */
export function mysqlDriverUrl(url: string): string {
  return url.replace(/^mariadb:/, 'mysql:');
}

/** SSB lineorder rows (`BENCH_SSB_ROWS` sets it; the spec's scale factor 1 is 6,000,000). */
export const ssbRows = Number(process.env.BENCH_SSB_ROWS ?? (quick ? 30_000 : 100_000));
/** SSB rounds (each runs every query both ways) and the least time a query's sample runs for. */
export const ssbRounds = quick ? 3 : 7;
export const ssbSampleMs = quick ? 40 : 150;
/** The fewest passes a query's sample runs, however long it takes: a query of 200 ms would otherwise be sampled once per way, and one burst of load elsewhere on the machine decides its round. */
export const ssbMinPasses = quick ? 2 : 5;
