import type { Dialect, DialectModule, Driver } from '@alkahest/core';

/** Pool settings (tarn). Times are in milliseconds. */
export interface PoolOptions {
  /** Connections kept open when idle (default 0). */
  readonly min?: number;
  /** Most connections open at once (default 10; 1 for in-memory SQLite). */
  readonly max?: number;
  /** How long a caller waits for a connection before a timeout error (default 30 000). */
  readonly acquireTimeoutMillis?: number;
  /** How long opening a connection may take (default 30 000). */
  readonly createTimeoutMillis?: number;
  /** How long an idle connection above `min` stays open (default 600 000). */
  readonly idleTimeoutMillis?: number;
  /** How often idle connections are checked (default 1 000). */
  readonly reapIntervalMillis?: number;
}

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /** The database URL: `sqlite::memory:`, `sqlite:app.db`, `postgres://…`, `mysql://…`, `oracle://…`. */
  readonly url?: string;
  /** Pool settings. */
  readonly pool?: PoolOptions;
  /** Options passed to the dialect's driver; they override the URL's query options. */
  readonly driver?: Readonly<Record<string, unknown>>;
  /** A dialect module to use instead of the one the URL's scheme names. */
  readonly dialectModule?: DialectModule;
}

/** The pieces an engine is made of, resolved from options. */
export interface EngineParts {
  readonly dialect: Dialect;
  readonly driver: Driver;
}
