/**
 * The measuring loops: ops/s of a synchronous operation, time per awaited
 * operation, throughput of concurrent callers, and the time of a one-shot
 * operation. Each warms up first, then repeats a number of timed runs.
 */
import type { Timing } from '../config';
import { summarize, Summary } from './stats';

/** Keeps results alive so the optimizer cannot drop the work that made them. */
let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
/** The last value kept (for debugging a variant's results). */
export function lastConsumed(): unknown {
  return sink;
}

const now = (): number => performance.now();

/** Runs `op` for about `ms` milliseconds in chunks; gives operations per second. */
function opsFor(op: () => unknown, ms: number): number {
  let chunk = 16;
  let count = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < chunk; i++) consume(op());
    count += chunk;
    elapsed = now() - start;
    if (elapsed < ms / 20 && chunk < 65_536) chunk *= 2;
  }
  return (count * 1000) / elapsed;
}

/**
 * Operations per second of synchronous operations (build + compile): all are
 * warmed up, then measured in interleaved rounds, one run of each per round.
 */
export function measureSyncOpsInterleaved(ops: readonly (() => unknown)[], timing: Timing): Summary[] {
  for (const op of ops) opsFor(op, timing.warmupMs);
  const samples: number[][] = ops.map(() => []);
  for (let r = 0; r < timing.runs; r++) ops.forEach((op, i) => samples[i]!.push(opsFor(op, timing.runMs)));
  return samples.map((s) => summarize(s, true));
}

/** Awaits `op` in turn for about `ms` milliseconds; gives microseconds per operation. */
async function latencyFor(op: () => Promise<unknown>, ms: number): Promise<number> {
  let count = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 64; i++) consume(await op());
    count += 64;
    elapsed = now() - start;
  }
  return (elapsed * 1000) / count;
}

/** One sample of microseconds per operation, each awaited before the next starts, after a warm-up. */
export async function sampleSerialLatency(op: () => Promise<unknown>, timing: Timing): Promise<number> {
  await latencyFor(op, timing.warmupMs);
  return latencyFor(op, timing.runMs);
}

/** `callers` loops awaiting `op` until the deadline; gives completed operations per second. */
async function throughputFor(op: () => Promise<unknown>, callers: number, ms: number): Promise<number> {
  let count = 0;
  const start = now();
  const deadline = start + ms;
  const caller = async (): Promise<void> => {
    while (now() < deadline) {
      consume(await op());
      count++;
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  return (count * 1000) / (now() - start);
}

/** One sample of operations per second with `callers` concurrent callers, after a warm-up. */
export async function sampleThroughput(op: () => Promise<unknown>, callers: number, timing: Timing): Promise<number> {
  await throughputFor(op, callers, timing.warmupMs);
  return throughputFor(op, callers, timing.runMs);
}

/**
 * Seconds taken by `op`, run `runs` times, each after an untimed `reset`.
 * The first failure ends the measurement and is thrown.
 */
export async function measureOnce(op: () => Promise<unknown>, reset: () => Promise<void>, runs: number): Promise<Summary> {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    await reset();
    const start = now();
    consume(await op());
    samples.push((now() - start) / 1000);
  }
  return summarize(samples);
}
