/**
 * The result model: one row per measured variant, grouped by suite and case,
 * with its ratio to the group's baseline and, where one applies, its target.
 */
import type { Summary } from './stats';

/** What a row's numbers are. Time units are better lower, rates higher. */
export type Unit = 'ops/s' | 'µs/op' | 's' | 'MiB';

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
  /** Median over the baseline's median (in the row's own unit). */
  ratio?: number;
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

/**
 * Sets ratios in a group of rows against the row named `baseline`, or
 * against the best of the rows whose variant is in `peers` ('fastest peer').
 */
export function setRatios(rows: readonly ResultRow[], baseline: { readonly variant: string } | { readonly fastestOf: readonly string[] }): void {
  let base: ResultRow | undefined;
  let label: string;
  if ('variant' in baseline) {
    base = rows.find((r) => r.variant === baseline.variant && r.summary !== undefined);
    label = baseline.variant;
  } else {
    label = 'fastest peer';
    for (const r of rows) {
      if (!baseline.fastestOf.includes(r.variant) || r.summary === undefined) continue;
      if (base === undefined || better(r, base)) base = r;
    }
  }
  if (base?.summary === undefined) return;
  const baseMedian = base.summary.median;
  for (const r of rows) {
    r.baseline = label === 'fastest peer' ? `fastest peer (${base.variant})` : label;
    if (r.summary !== undefined) r.ratio = r.summary.median / baseMedian;
  }
}

function better(a: ResultRow, b: ResultRow): boolean {
  const am = a.summary!.median;
  const bm = b.summary!.median;
  return lowerIsBetter(a.unit) ? am < bm : am > bm;
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
