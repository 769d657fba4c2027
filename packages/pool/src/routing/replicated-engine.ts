/**
 * An engine over a primary and its read replicas: reads outside a
 * transaction go to a healthy replica, everything else to the primary.
 */
import { AlkahestError, CompiledQuery, ConnectionLostError, DialectId, DialectOfUrl, PrintedSql, Select, Statement, StatementCacheStats, SupportedOn } from '@alkahest/core/dialect';
import type { DialectModule, ReplicationProbe } from '@alkahest/core/dialect';
import { createEngine, Engine, EngineConnection, TransactionRunOptions } from '../engine';
import { emit } from '../events';
import type { EngineOptions, PoolOptions } from '../options';
import { PoolStatus, PoolTimeoutError } from '../pool';
import { PreparedQuery } from '../prepared';
import { loadDialectModule, redact, schemeOf } from '../resolve-dialect';
import type { Executable, ResultOf } from '../result-types';
import { compileFor, ExecuteOptions, Executor, StreamOptions } from '../session';
import type { Transaction } from '../transaction';
import { isReplicaRead } from './read-only';
import { ReadYourWritesOptions, WriteScope } from './read-your-writes';
import { ProbeConnection, ReplicaHealth, ReplicaMonitor } from './replica-health';

/** Why a statement went where it went. */
export type RouteReason = 'read' | 'write' | 'forced-primary' | 'read-your-writes' | 'no-healthy-replica' | 'replica-failed';

/** Hooks of the router; like engine events, they must not throw. */
export interface RoutingEvents {
  /** A statement was sent to `server` (a replica's URL without password, or `primary`). */
  readonly routed?: (event: { readonly server: string; readonly reason: RouteReason; readonly sql: string }) => void;
  /** A replica was taken out of routing or came back. */
  readonly replicaHealth?: (event: { readonly server: string; readonly healthy: boolean; readonly reason?: string }) => void;
}

/** Replica health checks. */
export interface ReplicaHealthOptions {
  /** How often each replica is checked (default 1 000 ms); a check gets as long to answer. */
  readonly intervalMillis?: number;
  /** A replica further behind than this is taken out until it catches up (default 5 000 ms). */
  readonly maxLagMillis?: number;
}

/** Options of {@link createReplicatedEngine}. */
export interface ReplicatedEngineOptions extends Omit<EngineOptions, 'url'> {
  /** The replicas' URLs (same dialect as the primary's). */
  readonly replicas: readonly string[];
  /** Pool settings of each replica (default: `pool`'s, with a 2 000 ms acquire timeout, so a dead replica fails over fast). */
  readonly replicaPool?: PoolOptions;
  readonly readYourWrites?: ReadYourWritesOptions;
  readonly health?: ReplicaHealthOptions;
  readonly routing?: RoutingEvents;
}

/** Per-statement options of a replicated engine. */
export interface RoutedExecuteOptions extends ExecuteOptions {
  /** Run on the primary even when a replica could serve it (fresh data, or a volatile function). */
  readonly primary?: boolean;
}

/** One replica: its engine, its health, what it served. */
interface Replica {
  readonly server: string;
  readonly engine: Engine;
  readonly monitor: ReplicaMonitor;
  served: number;
}

/** What {@link ReplicatedEngine.poolStatus} tells. */
export interface ReplicatedPoolStatus {
  readonly primary: PoolStatus & { readonly served: number };
  readonly replicas: readonly (PoolStatus & ReplicaHealth & { readonly server: string; readonly served: number })[];
}

/** A read that failed on a replica in a way that is safe to run again on the primary. */
const replicaUnavailable = (error: unknown): boolean => error instanceof ConnectionLostError || error instanceof PoolTimeoutError;

/**
 * A primary and its read replicas, each with its own pool. Reads outside a
 * transaction go to a healthy replica (in turn); writes, transactions,
 * locking reads (`FOR UPDATE`), raw SQL and held connections go to the
 * primary. After a write, reads go to the primary for a window, or to a
 * replica that has replayed past the write (read-your-writes; engine-wide,
 * or per caller with {@link ReplicatedEngine.session}). A replica that is
 * down or lags too far is skipped until a health check finds it well; with
 * none left, reads go to the primary.
 *
 * @example
 * ```ts
 * const db = createReplicatedEngine('postgres://app@primary/shop', { replicas: ['postgres://app@replica1/shop'] });
 * await db.execute(insert(orders).values(order));                    // primary
 * await db.execute(select(orders.c.id).from(orders));                 // a replica (once it has the insert)
 * await db.execute(select(orders.c.id).from(orders), { primary: true }); // primary
 * ```
 */
export class ReplicatedEngine<D extends DialectId = DialectId> implements Executor {
  private readonly replicas: readonly Replica[];
  private readonly scope: WriteScope;
  private readonly windowMillis: number;
  private readonly probe: ReplicationProbe | undefined;
  private readonly primaryProbe: ProbeConnection | undefined;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly events: RoutingEvents;
  private next = 0;
  private primaryServed = 0;
  private closed = false;

  constructor(
    /** The primary's engine (also for statements given to it directly). */
    readonly primary: Engine<D>,
    replicas: readonly { readonly url: string; readonly engine: Engine }[],
    module: DialectModule,
    driverOptions: Readonly<Record<string, unknown>> | undefined,
    primaryUrl: string,
    options: Pick<ReplicatedEngineOptions, 'readYourWrites' | 'health' | 'routing'>,
  ) {
    const intervalMillis = options.health?.intervalMillis ?? 1_000;
    const maxLagMillis = options.health?.maxLagMillis ?? 5_000;
    this.events = options.routing ?? {};
    this.windowMillis = options.readYourWrites?.windowMillis ?? 5_000;
    this.scope = new WriteScope(this.windowMillis);
    const primaryDriver = module.createDriver(primaryUrl, driverOptions as never);
    this.probe = options.readYourWrites?.positions === false ? undefined : primaryDriver.replication;
    this.primaryProbe = this.probe === undefined ? undefined : new ProbeConnection(primaryDriver, intervalMillis, 'the primary');
    this.replicas = replicas.map(({ url, engine }) => {
      const server = redact(url);
      const driver = module.createDriver(url, driverOptions as never);
      const monitor = new ReplicaMonitor(driver, driver.replication, maxLagMillis, intervalMillis, server, (health) =>
        emit(this.events.replicaHealth, { server, healthy: health.healthy, ...(health.reason === undefined ? {} : { reason: health.reason }) }),
      );
      return { server, engine, monitor, served: 0 };
    });
    void this.checkReplicas();
    this.timer = setInterval(() => void this.checkReplicas(), intervalMillis);
    this.timer.unref();
  }

  /** Checks every replica now; resolves when all have answered or timed out. */
  async checkReplicas(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.monitor.check()));
  }

  /** Connections and health of the primary and of each replica, and how many statements each served. */
  poolStatus(): ReplicatedPoolStatus {
    return {
      primary: { ...this.primary.poolStatus(), served: this.primaryServed },
      replicas: this.replicas.map((r) => ({ ...r.engine.poolStatus(), ...r.monitor.health, server: r.server, served: r.served })),
    };
  }

  /**
   * A caller of its own for read-your-writes: its reads follow its own
   * writes only, so other callers' writes do not keep it off the replicas.
   *
   * @example
   * ```ts
   * const session = db.session();            // e.g. one per request
   * await session.execute(insert(carts).values(cart));
   * await session.execute(select(carts.c.id).from(carts)); // sees the insert
   * ```
   */
  session(): ReplicaSession<D> {
    return new ReplicaSession<D>(this, new WriteScope(this.windowMillis));
  }

  compile(statement: Executable): CompiledQuery {
    return this.primary.compile(statement);
  }

  printSql(statement: Statement): PrintedSql {
    return this.primary.printSql(statement);
  }

  cacheStats(): StatementCacheStats {
    return this.primary.cacheStats();
  }

  /** Compiles a statement with named parameters once; its runs are routed like `execute`. */
  prepare<S extends Statement>(statement: S): PreparedQuery<S> {
    return new PreparedQuery<S>(this, this.primary.dialect.prepare(statement));
  }

  /** Runs a statement where it belongs: a read on a replica, anything else on the primary. */
  execute<S extends Executable>(statement: S & SupportedOn<S, D>, options?: RoutedExecuteOptions): Promise<ResultOf<S>> {
    return this.executeIn(this.scope, statement, options) as Promise<ResultOf<S>>;
  }

  /** @internal Runs a compiled statement (a prepared query's), routed. */
  executeCompiled(compiled: CompiledQuery, options?: RoutedExecuteOptions): Promise<unknown> {
    return this.runIn(this.scope, compiled, options);
  }

  /** Streams a SELECT's rows from a replica (or the primary, as `execute` would choose). */
  stream<S extends Select>(statement: S, options?: StreamOptions & { readonly primary?: boolean }): AsyncGenerator<S['__row'], void, undefined> {
    return this.streamIn(this.scope, statement, options);
  }

  /** A transaction, always on the primary; it counts as a write unless read-only. */
  transaction<R>(work: (tx: Transaction) => Promise<R>, options?: TransactionRunOptions): Promise<R> {
    return this.transactionIn(this.scope, work, options);
  }

  /** A connection held from the primary; until it is released, reads stay on the primary. */
  connect(): Promise<EngineConnection> {
    return this.connectIn(this.scope);
  }

  /** @internal */
  async executeIn(scope: WriteScope, statement: Executable, options: RoutedExecuteOptions | undefined): Promise<unknown> {
    const compiled = compileFor(this.primary.dialect, statement);
    if (isReplicaRead(compiled) || statement.kind === 'bound') return this.runIn(scope, compiled, options);
    // Writes (including large inserts the primary splits into batches) go to the primary whole.
    return this.write(scope, compiled.sql, () => this.primary.execute(statement as never, options));
  }

  /** @internal */
  async runIn(scope: WriteScope, compiled: CompiledQuery, options: RoutedExecuteOptions | undefined): Promise<unknown> {
    if (!isReplicaRead(compiled)) return this.write(scope, compiled.sql, () => this.primary.executeCompiled(compiled, options));
    const { replica, reason } = options?.primary === true ? { replica: undefined, reason: 'forced-primary' as const } : this.pick(scope);
    if (replica === undefined) return this.onPrimary(reason, compiled.sql, () => this.primary.executeCompiled(compiled, options));
    this.served(replica, compiled.sql);
    try {
      return await replica.engine.executeCompiled(compiled, options);
    } catch (error) {
      if (!replicaUnavailable(error)) throw error;
      // A read is safe to run again: the primary serves it, and the replica is out until a check finds it well.
      replica.monitor.markDown(`a statement failed: ${(error as Error).message}`);
      return this.onPrimary('replica-failed', compiled.sql, () => this.primary.executeCompiled(compiled, options));
    }
  }

  /** @internal */
  async *streamIn<S extends Select>(scope: WriteScope, statement: S, options?: StreamOptions & { readonly primary?: boolean }): AsyncGenerator<S['__row'], void, undefined> {
    const compiled = compileFor(this.primary.dialect, statement);
    const { replica, reason } = options?.primary === true || !isReplicaRead(compiled) ? { replica: undefined, reason: 'forced-primary' as const } : this.pick(scope);
    if (replica === undefined) {
      this.primaryServed++;
      emit(this.events.routed, { server: 'primary', reason, sql: compiled.sql });
      yield* this.primary.stream(statement, options);
      return;
    }
    this.served(replica, compiled.sql);
    yield* replica.engine.stream(statement, options);
  }

  /** @internal */
  async transactionIn<R>(scope: WriteScope, work: (tx: Transaction) => Promise<R>, options: TransactionRunOptions = {}): Promise<R> {
    const run = (): Promise<R> => this.primary.transaction(work, options);
    return options.readOnly === true ? this.onPrimary('forced-primary', 'BEGIN READ ONLY', run) : this.write(scope, 'BEGIN', run);
  }

  /** @internal */
  async connectIn(scope: WriteScope): Promise<EngineConnection> {
    const connection = await this.primary.connect();
    scope.hold();
    const release = connection.release.bind(connection);
    let released = false;
    // What was done on it is unknown: its release counts as a write.
    connection.release = async () => {
      await release();
      if (released) return;
      released = true;
      scope.unhold();
      await this.noteWrite(scope);
    };
    return connection;
  }

  /** Picks a healthy replica that this scope's writes allow, in turn; or says why none. */
  private pick(scope: WriteScope): { replica?: Replica; reason: RouteReason } {
    const count = this.replicas.length;
    let healthy = 0;
    for (let i = 0; i < count; i++) {
      const replica = this.replicas[(this.next + i) % count]!;
      const health = replica.monitor.health;
      if (!health.healthy) continue;
      healthy++;
      if (!scope.allows(health.position, this.reached)) continue;
      this.next = (this.next + i + 1) % count;
      return { replica, reason: 'read' };
    }
    return { reason: healthy === 0 ? 'no-healthy-replica' : 'read-your-writes' };
  }

  private readonly reached = (replayed: string, target: string): boolean => {
    try {
      return this.probe?.reached(replayed, target) ?? false;
    } catch {
      return false;
    }
  };

  private served(replica: Replica, sql: string): void {
    replica.served++;
    emit(this.events.routed, { server: replica.server, reason: 'read', sql });
  }

  private onPrimary<T>(reason: RouteReason, sql: string, run: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new AlkahestError('the engine is closed'));
    this.primaryServed++;
    emit(this.events.routed, { server: 'primary', reason, sql });
    return run();
  }

  /** Runs a write on the primary and notes it for read-your-writes (also when it failed: it may have applied). */
  private async write<T>(scope: WriteScope, sql: string, run: () => Promise<T>): Promise<T> {
    try {
      return await this.onPrimary('write', sql, run);
    } finally {
      await this.noteWrite(scope);
    }
  }

  /** Notes a write in the scope (and engine-wide), with the primary's position when it tells. */
  private async noteWrite(scope: WriteScope): Promise<void> {
    let position: string | undefined;
    if (this.probe !== undefined && this.primaryProbe !== undefined) {
      const probe = this.probe;
      position = await this.primaryProbe.run((connection) => probe.writePosition(connection)).catch(() => undefined);
    }
    scope.wrote(position, this.reached);
    if (scope !== this.scope) this.scope.wrote(position, this.reached);
  }

  /** Stops the health checks and closes every pool (see `Engine.close`). */
  async close(options: { timeoutMillis?: number } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.primaryProbe?.drop();
    for (const replica of this.replicas) replica.monitor.close();
    await Promise.all([this.primary.close(options), ...this.replicas.map((r) => r.engine.close(options))]);
  }
}

/**
 * One caller's view of a {@link ReplicatedEngine}: the same routing, with
 * read-your-writes following this caller's writes only.
 */
export class ReplicaSession<D extends DialectId = DialectId> implements Executor {
  constructor(
    private readonly engine: ReplicatedEngine<D>,
    private readonly scope: WriteScope,
  ) {}

  execute<S extends Executable>(statement: S & SupportedOn<S, D>, options?: RoutedExecuteOptions): Promise<ResultOf<S>> {
    return this.engine.executeIn(this.scope, statement, options) as Promise<ResultOf<S>>;
  }

  stream<S extends Select>(statement: S, options?: StreamOptions & { readonly primary?: boolean }): AsyncGenerator<S['__row'], void, undefined> {
    return this.engine.streamIn(this.scope, statement, options);
  }

  transaction<R>(work: (tx: Transaction) => Promise<R>, options?: TransactionRunOptions): Promise<R> {
    return this.engine.transactionIn(this.scope, work, options);
  }

  connect(): Promise<EngineConnection> {
    return this.engine.connectIn(this.scope);
  }
}

/**
 * Creates an engine over a primary and its read replicas (see
 * {@link ReplicatedEngine}). Each server gets its own pool.
 *
 * @example
 * ```ts
 * const db = createReplicatedEngine('postgres://app@10.0.0.1/shop', {
 *   replicas: ['postgres://app@10.0.0.2/shop', 'postgres://app@10.0.0.3/shop'],
 *   readYourWrites: { windowMillis: 2_000 },
 *   health: { intervalMillis: 1_000, maxLagMillis: 10_000 },
 * });
 * ```
 */
export function createReplicatedEngine<U extends string>(url: U, options: ReplicatedEngineOptions): ReplicatedEngine<DialectOfUrl<U>> {
  const { replicas, replicaPool, readYourWrites, health, routing, ...engineOptions } = options;
  if (!Array.isArray(replicas)) throw new AlkahestError('createReplicatedEngine needs `replicas`: a list of URLs');
  const module = engineOptions.dialectModule ?? loadDialectModule(schemeOf(url));
  const primary = createEngine(url, { ...engineOptions, dialectModule: module });
  const pool: PoolOptions = replicaPool ?? { ...engineOptions.pool, acquireTimeoutMillis: 2_000 };
  const replicaEngines = replicas.map((replicaUrl) => {
    if (loadDialectModule(schemeOf(replicaUrl)).name !== module.name) throw new AlkahestError(`replica ${redact(replicaUrl)} is not a ${module.name} URL`);
    return { url: replicaUrl, engine: createEngine(replicaUrl, { ...engineOptions, dialectModule: module, pool }) };
  });
  return new ReplicatedEngine(primary as Engine<DialectOfUrl<U>>, replicaEngines, module, engineOptions.driver, url, {
    ...(readYourWrites === undefined ? {} : { readYourWrites }),
    ...(health === undefined ? {} : { health }),
    ...(routing === undefined ? {} : { routing }),
  });
}
