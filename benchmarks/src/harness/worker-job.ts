/**
 * Runs a benchmark job in a child process of its own (a clean heap, so that
 * its peak memory is its own) and waits for the one report it sends back.
 */
import { fork } from 'node:child_process';

/** What every worker reports: its figures, or the error that stopped it. */
export interface WorkerReport {
  readonly error?: string;
}

/**
 * Forks `script` with `job` as its argument (JSON), with `--expose-gc`, and
 * resolves with its report; rejects when it reports an error, exits without
 * a report, or runs past `timeoutMs` (then it is killed).
 *
 * @example
 * ```ts
 * const report = await runWorkerJob<StreamReport>(path.join(__dirname, 'stream-worker.js'), job, 'streaming', 180_000);
 * ```
 */
export function runWorkerJob<R extends WorkerReport>(script: string, job: unknown, what: string, timeoutMs: number): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(job)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: R | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} run did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('message', (message: R) => (report = message));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (report === undefined) reject(new Error(`${what} worker exited with code ${code} without a report`));
      else if (report.error !== undefined) reject(new Error(report.error));
      else resolve(report);
    });
  });
}
