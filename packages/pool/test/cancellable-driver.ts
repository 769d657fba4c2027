/**
 * A driver without a server whose statements and cancels behave as a test
 * scripts them: a statement that runs until it is cancelled, one that ends
 * anyway, one that never answers; a cancel that is answered (at once or
 * late), fails, or never answers. It records what the engine asked of it, in
 * order, so that tests of cancellation.ts can check what was sent and when.
 */
import type { CompiledQuery, Driver, DriverConnection, DriverResult } from '@alkahest/core/dialect';

/** How a statement runs; matched on its SQL by {@link CancellableScript.statement}. */
export interface ScriptedStatement {
  /** Ends on its own after this many ms (never, when not given). */
  readonly ms?: number;
  /** Fails with this error when it ends on its own, instead of answering. */
  readonly error?: unknown;
  /**
   * What a cancel does to it: `stops` fails it with the driver's cancel error,
   * `finishes` lets it answer anyway (the cancel raced its end), `ignores`
   * leaves it running (it ends as `ms` says, or never).
   */
  readonly onCancel?: 'stops' | 'finishes' | 'ignores';
}

/** How the connection's cancel behaves. */
export interface ScriptedCancel {
  /** `answers` resolves, `fails` rejects (the cancel could not be sent), `silent` never settles. */
  readonly outcome: 'answers' | 'fails' | 'silent';
  /** Delay before it answers or fails (ms). */
  readonly ms?: number;
}

/** What a test scripts. */
export interface CancellableScript {
  statement(sql: string): ScriptedStatement;
  cancel: ScriptedCancel;
  /** Whether the next connect fails (never, when not given). */
  connectFails?: () => boolean;
  /** Whether the next ping fails (never, when not given). */
  pingFails?: () => boolean;
  /** Rows a stream yields, `batch` at a time (one when not given), each batch fetched as `statement` says. */
  stream?: { readonly rows: number; readonly batch?: number; readonly closeFails?: boolean };
}

/** What a connection did, in order: `execute <sql>`, `stream <sql>`, `stream closed`, `cancel`, `cancel answered`, `cancel failed`, `ping`, `begin`, `commit`, `rollback`, `destroy`, `close`. */
export interface FakeConnectionLog {
  readonly id: number;
  readonly events: string[];
  destroyed: boolean;
}

/** The error the fake's statements fail with when cancelled; classified as a timeout, as 57014 is. */
export const CANCELLED_CODE = 'CANCELLED';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class FakeConnection implements DriverConnection {
  /** Settles the running statement when a cancel reaches it. */
  private onCancel: (() => void) | undefined;
  /** Fails the running statement when the connection is destroyed under it. */
  private onDestroy: (() => void) | undefined;

  constructor(
    private readonly script: CancellableScript,
    readonly log: FakeConnectionLog,
  ) {}

  private result(query: CompiledQuery): DriverResult {
    return { rows: query.columns.length > 0 ? [query.columns.map(() => 1)] : [], rowsAffected: query.statementKind === 'select' ? 0 : 1 };
  }

  execute(query: CompiledQuery): Promise<DriverResult> {
    if (this.log.destroyed) return Promise.reject(Object.assign(new Error('the connection was destroyed'), { code: 'LOST' }));
    this.log.events.push(`execute ${query.sql}`);
    return this.run(this.script.statement(query.sql), () => this.result(query));
  }

  private run<T>(spec: ScriptedStatement, answer: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const end = (): void => {
        this.onCancel = undefined;
        this.onDestroy = undefined;
        if (spec.error !== undefined) reject(spec.error);
        else resolve(answer());
      };
      if (spec.ms !== undefined) setTimeout(end, spec.ms);
      const reaction = spec.onCancel ?? 'stops';
      this.onCancel = () => {
        if (reaction === 'ignores') return;
        this.onCancel = undefined;
        if (reaction === 'finishes') resolve(answer());
        else reject(Object.assign(new Error('canceling statement due to user request'), { code: CANCELLED_CODE }));
      };
      this.onDestroy = () => reject(Object.assign(new Error('socket destroyed'), { code: 'LOST' }));
    });
  }

  async cancel(): Promise<void> {
    this.log.events.push('cancel');
    const { outcome, ms } = this.script.cancel;
    if (outcome === 'silent') return new Promise<void>(() => undefined);
    this.onCancel?.();
    if (ms !== undefined) await sleep(ms);
    if (outcome === 'fails') {
      this.log.events.push('cancel failed');
      throw new Error('could not send the cancel');
    }
    this.log.events.push('cancel answered');
  }

  async *stream(query: CompiledQuery): AsyncGenerator<readonly (readonly unknown[])[], void, undefined> {
    this.log.events.push(`stream ${query.sql}`);
    const { rows = 0, batch = 1, closeFails = false } = this.script.stream ?? {};
    try {
      for (let from = 0; from < rows; from += batch) {
        const values = Array.from({ length: Math.min(batch, rows - from) }, (_, i) => [from + i + 1]);
        yield await this.run(this.script.statement(query.sql), () => values);
      }
    } finally {
      this.log.events.push('stream closed');
      // A consumer that stops early reaches only this block (return()): closing the cursor fails there.
      // eslint-disable-next-line no-unsafe-finally
      if (closeFails) throw new Error('could not close the cursor');
    }
  }

  async begin(): Promise<void> {
    this.log.events.push('begin');
  }
  async commit(): Promise<void> {
    this.log.events.push('commit');
  }
  async rollback(): Promise<void> {
    this.log.events.push('rollback');
  }
  async savepoint(): Promise<void> {}
  async releaseSavepoint(): Promise<void> {}
  async rollbackToSavepoint(): Promise<void> {}
  async ping(): Promise<void> {
    this.log.events.push('ping');
    if (this.log.destroyed || this.script.pingFails?.() === true) throw Object.assign(new Error('the connection was lost'), { code: 'LOST' });
  }
  isAlive(): boolean {
    return !this.log.destroyed;
  }
  async close(): Promise<void> {
    this.log.events.push('close');
  }
  destroy(): void {
    this.log.events.push('destroy');
    this.log.destroyed = true;
    this.onDestroy?.();
  }
}

/** The driver, and the logs of every connection it opened (in order). */
export function cancellableDriver(script: CancellableScript): { driver: Driver; connections: FakeConnectionLog[] } {
  const connections: FakeConnectionLog[] = [];
  const driver: Driver = {
    classifyError: (error) => {
      const code = (error as { code?: unknown }).code;
      return code === CANCELLED_CODE ? 'timeout' : code === 'LOST' ? 'connection-lost' : undefined;
    },
    connect: async () => {
      if (script.connectFails?.() === true) throw new Error('connection refused');
      const log: FakeConnectionLog = { id: connections.length + 1, events: [], destroyed: false };
      connections.push(log);
      return new FakeConnection(script, log);
    },
  };
  return { driver, connections };
}
