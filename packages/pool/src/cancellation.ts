/**
 * Cancelling a statement on the server when its timeout fires or its
 * AbortSignal aborts, without ever cancelling anything else: a connection
 * whose cancel was sent is used again only once the server has answered the
 * cancel (a cancel that reaches an idle session is dropped by PostgreSQL and
 * cleared by MySQL at its next command), or it is given up and destroyed.
 */
import { QueryTimeoutError } from '@alkahest/core/dialect';
import type { PooledConnection } from './pool';

/** How long a cancelled statement, and then its cancel, may take to be answered before the connection is given up (ms). */
export const CANCEL_GRACE_MILLIS = 1_000;

/** When to cancel: after a time, when a signal aborts, or both. */
export interface CancelTriggers {
  readonly timeoutMillis?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** What a watched operation ended with. */
export type Settled<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

/** The error of an operation whose AbortSignal had aborted when it was to start (or while it waited). */
export function abortedError(signal: AbortSignal, phase: string, sql?: string): QueryTimeoutError {
  return new QueryTimeoutError(`cancelled by its AbortSignal ${phase}${sql === undefined ? '' : `\n  in: ${sql}`}`, sql, undefined, signal.reason);
}

/** Gives the connection up: never handed out again, and closed at once so that nothing more waits on it. */
export function abandon(pooled: PooledConnection): void {
  if (pooled.broken) return;
  pooled.broken = true;
  const { connection } = pooled;
  if (connection.destroy !== undefined) connection.destroy();
  else connection.close().catch(() => undefined);
}

/**
 * Watches one operation on a connection (a statement, or a stream's fetches)
 * and sends the server-side cancel when the timeout fires or the signal
 * aborts. {@link CancelWatch.race} waits for the operation, giving up when
 * even the cancel gets no answer; {@link CancelWatch.quiesce} then waits for
 * the cancel's own answer before the connection may run anything else.
 */
export class CancelWatch {
  /** Why the cancel was sent (`timed out after 200 ms`), once it was. */
  reason: string | undefined;
  /** Resolves true once the server has answered the cancel, false if sending it failed. */
  private answered: Promise<boolean> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private grace: ReturnType<typeof setTimeout> | undefined;
  private expire: () => void = () => undefined;
  /** Resolves when the grace after the cancel has run out. */
  private readonly expired = new Promise<'expired'>((resolve) => (this.expire = () => resolve('expired')));
  private readonly onAbort = (): void => this.trigger('cancelled by its AbortSignal');

  constructor(
    private readonly pooled: PooledConnection,
    private readonly cancel: () => Promise<void>,
    private readonly triggers: CancelTriggers,
  ) {
    const { timeoutMillis, signal } = triggers;
    if (timeoutMillis !== undefined) this.timer = setTimeout(() => this.trigger(`timed out after ${timeoutMillis} ms`), timeoutMillis);
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  private trigger(why: string): void {
    if (this.reason !== undefined) return;
    this.reason = why;
    this.answered = this.cancel().then(
      () => true,
      () => false,
    );
    this.grace = setTimeout(this.expire, CANCEL_GRACE_MILLIS);
  }

  /**
   * Waits for `running`; when the cancel was sent and the grace runs out
   * first, gives the connection up and resolves `undefined`.
   */
  async race<R>(running: Promise<R>): Promise<Settled<R> | undefined> {
    const settled = running.then(
      (value): Settled<R> => ({ ok: true, value }),
      (error: unknown): Settled<R> => ({ ok: false, error }),
    );
    const first = await Promise.race([settled, this.expired]);
    if (first !== 'expired') return first;
    abandon(this.pooled);
    return undefined;
  }

  /**
   * Stops watching; when a cancel was sent, waits until the server has
   * answered it, or gives the connection up when it does not within the
   * grace (it could still land on the next statement).
   */
  async quiesce(): Promise<void> {
    this.disarm();
    if (this.answered === undefined) return;
    const answer = await Promise.race([this.answered, this.expired]);
    if (answer !== true) abandon(this.pooled);
    if (this.grace !== undefined) clearTimeout(this.grace);
  }

  /** Stops the timer and the signal listener (a cancel already sent goes on). */
  disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.triggers.signal?.removeEventListener('abort', this.onAbort);
  }

  /** The error of a statement this watch cancelled, with the driver's own error as its cause. */
  timeoutError(sql: string, cause: unknown, code?: string): QueryTimeoutError {
    return new QueryTimeoutError(`statement ${this.reason}\n  in: ${sql}`, sql, code, cause);
  }

  /** The error when the server answered neither the operation nor its cancel (the connection was given up). */
  unansweredError(sql: string): QueryTimeoutError {
    return this.timeoutError(sql, new Error('the server answered neither the statement nor its cancel'));
  }

  /**
   * What the caller gets for a settled operation: its value when it
   * finished (also when a cancel raced its end), a {@link QueryTimeoutError}
   * when the cancel stopped it (the driver's error as its cause), else its
   * own error.
   */
  outcome<R>(settled: Settled<R>, sql: string): R {
    if (settled.ok) return settled.value;
    const error = settled.error;
    if (this.reason !== undefined && error instanceof QueryTimeoutError) throw this.timeoutError(sql, error.cause ?? error, error.code);
    throw error;
  }
}
