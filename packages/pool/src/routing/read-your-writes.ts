/**
 * Read-your-writes: after a caller's write, its reads go to the primary for
 * a window, or to a replica that has already replayed past the write's
 * position (where the server tells it: PostgreSQL's LSN, MariaDB's GTID).
 */

/** Options of read-your-writes. */
export interface ReadYourWritesOptions {
  /**
   * How long after a write the writer's reads stay on the primary, unless a
   * replica is known to have replayed the write (default 5 000 ms).
   */
  readonly windowMillis?: number;
  /**
   * Ask the primary for its position after each write, so that a replica
   * that has replayed past it may serve the writer's reads within the window
   * (default true where the driver can: PostgreSQL, MariaDB). Costs one
   * short query per write.
   */
  readonly positions?: boolean;
}

/** The writes of one caller (a session), or of the whole engine. */
export class WriteScope {
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private position: string | undefined;
  /** Connections held from the primary: while any is, reads stay there. */
  private held = 0;

  constructor(private readonly windowMillis: number) {}

  /** Notes a write that just ended, with the primary's position after it when known. */
  wrote(position: string | undefined, reached: (replayed: string, target: string) => boolean): void {
    this.lastWriteAt = Date.now();
    // Writes end in any order: keep the furthest position.
    if (position === undefined) this.position = undefined;
    else if (this.position === undefined || !reached(this.position, position)) this.position = position;
  }

  hold(): void {
    this.held++;
  }

  unhold(): void {
    this.held = Math.max(0, this.held - 1);
  }

  /**
   * Whether a replica at `replayed` may serve this scope's next read:
   * nothing held, and the window passed or the replica past the last write.
   */
  allows(replayed: string | undefined, reached: (replayed: string, target: string) => boolean): boolean {
    if (this.held > 0) return false;
    if (Date.now() - this.lastWriteAt >= this.windowMillis) return true;
    return this.position !== undefined && replayed !== undefined && reached(replayed, this.position);
  }
}
