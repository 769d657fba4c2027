/**
 * The engine: a dialect, a driver and a pool of its connections.
 */
import { HookedDialect } from './hooks';
import { AlkahestError, CompiledQuery, ConnectionLostError, Dialect, Driver, DialectId, DialectOfUrl, PrintedSql, Select, Statement, SupportedOn, StatementCacheStats, TransactionOptions, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { ExplainOptions, ExplainPlan } from '@alkahest/core/dialect';
import { emit, EngineEvents } from './events';
import type { EngineOptions } from './options';
import { ConnectionPool, EngineClosedError, PooledConnection, PoolStatus } from './pool';
import { chosenDialect, redact, schemeOf } from './resolve-dialect';
import type { Executable, ResultOf } from './result-types';
import { RetryOptions, withRetries } from './retry';
import { compileFor, splitFor, EngineContext, executeOn, isPlainRun, NOT_NOW, runBatchesOn, runCompiledNow, runPlain, ExecuteOptions, Executor, guarded, runCompiled, streamCompiled, StreamOptions } from './session';
import { commitOutcome } from './outcome';
import { PreparedQuery } from './prepared';
import { Transaction } from './transaction';
import type { ColumnMap, Table } from '@alkahest/core/dialect';
import { loadOn, LoadOptions, LoadResult, LoadSource } from './load';

/** Options of {@link Engine.transaction}. */
export interface TransactionRunOptions extends TransactionOptions {
  /**
   * Re-run the whole transaction on serialization failures and deadlocks
   * (`true` for the defaults). The callback must then be safe to run again.
   */
  readonly retry?: boolean | RetryOptions;
}

/**
 * `Symbol.asyncDispose` (Node 20.4 on), typed as that symbol so that `await
 * using` type-checks; before 20.4 the registry symbol TypeScript's downlevel
 * helpers look for.
 */
const asyncDispose: typeof Symbol.asyncDispose = Symbol.asyncDispose ?? (Symbol.for('Symbol.asyncDispose') as typeof Symbol.asyncDispose);

/**
 * A connection held by the caller until {@link EngineConnection.release}: for
 * session settings or several statements that must share one connection.
 */
export class EngineConnection implements Executor {
  private released = false;

  constructor(
    private readonly engine: Engine,
    private readonly context: EngineContext,
    private readonly pooled: PooledConnection,
  ) {}

  execute<S extends Executable>(statement: S, options?: ExecuteOptions): Promise<ResultOf<S>> {
    if (this.released) throw new AlkahestError('this connection was released');
    return executeOn(
      this.context,
      this.pooled,
      statement,
      options,
      (work) => this.transaction(() => work()),
    ) as Promise<ResultOf<S>>;
  }

  /** Loads rows into a table on this connection, in a transaction of its own (see {@link Engine.load}). */
  load<C extends ColumnMap>(table: Table<string, C>, rows: LoadSource<C>, options?: LoadOptions<C>): Promise<LoadResult> {
    if (this.released) throw new AlkahestError('this connection was released');
    return this.engine.runTransaction(this.pooled, () => loadOn(this.context, this.pooled, table as Table, rows, options as LoadOptions), {});
  }

  /** A transaction on this connection. */
  transaction<R>(work: (tx: Transaction) => Promise<R>, options: TransactionOptions = {}): Promise<R> {
    if (this.released) throw new AlkahestError('this connection was released');
    return this.engine.runTransaction(this.pooled, work, options);
  }

  /**
   * Gives the connection back to the pool; later calls do nothing. Anything
   * left open on it (a transaction begun with raw SQL) is rolled back first,
   * so the next holder starts clean.
   */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const pooled = this.pooled;
    try {
      await pooled.connection.rollback();
    } catch {
      // Nothing was open (some databases say so with an error), or the connection is gone.
    } finally {
      this.engine.releaseConnection(pooled);
    }
  }

  /** `await using connection = await engine.connect()` releases it at the end of the block. */
  async [asyncDispose](): Promise<void> {
    await this.release();
  }
}

const manyRefusal = new AlkahestError('executeMany() runs INSERT, UPDATE or DELETE statements; run a SELECT per set with prepare(…).execute(values)');

/**
 * Runs statements on a pool of connections to one database. `D` is its
 * dialect when the URL given to {@link createEngine} names it: then a
 * statement needing what the dialect lacks (FOR SHARE on Oracle, LATERAL on
 * SQLite …) does not compile (see `@alkahest/core`'s capabilities.ts).
 *
 * @example
 * ```ts
 * const engine = createEngine('sqlite::memory:');
 * await engine.execute(createTable(users));
 * await engine.execute(insert(users).values({ name: 'Ada' }));
 * const rows = await engine.execute(select(users.c.name).from(users)); // { name: string }[]
 * await engine.close();
 * ```
 */
export class Engine<D extends DialectId = DialectId> implements Executor {
  private readonly connections: ConnectionPool;
  private readonly context: EngineContext;
  private closed = false;
  /** The dialect statements are compiled for (seen through the engine's hooks, when it has any). */
  readonly dialect: Dialect;

  constructor(dialect: Dialect, driver: Driver, options: Omit<EngineOptions, 'url' | 'driver' | 'dialect' | 'dialectModule'> = {}) {
    if (options.hooks !== undefined && (options.hooks.statement !== undefined || options.hooks.row !== undefined)) dialect = new HookedDialect(dialect, options.hooks);
    this.dialect = dialect;
    const events: EngineEvents = options.events ?? {};
    const queryObserved = [events.queryStart, events.queryEnd, events.queryError, events.logger].some((hook) => hook !== undefined);
    this.context = { dialect, driver, events, queryObserved };
    const onConnect = options.pool?.onConnect;
    if (onConnect !== undefined && driver.transactionPooled === true) {
      throw new AlkahestError('pool.onConnect sets up a server session, but through PgBouncer in transaction mode the next statement may run on another one: set what you need with SET LOCAL inside each transaction, or connect without pgbouncer=true');
    }
    const setup =
      onConnect === undefined
        ? undefined
        : async (pooled: PooledConnection): Promise<void> => {
            await onConnect({
              execute: (statement, executeOptions) => runCompiled(this.context, pooled, compileFor(dialect, statement), executeOptions) as never,
            });
          };
    this.connections = new ConnectionPool(driver, options.pool ?? {}, events, setup);
  }

  /**
   * The underlying tarn pool. Its own counters see connections the engine
   * keeps ready for the next statement as in use: {@link Engine.poolStatus}
   * gives the true picture.
   */
  get pool(): ConnectionPool['tarn'] {
    return this.connections.tarn;
  }

  /** Connections open, idle, in use, callers waiting, and the maximum. */
  poolStatus(): PoolStatus {
    return this.connections.status();
  }

  /**
   * Compiles a statement for this engine's dialect without running it.
   *
   * @example
   * ```ts
   * engine.compile(select(users.c.id).from(users).where(users.c.name.eq('Ada')))
   * // { sql: 'SELECT "users"."id" FROM "users" WHERE "users"."name" = ?', params: ['Ada'], … }
   * ```
   */
  compile(statement: Executable): CompiledQuery {
    return compileFor(this.dialect, statement);
  }

  /**
   * Compiles a statement with named parameters once, to run many times.
   *
   * @example
   * ```ts
   * const byId = engine.prepare(select(users.c.name).from(users).where(users.c.id.eq(param('id'))));
   * await byId.execute({ id: 7 });   // { name: string }[]
   * ```
   */
  prepare<S extends Statement>(statement: S): PreparedQuery<S> {
    return new PreparedQuery<S>(this, this.dialect.prepare(statement));
  }

  /**
   * Runs one INSERT, UPDATE or DELETE once per parameter set (SQLAlchemy's
   * executemany): compiled once (a statement with `param()`s, or a prepared
   * query), run set after set on one connection in one transaction — a set
   * that fails rolls back the others — and its row counts summed.
   *
   * @example
   * ```ts
   * const { rowsAffected } = await engine.executeMany(insert(users).values({ name: param('name'), age: param('age') }), [
   *   { name: 'Ada', age: 36 },
   *   { name: 'Alan', age: 41 },
   * ]); // 2
   * ```
   */
  async executeMany<S extends Statement>(statement: S | PreparedQuery<S>, paramSets: readonly Readonly<Record<string, unknown>>[], options?: ExecuteOptions): Promise<{ rowsAffected: number }> {
    const kind = statement instanceof PreparedQuery ? undefined : statement.kind;
    if (kind !== undefined && kind !== 'insert' && kind !== 'update' && kind !== 'delete') throw manyRefusal;
    const prepared = statement instanceof PreparedQuery ? statement : this.prepare(statement);
    if (paramSets.length === 0) return { rowsAffected: 0 };
    if (kind === undefined) {
      const compiled = prepared.prepared.bind(paramSets[0]);
      if (compiled.statementKind !== 'insert' && compiled.statementKind !== 'update' && compiled.statementKind !== 'delete') throw manyRefusal;
    }
    return this.transaction(async (tx) => {
      let rowsAffected = 0;
      for (const values of paramSets) rowsAffected += ((await tx.execute(prepared.with(values), options)) as { rowsAffected: number }).rowsAffected;
      return { rowsAffected };
    });
  }

  /**
   * The statement as SQL with its values written inline by the dialect's own
   * escaping, for logs and debugging. The result is not a statement: the
   * engine refuses to run it.
   *
   * @example
   * ```ts
   * console.log(String(engine.printSql(select(users.c.id).from(users).where(users.c.name.eq("O'Hara")))));
   * // SELECT "users"."id" FROM "users" WHERE "users"."name" = 'O''Hara'
   * ```
   */
  printSql(statement: Statement): PrintedSql {
    return this.dialect.printSql(statement);
  }

  /** Hits and misses of the dialect's statement cache. */
  cacheStats(): StatementCacheStats {
    return this.dialect.cacheStats();
  }

  private async acquire(signal?: AbortSignal): Promise<PooledConnection> {
    if (this.closed) throw new EngineClosedError('the engine is closed');
    const pooled = await this.connections.acquire(signal);
    emit(this.context.events.acquire);
    return pooled;
  }

  /** @internal Gives a connection back (`usedUntil`: see {@link ConnectionPool.release}). */
  releaseConnection(pooled: PooledConnection, usedUntil?: number): void {
    emit(this.context.events.release);
    this.connections.release(pooled, usedUntil);
  }

  /** Borrows a connection for `work` and always gives it back. */
  private async withConnection<R>(work: (pooled: PooledConnection) => Promise<R>): Promise<R> {
    const pooled = await this.acquire();
    try {
      return await work(pooled);
    } finally {
      this.releaseConnection(pooled);
    }
  }

  /**
   * Runs a statement. SELECT gives typed rows; INSERT, UPDATE and DELETE give
   * `{ rowsAffected, insertId? }`, or with `.returning(…)` the typed returned
   * rows (an array that also has `rowsAffected`); DDL gives nothing. With `timeoutMillis` or
   * `signal`, the statement is cancelled on the server (pg_cancel_backend,
   * KILL QUERY, oracledb break) and fails with a QueryTimeoutError.
   *
   * @example
   * ```ts
   * const rows = await engine.execute(select(users.c.id).from(users), { timeoutMillis: 2_000 });
   * ```
   */
  execute<S extends Executable>(statement: S & SupportedOn<S, D>, options?: ExecuteOptions): Promise<ResultOf<S>> {
    // Not an async function: a statement a synchronous driver (SQLite) answers at once costs one resolved promise.
    let compiled: CompiledQuery;
    try {
      const batches = splitFor(this.dialect, statement);
      if (batches !== undefined) {
        // Too many values for one statement: batches, all in one transaction (each batch already fits).
        return this.withConnection((pooled) => this.runTransaction(pooled, () => runBatchesOn(this.context, pooled, batches, options), {})) as Promise<ResultOf<S>>;
      }
      compiled = compileFor(this.dialect, statement);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.executeCompiled(compiled, options) as Promise<ResultOf<S>>;
  }

  /** @internal Runs a compiled statement (a prepared query's), once more if it failed unsent. */
  executeCompiled(compiled: CompiledQuery, options?: ExecuteOptions): Promise<unknown> {
    let now: unknown;
    try {
      now = this.runOnce(compiled, options, true);
    } catch (error) {
      return this.retryUnsent(error, compiled, options);
    }
    return now instanceof Promise ? now : Promise.resolve(now);
  }

  /**
   * A connection that died while idle (a server restart) can fail a statement
   * it never sent: that one statement is safe to run once more, on another
   * connection. Any other failure is passed on.
   */
  private async retryUnsent(error: unknown, compiled: CompiledQuery, options: ExecuteOptions | undefined): Promise<unknown> {
    const isUnsent = this.context.driver.isUnsent;
    if (error instanceof ConnectionLostError && isUnsent !== undefined && isUnsent(error.cause)) return await this.runOnce(compiled, options, false);
    throw error;
  }

  /**
   * Runs a compiled statement on a connection of the pool (one kept ready
   * when there is one); with `retry`, a failure is passed to {@link retryUnsent}.
   */
  private runOnce(compiled: CompiledQuery, options: ExecuteOptions | undefined, retry: boolean): Promise<unknown> | unknown {
    if (this.closed) throw new EngineClosedError('the engine is closed');
    const ready = this.connections.takeReady();
    if (ready === undefined) return this.retrying(this.runOnAcquired(this.connections.acquire(options?.signal), compiled, options), compiled, options, retry);
    emit(this.context.events.acquire);
    let now: unknown;
    try {
      // A connection at hand and, with a synchronous driver, no promise to wait for.
      now = runCompiledNow(this.context, ready, compiled, options);
      if (now === NOT_NOW && isPlainRun(this.context, options)) {
        // Nothing to watch: the driver's promise, then the connection back with the result or the error.
        return runPlain(this.context, ready, compiled).then(
          (value) => {
            this.releaseConnection(ready);
            return value;
          },
          (error: unknown) => {
            this.releaseConnection(ready);
            if (retry) return this.retryUnsent(error, compiled, options);
            throw error;
          },
        );
      }
    } catch (error) {
      this.releaseConnection(ready);
      throw error;
    }
    if (now === NOT_NOW) return this.retrying(this.runOnAcquired(ready, compiled, options), compiled, options, retry);
    // It ran synchronously: it was last used when it was taken (no second read of the clock).
    this.releaseConnection(ready, ready.lastUsed);
    return now;
  }

  /** A run whose failure goes to {@link retryUnsent} when `retry` is set. */
  private retrying(running: Promise<unknown>, compiled: CompiledQuery, options: ExecuteOptions | undefined, retry: boolean): Promise<unknown> {
    return retry ? running.catch((error: unknown) => this.retryUnsent(error, compiled, options)) : running;
  }

  /** Runs a statement on a connection (already emitted as acquired when given, not as a promise). */
  private async runOnAcquired(connection: PooledConnection | Promise<PooledConnection>, compiled: CompiledQuery, options: ExecuteOptions | undefined): Promise<unknown> {
    let pooled: PooledConnection;
    if (connection instanceof Promise) {
      pooled = await connection;
      emit(this.context.events.acquire);
    } else {
      pooled = connection;
    }
    try {
      return await runCompiled(this.context, pooled, compiled, options);
    } finally {
      this.releaseConnection(pooled);
    }
  }

  /**
   * Loads rows into a table by the database's fastest path: PostgreSQL
   * `COPY … FROM STDIN` (PGlite: `COPY … FROM '/dev/blob'` a batch at a time),
   * MySQL/MariaDB `LOAD DATA LOCAL INFILE` fed from a stream (multi-row INSERTs
   * where the server's `local_infile` is off), SQLite one prepared INSERT,
   * Oracle `executeMany`. Each value is checked and converted as every bound
   * value is; a bad one fails the load with a {@link LoadRowError} naming the
   * row's index and the column. The rows come from an array or an (async)
   * iterable, read as fast as the database takes them, so memory stays flat
   * for any number of rows. The load runs in one transaction: when it fails,
   * nothing of it is kept. Inside `engine.transaction()`, use `tx.load()`.
   *
   * @example
   * ```ts
   * await engine.load(users, [{ id: 1, name: 'Ada' }, { id: 2, name: 'Alan' }]);
   *
   * async function* readCsv() { for await (const line of lines) yield { id: Number(line[0]), name: line[1] } }
   * const { rowsLoaded } = await engine.load(users, readCsv(), { timeoutMillis: 60_000 });
   * ```
   */
  async load<C extends ColumnMap>(table: Table<string, C>, rows: LoadSource<C>, options?: LoadOptions<C>): Promise<LoadResult> {
    const pooled = await this.acquire(options?.signal);
    try {
      return await this.runTransaction(pooled, () => loadOn(this.context, pooled, table as Table, rows, options as LoadOptions), {});
    } finally {
      this.releaseConnection(pooled);
    }
  }

  /**
   * The database's plan for a statement: `EXPLAIN` on PostgreSQL, MySQL and
   * MariaDB (`format: 'json'` for their JSON plans), `EXPLAIN QUERY PLAN` on
   * SQLite, `EXPLAIN PLAN FOR` + `DBMS_XPLAN` on Oracle. With `analyze`, the
   * statement really runs (PostgreSQL, MySQL 8.0.18+, MariaDB); what a
   * database cannot do is an UnsupportedFeatureError.
   *
   * @example
   * ```ts
   * const plan = await engine.explain(select(users.c.id).from(users).where(users.c.age.gt(30)), { format: 'json' });
   * console.log(plan.text);   // plan.json: the parsed plan
   * ```
   */
  async explain(statement: Statement, options: ExplainOptions = {}): Promise<ExplainPlan> {
    if (this.dialect.explain === undefined) throw new UnsupportedFeatureError('EXPLAIN', this.dialect.name);
    const explain = this.dialect.explain(statement, options);
    return this.withConnection(async (pooled) => {
      let rows: unknown = [];
      for (const step of explain.steps) rows = await runCompiled(this.context, pooled, step);
      return explain.readPlan(rows as readonly Record<string, unknown>[]);
    });
  }

  /**
   * Streams a SELECT's typed rows, holding memory flat whatever the result's
   * size: a server-side cursor on PostgreSQL, mysql2's row stream on MySQL,
   * `iterate()` on SQLite. The connection goes back to the pool when the loop
   * ends, breaks early or throws.
   *
   * @example
   * ```ts
   * for await (const row of engine.stream(select(events.c.id, events.c.body).from(events))) {
   *   process(row);          // { id: number; body: string }
   * }
   * ```
   */
  async *stream<S extends Select>(statement: S, options?: StreamOptions): AsyncGenerator<S['__row'], void, undefined> {
    const compiled = compileFor(this.dialect, statement);
    const pooled = await this.acquire(options?.signal);
    try {
      yield* streamCompiled(this.context, pooled, compiled, options) as AsyncGenerator<S['__row'], void, undefined>;
    } finally {
      this.releaseConnection(pooled);
    }
  }

  /**
   * Takes a connection to hold: release it with `release()` (or `await using`).
   * With `signal`, waiting for the connection ends when it aborts.
   *
   * @example
   * ```ts
   * const connection = await engine.connect();
   * try { await connection.execute(sql`SET search_path TO app`); … } finally { connection.release(); }
   * ```
   */
  async connect(options: { readonly signal?: AbortSignal } = {}): Promise<EngineConnection> {
    return new EngineConnection(this, this.context, await this.acquire(options.signal));
  }

  /**
   * Runs `work` in a transaction on one connection: COMMIT when it resolves,
   * ROLLBACK when it throws (and the error is thrown again). The connection
   * goes back to the pool in every case; one whose ROLLBACK failed is closed,
   * never reused with a transaction open.
   *
   * @example
   * ```ts
   * await engine.transaction(async (tx) => {
   *   await tx.execute(update(accounts).set({ balance: accounts.c.balance.minus(10) }).where(accounts.c.id.eq(1)));
   *   await tx.execute(update(accounts).set({ balance: accounts.c.balance.plus(10) }).where(accounts.c.id.eq(2)));
   * }, { isolation: 'serializable', retry: true });
   * ```
   */
  transaction<R>(work: (tx: Transaction) => Promise<R>, options: TransactionRunOptions = {}): Promise<R> {
    const retry = options.retry === true ? {} : options.retry === false ? undefined : options.retry;
    return withRetries(retry, () => this.withConnection((pooled) => this.runTransaction(pooled, work, options)));
  }

  /** @internal A transaction on a connection the caller holds. */
  async runTransaction<R>(pooled: PooledConnection, work: (tx: Transaction) => Promise<R>, options: TransactionOptions): Promise<R> {
    const { connection } = pooled;
    await guarded(this.context, pooled, 'BEGIN', () => connection.begin(options));
    pooled.inTransaction = true;
    const tx = new Transaction(this.context, pooled, 0);
    let result: R;
    try {
      result = await work(tx);
    } catch (error) {
      tx.finish();
      await this.rollbackQuietly(pooled);
      throw error;
    }
    tx.finish();
    const failure = tx.failure();
    if (failure !== undefined) {
      // A nested transaction's rollback failed: its work may still be in the transaction.
      await this.rollbackQuietly(pooled);
      throw failure;
    }
    if (pooled.broken) {
      // Given up during the callback (a statement whose cancel got no answer): its transaction ends with it, uncommitted.
      pooled.inTransaction = false;
      throw new ConnectionLostError('the connection was given up during the transaction; it was not committed', 'COMMIT', undefined, undefined);
    }
    try {
      await guarded(this.context, pooled, 'COMMIT', () => connection.commit());
    } catch (error) {
      // A failed COMMIT may leave the transaction open on some servers: end it, or drop the connection.
      await this.rollbackQuietly(pooled);
      // A COMMIT whose answer was lost may have committed.
      throw commitOutcome(this.context.driver, error);
    }
    pooled.inTransaction = false;
    return result;
  }

  /** Rolls back; when even that fails, the connection is marked so the pool closes it. */
  private async rollbackQuietly(pooled: PooledConnection): Promise<void> {
    pooled.inTransaction = false;
    // A connection given up is closed: the server rolls its transaction back.
    if (pooled.broken) return;
    try {
      await pooled.connection.rollback();
    } catch {
      pooled.broken = true;
    }
  }

  /**
   * Closes the engine within `timeoutMillis` (default 10 000) plus a small
   * margin: new work and callers waiting for a connection get an
   * {@link EngineClosedError} at once; work in flight may finish until the
   * timeout, after which its connections are destroyed and its calls fail
   * with a `ConnectionLostError` saying so (an `OutcomeUnknownError` for a
   * write outside a transaction); then every connection is closed.
   *
   * @example
   * ```ts
   * process.on('SIGTERM', () => void engine.close({ timeoutMillis: 5_000 }));
   * ```
   */
  async close(options: { timeoutMillis?: number } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connections.close(options.timeoutMillis ?? 10_000);
  }
}

/**
 * Creates an engine from a URL (or options with one). The URL's scheme picks
 * the dialect package, loaded by name when the engine is created: `sqlite`,
 * `postgres`/`postgresql`/`pglite`, `mysql`/`mariadb`, `oracle`. For a bundled
 * application, pass the dialect imported statically as `dialect` instead.
 *
 * @example
 * ```ts
 * const engine = createEngine('sqlite::memory:');
 * const pg = createEngine('postgres://postgres@127.0.0.1:5432/test', { pool: { max: 20 } });
 *
 * import { sqlite } from '@alkahest/sqlite';
 * const bundled = createEngine('sqlite:app.db', { dialect: sqlite });
 * ```
 */
export function createEngine<U extends string>(url: U, options?: Omit<EngineOptions, 'url'>): Engine<DialectOfUrl<U>>;
export function createEngine(options: EngineOptions & { readonly url: string }): Engine;
export function createEngine(urlOrOptions: string | (EngineOptions & { readonly url: string }), maybeOptions: Omit<EngineOptions, 'url'> = {}): Engine {
  const options: EngineOptions = typeof urlOrOptions === 'string' ? { ...maybeOptions, url: urlOrOptions } : urlOrOptions;
  const url = options.url;
  if (typeof url !== 'string' || url.length === 0) throw new AlkahestError('createEngine needs a database URL');
  const module = chosenDialect(options.dialect ?? options.dialectModule, schemeOf(url));
  let driver: Driver;
  try {
    driver = module.createDriver(url, options.driver as never);
  } catch (error) {
    if (error instanceof AlkahestError) throw error;
    throw new AlkahestError(`cannot use ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  const compiling = {
    ...(options.statementCacheSize === undefined ? {} : { statementCacheSize: options.statementCacheSize }),
    ...(options.schemaMap === undefined ? {} : { schemaMap: options.schemaMap }),
  };
  return new Engine(module.createDialect(options.driver as never, url, compiling), driver, options);
}
