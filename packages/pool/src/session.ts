/**
 * Running compiled statements on one pooled connection: result shaping,
 * typed errors, eviction of lost connections, events.
 */
import { AlkahestError, CompiledQuery, Dialect, Driver, DriverResult, MutationResult, wrapDatabaseError } from '@alkahest/core';
import { emit, EngineEvents } from './events';
import type { PooledConnection } from './pool';
import type { Executable, ResultOf } from './result-types';

/** Something statements can be executed on: the engine, a held connection, a transaction. */
export interface Executor {
  /** Compiles (or reuses the compiled form of) a statement and runs it. */
  execute<S extends Executable>(statement: S): Promise<ResultOf<S>>;
}

/** What the engine shares with its connections and transactions. */
export interface EngineContext {
  readonly dialect: Dialect;
  readonly driver: Driver;
  readonly events: EngineEvents;
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
    if (error instanceof AlkahestError) throw error;
    const kind = context.driver.classifyError?.(error);
    if (kind === 'connection-lost') pooled.broken = true;
    throw wrapDatabaseError(error, kind, sql);
  }
}

/** Runs one compiled statement on a pooled connection. */
export async function runCompiled(context: EngineContext, pooled: PooledConnection, compiled: CompiledQuery): Promise<unknown> {
  const { events } = context;
  emit(events.queryStart, { sql: compiled.sql, params: compiled.params });
  const started = performance.now();
  let result: DriverResult;
  try {
    result = await guarded(context, pooled, compiled.sql, () => pooled.connection.execute(compiled));
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
