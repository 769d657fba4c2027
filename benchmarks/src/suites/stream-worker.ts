/**
 * One streaming run, alone in its own process so that its peak RSS is its
 * own: started by the streaming suite with a job as JSON in argv[2]; sends
 * back a {@link StreamReport}.
 */
import { select } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import Database from 'better-sqlite3';
import * as mysqlCallback from 'mysql2';
import pg from 'pg';
import { RssSampler } from '../harness/rss';
import { alkahestTables } from '../peers/alkahest';

export interface StreamJob {
  readonly database: 'sqlite' | 'postgres' | 'mysql';
  readonly variant: 'raw' | 'alkahest';
  /** For alkahest, an engine URL; for raw drivers, what the driver takes (a file path for SQLite). */
  readonly url: string;
  readonly table: string;
  readonly batch: number;
}

export interface StreamReport {
  readonly rows: number;
  readonly seconds: number;
  readonly peakGrowthMiB: number;
  readonly baselineMiB: number;
  readonly error?: string;
}

/** What every variant does with each row: touch it, so nothing is skipped. */
class Consumer {
  rows = 0;
  checksum = 0;
  constructor(private readonly sampler: () => RssSampler | undefined) {}
  take(row: { id: number }): void {
    this.rows++;
    this.checksum = (this.checksum + row.id) | 0;
    if ((this.rows & 1023) === 0) this.sampler()?.tick();
  }
}

/** Opens the variant's connection; the returned function streams the whole table into the consumer. */
async function prepare(job: StreamJob, consumer: Consumer): Promise<{ run: () => Promise<void>; close: () => Promise<void> }> {
  const columns = 'id, name, email, age, score';
  if (job.variant === 'alkahest') {
    const engine = createEngine(job.url, { pool: { max: 1 } });
    const { users } = alkahestTables({ users: job.table, posts: `${job.table}_unused` });
    const statement = select(users.c.id, users.c.name, users.c.email, users.c.age, users.c.score).from(users);
    await engine.execute(select(users.c.id).from(users).limit(1)); // connect before the baseline
    return {
      run: async () => {
        for await (const row of engine.stream(statement)) consumer.take(row);
      },
      close: () => engine.close(),
    };
  }
  switch (job.database) {
    case 'sqlite': {
      const db = new Database(job.url, { readonly: true });
      const stmt = db.prepare(`SELECT ${columns} FROM "${job.table}"`);
      return {
        run: async () => {
          for (const row of stmt.iterate()) consumer.take(row as { id: number });
        },
        close: async () => void db.close(),
      };
    }
    case 'postgres': {
      const client = new pg.Client({ connectionString: job.url });
      await client.connect();
      return {
        run: async () => {
          await client.query('BEGIN');
          await client.query(`DECLARE bench_cursor NO SCROLL CURSOR FOR SELECT ${columns} FROM "${job.table}"`);
          for (;;) {
            const { rows } = await client.query<{ id: number }>(`FETCH ${job.batch} FROM bench_cursor`);
            if (rows.length === 0) break;
            for (const row of rows) consumer.take(row);
          }
          await client.query('CLOSE bench_cursor');
          await client.query('COMMIT');
        },
        close: () => client.end(),
      };
    }
    case 'mysql': {
      const connection = mysqlCallback.createConnection({ uri: job.url });
      await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve())));
      return {
        run: async () => {
          const stream = connection.query(`SELECT ${columns} FROM \`${job.table}\``).stream({ highWaterMark: job.batch });
          for await (const row of stream) consumer.take(row as { id: number });
        },
        close: () => new Promise<void>((resolve) => connection.end(() => resolve())),
      };
    }
  }
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '') as StreamJob;
  // The sampler starts after the variant is ready; the consumer asks for it as rows arrive.
  const probe: { sampler?: RssSampler } = {};
  const consumer = new Consumer(() => probe.sampler);
  const variant = await prepare(job, consumer);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const sampler = new RssSampler(2);
  probe.sampler = sampler;
  const started = performance.now();
  await variant.run();
  const seconds = (performance.now() - started) / 1000;
  const peakGrowthMiB = sampler.stop();
  await variant.close();
  const report: StreamReport = { rows: consumer.rows, seconds, peakGrowthMiB, baselineMiB: sampler.baseline / 2 ** 20 };
  send(report);
}

function send(report: StreamReport): void {
  if (process.send === undefined) console.log(JSON.stringify(report));
  else process.send(report, () => process.disconnect());
}

main().catch((error: unknown) => {
  const report: StreamReport = { rows: 0, seconds: 0, peakGrowthMiB: 0, baselineMiB: 0, error: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
  process.exitCode = 1;
  send(report);
});
