import type { DialectModule } from '@alkahest/core/dialect';
import type { EngineEvents } from './events';
import type { EngineHooks } from './hooks';

/** Pool settings (tarn underneath). Times are in milliseconds. */
export interface PoolOptions {
  /** Connections kept open when idle (default 0). */
  readonly min?: number;
  /** Most connections open at once (default 10; 1 for in-memory SQLite). */
  readonly max?: number;
  /** How long a caller waits for a connection before a {@link PoolTimeoutError} (default 30 000). */
  readonly acquireTimeoutMillis?: number;
  /** How long opening a connection may take (default 30 000). */
  readonly createTimeoutMillis?: number;
  /** How long an idle connection above `min` stays open (default 600 000: 10 minutes). */
  readonly idleTimeoutMillis?: number;
  /** How often idle connections are checked (default 1 000). */
  readonly reapIntervalMillis?: number;
  /**
   * A connection is replaced after this long (default 1 800 000: 30 minutes),
   * less up to `maxLifetimeJitter` of it at random, so that connections do not
   * all recycle at once. 0 disables recycling.
   */
  readonly maxLifetimeMillis?: number;
  /** The fraction of `maxLifetimeMillis` taken off at random per connection (default 0.1). */
  readonly maxLifetimeJitter?: number;
  /** Ping a connection before handing it out (default true). */
  readonly validate?: boolean;
  /** Skip the ping for a connection used within this many milliseconds (default 500). */
  readonly skipValidationWithinMillis?: number;
  /**
   * Runs once on every new connection before it is first handed out: session
   * settings such as `SET search_path` or `SET NAMES`. A connection whose setup
   * fails is closed; the pool tries again until the acquire timeout, whose
   * error then names the setup's failure.
   *
   * @example
   * ```ts
   * createEngine(url, { pool: { onConnect: (c) => c.execute(sql`SET search_path TO app, public`) } })
   * ```
   */
  readonly onConnect?: (connection: import('./session').Executor) => Promise<unknown>;
}

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /** The database URL: `sqlite::memory:`, `sqlite:app.db`, `postgres://…`, `mysql://…`, `oracle://…`. */
  readonly url?: string;
  /** Pool settings. */
  readonly pool?: PoolOptions;
  /** Options passed to the dialect's driver; they override the URL's query options. */
  readonly driver?: Readonly<Record<string, unknown>>;
  /**
   * The dialect, imported statically, instead of the package the URL's scheme
   * names. A bundler (esbuild, webpack, Rollup) sees this import and includes
   * the dialect; the scheme lookup loads the package by name at run time, which
   * a bundle cannot follow. The URL's scheme must be one the dialect serves.
   *
   * @example
   * ```ts
   * import { createEngine } from '@alkahest/pool';
   * import { sqlite } from '@alkahest/sqlite';
   *
   * const engine = createEngine('sqlite::memory:', { dialect: sqlite });
   * ```
   */
  readonly dialect?: DialectModule;
  /** @deprecated The former name of {@link EngineOptions.dialect}. */
  readonly dialectModule?: DialectModule;
  /** Hooks for queries and pool activity. */
  readonly events?: EngineEvents;
  /**
   * Transforms of every statement before it is compiled and of every result
   * row after it is decoded (see {@link EngineHooks}).
   *
   * @example
   * ```ts
   * const engine = createEngine(url, {
   *   hooks: {
   *     statement: (s) => (s instanceof Select && s.reads(orders) ? s.where(orders.c.tenantId.eq(tenantId)) : s),
   *     row: (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), v])),
   *   },
   * });
   * ```
   */
  readonly hooks?: EngineHooks;
  /**
   * Statement shapes kept compiled (default 500, least recently used dropped
   * first; 0 turns the cache off). See `engine.cacheStats()`.
   */
  readonly statementCacheSize?: number;
  /**
   * The schema each table is written in, chosen per engine rather than in
   * each table's definition (SQLAlchemy's schema_translate_map): `{ '':
   * 'tenant_a' }` puts tables defined without a schema in `tenant_a`, `{ shop:
   * 'shop_test' }` moves the `shop` schema's tables, `null` writes none.
   *
   * @example
   * ```ts
   * const tenant = createEngine(url, { schemaMap: { '': 'tenant_42' } });
   * ```
   */
  readonly schemaMap?: Readonly<Record<string, string | null>>;
}
