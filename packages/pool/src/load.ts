/**
 * `engine.load()`: rows from an array or an (async) iterable, checked and
 * converted row by row (see core's load/plan.ts), handed to the driver in
 * batches that it pulls as fast as it can send them, so memory stays flat
 * whatever the number of rows. The caller runs this inside a transaction
 * (or savepoint), so a failed load keeps nothing.
 */
import { AlkahestError, ColumnMap, CompiledQuery, keysOf, LoadPlan, LoadRow, LoadRowError, QueryTimeoutError, Table, UnsupportedFeatureError } from '@alkahest/core/dialect';
import { abortedError, CancelWatch } from './cancellation';
import { emit } from './events';
import type { PooledConnection } from './pool';
import { EngineContext, guarded } from './session';

/** Options of `engine.load()`. */
export interface LoadOptions<C extends ColumnMap = ColumnMap> {
  /**
   * The columns to write; by default the keys the first row gives a value
   * for. Every row must then give a value (`null` for NULL) for each.
   */
  readonly columns?: readonly (keyof C & string)[];
  /** Rows converted and handed to the driver at a time (default 1000). */
  readonly batchSize?: number;
  /** Cancel the load on the server after this many milliseconds (a QueryTimeoutError); nothing is kept. */
  readonly timeoutMillis?: number;
  /** Cancel the load when this signal aborts (a QueryTimeoutError); nothing is kept. */
  readonly signal?: AbortSignal;
}

/** What `engine.load()` reports. */
export interface LoadResult {
  /** Rows written. */
  readonly rowsLoaded: number;
}

/** The rows `engine.load()` takes: an array, any iterable, or an async iterable (a stream, a generator). */
export type LoadSource<C extends ColumnMap> = Iterable<LoadRow<C>> | AsyncIterable<LoadRow<C>>;

/** Default rows per batch handed to the driver. */
export const LOAD_BATCH_SIZE = 1000;

type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>;

function iteratorOf(rows: unknown): { iterator: AnyIterator; sync: boolean } {
  if (rows !== null && typeof rows === 'object') {
    const sync = (rows as Partial<Iterable<unknown>>)[Symbol.iterator];
    if (typeof sync === 'function') return { iterator: sync.call(rows) as Iterator<unknown>, sync: true };
    const async = (rows as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator];
    if (typeof async === 'function') return { iterator: async.call(rows) as AsyncIterator<unknown>, sync: false };
  }
  throw new AlkahestError('load() takes an array, an iterable or an async iterable of row objects');
}

/** How a load is named in errors and events: it is not one SQL statement on every database. */
function loadLabel(plan: LoadPlan): string {
  return `LOAD INTO ${plan.table} (${plan.columns.map((c) => c.sql).join(', ')})`;
}

/**
 * Runs a load on a pooled connection, inside the transaction or savepoint
 * the caller has opened.
 */
export async function loadOn(context: EngineContext, pooled: PooledConnection, table: Table, rows: unknown, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal, timeoutMillis } = options;
  if (signal?.aborted) throw abortedError(signal, 'before it started');
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? LOAD_BATCH_SIZE));
  const { iterator, sync } = iteratorOf(rows);
  let finished = false;
  try {
    const first = await iterator.next();
    if (first.done === true) {
      finished = true;
      return { rowsLoaded: 0 };
    }
    const dialect = context.dialect;
    if (dialect.loadPlan === undefined) throw new UnsupportedFeatureError('bulk load (engine.load)', dialect.name);
    const keys = options.columns ?? keysOf(first.value, table, 0);
    if (keys.length === 0) throw new LoadRowError(`load into ${table.name}, rows[0]: no column values (give at least one column)`, 0, '');
    const plan = dialect.loadPlan(table, keys);
    const label = loadLabel(plan);
    const connection = pooled.connection;
    const cancel = connection.cancel?.bind(connection);
    const watched = timeoutMillis !== undefined || signal !== undefined;
    const watch = watched && cancel !== undefined ? new CancelWatch(pooled, cancel, { timeoutMillis, signal }) : undefined;
    const deadline = timeoutMillis === undefined ? undefined : performance.now() + timeoutMillis;
    const stopped = (): void => {
      if (signal?.aborted) throw abortedError(signal, 'while loading', label);
      if (watch?.reason !== undefined) throw new QueryTimeoutError(`load ${watch.reason}\n  in: ${label}`, label, undefined, undefined);
      if (deadline !== undefined && performance.now() > deadline) throw new QueryTimeoutError(`load timed out after ${timeoutMillis} ms\n  in: ${label}`, label, undefined, undefined);
    };
    async function* batches(): AsyncGenerator<readonly (readonly unknown[])[], void, undefined> {
      let index = 0;
      let batch: unknown[][] = [plan.row(first.value as Record<string, unknown>, index++)];
      for (;;) {
        // An array or other synchronous iterable is read without a promise per row.
        while (batch.length < batchSize) {
          const next = sync ? (iterator as Iterator<unknown>).next() : await iterator.next();
          if (next.done === true) {
            finished = true;
            break;
          }
          batch.push(plan.row(next.value as Record<string, unknown>, index++));
        }
        stopped();
        if (batch.length > 0) yield batch;
        if (finished) return;
        batch = [];
      }
    }
    emit(context.events.queryStart, { sql: label, params: [] });
    const started = performance.now();
    const load = connection.load?.bind(connection) ?? ((p: LoadPlan, b: AsyncIterable<readonly (readonly unknown[])[]>) => insertRowByRow(connection.execute.bind(connection), p, b));
    const running = guarded(context, pooled, label, () => load(plan, batches()));
    let rowsLoaded: number;
    try {
      if (watch === undefined) rowsLoaded = await running;
      else {
        let settled;
        try {
          settled = await watch.race(running);
        } finally {
          await watch.quiesce();
        }
        if (settled === undefined) throw watch.unansweredError(label);
        rowsLoaded = watch.outcome(settled, label);
      }
    } catch (error) {
      emit(context.events.queryError, { sql: label, params: [], durationMs: performance.now() - started, error });
      throw error;
    }
    emit(context.events.queryEnd, { sql: label, params: [], durationMs: performance.now() - started, rowCount: rowsLoaded });
    return { rowsLoaded };
  } finally {
    // Stopped early (a bad row, a failure): let the source clean up (close a file, end a cursor).
    if (!finished) await Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

/** A driver without a load path of its own: the one-row INSERT, row by row (in the caller's transaction). */
async function insertRowByRow(execute: (query: CompiledQuery) => Promise<unknown>, plan: LoadPlan, batches: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
  let count = 0;
  for await (const batch of batches) {
    for (const params of batch) {
      await execute({ sql: plan.insertSql, params, columns: [], statementKind: 'insert', dialect: plan.dialect });
      count++;
    }
  }
  return count;
}
