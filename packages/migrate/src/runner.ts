/**
 * The migration runner: applies migrations in order under a database lock,
 * records them in the versions table with their checksums, and walks back
 * with `down`.
 *
 * On PostgreSQL and SQLite, whose DDL is transactional, each migration runs
 * in a transaction with its version row: a failure leaves the schema as it
 * was. On MySQL / MariaDB and Oracle every DDL statement commits by itself,
 * so a failure is recorded (with the statement that failed) and `up`
 * refuses to go on until it is resolved.
 */
import { sql, Statement } from '@alkahest/core';
import type { Engine, EngineConnection, Executable, Executor, ResultOf, Transaction } from '@alkahest/pool';
import { MigrationError, MigrationFailedError } from './errors';
import { acquireLock, LockStatements, lockStatements } from './locks';
import type { MigrationContext, MigrationEntry, MigrationModule, MigrationSource, RanStatement } from './migration';
import { DEFAULT_VERSIONS_TABLE, VersionRow, Versions, versionsTable } from './versions';
import { needsRebuild, rebuildSqliteTable } from './sqlite-batch';
import { catalogOf } from './reflect';

/** Where a migration stands. */
export type MigrationState =
  /** Applied, with the checksum it has now. */
  | 'applied'
  /** Not applied yet. */
  | 'pending'
  /** Failed on a database whose DDL is not transactional: resolve it before going on. */
  | 'failed'
  /** Applied, but its text changed since. */
  | 'changed'
  /** Applied, but no longer among the migrations. */
  | 'missing';

/** One line of `status`. */
export interface MigrationStatus {
  readonly id: string;
  readonly state: MigrationState;
  readonly appliedAt?: Date;
  /** For a failed migration: the statement that failed and the database's message. */
  readonly failedStatement?: string;
  readonly error?: string;
}

/** What the runner reports while it works (the CLI prints it). */
export type MigrationEvent =
  | { readonly kind: 'start'; readonly migration: string; readonly direction: 'up' | 'down'; readonly index: number; readonly total: number }
  | { readonly kind: 'statement'; readonly migration: string; readonly sql: string }
  | { readonly kind: 'log'; readonly migration: string; readonly message: string }
  | { readonly kind: 'done'; readonly migration: string; readonly direction: 'up' | 'down'; readonly millis: number };

/** Options of a {@link Migrator}. */
export interface MigratorOptions {
  /** The versions table (default `alkahest_migrations`). */
  readonly tableName?: string;
  /** Its schema. */
  readonly schema?: string;
  /** How long to wait for another process's lock (default 600 s). */
  readonly lockTimeoutSeconds?: number;
  /** Called as migrations start, run statements and finish. */
  readonly onEvent?: (event: MigrationEvent) => void;
}

/** Options of `up` and `down`. */
export interface RunOptions {
  /** Print the SQL instead of running it (the versions table is read, not written). */
  readonly dryRun?: boolean;
  /** Run migrations marked destructive (they drop tables or columns, or narrow types). */
  readonly allowDestructive?: boolean;
}

/** What a run did. */
export interface RunResult {
  /** The migrations applied (up) or reverted (down), in the order they ran. */
  readonly migrations: readonly string[];
  /** Every statement, as SQL, in order (also in a dry run). */
  readonly statements: readonly RanStatement[];
}

/** A connection or a transaction: both run statements and open (nested) transactions. */
type Session = Executor & { transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> };

const TRANSACTIONAL_DDL = new Set(['postgres', 'sqlite']);

/**
 * Runs migrations against one database.
 *
 * @example
 * ```ts
 * import { createEngine } from '@alkahest/pool';
 * import { Migrator, directorySource } from '@alkahest/migrate';
 *
 * const engine = createEngine(process.env.DATABASE_URL!);
 * const migrator = new Migrator(engine, directorySource('migrations'));
 * await migrator.up();                         // applies what is pending, once, whoever else runs it
 * console.table(await migrator.status());      // applied / pending / failed / changed / missing
 * await migrator.down({ to: '20260101T000000_users' }); // reverts what came after it
 * ```
 */
export class Migrator {
  private readonly versions: Versions;
  private readonly lock: LockStatements | undefined;

  constructor(
    readonly engine: Engine,
    readonly source: MigrationSource,
    readonly options: MigratorOptions = {},
  ) {
    const name = options.tableName ?? DEFAULT_VERSIONS_TABLE;
    this.versions = new Versions(versionsTable(name, options.schema));
    this.lock = lockStatements(engine.dialect.name, options.schema === undefined ? name : `${options.schema}.${name}`, options.lockTimeoutSeconds ?? 600);
  }

  /** The dialect's name. */
  get dialect(): string {
    return this.engine.dialect.name;
  }

  /** Every migration, known or applied, with where it stands. */
  async status(): Promise<MigrationStatus[]> {
    const entries = await this.source.list();
    const rows = await this.withConnection(false, async (executor) => this.readVersions(executor));
    return statusOf(entries, rows);
  }

  /**
   * Applies pending migrations in order, up to and including `to` when given.
   * Refuses to start while a migration is failed or an applied one was edited.
   */
  async up(options: RunOptions & { readonly to?: string } = {}): Promise<RunResult> {
    const entries = await this.source.list();
    if (options.to !== undefined && !entries.some((e) => e.id === options.to)) throw new MigrationError(`no migration ${options.to}`);
    return this.withConnection(true, async (executor, transactional) => {
      const rows = await this.readVersions(executor);
      refuseBroken(statusOf(entries, rows));
      const applied = new Set(rows.map((r) => r.id));
      let pending = entries.filter((e) => !applied.has(e.id));
      if (options.to !== undefined) pending = pending.filter((e) => e.id <= options.to!);
      const modules = await Promise.all(pending.map((e) => e.load()));
      refuseDestructive(pending, modules, 'up', options);
      return this.runAll(executor, transactional, pending, modules, 'up', options);
    });
  }

  /**
   * Reverts applied migrations, newest first: the last one, or every one
   * after `to` (`to: null` reverts them all).
   */
  async down(options: RunOptions & { readonly to?: string | null } = {}): Promise<RunResult> {
    const entries = await this.source.list();
    return this.withConnection(true, async (executor, transactional) => {
      const rows = await this.readVersions(executor);
      refuseBroken(statusOf(entries, rows));
      const byId = new Map(entries.map((e) => [e.id, e]));
      let targets = rows.map((r) => r.id).sort().reverse();
      if (options.to === undefined) targets = targets.slice(0, 1);
      else if (options.to !== null) {
        if (!rows.some((r) => r.id === options.to)) throw new MigrationError(`migration ${options.to} is not applied`);
        targets = targets.filter((id) => id > options.to!);
      }
      const chosen = targets.map((id) => {
        const entry = byId.get(id);
        if (entry === undefined) throw new MigrationError(`migration ${id} is applied but missing from the migrations: it cannot be reverted`);
        return entry;
      });
      const modules = await Promise.all(chosen.map((e) => e.load()));
      modules.forEach((m, i) => {
        if (m.down === undefined) throw new MigrationError(`migration ${chosen[i]!.id} has no down(): it cannot be reverted`);
      });
      refuseDestructive(chosen, modules, 'down', options);
      return this.runAll(executor, transactional, chosen, modules, 'down', options);
    });
  }

  /**
   * Marks a failed migration as applied (its changes were completed by hand)
   * or as rolled back (they were undone by hand: it is pending again).
   */
  async resolve(id: string, as: 'applied' | 'rolled-back'): Promise<void> {
    await this.withConnection(true, async (executor) => {
      const row = (await this.readVersions(executor)).find((r) => r.id === id);
      if (row === undefined || row.status !== 'failed') throw new MigrationError(`migration ${id} is not failed: nothing to resolve`);
      if (as === 'applied') await this.versions.resolved(executor, id);
      else await this.versions.remove(executor, id);
    });
  }

  private async readVersions(executor: Executor): Promise<VersionRow[]> {
    await this.versions.ensure(executor);
    return this.versions.read(executor);
  }

  /**
   * Runs `work` on one connection holding the migration lock. On SQLite the
   * lock is a write transaction around everything (and foreign keys are off,
   * so that a rebuilt table's DROP does not cascade), checked before commit.
   */
  private async withConnection<R>(write: boolean, work: (executor: Session, transactional: boolean) => Promise<R>): Promise<R> {
    const connection = await this.engine.connect();
    try {
      if (this.dialect === 'sqlite') return await this.withSqliteLock(connection, write, work);
      if (this.lock === undefined) return await work(connection, false);
      await acquireLock(connection, this.lock);
      try {
        return await work(connection, TRANSACTIONAL_DDL.has(this.dialect));
      } finally {
        await connection.execute(this.lock.release);
      }
    } finally {
      await connection.release();
    }
  }

  private async withSqliteLock<R>(connection: EngineConnection, write: boolean, work: (executor: Session, transactional: boolean) => Promise<R>): Promise<R> {
    if (!write) return work(connection, true);
    // PRAGMA foreign_keys is a no-op inside a transaction: it is set before BEGIN.
    await connection.execute(sql`PRAGMA foreign_keys = OFF`);
    try {
      let failure: unknown;
      const result = await connection.transaction(async (tx) => {
        try {
          return await work(tx, true);
        } catch (error) {
          // A failed migration rolled back its own savepoint; the ones before it are kept.
          failure = error;
          return undefined;
        }
      });
      if (failure !== undefined) throw failure;
      return result as R;
    } finally {
      await connection.execute(sql`PRAGMA foreign_keys = ON`);
    }
  }

  private async runAll(
    executor: Session,
    transactional: boolean,
    entries: readonly MigrationEntry[],
    modules: readonly MigrationModule[],
    direction: 'up' | 'down',
    options: RunOptions,
  ): Promise<RunResult> {
    const statements: RanStatement[] = [];
    const done: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const started = Date.now();
      this.options.onEvent?.({ kind: 'start', migration: entry.id, direction, index: i + 1, total: entries.length });
      await this.runOne(executor, transactional, entry, modules[i]!, direction, options.dryRun === true, statements);
      done.push(entry.id);
      this.options.onEvent?.({ kind: 'done', migration: entry.id, direction, millis: Date.now() - started });
    }
    return { migrations: done, statements };
  }

  private async runOne(
    executor: Session,
    transactional: boolean,
    entry: MigrationEntry,
    module: MigrationModule,
    direction: 'up' | 'down',
    dryRun: boolean,
    statements: RanStatement[],
  ): Promise<void> {
    const step = direction === 'up' ? module.up : module.down!;
    let last: string | undefined;
    const body = async (on: Session): Promise<void> => {
      await step.call(module, this.context(on, entry.id, dryRun, statements, (s) => (last = s)));
      if (dryRun) return;
      if (this.dialect === 'sqlite') await checkForeignKeys(on, entry.id);
      if (direction === 'up') await this.versions.applied(on, entry.id, entry.checksum);
      else await this.versions.remove(on, entry.id);
    };
    try {
      if (transactional && !dryRun) await executor.transaction(body);
      else await body(executor);
    } catch (error) {
      if (error instanceof MigrationError) throw error;
      if (!transactional && !dryRun) {
        const exists = direction === 'down';
        await this.versions.failed(executor, entry.id, entry.checksum, last, error instanceof Error ? error.message : String(error), exists);
      }
      throw new MigrationFailedError(entry.id, last, error, transactional || dryRun);
    }
  }

  private context(executor: Executor, id: string, dryRun: boolean, statements: RanStatement[], current: (sql: string) => void): MigrationContext {
    const engine = this.engine;
    const onEvent = this.options.onEvent;
    const log = (message: string): void => onEvent?.({ kind: 'log', migration: id, message });
    const run = async (statement: Statement): Promise<unknown> => {
      if (this.dialect === 'sqlite' && needsRebuild(statement, (s) => engine.compile(s as Executable))) {
        const tools = { catalog: catalogOf(engine), run, query: (s: Statement) => executor.execute(s as Executable) as Promise<Record<string, unknown>[]>, log, dryRun };
        await rebuildSqliteTable(statement, tools);
        return undefined;
      }
      const text = engine.compile(statement as Executable).sql;
      current(text);
      statements.push({ migration: id, sql: text });
      onEvent?.({ kind: 'statement', migration: id, sql: text });
      if (dryRun) return [];
      return executor.execute(statement as Executable);
    };
    return {
      dialect: this.dialect,
      dryRun,
      execute: <S extends Executable>(statement: S) => run(statement as Statement) as Promise<ResultOf<S>>,
      log,
    };
  }
}

/** SQLite checks foreign keys that a rebuilt table may have broken (its checks were off), before the migration commits. */
async function checkForeignKeys(executor: Executor, id: string): Promise<void> {
  const broken = (await executor.execute(sql`PRAGMA foreign_key_check`)) as Record<string, unknown>[];
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new MigrationError(`migration ${id} leaves ${broken.length} row(s) whose foreign key refers to no row (first: table ${String(first['table'])}, rowid ${String(first['rowid'])} → ${String(first['parent'])})`);
  }
}

function statusOf(entries: readonly MigrationEntry[], rows: readonly VersionRow[]): MigrationStatus[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: MigrationStatus[] = entries.map((e) => {
    const row = byId.get(e.id);
    if (row === undefined) return { id: e.id, state: 'pending' };
    if (row.status === 'failed') return { id: e.id, state: 'failed', appliedAt: row.appliedAt, ...(row.failedStatement === null ? {} : { failedStatement: row.failedStatement }), ...(row.error === null ? {} : { error: row.error }) };
    return { id: e.id, state: row.checksum === e.checksum ? 'applied' : 'changed', appliedAt: row.appliedAt };
  });
  const known = new Set(entries.map((e) => e.id));
  for (const r of rows) if (!known.has(r.id)) out.push({ id: r.id, state: r.status === 'failed' ? 'failed' : 'missing', appliedAt: r.appliedAt });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function refuseBroken(status: readonly MigrationStatus[]): void {
  const failed = status.filter((s) => s.state === 'failed');
  if (failed.length > 0) {
    const f = failed[0]!;
    throw new MigrationError(
      `migration ${f.id} failed${f.failedStatement === undefined ? '' : ` at: ${f.failedStatement}`} (${f.error ?? 'no message'}). ` +
        'Repair the schema by hand, then `alkahest migrate resolve ' + f.id + ' --applied` or `--rolled-back`',
    );
  }
  const changed = status.filter((s) => s.state === 'changed');
  if (changed.length > 0) {
    throw new MigrationError(`applied migrations were edited since they ran: ${changed.map((s) => s.id).join(', ')}. Restore them, and put new changes in a new migration`);
  }
}

function refuseDestructive(entries: readonly MigrationEntry[], modules: readonly MigrationModule[], direction: 'up' | 'down', options: RunOptions): void {
  if (options.allowDestructive === true || options.dryRun === true) return;
  const flagged = entries.filter((_, i) => {
    const m = modules[i]!;
    return direction === 'up' ? m.destructive === true : m.destructiveDown === true;
  });
  if (flagged.length > 0) {
    throw new MigrationError(`${flagged.map((e) => e.id).join(', ')} ${flagged.length === 1 ? 'is' : 'are'} destructive (${direction}): it drops data. Run again with allowDestructive (--allow-destructive) to go ahead`);
  }
}
