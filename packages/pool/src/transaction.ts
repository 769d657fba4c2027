/**
 * Transactions and savepoints on one pooled connection.
 */
import { AlkahestError, DatabaseError } from '@alkahest/core/dialect';
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
    // Shared by a transaction and every savepoint nested in it: see failure().
    private readonly state: { failure?: DatabaseError } = {},
  ) {}

  private check(): void {
    if (this.finished) throw new AlkahestError('this transaction has finished; run statements inside its callback');
    if (this.state.failure !== undefined) throw this.state.failure;
  }

  /**
   * Why this transaction can only be rolled back, if it can: a nested
   * transaction failed and rolling back to its savepoint failed too, so the
   * nested work may still be in it. Every statement on it is then refused
   * with this error, and its end rolls back rather than commits.
   *
   * @example
   * ```ts
   * await engine.transaction(async (tx) => {
   *   await tx.transaction((inner) => inner.execute(insert(audit).values(entry))).catch(() => undefined);
   *   if (tx.failure() !== undefined) return; // the transaction will be rolled back: do no more in it
   *   await tx.execute(update(orders).set({ audited: true }).where(orders.c.id.eq(order.id)));
   * });
   * ```
   */
  failure(): DatabaseError | undefined {
    return this.state.failure;
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
   * outer transaction goes on). When that rollback fails as well, the error of
   * `work` is still the one thrown, and the outer transaction cannot go on: its
   * statements are refused with an error naming the failed rollback (see
   * {@link Transaction.failure}), and it is rolled back, never committed.
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
    const inner = new Transaction(this.context, this.pooled, this.depth + 1, this.state);
    try {
      const result = await work(inner);
      // A rollback that failed deeper down: keep nothing of this savepoint either.
      if (this.state.failure !== undefined) throw this.state.failure;
      await guarded(this.context, this.pooled, `RELEASE SAVEPOINT ${name}`, () => connection.releaseSavepoint(name));
      return result;
    } catch (error) {
      if (this.state.failure === undefined) await this.rollBackTo(name);
      throw error;
    } finally {
      inner.finish();
    }
  }

  /**
   * Rolls back to a savepoint and releases it. When that fails, the first
   * error stays the one thrown (the caller's own, or RELEASE's), and the
   * failure is kept: the transaction now holds work that should have been
   * undone, so it may only be rolled back.
   */
  private async rollBackTo(name: string): Promise<void> {
    const sql = `ROLLBACK TO SAVEPOINT ${name}`;
    const { connection } = this.pooled;
    try {
      await guarded(this.context, this.pooled, sql, async () => {
        await connection.rollbackToSavepoint(name);
        await connection.releaseSavepoint(name);
      });
    } catch (cleanup) {
      const reason = cleanup instanceof Error ? cleanup.message : String(cleanup);
      this.state.failure = new DatabaseError(
        `this transaction can only be rolled back: a nested transaction failed and rolling back to its savepoint failed too: ${reason}`,
        sql,
        cleanup instanceof DatabaseError ? cleanup.code : undefined,
        cleanup,
      );
    }
  }

  /** Marks the transaction finished (called when its callback is done). */
  finish(): void {
    this.finished = true;
  }
}
