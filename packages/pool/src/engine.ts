/**
 * The engine: a dialect, a driver and a tarn pool of its connections.
 */
import {
  AlkahestError,
  CompiledQuery,
  DatabaseError,
  Dialect,
  Driver,
  DriverConnection,
  DriverResult,
  MutationResult,
} from '@alkahest/core';
import { Pool } from 'tarn';
import type { EngineOptions, PoolOptions } from './options';
import { loadDialectModule, redact, schemeOf } from './resolve-dialect';
import type { Executable, ResultOf } from './result-types';

/** Something statements can be executed on: the engine itself, or a transaction. */
export interface Executor {
  /** Compiles (or reuses the compiled form of) a statement and runs it. */
  execute<S extends Executable>(statement: S): Promise<ResultOf<S>>;
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

/** Runs a compiled statement on a connection, wrapping driver errors. */
async function run(dialect: Dialect, connection: DriverConnection, compiled: CompiledQuery): Promise<unknown> {
  let result: DriverResult;
  try {
    result = await connection.execute(compiled);
  } catch (error) {
    if (error instanceof AlkahestError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new DatabaseError(`${(error as Error).message ?? String(error)}\n  in: ${compiled.sql}`, compiled.sql, code === undefined ? undefined : String(code), error);
  }
  return shapeResult(dialect, compiled, result);
}

/**
 * A transaction: statements executed on it run on its connection, inside it.
 * It commits when the callback given to {@link Engine.transaction} returns, and
 * rolls back when it throws.
 */
export class Transaction implements Executor {
  constructor(
    private readonly dialect: Dialect,
    private readonly connection: DriverConnection,
  ) {}

  execute<S extends Executable>(statement: S): Promise<ResultOf<S>> {
    return run(this.dialect, this.connection, this.dialect.compile(statement)) as Promise<ResultOf<S>>;
  }
}

/**
 * Runs statements on a pool of connections to one database.
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
export class Engine implements Executor {
  /** The tarn pool of driver connections. */
  readonly pool: Pool<DriverConnection>;
  private closed = false;

  constructor(
    /** The dialect statements are compiled for. */
    readonly dialect: Dialect,
    driver: Driver,
    poolOptions: PoolOptions = {},
  ) {
    const defaults = driver.poolDefaults ?? {};
    const max = Math.min(poolOptions.max ?? defaults.max ?? 10, defaults.max ?? Infinity);
    this.pool = new Pool<DriverConnection>({
      create: () => driver.connect(),
      destroy: (connection) => connection.close(),
      min: Math.min(poolOptions.min ?? defaults.min ?? 0, max),
      max,
      acquireTimeoutMillis: poolOptions.acquireTimeoutMillis ?? 30_000,
      createTimeoutMillis: poolOptions.createTimeoutMillis ?? 30_000,
      idleTimeoutMillis: poolOptions.idleTimeoutMillis ?? 600_000,
      reapIntervalMillis: poolOptions.reapIntervalMillis ?? 1_000,
      propagateCreateError: true,
    });
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
    return this.dialect.compile(statement);
  }

  /** Borrows a connection for `work` and always gives it back. */
  private async withConnection<R>(work: (connection: DriverConnection) => Promise<R>): Promise<R> {
    if (this.closed) throw new AlkahestError('the engine is closed');
    const connection = await this.pool.acquire().promise;
    try {
      return await work(connection);
    } finally {
      this.pool.release(connection);
    }
  }

  /**
   * Runs a statement. SELECT gives typed rows; INSERT, UPDATE and DELETE give
   * `{ rowsAffected, insertId? }`; DDL gives nothing.
   */
  execute<S extends Executable>(statement: S): Promise<ResultOf<S>> {
    const compiled = this.dialect.compile(statement);
    return this.withConnection((c) => run(this.dialect, c, compiled)) as Promise<ResultOf<S>>;
  }

  /**
   * Runs `work` in a transaction on one connection: COMMIT when it resolves,
   * ROLLBACK when it throws (and the error is thrown again).
   *
   * @example
   * ```ts
   * await engine.transaction(async (tx) => {
   *   await tx.execute(update(accounts).set({ balance: accounts.c.balance.minus(10) }).where(accounts.c.id.eq(1)));
   *   await tx.execute(update(accounts).set({ balance: accounts.c.balance.plus(10) }).where(accounts.c.id.eq(2)));
   * });
   * ```
   */
  transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> {
    return this.withConnection(async (connection) => {
      await connection.begin();
      let result: R;
      try {
        result = await work(new Transaction(this.dialect, connection));
      } catch (error) {
        try {
          await connection.rollback();
        } catch (rollbackError) {
          throw new AlkahestError(`rollback failed after: ${(error as Error).message}`, { cause: rollbackError });
        }
        throw error;
      }
      await connection.commit();
      return result;
    });
  }

  /** Closes every connection; the engine cannot be used afterwards. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.destroy();
  }
}

/**
 * Creates an engine from a URL (or options with one). The URL's scheme picks
 * the dialect package: `sqlite`, `postgres`/`postgresql`, `mysql`/`mariadb`,
 * `oracle`.
 *
 * @example
 * ```ts
 * const engine = createEngine('sqlite::memory:');
 * const pg = createEngine('postgres://postgres@127.0.0.1:5432/test', { pool: { max: 20 } });
 * ```
 */
export function createEngine(url: string, options?: Omit<EngineOptions, 'url'>): Engine;
export function createEngine(options: EngineOptions & { readonly url: string }): Engine;
export function createEngine(urlOrOptions: string | (EngineOptions & { readonly url: string }), maybeOptions: Omit<EngineOptions, 'url'> = {}): Engine {
  const options: EngineOptions = typeof urlOrOptions === 'string' ? { ...maybeOptions, url: urlOrOptions } : urlOrOptions;
  const url = options.url;
  if (typeof url !== 'string' || url.length === 0) throw new AlkahestError('createEngine needs a database URL');
  const module = options.dialectModule ?? loadDialectModule(schemeOf(url));
  let driver: Driver;
  try {
    driver = module.createDriver(url, options.driver as never);
  } catch (error) {
    if (error instanceof AlkahestError) throw error;
    throw new AlkahestError(`cannot use ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  return new Engine(module.createDialect(options.driver as never, url), driver, options.pool);
}
