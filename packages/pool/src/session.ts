/**
 * Running compiled statements on one pooled connection: result shaping,
 * typed errors, eviction of lost connections, events.
 */
import {
  AlkahestError,
  CompiledQuery,
  ConnectionLostError,
  Dialect,
  Driver,
  DriverConnection,
  DriverResult,
  MutationResult,
  ReturnedRows,
  UnsupportedFeatureError,
  withRowsAffected,
  wrapDatabaseError,
} from '@alkahest/core/dialect';
import { abandon, abortedError, CancelWatch, Settled } from './cancellation';
import { emit, EngineEvents } from './events';
import { mayHaveApplied, statementOutcome, unanswered } from './outcome';
import type { PooledConnection } from './pool';
import type { Executable, ResultOf } from './result-types';
import { BoundQuery } from './prepared';

/** Per-statement options. */
export interface ExecuteOptions {
  /** Cancel the statement on the server after this many milliseconds (a {@link QueryTimeoutError}). */
  readonly timeoutMillis?: number;
  /** Cancel the statement on the server when this signal aborts (a {@link QueryTimeoutError}). */
  readonly signal?: AbortSignal;
}

/** Something statements can be executed on: the engine, a held connection, a transaction. */
export interface Executor {
  /** Compiles (or reuses the compiled form of) a statement and runs it. */
  execute<S extends Executable>(statement: S, options?: ExecuteOptions): Promise<ResultOf<S>>;
}

/** What the engine shares with its connections and transactions. */
export interface EngineContext {
  readonly dialect: Dialect;
  readonly driver: Driver;
  readonly events: EngineEvents;
  /** Whether any query hook (queryStart, queryEnd, queryError, logger) is set. */
  readonly queryObserved: boolean;
}

/** Compiles a statement, or fills a prepared query with its values. */
export function compileFor(dialect: Dialect, statement: Executable): CompiledQuery {
  return statement instanceof BoundQuery ? statement.compile() : dialect.compile(statement);
}

/**
 * The batches a statement too large for one statement runs as (the
 * dialect's compiler splits it, knowing its parameter limit), or `undefined`.
 */
export function splitFor(dialect: Dialect, statement: Executable): readonly Executable[] | undefined {
  return statement instanceof BoundQuery || dialect.split === undefined ? undefined : dialect.split(statement);
}

/**
 * Runs the batches of a large INSERT in turn and adds up what they report:
 * the counts, and with RETURNING the returned rows, in order.
 */
export async function runBatches(
  batches: readonly Executable[],
  run: (batch: Executable) => Promise<unknown>,
): Promise<MutationResult | ReturnedRows<Record<string, unknown>>> {
  let rowsAffected = 0;
  let insertId: number | bigint | undefined;
  let returned: Record<string, unknown>[] | undefined;
  for (const batch of batches) {
    const result = (await run(batch)) as MutationResult | ReturnedRows<Record<string, unknown>>;
    rowsAffected += result.rowsAffected;
    if (Array.isArray(result)) (returned ??= []).push(...result);
    // The whole statement's insertId is its first row's key: the first batch's.
    else insertId ??= result.insertId;
  }
  if (returned !== undefined) return withRowsAffected(returned, rowsAffected);
  return insertId === undefined ? { rowsAffected } : { rowsAffected, insertId };
}

/**
 * Runs a statement on one connection. An INSERT with more values than one
 * statement may carry runs as batches through `atomically`, which runs them
 * in a transaction (or savepoint) so that it applies whole or not at all.
 */
export function executeOn(
  context: EngineContext,
  pooled: PooledConnection,
  statement: Executable,
  options: ExecuteOptions | undefined,
  atomically: (work: () => Promise<unknown>) => Promise<unknown>,
): Promise<unknown> {
  const batches = splitFor(context.dialect, statement);
  if (batches === undefined) return runCompiled(context, pooled, compileFor(context.dialect, statement), options);
  return atomically(() => runBatchesOn(context, pooled, batches, options));
}

/** Runs the batches of a large INSERT on one connection (in the caller's transaction). */
export function runBatchesOn(context: EngineContext, pooled: PooledConnection, batches: readonly Executable[], options: ExecuteOptions | undefined): Promise<unknown> {
  return runBatches(batches, (batch) => runCompiled(context, pooled, compileFor(context.dialect, batch), options));
}

/** Turns a driver result into what `execute` promises for the statement. */
function shapeResult(dialect: Dialect, compiled: CompiledQuery, result: DriverResult): unknown {
  switch (compiled.statementKind) {
    case 'select': {
      const decode = dialect.rowDecoder(compiled.columns);
      return (result.rows as readonly (readonly unknown[])[]).map(decode);
    }
    case 'insert':
    case 'update':
    case 'delete': {
      if (compiled.columns.length > 0) {
        // RETURNING: the rows, marked with the count.
        const decode = dialect.rowDecoder(compiled.columns);
        return withRowsAffected((result.rows as readonly (readonly unknown[])[]).map(decode), result.rowsAffected);
      }
      const out: { rowsAffected: number; insertId?: number | bigint } = { rowsAffected: result.rowsAffected };
      // Drivers report the connection's last insert id on every statement; it means something only after an INSERT.
      if (compiled.statementKind === 'insert' && result.insertId !== undefined) out.insertId = result.insertId;
      return out satisfies MutationResult;
    }
    case 'ddl':
      return undefined;
    case 'raw': {
      // Declared columns (sql`…`.returns({ … })): drivers give arrays in that order, decoded like a SELECT's.
      const rows =
        compiled.columns.length > 0
          ? (result.rows as readonly (readonly unknown[])[]).map(dialect.rowDecoder(compiled.columns))
          : dialect.mapRow === undefined
            ? (result.rows as Record<string, unknown>[])
            : (result.rows as Record<string, unknown>[]).map(dialect.mapRow);
      // What the server gave: the rows (none for a write), marked with the rows it changed.
      return withRowsAffected(rows, result.rowsAffected);
    }
  }
}

/**
 * Runs a driver call on a pooled connection, turning driver errors into typed
 * errors; a connection the driver reports lost is marked so the pool replaces it.
 */
export async function guarded<R>(context: EngineContext, pooled: PooledConnection, sql: string | undefined, work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    throw typedError(context, pooled, sql, error);
  }
}

/** The typed error for a driver error; a lost connection is marked so the pool replaces it. */
function typedError(context: EngineContext, pooled: PooledConnection, sql: string | undefined, error: unknown): unknown {
  if (error instanceof AlkahestError) return error;
  // Destroyed by the engine itself (close() ran out of time): say so rather than what the socket said.
  if (pooled.closedBy !== undefined) return new ConnectionLostError(`${pooled.closedBy}${sql === undefined ? '' : `\n  in: ${sql}`}`, sql, undefined, error);
  const kind = context.driver.classifyError?.(error);
  if (kind === 'connection-lost') pooled.broken = true;
  return wrapDatabaseError(error, kind, sql, context.driver.errorDetails?.(error));
}

/**
 * Runs the driver call, cancelling it on the server when the timeout fires or
 * the signal aborts (see cancellation.ts). What the statement did decides
 * what the caller gets: its result when it finished, also if a cancel raced
 * its end; a {@link QueryTimeoutError} when the cancel stopped it; and when
 * the server answers neither the statement nor its cancel (a dead network),
 * the connection is given up after a short grace and a write outside a
 * transaction is reported as an {@link OutcomeUnknownError}.
 */
async function withCancellation<R>(pooled: PooledConnection, compiled: CompiledQuery, options: ExecuteOptions, work: () => Promise<R>): Promise<R> {
  const { timeoutMillis, signal } = options;
  if (timeoutMillis === undefined && signal === undefined) return work();
  const cancel = pooled.connection.cancel?.bind(pooled.connection);
  if (cancel === undefined) throw new UnsupportedFeatureError('statement timeouts and cancellation', compiled.dialect, 'its driver runs statements synchronously');
  if (signal?.aborted) throw abortedError(signal, 'before it started', compiled.sql);
  const watch = new CancelWatch(pooled, cancel, options);
  let settled: Settled<R> | undefined;
  try {
    settled = await watch.race(work());
  } finally {
    // Nothing else runs on the connection until the server has answered a cancel sent for this statement.
    await watch.quiesce();
  }
  if (settled === undefined) throw unanswered(watch.unansweredError(compiled.sql), mayHaveApplied(pooled, compiled));
  return watch.outcome(settled, compiled.sql);
}

/**
 * Lets the driver finish a statement that carries a follow-up of its dialect
 * (MySQL's read-back of INSERT … RETURNING), on the same connection, after the
 * statement and out of reach of its cancel: the write is done.
 */
function finished(connection: DriverConnection, compiled: CompiledQuery, result: DriverResult): Promise<DriverResult> | DriverResult {
  if (compiled.followUp === undefined || connection.finish === undefined) return result;
  return connection.finish(compiled, result);
}

/** Refuses a connection the engine gave up (its statement may still be running there): nothing is sent. */
function checkUsable(pooled: PooledConnection, sql: string): void {
  if (pooled.broken) {
    const why = pooled.closedBy ?? 'the connection was given up after an earlier failure';
    throw new ConnectionLostError(`${why}; nothing was sent\n  in: ${sql}`, sql, undefined, undefined);
  }
}

/** What {@link runCompiledNow} gives when the statement needs the asynchronous path. */
export const NOT_NOW: unique symbol = Symbol('not now');

/**
 * Runs a statement at once when the driver is synchronous (better-sqlite3)
 * and nothing needs the asynchronous path (hooks, a timeout, a signal);
 * otherwise gives {@link NOT_NOW} without doing anything.
 */
export function runCompiledNow(context: EngineContext, pooled: PooledConnection, compiled: CompiledQuery, options: ExecuteOptions | undefined): unknown {
  const connection = pooled.connection;
  if (connection.executeSync === undefined || compiled.followUp !== undefined || !isPlainRun(context, options)) return NOT_NOW;
  checkUsable(pooled, compiled.sql);
  let result: DriverResult;
  try {
    result = connection.executeSync(compiled);
  } catch (error) {
    throw typedError(context, pooled, compiled.sql, error);
  }
  return shapeResult(context.dialect, compiled, result);
}

/**
 * Runs a statement without hooks, timeout or signal (see {@link isPlainRun}):
 * the driver's promise and one reaction that shapes the result or types the
 * error, no async frames between. Throws at once, sending nothing, on a
 * connection given up.
 */
export function runPlain(context: EngineContext, pooled: PooledConnection, compiled: CompiledQuery): Promise<unknown> {
  checkUsable(pooled, compiled.sql);
  const connection = pooled.connection;
  let running: Promise<DriverResult>;
  try {
    running = connection.execute(compiled);
  } catch (error) {
    running = Promise.reject(error);
  }
  if (compiled.followUp !== undefined && connection.finish !== undefined) running = running.then((result) => finished(connection, compiled, result));
  return running.then(
    (result) => shapeResult(context.dialect, compiled, result),
    (error: unknown) => {
      throw statementOutcome(context.driver, pooled, compiled, typedError(context, pooled, compiled.sql, error));
    },
  );
}

/** Whether a statement on this engine may take {@link runPlain}: no query hook set, no timeout, no signal. */
export function isPlainRun(context: EngineContext, options: ExecuteOptions | undefined): boolean {
  return !context.queryObserved && options?.timeoutMillis === undefined && options?.signal === undefined;
}

/**
 * Runs one compiled statement on a pooled connection. A failure is typed; a
 * write outside a transaction whose answer was lost is an
 * {@link OutcomeUnknownError} (see outcome.ts).
 */
export async function runCompiled(context: EngineContext, pooled: PooledConnection, compiled: CompiledQuery, options: ExecuteOptions = {}): Promise<unknown> {
  // The common case, kept lean: no hooks to feed, no timer to arm.
  if (isPlainRun(context, options)) return runPlain(context, pooled, compiled);
  const { events, driver } = context;
  checkUsable(pooled, compiled.sql);
  const connection = pooled.connection;
  emit(events.queryStart, { sql: compiled.sql, params: compiled.params });
  const started = performance.now();
  let result: DriverResult;
  try {
    const done = await withCancellation(pooled, compiled, options, () => guarded(context, pooled, compiled.sql, () => connection.execute(compiled)));
    result = await guarded(context, pooled, compiled.followUp, async () => finished(connection, compiled, done));
  } catch (caught) {
    const error = statementOutcome(driver, pooled, compiled, caught);
    const durationMs = performance.now() - started;
    emit(events.queryError, { sql: compiled.sql, params: compiled.params, durationMs, error });
    emit(events.logger, `[alkahest] ${durationMs.toFixed(1)} ms FAILED ${compiled.sql}`);
    throw error;
  }
  const durationMs = performance.now() - started;
  const rowCount = rowCountOf(compiled, result);
  emit(events.queryEnd, { sql: compiled.sql, params: compiled.params, durationMs, rowCount });
  emit(events.logger, `[alkahest] ${durationMs.toFixed(1)} ms ${rowCount} rows ${compiled.sql}`);
  return shapeResult(context.dialect, compiled, result);
}

/** The row count events report: rows read for a SELECT, and for raw SQL that returned rows; else rows changed. */
function rowCountOf(compiled: CompiledQuery, result: DriverResult): number {
  if (compiled.statementKind === 'select' || (compiled.statementKind === 'raw' && result.rows.length > 0)) return result.rows.length;
  return result.rowsAffected;
}

/** Options of `stream()`. */
export interface StreamOptions {
  /** Rows fetched from the server at a time (default 500). */
  readonly batchSize?: number;
  /**
   * Ends the stream when it aborts, in whatever phase: waiting for a
   * connection, fetching (the fetch is cancelled on the server) or between
   * batches. The loop then throws a {@link QueryTimeoutError}.
   */
  readonly signal?: AbortSignal;
}

/**
 * Streams a compiled SELECT's rows, decoded, from a pooled connection;
 * driver errors become typed errors as in `execute`.
 */
export async function* streamCompiled(
  context: EngineContext,
  pooled: PooledConnection,
  compiled: CompiledQuery,
  options: StreamOptions = {},
): AsyncGenerator<Record<string, unknown>, void, undefined> {
  if (compiled.statementKind !== 'select') throw new AlkahestError('stream() takes a SELECT');
  const stream = pooled.connection.stream?.bind(pooled.connection);
  if (stream === undefined) throw new UnsupportedFeatureError('streaming results', compiled.dialect);
  checkUsable(pooled, compiled.sql);
  const { signal } = options;
  if (signal?.aborted) throw abortedError(signal, 'before it started', compiled.sql);
  const decode = context.dialect.rowDecoder(compiled.columns);
  const batches = stream(compiled, Math.max(1, Math.trunc(options.batchSize ?? 500)));
  const cancel = pooled.connection.cancel?.bind(pooled.connection);
  // A synchronous driver (SQLite) cannot be interrupted mid-fetch: its signal is checked between batches.
  const watch = signal === undefined || cancel === undefined ? undefined : new CancelWatch(pooled, cancel, { signal });
  emit(context.events.queryStart, { sql: compiled.sql, params: compiled.params });
  try {
    for (;;) {
      if (signal?.aborted) throw abortedError(signal, 'while streaming', compiled.sql);
      const fetching = guarded(context, pooled, compiled.sql, () => batches.next());
      const next = watch === undefined ? await fetching : await fetchWatched(watch, fetching, compiled.sql);
      if (next.done) return;
      for (const row of next.value) {
        // The consumer asks for each row: one that aborted after the batch came gets no more of it.
        if (signal?.aborted) throw abortedError(signal, 'while streaming', compiled.sql);
        yield decode(row);
      }
    }
  } finally {
    // A cancel sent for a fetch is answered before the cursor is closed, so that it cannot hit the CLOSE.
    await watch?.quiesce();
    // The consumer stopped early (break, throw): let the driver end its cursor or stream.
    if (!pooled.broken) {
      await batches.return(undefined).catch(() => {
        abandon(pooled);
      });
    }
  }
}

/** One fetch of a stream under its AbortSignal's watch. */
async function fetchWatched<T>(watch: CancelWatch, fetching: Promise<T>, sql: string): Promise<T> {
  const settled = await watch.race(fetching);
  if (settled === undefined) throw watch.unansweredError(sql);
  return watch.outcome(settled, sql);
}
