/**
 * Replica health: each replica is asked, every interval, whether it
 * replicates, how far it has replayed and how far behind it is, on a
 * connection of its own (not the pool's). A replica that does not answer,
 * does not replicate or lags more than the bound is taken out of routing
 * until a later check finds it well.
 */
import type { Driver, DriverConnection, ReplicationProbe } from '@alkahest/core/dialect';

/** What the last check found about one replica. */
export interface ReplicaHealth {
  readonly healthy: boolean;
  /** When the last check ended (epoch ms; 0 before the first). */
  readonly checkedAt: number;
  readonly lagMillis?: number;
  /** The last replayed position (a PostgreSQL LSN, a MariaDB GTID position). */
  readonly position?: string;
  /** Why it is out, when it is. */
  readonly reason?: string;
}

/** Rejects when `millis` pass before `work` settles. */
export function within<T>(millis: number, work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${millis} ms`)), millis);
  });
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** One connection kept open for checks, opened again after a failure. */
export class ProbeConnection {
  private connection: DriverConnection | undefined;
  private opening: Promise<DriverConnection> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly timeoutMillis: number,
    private readonly what: string,
  ) {}

  /** Runs `work` on the connection; on failure the connection is dropped, to be opened anew. */
  async run<T>(work: (connection: DriverConnection) => Promise<T>): Promise<T> {
    try {
      this.opening ??= within(this.timeoutMillis, this.driver.connect(), `connecting to ${this.what}`);
      this.connection = await this.opening;
      return await within(this.timeoutMillis, work(this.connection), this.what);
    } catch (error) {
      this.drop();
      throw error;
    }
  }

  /** Closes the connection (a later run opens another). */
  drop(): void {
    const opening = this.opening;
    this.connection = undefined;
    this.opening = undefined;
    opening?.then((c) => c.close()).catch(() => undefined);
  }
}

/** Checks one replica. */
export class ReplicaMonitor {
  private current: ReplicaHealth = { healthy: false, checkedAt: 0, reason: 'not checked yet' };
  private readonly probeConnection: ProbeConnection;
  /** Checks overlap (the timer's and a caller's): only a newer check's answer replaces an older one's. */
  private started = 0;
  private applied = 0;

  constructor(
    driver: Driver,
    private readonly probe: ReplicationProbe | undefined,
    private readonly maxLagMillis: number,
    timeoutMillis: number,
    what: string,
    private readonly changed: (health: ReplicaHealth) => void,
  ) {
    this.probeConnection = new ProbeConnection(driver, timeoutMillis, what);
  }

  get health(): ReplicaHealth {
    return this.current;
  }

  /** Takes the replica out at once (a statement on it failed); the next check may bring it back. */
  markDown(reason: string): void {
    this.applied = this.started;
    this.set({ healthy: false, checkedAt: Date.now(), reason });
  }

  /** Asks the replica now. */
  async check(): Promise<ReplicaHealth> {
    const sequence = ++this.started;
    let next: ReplicaHealth;
    try {
      next = await this.probeConnection.run(async (connection) => {
        if (this.probe === undefined) {
          await connection.ping();
          return { healthy: true, checkedAt: Date.now() };
        }
        const state = await this.probe.replicaState(connection);
        const known = { ...(state.lagMillis === undefined ? {} : { lagMillis: state.lagMillis }), ...(state.position === undefined ? {} : { position: state.position }) };
        if (!state.replicating) return { healthy: false, checkedAt: Date.now(), ...known, reason: 'not replicating' };
        if (state.lagMillis !== undefined && state.lagMillis > this.maxLagMillis) {
          return { healthy: false, checkedAt: Date.now(), ...known, reason: `${Math.round(state.lagMillis)} ms behind (the bound is ${this.maxLagMillis} ms)` };
        }
        return { healthy: true, checkedAt: Date.now(), ...known };
      });
    } catch (error) {
      next = { healthy: false, checkedAt: Date.now(), reason: `unreachable: ${(error as Error).message ?? String(error)}` };
    }
    if (sequence > this.applied) {
      this.applied = sequence;
      this.set(next);
    }
    return this.current;
  }

  private set(next: ReplicaHealth): void {
    const was = this.current.healthy;
    this.current = next;
    if (was !== next.healthy) this.changed(next);
  }

  close(): void {
    this.probeConnection.drop();
  }
}
