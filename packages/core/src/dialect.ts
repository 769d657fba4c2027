/**
 * The contract between core, the dialect packages and the pool.
 *
 * A dialect package implements {@link Dialect} (compiling and converting) and
 * {@link Driver} (talking to its database through a driver library). The pool
 * knows dialects only through these interfaces.
 */
import type { CompiledQuery, ResultColumn } from './compiler/compiled';
import type { Statement } from './compiler/sql-compiler';

/** Rows and counts as a driver adapter returns them. */
export interface DriverResult {
  /** Rows as arrays, in select-list order (or objects for raw SQL without known columns). */
  readonly rows: readonly (readonly unknown[])[] | readonly Record<string, unknown>[];
  readonly rowsAffected: number;
  readonly insertId?: number | bigint;
}

/** One open connection of a driver. */
export interface DriverConnection {
  /** Runs a compiled query. Rows come back as arrays when `query.columns` is not empty. */
  execute(query: CompiledQuery): Promise<DriverResult>;
  /** Begins a transaction. */
  begin(): Promise<void>;
  /** Commits the open transaction. */
  commit(): Promise<void>;
  /** Rolls back the open transaction. */
  rollback(): Promise<void>;
  /** A cheap check that the connection still works. */
  ping(): Promise<void>;
  /** Closes the connection. */
  close(): Promise<void>;
}

/** Opens connections to one database. */
export interface Driver {
  connect(): Promise<DriverConnection>;
  /** Pool settings this driver needs, such as `max: 1` for an in-memory SQLite database. */
  readonly poolDefaults?: { readonly min?: number; readonly max?: number };
}

/** Compiling and value conversion for one SQL dialect. */
export interface Dialect {
  /** `sqlite`, `postgres`, `mysql`, `oracle`. */
  readonly name: string;
  /** Compiles a statement to SQL and driver-ready parameters. */
  compile(statement: Statement): CompiledQuery;
  /** Makes a function that turns a driver row into a typed result row. */
  rowDecoder(columns: readonly ResultColumn[]): (row: readonly unknown[]) => Record<string, unknown>;
}

/** A connection URL taken apart. */
export interface ConnectionUrl {
  readonly scheme: string;
  readonly raw: string;
}

/**
 * What a dialect package exports as `alkahestDialect`, so that
 * `createEngine('scheme://…')` can find it by URL scheme.
 */
export interface DialectModule<Options = Record<string, unknown>> {
  readonly name: string;
  /** URL schemes the package serves: `['postgres', 'postgresql']`. */
  readonly schemes: readonly string[];
  /** Creates the dialect; `url` is the engine's URL, whose query may carry dialect options (such as a server version). */
  createDialect(options?: Options, url?: string): Dialect;
  /** Creates a driver from a URL (its query string may carry options) and options that override the URL. */
  createDriver(url: string, options?: Options): Driver;
}
