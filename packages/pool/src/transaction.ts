/**
 * Transactions and savepoints on one pooled connection.
 */
import { AlkahestError } from '@alkahest/core/dialect';
import type { PooledConnection } from './pool';
import type { Select } from '@alkahest/core/dialect';
import { compileFor, EngineContext, executeOn, ExecuteOptions, Executor, guarded, streamCompiled, StreamOptions } from './session';
import type { Executable, ResultOf } from './result-types';
import type { ColumnMap, Table } from '@alkahest/core/dialect';
import { loadOn, LoadOptions, LoadResult, LoadSource } from './load';

/**
 * A transaction: statements executed on it run on its connection, inside it.
 * `tx.transaction(fn)` nests a SAVEPOINT that rolls back alone when `fn` throws.
 * A transaction object cannot be used after its callback has finished.
 */
export class Transaction implements Executor {
  private finished = false;
  private nested = 0;

  constructor(
    private readonly context: EngineContext,
    private readonly pooled: PooledConnection,
    private readonly depth: number,
  ) {}

  private check(): void {
    if (this.finished) throw new AlkahestError('this transaction has finished; run statements inside its callback');
  }

  execute<S extends Executable>(statement: S, options?: ExecuteOptions): Promise<ResultOf<S>> {
    this.check();
    // Batches of a large insert run inside this transaction, under a savepoint of their own.
    return executeOn(
      this.context,
      this.pooled,
      statement,
      options,
      (work) => this.transaction(() => work()),
    ) as Promise<ResultOf<S>>;
  }

  /**
   * Loads rows inside this transaction, under a savepoint of its own: a load
   * that fails keeps nothing and the transaction goes on (see `Engine.load`).
   *
   * @example
   * ```ts
   * await engine.transaction(async (tx) => {
   *   await tx.execute(deleteFrom(prices));
   *   await tx.load(prices, readPrices());
   * });
   * ```
   */
  load<C extends ColumnMap>(table: Table<string, C>, rows: LoadSource<C>, options?: LoadOptions<C>): Promise<LoadResult> {
    this.check();
    return this.transaction(() => loadOn(this.context, this.pooled, table as Table, rows, options as LoadOptions));
  }

  /** Streams a SELECT's rows inside this transaction (see `Engine.stream`). */
  stream<S extends Select>(statement: S, options?: StreamOptions): AsyncGenerator<S['__row'], void, undefined> {
    this.check();
    return streamCompiled(this.context, this.pooled, compileFor(this.context.dialect, statement), options) as AsyncGenerator<S['__row'], void, undefined>;
  }

  /**
   * A nested transaction: `SAVEPOINT`, then `RELEASE` when `work` resolves, or
   * `ROLLBACK TO SAVEPOINT` when it throws (the error is thrown again, and the
   * outer transaction goes on).
   *
   * @example
   * ```ts
   * await engine.transaction(async (tx) => {
   *   await tx.execute(insert(orders).values(order));
   *   await tx.transaction(async (inner) => { await inner.execute(insert(audit).values(entry)) }).catch(() => undefined);
   * });
   * ```
   */
  async transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> {
    this.check();
    // Generated names only: a savepoint name never comes from user text.
    const name = `alkahest_sp_${this.depth + 1}_${++this.nested}`;
    const { connection } = this.pooled;
    await guarded(this.context, this.pooled, `SAVEPOINT ${name}`, () => connection.savepoint(name));
    const inner = new Transaction(this.context, this.pooled, this.depth + 1);
    try {
      const result = await work(inner);
      await guarded(this.context, this.pooled, `RELEASE SAVEPOINT ${name}`, () => connection.releaseSavepoint(name));
      return result;
    } catch (error) {
      await guarded(this.context, this.pooled, `ROLLBACK TO SAVEPOINT ${name}`, async () => {
        await connection.rollbackToSavepoint(name);
        await connection.releaseSavepoint(name);
      });
      throw error;
    } finally {
      inner.finish();
    }
  }

  /** Marks the transaction finished (called when its callback is done). */
  finish(): void {
    this.finished = true;
  }
}
