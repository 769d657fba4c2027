/**
 * Fault injection for the engine's failure-path tests: a real SQLite driver
 * whose connections fail chosen operations on demand.
 */
import type { CompiledQuery, Driver, DriverConnection, DriverResult, TransactionOptions } from '@alkahest/core/dialect';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';

/** Operations that can be made to fail. */
export type FaultPoint = 'connect' | 'begin' | 'commit' | 'rollback' | 'savepoint' | 'releaseSavepoint' | 'rollbackToSavepoint' | 'ping' | 'close' | 'execute' | 'commitAnswerLost';

/** Decides, per call, whether an operation fails. */
export type FaultPlan = (point: FaultPoint) => boolean;

/** Counts what the wrapped driver did, for invariants. */
export interface FaultStats {
  created: number;
  closed: number;
  /** Connections currently handed to a caller by the engine (tracked by the test). */
}

class FaultyConnection implements DriverConnection {
  closed = false;
  constructor(
    private readonly inner: DriverConnection,
    private readonly plan: FaultPlan,
    private readonly stats: FaultStats,
  ) {}
  private async maybeFail(point: FaultPoint): Promise<void> {
    if (this.plan(point)) throw Object.assign(new Error(`injected ${point} failure`), { code: `INJECTED_${point.toUpperCase()}` });
  }
  async execute(query: CompiledQuery): Promise<DriverResult> {
    await this.maybeFail('execute');
    return this.inner.execute(query);
  }
  async finish(query: CompiledQuery, result: DriverResult): Promise<DriverResult> {
    return this.inner.finish === undefined ? result : this.inner.finish(query, result);
  }
  async begin(options?: TransactionOptions): Promise<void> {
    await this.maybeFail('begin');
    return this.inner.begin(options);
  }
  async commit(): Promise<void> {
    await this.maybeFail('commit');
    await this.inner.commit();
    // Committed, but the answer never reaches the client: the connection breaks on the way back.
    if (this.plan('commitAnswerLost')) throw Object.assign(new Error('injected connection loss after COMMIT'), { code: 'INJECTED_LOST' });
  }
  async rollback(): Promise<void> {
    await this.maybeFail('rollback');
    return this.inner.rollback();
  }
  async savepoint(name: string): Promise<void> {
    await this.maybeFail('savepoint');
    return this.inner.savepoint(name);
  }
  async releaseSavepoint(name: string): Promise<void> {
    await this.maybeFail('releaseSavepoint');
    return this.inner.releaseSavepoint(name);
  }
  async rollbackToSavepoint(name: string): Promise<void> {
    await this.maybeFail('rollbackToSavepoint');
    return this.inner.rollbackToSavepoint(name);
  }
  async ping(): Promise<void> {
    await this.maybeFail('ping');
    return this.inner.ping();
  }
  async close(): Promise<void> {
    if (!this.closed) this.stats.closed += 1;
    this.closed = true;
    await this.inner.close();
    await this.maybeFail('close');
  }
}

/** A SQLite file driver whose operations fail when `plan` says so. */
export function faultyDriver(filename: string, plan: FaultPlan, stats: FaultStats): Driver {
  // No busy wait: better-sqlite3 waits synchronously, which would block the connection holding the lock.
  const inner = sqlite.createDriver(`sqlite:${filename}?busyTimeout=0`);
  return {
    poolDefaults: { min: 0, max: 8 },
    classifyError: (error) => ((error as { code?: unknown }).code === 'INJECTED_LOST' ? 'connection-lost' : undefined),
    connect: async () => {
      if (plan('connect')) throw new Error('injected connect failure');
      stats.created += 1;
      return new FaultyConnection(await inner.connect(), plan, stats);
    },
  };
}
