/**
 * Counts the cases run per database and prints one summary line at the end.
 */
export interface Tally {
  run: number;
  passed: number;
  failed: number;
  knownFailures: number;
}

const tallies = new Map<string, Tally>();
const notes = new Map<string, string>();

function tally(target: string): Tally {
  let t = tallies.get(target);
  if (!t) {
    t = { run: 0, passed: 0, failed: 0, knownFailures: 0 };
    tallies.set(target, t);
  }
  return t;
}

/** Records one case's result for a target such as `postgres (live)` or `oracle (golden SQL)`. */
export function record(target: string, result: 'passed' | 'failed' | 'known-failure'): void {
  const t = tally(target);
  t.run += 1;
  if (result === 'passed') t.passed += 1;
  else if (result === 'failed') t.failed += 1;
  else t.knownFailures += 1;
}

/** Notes why a target ran nothing (server down, package missing). */
export function note(target: string, why: string): void {
  notes.set(target, why);
}

/** The summary line(s) for the run. */
export function summary(): string {
  const lines = [...tallies.entries()].map(
    ([target, t]) =>
      `  ${target}: ${t.run} cases run, ${t.passed} passed, ${t.failed} failed${t.knownFailures ? `, ${t.knownFailures} known failures (expected)` : ''}`,
  );
  for (const [target, why] of notes) if (!tallies.has(target)) lines.push(`  ${target}: 0 cases run: ${why}`);
  return `\nconformance summary\n${lines.join('\n')}\n`;
}
