/**
 * Running compiled statements on one pooled connection: result shaping,
 * typed errors, eviction of lost connections, events.
 */
import {
  AlkahestError,
  CompiledQuery,
  Dialect,
  Driver,
  DriverConnection,
  DriverResult,
  MutationResult,
  QueryTimeoutError,
  ReturnedRows,
  UnsupportedFeatureError,
  withRowsAffected,
  wrapDatabaseError,
} from '@alkahest/core';
import { emit, EngineEvents } from './events';
import type { PooledConnection } from './pool';
import type { Executable, ResultOf } from './result-types';
import { insertBatches } from './batches';
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
    else insertId = result.insertId;
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
  const batches = insertBatches(context.dialect, statement);
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
    case 'raw':
      return result.rows;
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
  const kind = context.driver.classifyError?.(error);
  if (kind === 'connection-lost') pooled.broken = true;
  return wrapDatabaseError(error, kind, sql);
}

/** How long a cancelled statement may take to end before its connection is given up (ms). */
const CANCEL_GRACE_MILLIS = 1_000;

/**
 * Runs the driver call, cancelling it on the server when the timeout fires or
 * the signal aborts. A cancelled statement always ends in a QueryTimeoutError,
 * also when the server still returned something (MariaDB's SLEEP does). When
 * the server does not answer even the cancel (a dead network), the caller is
 * not kept waiting: after a short grace the connection is given up.
 */
async function withCancellation<R>(pooled: PooledConnection, compiled: CompiledQuery, options: ExecuteOptions, work: () => Promise<R>): Promise<R> {
  const { timeoutMillis, signal } = options;
  if (timeoutMillis === undefined && signal === undefined) return work();
  const cancel = pooled.connection.cancel?.bind(pooled.connection);
  if (cancel === undefined) throw new UnsupportedFeatureError('statement timeouts and cancellation', compiled.dialect, 'its driver runs statements synchronously');
  if (signal?.aborted) throw new QueryTimeoutError('cancelled by its AbortSignal before it started', compiled.sql, undefined, signal.reason);
  let reason: string | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (error: QueryTimeoutError) => void = () => undefined;
  const abandoned = new Promise<never>((_, reject) => (giveUp = reject));
  const timeoutError = (cause: unknown, code?: string): QueryTimeoutError =>
    new QueryTimeoutError(`statement ${reason}\n  in: ${compiled.sql}`, compiled.sql, code, cause);
  const trigger = (why: string): void => {
    if (reason !== undefined) return;
    reason = why;
    cancel().catch(() => undefined);
    grace = setTimeout(() => {
      pooled.broken = true; // its statement may still be running: never reuse it
      giveUp(timeoutError(new Error('the server did not answer the cancel')));
    }, CANCEL_GRACE_MILLIS);
  };
  const timer = timeoutMillis === undefined ? undefined : setTimeout(() => trigger(`timed out after ${timeoutMillis} ms`), timeoutMillis);
  const onAbort = (): void => trigger('cancelled by its AbortSignal');
  signal?.addEventListener('abort', onAbort, { once: true });
  const running = work();
  running.catch(() => undefined); // it may settle after the caller was let go
  try {
    const result = await Promise.race([running, abandoned]);
    if (reason !== undefined) throw timeoutError(undefined);
    return result;
  } catch (error) {
    if (reason !== undefined) {
      if (error instanceof QueryTimeoutError && error.message.startsWith('statement ')) throw error;
      // The driver's own error ("canceling statement due to user request") is kept as the cause.
      const cause = error instanceof QueryTimeoutError && error.cause !== undefined ? error.cause : error;
      throw timeoutError(cause, (error as { code?: string }).code);
    }
    throw error;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (grace !== undefined) clearTimeout(grace);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Runs a statement on a driver connection, then its read-back SELECT if it
 * has one (MySQL's INSERT … RETURNING emulation), on the same connection.
 */
async function runStatement(connection: DriverConnection, compiled: CompiledQuery): Promise<DriverResult> {
  const result = await connection.execute(compiled);
  if (compiled.readBack === undefined) return result;
  const back = await connection.execute({ sql: compiled.readBack, params: [], columns: compiled.columns, statementKind: 'select', dialect: compiled.dialect });
  return result.insertId === undefined ? { rows: back.rows, rowsAffected: result.rowsAffected } : { rows: back.rows, rowsAffected: result.rowsAffected, insertId: result.insertId };
}

/** Whether a statement runs without hooks to feed or a timer to arm: the lean path. */
function isPlainRun(context: EngineContext, options: ExecuteOptions | undefined): boolean {
  return !context.queryObserved && options?.timeoutMillis === undefined && options?.signal === undefined;
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
  if (connection.executeSync === undefined || compiled.readBack !== undefined || !isPlainRun(context, options)) return NOT_NOW;
  let result: DriverResult;
  try {
    result = connection.executeSync(compiled);
  } catch (error) {
    throw typedError(context, pooled, compiled.sql, error);
  }
  return shapeResult(context.dialect, compiled, result);
}

/** Runs one compiled statement on a pooled connection. */
export async function runCompiled(context: EngineContext, pooled: PooledConnection, compiled: CompiledQuery, options: ExecuteOptions = {}): Promise<unknown> {
  const { events } = context;
  if (isPlainRun(context, options)) {
    // The common case, kept lean: no hooks to feed, no timer to arm.
    let result: DriverResult;
    try {
      result = await runStatement(pooled.connection, compiled);
    } catch (error) {
      throw typedError(context, pooled, compiled.sql, error);
    }
    return shapeResult(context.dialect, compiled, result);
  }
  emit(events.queryStart, { sql: compiled.sql, params: compiled.params });
  const started = performance.now();
  let result: DriverResult;
  try {
    result = await withCancellation(pooled, compiled, options, () => guarded(context, pooled, compiled.sql, () => runStatement(pooled.connection, compiled)));
  } catch (error) {
    const durationMs = performance.now() - started;
    emit(events.queryError, { sql: compiled.sql, params: compiled.params, durationMs, error });
    emit(events.logger, `[alkahest] ${durationMs.toFixed(1)} ms FAILED ${compiled.sql}`);
    throw error;
  }
  const durationMs = performance.now() - started;
  const rowCount = compiled.statementKind === 'select' ? result.rows.length : result.rowsAffected;
  emit(events.queryEnd, { sql: compiled.sql, params: compiled.params, durationMs, rowCount });
  emit(events.logger, `[alkahest] ${durationMs.toFixed(1)} ms ${rowCount} rows ${compiled.sql}`);
  return shapeResult(context.dialect, compiled, result);
}

/** Options of `stream()`. */
export interface StreamOptions {
  /** Rows fetched from the server at a time (default 500). */
  readonly batchSize?: number;
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
  const decode = context.dialect.rowDecoder(compiled.columns);
  const batches = stream(compiled, Math.max(1, Math.trunc(options.batchSize ?? 500)));
  emit(context.events.queryStart, { sql: compiled.sql, params: compiled.params });
  try {
    for (;;) {
      const next = await guarded(context, pooled, compiled.sql, () => batches.next());
      if (next.done) return;
      for (const row of next.value) yield decode(row);
    }
  } finally {
    // The consumer stopped early (break, throw): let the driver end its cursor or stream.
    await batches.return(undefined).catch(() => {
      pooled.broken = true;
    });
  }
}
