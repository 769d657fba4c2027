/**
 * One large `engine.load()`, alone in its own process so that its peak RSS is
 * its own: the rows come from an async generator (none is kept), and RSS is
 * sampled every few milliseconds and every 1,024 rows. Started by the bulk
 * load suite with a job as JSON in argv[2]; sends back a {@link LoadReport}.
 */
import { sql } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { userRow } from '../fixtures/data';
import { RssSampler } from '../harness/rss';
import { alkahestTables } from '../peers/alkahest';

export interface LoadJob {
  readonly url: string;
  readonly table: string;
  readonly rows: number;
}

export interface LoadReport {
  readonly rows: number;
  readonly seconds: number;
  readonly peakGrowthMiB: number;
  readonly baselineMiB: number;
  readonly error?: string;
}

async function main(job: LoadJob): Promise<LoadReport> {
  const engine = createEngine(job.url, { pool: { max: 1 } });
  const { users } = alkahestTables({ users: job.table, posts: `${job.table}_unused` });
  try {
    await engine.execute(sql`SELECT 1`); // connected (and the driver loaded) before the baseline
    (globalThis as { gc?: () => void }).gc?.();
    const sampler = new RssSampler();
    async function* rows() {
      for (let i = 1; i <= job.rows; i++) {
        if ((i & 1023) === 0) sampler.tick();
        yield userRow(i);
      }
    }
    const start = performance.now();
    const { rowsLoaded } = await engine.load(users, rows());
    const seconds = (performance.now() - start) / 1000;
    const baselineMiB = sampler.baseline / 2 ** 20;
    const peakGrowthMiB = sampler.stop();
    return { rows: rowsLoaded, seconds, peakGrowthMiB, baselineMiB };
  } finally {
    await engine.close();
  }
}

main(JSON.parse(process.argv[2]!) as LoadJob)
  .then((report) => process.send?.(report))
  .catch((error: unknown) => process.send?.({ rows: 0, seconds: 0, peakGrowthMiB: 0, baselineMiB: 0, error: error instanceof Error ? error.message : String(error) }))
  .finally(() => setTimeout(() => process.exit(), 100));
