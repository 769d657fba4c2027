/**
 * Interleaved rounds, the measuring scheme every suite shares: in each round
 * every variant takes one timed sample, one after the other, so load or drift
 * on the shared machine (the database servers share its cores) falls on every
 * variant of a round alike. The per-round samples then give per-round ratios
 * (`setRatios`), whose median holds still where absolute numbers swing.
 */
import { failureNote, oneLine, progress } from './log';
import { failedRow, ResultRow, Target, Unit } from './results';
import { summarize, Summary } from './stats';

/** What a variant's `open` gives: whatever the sample needs, and a way to close it. */
export interface Opened {
  readonly close: () => Promise<void>;
}

/** A way to do the measured thing (raw driver, a peer, alkahest). */
export interface RoundVariant<T extends Opened> {
  readonly name: string;
  /** Connects and sets up (untimed). */
  readonly open: () => Promise<T>;
}

export type VariantOutcome = { readonly summary: Summary } | { readonly failure: string };

export interface RoundsOptions<T extends Opened> {
  /** Rounds to run; each gives one sample per variant. */
  readonly runs: number;
  /**
   * Takes one sample (warming up first if it needs to): a rate or a time in
   * the suite's unit. A throw ends the variant: it becomes a failed row.
   */
  readonly sample: (opened: T, round: number) => Promise<number>;
  /** How a sample reads in the progress line, e.g. `(v) => \`${v.toFixed(2)} µs\``. */
  readonly format: (value: number) => string;
  /**
   * `'round'` (the default) opens and closes every variant in every round
   * (a fresh pool each time); `'once'` opens all variants before the first
   * round and closes them after the last (costly set-ups, e.g. bulk loads).
   */
  readonly open?: 'round' | 'once';
}

/** Runs the variants in interleaved rounds; gives each variant's summary (samples in round order) or failure. */
export async function runRounds<T extends Opened>(
  label: string,
  variants: readonly RoundVariant<T>[],
  options: RoundsOptions<T>,
): Promise<Map<string, VariantOutcome>> {
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const failures = new Map<string, string>();
  const fail = (name: string, error: unknown): void => {
    failures.set(name, failureNote(error));
    progress(`${label}: ${name}: ${oneLine(error)}`);
  };
  const kept = new Map<string, T>();
  const once = options.open === 'once';
  try {
    if (once) {
      for (const variant of variants) {
        try {
          kept.set(variant.name, await variant.open());
        } catch (error) {
          fail(variant.name, error);
        }
      }
    }
    for (let round = 1; round <= options.runs; round++) {
      const line: string[] = [];
      for (const variant of variants) {
        if (failures.has(variant.name)) continue;
        let opened: T | undefined;
        try {
          opened = once ? kept.get(variant.name)! : await variant.open();
          const value = await options.sample(opened, round);
          samples.get(variant.name)!.push(value);
          line.push(`${variant.name} ${options.format(value)}`);
        } catch (error) {
          fail(variant.name, error);
        } finally {
          if (!once) await opened?.close().catch(() => undefined);
        }
      }
      progress(`${label}: round ${round}/${options.runs}: ${line.join(', ')}`);
    }
  } finally {
    for (const opened of kept.values()) await opened.close().catch(() => undefined);
  }
  const outcomes = new Map<string, VariantOutcome>();
  for (const variant of variants) {
    const failure = failures.get(variant.name);
    const values = samples.get(variant.name)!;
    outcomes.set(variant.name, failure !== undefined || values.length === 0 ? { failure: failure ?? 'no result' } : { summary: summarize(values, true) });
  }
  return outcomes;
}

/** The result rows of a case, in the variants' order: a number, or the reason there is none. */
export function outcomeRows(
  suite: string,
  caseName: string,
  unit: Unit,
  variants: readonly { readonly name: string }[],
  outcomes: ReadonlyMap<string, VariantOutcome>,
  targetOf: (variant: string) => Target | undefined = () => undefined,
): ResultRow[] {
  return variants.map((variant) => {
    const outcome = outcomes.get(variant.name) ?? { failure: 'not run' };
    return 'summary' in outcome
      ? { suite, caseName, variant: variant.name, unit, summary: outcome.summary }
      : failedRow(suite, caseName, variant.name, unit, outcome.failure, targetOf(variant.name));
  });
}
