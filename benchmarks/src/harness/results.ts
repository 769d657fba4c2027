/**
 * The result model: one row per measured variant, grouped by suite and case,
 * with its ratio to the group's baseline and, where one applies, its target.
 */
import { median, Summary } from './stats';

/** What a row's numbers are. Time units are better lower, rates higher. */
export type Unit = 'ops/s' | 'µs/op' | 'ms/op' | 's' | 'MiB';

export function lowerIsBetter(unit: Unit): boolean {
  return unit !== 'ops/s';
}

/** A target a row is checked against (reported, never asserted). */
export interface Target {
  /** As shown in the report, e.g. `≤ 2× raw time`. */
  readonly text: string;
  /** Whether a row holds it, from its ratio (or, for absolute targets, its median). */
  readonly holds: (row: { readonly ratio: number | undefined; readonly median: number }) => boolean;
  /**
   * Where the target sits on the chart's relative-speed scale (higher is
   * better), or on the row's own scale for absolute targets.
   */
  readonly chartValue: number;
}

export interface ResultRow {
  readonly suite: string;
  readonly caseName: string;
  readonly variant: string;
  readonly unit: Unit;
  /** Absent when the variant failed or cannot be expressed; `note` says why. */
  readonly summary: Summary | undefined;
  /** The baseline's label for this row's group (`raw`, `fastest peer`). */
  baseline?: string;
  /** The median of the per-round ratios to the baseline (in the row's own unit); see `setRatios`. */
  ratio?: number;
  /** The same ratio with its per-round spread. */
  ratioSpread?: Ratio;
  /** Ratios to other baselines, shown in the notes for comparison (see `addComparison`). */
  comparisons?: { readonly against: string; readonly ratio: Ratio }[];
  target?: Target;
  holds?: boolean;
  note?: string;
  /** Extra figure shown in the notes (e.g. a streaming run's duration). */
  readonly extra?: string;
}

/** A suite's rows and what its ratios mean. */
export interface SuiteResult {
  readonly id: string;
  readonly title: string;
  /** One or two sentences: what is measured and how the ratio reads. */
  readonly description: string;
  readonly rows: ResultRow[];
  /** Printed when the suite was skipped (e.g. the database did not answer). */
  skipped?: string;
}

/** A row for a variant that did not produce a number. */
export function failedRow(suite: string, caseName: string, variant: string, unit: Unit, note: string, target?: Target): ResultRow {
  const row: ResultRow = { suite, caseName, variant, unit, summary: undefined, note };
  if (target !== undefined) {
    row.target = target;
    row.holds = false;
  }
  return row;
}

/** A ratio to a baseline: the median of the per-round ratios, with their spread. */
export interface Ratio {
  /** Median of the per-round ratios (or, without rounds, median over the baseline's median). */
  readonly value: number;
  /** Smallest and largest per-round ratio; absent when the samples were not taken in rounds. */
  readonly min?: number;
  readonly max?: number;
  /** How many rounds the ratio is the median of (0: median over median, no rounds). */
  readonly rounds: number;
}

/** What a group's ratios are taken against. */
export type Baseline =
  /** One variant's sample in the same round. */
  | { readonly variant: string; readonly label?: string }
  /**
   * The best sample among these variants in the same round (the fastest peer,
   * the faster of a driver's two paths). `label` names the group, e.g. `fastest peer`.
   */
  | { readonly fastestOf: readonly string[]; readonly label?: string };

/**
 * The ratio of each row to a baseline. When every sample of the row and of the
 * baseline rows was taken in interleaved rounds (`Summary.inRounds`, same
 * number of rounds), each round gives one ratio (the row's sample over the
 * baseline's sample of that round) and the result is their median with its
 * min and max; otherwise it is the row's median over the baseline's median.
 * In the row's own unit: for rates higher is better, for times lower.
 */
export function ratiosTo(rows: readonly ResultRow[], baseline: Baseline): { readonly label: string; readonly ratios: Map<ResultRow, Ratio> } | undefined {
  const names = 'variant' in baseline ? [baseline.variant] : baseline.fastestOf;
  const bases = rows.filter((r) => names.includes(r.variant) && r.summary !== undefined);
  if (bases.length === 0) return undefined;
  const unit = bases[0]!.unit;
  const pick = (values: readonly number[]): number => (lowerIsBetter(unit) ? Math.min(...values) : Math.max(...values));
  const rounds = bases[0]!.summary!.samples.length;
  const aligned = (r: ResultRow): boolean => r.summary!.inRounds === true && r.summary!.samples.length === rounds;
  const baseAligned = bases.every(aligned);
  // The baseline's value per round (the best of the baseline rows in that round), and which row it was.
  const basePerRound: number[] = [];
  const winners = new Map<string, number>();
  if (baseAligned) {
    for (let i = 0; i < rounds; i++) {
      const values = bases.map((b) => b.summary!.samples[i]!);
      const best = pick(values);
      basePerRound.push(best);
      const winner = bases[values.indexOf(best)]!.variant;
      winners.set(winner, (winners.get(winner) ?? 0) + 1);
    }
  }
  const baseMedian = pick(bases.map((b) => b.summary!.median));
  const ratios = new Map<ResultRow, Ratio>();
  for (const r of rows) {
    if (r.summary === undefined) continue;
    if (baseAligned && aligned(r)) {
      const perRound = r.summary.samples.map((v, i) => v / basePerRound[i]!);
      ratios.set(r, { value: median(perRound), min: Math.min(...perRound), max: Math.max(...perRound), rounds });
    } else {
      ratios.set(r, { value: r.summary.median / baseMedian, rounds: 0 });
    }
  }
  let label: string;
  if ('variant' in baseline) label = baseline.label ?? baseline.variant;
  else {
    const who =
      winners.size === 0
        ? bases.find((b) => b.summary!.median === baseMedian)!.variant
        : [...winners].sort((a, b) => b[1] - a[1]).map(([name, n]) => (winners.size === 1 ? name : `${name} ${n}/${rounds}`)).join(', ');
    label = `${baseline.label ?? 'fastest of'} (${who})`;
  }
  return { label, ratios };
}

/**
 * Sets `ratio` (and `ratioSpread`) of each row of a group against a baseline:
 * one variant, or the best of several per round (`fastestOf`, labelled
 * `fastest peer` unless `label` says otherwise). See `ratiosTo`.
 */
export function setRatios(rows: readonly ResultRow[], baseline: Baseline): void {
  const found = ratiosTo(rows, 'fastestOf' in baseline && baseline.label === undefined ? { ...baseline, label: 'fastest peer' } : baseline);
  if (found === undefined) return;
  for (const r of rows) {
    r.baseline = found.label;
    const ratio = found.ratios.get(r);
    if (ratio !== undefined) {
      r.ratio = ratio.value;
      r.ratioSpread = ratio;
    }
  }
}

/**
 * Adds a second ratio to each row, shown in the notes for comparison (e.g.
 * against raw `pool.query` where the target is against named prepared statements).
 */
export function addComparison(rows: readonly ResultRow[], baseline: Baseline): void {
  const found = ratiosTo(rows, baseline);
  if (found === undefined) return;
  for (const r of rows) {
    const ratio = found.ratios.get(r);
    if (ratio !== undefined && !('variant' in baseline && r.variant === baseline.variant)) (r.comparisons ??= []).push({ against: found.label, ratio });
  }
}

/** `1.23× (1.10–1.31)`: a ratio with its per-round spread when it has one. */
export function formatRatio(ratio: Ratio): string {
  const spread = ratio.min !== undefined && ratio.max !== undefined && ratio.rounds > 1 ? ` (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})` : '';
  return `${ratio.value.toFixed(2)}×${spread}`;
}

/** Attaches a target to a row and records whether it holds. */
export function applyTarget(row: ResultRow, target: Target): void {
  row.target = target;
  row.holds = row.summary === undefined ? false : target.holds({ ratio: row.ratio, median: row.summary.median });
}

/** Targets relative to a baseline: `≥ k×` for rates, `≤ k×` for times. */
export function ratioTarget(k: number, what: string, unit: Unit): Target {
  const lower = lowerIsBetter(unit);
  return {
    text: `${lower ? '≤' : '≥'} ${k}× ${what}`,
    holds: ({ ratio }) => ratio !== undefined && (lower ? ratio <= k : ratio >= k),
    chartValue: lower ? 1 / k : k,
  };
}

/** An absolute ceiling on the median, e.g. `< 64 MiB`. */
export function ceilingTarget(limit: number, unit: Unit): Target {
  return { text: `< ${limit} ${unit}`, holds: ({ median }) => median < limit, chartValue: limit };
}

/** The row's relative speed (higher is better), for the chart. */
export function relativeSpeed(row: ResultRow): number | undefined {
  if (row.ratio === undefined || row.ratio === 0) return undefined;
  return lowerIsBetter(row.unit) ? 1 / row.ratio : row.ratio;
}
