/** Summaries of repeated measurements. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** The samples in the order they were taken. */
  readonly samples: readonly number[];
  /**
   * True when sample `i` was taken in round `i` of an interleaved run, next to
   * sample `i` of every other variant of the group: ratios are then taken per
   * round (see `setRatios`).
   */
  readonly inRounds?: boolean;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median() needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(samples: readonly number[], inRounds = false): Summary {
  if (samples.length === 0) throw new Error('summarize() needs at least one sample');
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples, inRounds };
}
