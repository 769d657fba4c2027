/**
 * The connection pool: tarn, with validation, recycling and eviction of
 * broken connections layered on top.
 */
import { AlkahestError, Driver, DriverConnection, QueryTimeoutError } from '@alkahest/core/dialect';
import { abandon, abortedError } from './cancellation';
import { Pool, TimeoutError } from 'tarn';
import { emit, EngineEvents } from './events';
import type { PoolOptions } from './options';

/** How long a given-back connection stays in the hot list before tarn has it again. */
const HOT_MILLIS = 1_000;

/** A driver connection with what the pool knows about it. */
export interface PooledConnection {
  readonly connection: DriverConnection;
  readonly createdAt: number;
  /** When recycling replaces it (never when 0). */
  readonly expiresAt: number;
  /** When it was last taken or given back (epoch ms). */
  lastUsed: number;
  /** Whether a caller holds it now (taken and not yet given back). */
  lent: boolean;
  /** Set when the driver reported the connection lost, or the engine gave it up: it is never used again. */
  broken: boolean;
  /** Why the engine itself destroyed the connection under its caller (`close()` ran out of time), if it did. */
  closedBy?: string;
  /** Whether a transaction the engine began is open on it (statements are then not committed on their own). */
  inTransaction: boolean;
}

/** What the pool holds right now. */
export interface PoolStatus {
  /** Connections open (idle + in use). */
  readonly size: number;
  readonly idle: number;
  readonly inUse: number;
  /** Callers waiting for a connection. */
  readonly waiting: number;
  /** Connections being opened. */
  readonly pendingCreates: number;
  readonly max: number;
}

/** No connection could be had within the acquire timeout. */
export class PoolTimeoutError extends AlkahestError {
  constructor(
    readonly timeoutMillis: number,
    readonly status: PoolStatus,
    /** Why the last attempt to open a connection failed, if one did. */
    readonly lastConnectError?: unknown,
  ) {
    super(
      `no connection within ${timeoutMillis} ms (pool: ${status.inUse} in use, ${status.idle} idle, ${status.waiting} waiting, ${status.pendingCreates} opening, max ${status.max})` +
        (lastConnectError === undefined ? '' : `; opening a connection failed: ${(lastConnectError as Error).message ?? String(lastConnectError)}`),
      lastConnectError === undefined ? undefined : { cause: lastConnectError },
    );
  }
}

/**
 * The engine was closed: new work is refused, callers still waiting for a
 * connection are let go, and statements still running when `close()`'s
 * timeout ran out fail (their connections are destroyed).
 */
export class EngineClosedError extends AlkahestError {}

/** How long `close()` waits, past its timeout, for connections to close politely before destroying them (ms). */
const CLOSE_MARGIN_MILLIS = 250;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects when `deadline` (epoch ms) passes before `promise` settles. */
function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer before the deadline')), Math.max(0, deadline - Date.now()));
  });
  promise.catch(() => undefined);
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Closes a connection: politely when it is healthy, at once when it was given up or broke. */
function discard(pooled: PooledConnection): Promise<void> {
  const { connection } = pooled;
  if (pooled.broken && connection.destroy !== undefined) {
    connection.destroy();
    return Promise.resolve();
  }
  return connection.close();
}

/** The pool behind an engine. */
export class ConnectionPool {
  readonly tarn: Pool<PooledConnection>;
  private readonly validate: boolean;
  private readonly skipValidationWithin: number;
  private readonly acquireTimeout: number;
  private readonly max: number;
  /** The last error opening a connection; cleared by the next success. */
  private lastConnectError: unknown;
  /**
   * Connections given back but not yet returned to tarn, most recent last.
   * The next acquire takes one from here without tarn's queue and timers
   * (the cost of a borrow in a busy service); a sweep hands those idle for
   * over a second back to tarn, which reaps idle connections as configured.
   */
  private readonly hot: PooledConnection[] = [];
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private closing = false;
  /** How many connections callers hold (each marked `lent`): a flag and a count, cheaper on every statement than a set. */
  private lentCount = 0;
  /** Every connection open (lent, hot or in tarn), for a forced close. */
  private readonly open = new Set<PooledConnection>();
  /** Lets a caller waiting in tarn's queue go, with an error. */
  private readonly waiting = new Set<(error: Error) => void>();

  constructor(driver: Driver, options: PoolOptions, events: EngineEvents, setup?: (pooled: PooledConnection) => Promise<void>) {
    const defaults = driver.poolDefaults ?? {};
    // A driver's own maximum (one connection for in-memory SQLite) always wins.
    const max = Math.min(options.max ?? defaults.max ?? 10, defaults.max === 1 ? 1 : Infinity);
    const lifetime = options.maxLifetimeMillis ?? 1_800_000;
    const jitter = options.maxLifetimeJitter ?? 0.1;
    this.validate = options.validate ?? true;
    this.skipValidationWithin = options.skipValidationWithinMillis ?? 500;
    this.acquireTimeout = options.acquireTimeoutMillis ?? 30_000;
    this.max = max;
    this.tarn = new Pool<PooledConnection>({
      create: async () => {
        try {
          const pooled = await this.connect(driver, setup, lifetime, jitter);
          this.open.add(pooled);
          this.lastConnectError = undefined;
          emit(events.create);
          return pooled;
        } catch (error) {
          this.lastConnectError = error;
          throw error;
        }
      },
      destroy: async (pooled) => {
        emit(events.destroy);
        this.open.delete(pooled);
        try {
          await discard(pooled);
        } catch {
          // Closing a connection that is already broken may fail; it is gone either way.
        }
      },
      validate: (pooled) => !pooled.broken && pooled.connection.isAlive?.() !== false && (pooled.expiresAt === 0 || Date.now() < pooled.expiresAt),
      min: Math.min(options.min ?? defaults.min ?? 0, max),
      max,
      acquireTimeoutMillis: this.acquireTimeout,
      createTimeoutMillis: options.createTimeoutMillis ?? 30_000,
      idleTimeoutMillis: options.idleTimeoutMillis ?? 600_000,
      reapIntervalMillis: options.reapIntervalMillis ?? 1_000,
      propagateCreateError: false,
    });
  }

  /** Opens one connection and runs the session setup on it. */
  private async connect(driver: Driver, setup: ((pooled: PooledConnection) => Promise<void>) | undefined, lifetime: number, jitter: number): Promise<PooledConnection> {
    const connection = await driver.connect();
    const now = Date.now();
    const pooled: PooledConnection = { connection, createdAt: now, lastUsed: now, lent: false, broken: false, inTransaction: false, expiresAt: lifetime > 0 ? now + lifetime * (1 - jitter * Math.random()) : 0 };
    if (setup !== undefined) {
      try {
        await setup(pooled);
      } catch (error) {
        await connection.close().catch(() => undefined);
        throw error;
      }
    }
    return pooled;
  }

  /** What the pool holds now. */
  status(): PoolStatus {
    const t = this.tarn;
    const hot = this.hot.length;
    return {
      size: t.numUsed() + t.numFree(),
      idle: t.numFree() + hot,
      inUse: t.numUsed() - hot,
      waiting: t.numPendingAcquires(),
      pendingCreates: t.numPendingCreates(),
      max: this.max,
    };
  }

  /** Whether a connection may be handed out as it is (tarn's own validate, for the hot list). */
  private usable(pooled: PooledConnection, now: number): boolean {
    return !pooled.broken && pooled.connection.isAlive?.() !== false && (pooled.expiresAt === 0 || now < pooled.expiresAt);
  }

  /** The most recently given back connection still usable, or undefined. */
  private takeHot(now: number): PooledConnection | undefined {
    for (let pooled = this.hot.pop(); pooled !== undefined; pooled = this.hot.pop()) {
      if (this.usable(pooled, now)) return pooled;
      // Tarn validates it on its next acquire and destroys it.
      this.tarn.release(pooled);
    }
    return undefined;
  }

  /**
   * A connection kept ready and used within the validation window, or
   * undefined: the common case of a busy service, without waiting.
   */
  takeReady(): PooledConnection | undefined {
    const last = this.hot[this.hot.length - 1];
    if (last === undefined || this.closing) return undefined;
    const now = Date.now();
    if (this.validate && now - last.lastUsed >= this.skipValidationWithin) return undefined;
    if (!this.usable(last, now)) return undefined;
    this.hot.pop();
    last.lastUsed = now;
    this.lend(last);
    return last;
  }

  private lend(pooled: PooledConnection): void {
    pooled.lent = true;
    this.lentCount++;
  }

  private unlend(pooled: PooledConnection): void {
    if (!pooled.lent) return;
    pooled.lent = false;
    this.lentCount--;
  }

  /**
   * A working connection: pinged first unless used within the last moments;
   * one that fails the ping is discarded and another taken. When `signal`
   * aborts meanwhile, the caller is let go at once and leaves the queue; a
   * connection that arrives later goes back to the pool.
   */
  async acquire(signal?: AbortSignal): Promise<PooledConnection> {
    if (signal?.aborted) throw abortedError(signal, 'before it started');
    const now = Date.now();
    const hot = this.closing ? undefined : this.takeHot(now);
    const deadline = now + this.acquireTimeout;
    for (let first = hot; ; first = undefined) {
      let pooled: PooledConnection;
      try {
        pooled = first ?? (await this.fromTarn(signal));
        this.lend(pooled);
      } catch (error) {
        if (error instanceof TimeoutError) throw new PoolTimeoutError(this.acquireTimeout, this.status(), this.lastConnectError);
        throw error;
      }
      if (!this.validate || Date.now() - pooled.lastUsed < this.skipValidationWithin) return pooled;
      try {
        // A ping that gets no answer (a dead network) may not outlast the acquire timeout.
        await this.unlessAborted(withDeadline(pooled.connection.ping(), deadline), signal, pooled);
        return pooled;
      } catch (error) {
        if (error instanceof QueryTimeoutError) throw error;
        pooled.broken = true;
        this.release(pooled);
        if (Date.now() >= deadline) throw new PoolTimeoutError(this.acquireTimeout, this.status(), this.lastConnectError);
      }
    }
  }

  /** A connection from tarn's queue; leaving the queue when `signal` aborts or the pool closes. */
  private fromTarn(signal: AbortSignal | undefined): Promise<PooledConnection> {
    const pending = this.tarn.acquire();
    return new Promise<PooledConnection>((resolve, reject) => {
      const done = (): void => {
        this.waiting.delete(leave);
        signal?.removeEventListener('abort', onAbort);
      };
      const leave = (error: Error): void => {
        done();
        pending.abort();
        reject(error);
      };
      const onAbort = (): void => leave(abortedError(signal!, 'while waiting for a connection'));
      this.waiting.add(leave);
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.promise.then(
        (pooled) => {
          const gone = !this.waiting.has(leave);
          done();
          // Handed over just as the caller gave up: straight back to the pool.
          if (gone) this.release(pooled);
          else resolve(pooled);
        },
        (error: unknown) => {
          done();
          reject(error);
        },
      );
    });
  }

  /**
   * Waits for a ping, unless `signal` aborts first: then the caller is let
   * go, and the connection goes back to the pool once its ping has ended.
   */
  private unlessAborted(ping: Promise<void>, signal: AbortSignal | undefined, pooled: PooledConnection): Promise<void> {
    if (signal === undefined) return ping;
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        ping.then(
          () => this.release(pooled),
          () => {
            pooled.broken = true;
            this.release(pooled);
          },
        );
        reject(abortedError(signal, 'while waiting for a connection'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      ping.then(
        () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /**
   * Gives a connection back. A broken one is closed at once, so that whatever
   * it still holds on the server (an open transaction, locks) goes with it;
   * the pool drops it on its next acquire. `usedUntil` is when it was last
   * used, where the caller knows without reading the clock again.
   */
  release(pooled: PooledConnection, usedUntil: number = Date.now()): void {
    pooled.lastUsed = usedUntil;
    this.unlend(pooled);
    if (pooled.broken) {
      discard(pooled).catch(() => undefined);
      this.tarn.release(pooled);
      return;
    }
    // A caller waiting in tarn's queue gets it at once; otherwise it stays hot for the next acquire.
    if (this.closing || this.tarn.numPendingAcquires() > 0) {
      this.tarn.release(pooled);
      return;
    }
    this.hot.push(pooled);
    this.sweeper ??= setInterval(() => this.sweep(), HOT_MILLIS).unref();
  }

  /** Hands connections idle in the hot list for over HOT_MILLIS back to tarn. */
  private sweep(): void {
    const cutoff = Date.now() - HOT_MILLIS;
    const keep: PooledConnection[] = [];
    for (const pooled of this.hot) {
      if (pooled.lastUsed >= cutoff) keep.push(pooled);
      else this.tarn.release(pooled);
    }
    this.hot.splice(0, this.hot.length, ...keep);
    if (this.hot.length === 0 && this.sweeper !== undefined) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }

  /** Hands every hot connection back to tarn. */
  private drainHot(): void {
    for (const pooled of this.hot.splice(0)) this.tarn.release(pooled);
    if (this.sweeper !== undefined) clearInterval(this.sweeper);
    this.sweeper = undefined;
  }

  /**
   * Closes the pool within `timeoutMillis` plus a small margin: callers
   * waiting for a connection are let go at once ({@link EngineClosedError});
   * connections in use may finish until the timeout, after which they are
   * destroyed under their callers (whose calls fail, typed); connections
   * that do not close politely in time (a silent peer) are destroyed too.
   */
  async close(timeoutMillis: number): Promise<void> {
    this.closing = true;
    this.drainHot();
    for (const leave of [...this.waiting]) leave(new EngineClosedError('the engine was closed while this call waited for a connection'));
    const deadline = Date.now() + timeoutMillis;
    while (this.lentCount > 0 && Date.now() < deadline) await sleep(10);
    for (const pooled of [...this.open]) {
      if (!pooled.lent) continue;
      pooled.closedBy = `the engine was closed: close() waited ${timeoutMillis} ms for this statement`;
      abandon(pooled);
      this.unlend(pooled);
      // Given back to tarn now, so that its destroy() does not wait for a caller that may never return it.
      this.tarn.release(pooled);
    }
    try {
      await withDeadline(this.tarn.destroy(), Math.max(deadline, Date.now()) + CLOSE_MARGIN_MILLIS);
    } catch {
      // Connections that did not close politely in time (a silent peer): destroyed.
      for (const pooled of this.open) abandon(pooled);
    }
  }
}
