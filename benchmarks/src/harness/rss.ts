/**
 * Peak resident set size while something runs: sampled on a timer every few
 * milliseconds and, for loops that never yield to the event loop, whenever
 * the loop calls `tick()`.
 */
export class RssSampler {
  private peak: number;
  private readonly timer: ReturnType<typeof setInterval>;
  readonly baseline: number;

  constructor(intervalMs = 2) {
    this.baseline = process.memoryUsage.rss();
    this.peak = this.baseline;
    this.timer = setInterval(() => this.tick(), intervalMs);
  }

  tick(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }

  /** Stops sampling; gives the peak growth over the baseline, in MiB. */
  stop(): number {
    clearInterval(this.timer);
    this.tick();
    return (this.peak - this.baseline) / 2 ** 20;
  }
}
