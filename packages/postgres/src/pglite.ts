/**
 * The PGlite driver: PostgreSQL compiled to WebAssembly, running inside the
 * process (`@electric-sql/pglite`, an optional peer dependency). Same SQL,
 * same codecs and the same error classification as the pg driver; no server.
 */
import { AlkahestError, CompiledQuery, Driver, DriverConnection, DriverResult, isolationSql, TransactionOptions } from '@alkahest/core/dialect';
import { classifyPostgresError, postgresErrorDetails, RAW_TEXT_OIDS } from './driver';
import { copyLines, copySql } from './copy';
import type { LoadPlan } from '@alkahest/core/dialect';

/** Text of COPY lines PGlite is given at a time (its COPY reads a whole blob in memory). */
export const PGLITE_COPY_CHUNK = 4 * 1024 * 1024;

/** Options of the PGlite driver. */
export interface PgliteDriverOptions {
  /** A data directory on disk; absent for a database in memory. */
  readonly dataDir?: string;
  /** The session time zone (default `UTC`), as for the pg driver. */
  readonly timezone?: string;
}

/**
 * Reads `pglite://` (or `pglite://memory`): a database in memory;
 * `pglite:///abs/path` or `pglite:relative/path`: a data directory on disk.
 *
 * @example
 * ```ts
 * parsePgliteUrl('pglite://');              // {}
 * parsePgliteUrl('pglite:///var/lib/app');  // { dataDir: '/var/lib/app' }
 * ```
 */
export function parsePgliteUrl(url: string): PgliteDriverOptions {
  const match = /^pglite:(.*)$/i.exec(url);
  if (!match) throw new AlkahestError(`not a PGlite URL: expected pglite:// or pglite:///path/to/data`);
  const rest = match[1]!.replace(/\?.*$/, '');
  if (rest === '' || rest === '//' || rest === '//memory' || rest === ':memory:') return {};
  const path = rest.startsWith('///') ? rest.slice(2) : rest.startsWith('//') ? rest.slice(2) : rest;
  return { dataDir: decodeURIComponent(path) };
}

/** The part of a PGlite instance this driver uses. */
interface PgliteDatabase {
  query<T>(
    sql: string,
    params?: unknown[],
    options?: { rowMode?: 'array' | 'object'; parsers?: Record<number, (text: string) => unknown>; blob?: Blob },
  ): Promise<{ rows: T[]; affectedRows?: number }>;
  close(): Promise<void>;
  readonly closed: boolean;
}

const identity = (text: string): string => text;
/** Text kept as text for the codecs (exact int8, numeric, dates, JSON), as the pg driver does. */
const PARSERS: Record<number, (text: string) => unknown> = Object.fromEntries([...RAW_TEXT_OIDS].map((oid) => [oid, identity]));

class PgliteConnection implements DriverConnection {
  private open = true;
  private inTransaction = false;
  private cursors = 0;

  constructor(
    private readonly db: PgliteDatabase,
    private readonly onClose: () => Promise<void>,
  ) {}

  isAlive(): boolean {
    return this.open && !this.db.closed;
  }

  private run<T>(sql: string, params?: readonly unknown[], rowMode: 'array' | 'object' = 'object'): Promise<{ rows: T[]; affectedRows?: number }> {
    return this.db.query<T>(sql, params as unknown[] | undefined, { rowMode, parsers: PARSERS });
  }

  async execute(query: CompiledQuery): Promise<DriverResult> {
    const result = await this.run<unknown>(query.sql, query.params, query.columns.length > 0 ? 'array' : 'object');
    return { rows: result.rows as DriverResult['rows'], rowsAffected: result.affectedRows ?? 0 };
  }

  /** A cursor (DECLARE … FETCH FORWARD n), in the caller's transaction or one of its own. */
  async *stream(query: CompiledQuery, batchSize: number): AsyncGenerator<readonly (readonly unknown[])[], void, undefined> {
    const ownTransaction = !this.inTransaction;
    const cursor = `alkahest_cursor_${++this.cursors}`;
    if (ownTransaction) await this.run('BEGIN');
    let ok = false;
    try {
      await this.run(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${query.sql}`, query.params);
      for (;;) {
        const result = await this.run<unknown[]>(`FETCH FORWARD ${Math.max(1, Math.trunc(batchSize))} FROM ${cursor}`, undefined, 'array');
        if (result.rows.length === 0) break;
        yield result.rows;
      }
      await this.run(`CLOSE ${cursor}`);
      ok = true;
    } finally {
      if (ownTransaction) await this.run(ok ? 'COMMIT' : 'ROLLBACK').catch(() => undefined);
      else if (!ok) await this.run(`CLOSE ${cursor}`).catch(() => undefined);
    }
  }

  /**
   * PGlite has no COPY FROM STDIN; it reads COPY data from a blob
   * (`COPY … FROM '/dev/blob'`). The rows go in blobs of about 4 MB of text,
   * one COPY each, inside the engine's transaction: memory stays bounded and
   * a failure keeps nothing.
   */
  async load(plan: LoadPlan, rows: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
    const sql = copySql(plan, "'/dev/blob'");
    let count = 0;
    let pending: string[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      const blob = new Blob(pending);
      pending = [];
      size = 0;
      const result = await this.db.query(sql, [], { blob });
      count += result.affectedRows ?? 0;
    };
    for await (const batch of rows) {
      const text = copyLines(batch);
      pending.push(text);
      size += text.length;
      if (size >= PGLITE_COPY_CHUNK) await flush();
    }
    await flush();
    return count;
  }

  async begin(options: TransactionOptions = {}): Promise<void> {
    let sql = 'BEGIN';
    if (options.isolation) sql += ` ISOLATION LEVEL ${isolationSql(options.isolation)}`;
    if (options.readOnly) sql += ' READ ONLY';
    if (options.deferrable) sql += ' DEFERRABLE';
    await this.run(sql);
    this.inTransaction = true;
  }
  async savepoint(name: string): Promise<void> {
    await this.run(`SAVEPOINT ${name}`);
  }
  async releaseSavepoint(name: string): Promise<void> {
    await this.run(`RELEASE SAVEPOINT ${name}`);
  }
  async rollbackToSavepoint(name: string): Promise<void> {
    await this.run(`ROLLBACK TO SAVEPOINT ${name}`);
  }
  async commit(): Promise<void> {
    this.inTransaction = false;
    await this.run('COMMIT');
  }
  async rollback(): Promise<void> {
    this.inTransaction = false;
    await this.run('ROLLBACK');
  }
  async ping(): Promise<void> {
    await this.run('SELECT 1');
  }
  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    // A transaction left open by a connection given up must not reach the next one (one session in all).
    if (this.inTransaction) await this.run('ROLLBACK').catch(() => undefined);
    await this.onClose();
  }
}

/**
 * Opens PostgreSQL in the process with PGlite. A PGlite instance is one
 * session, so the pool holds one connection. The instance outlives its
 * connection: a database in memory keeps its data while the engine lives (a
 * connection recycled by the pool finds it again); one on disk is closed when
 * its connection closes, and opened again by the next.
 *
 * @example
 * ```ts
 * const engine = createEngine('pglite://');               // in memory
 * const onDisk = createEngine('pglite:///var/lib/app-db'); // a data directory
 * ```
 */
export class PgliteDriver implements Driver {
  readonly classifyError = classifyPostgresError;
  readonly errorDetails = postgresErrorDetails;
  readonly poolDefaults = { min: 0, max: 1 } as const;
  private instance: Promise<PgliteDatabase> | undefined;

  constructor(private readonly options: PgliteDriverOptions) {}

  async connect(): Promise<DriverConnection> {
    const db = await this.database();
    await db.query("SELECT set_config('TimeZone', $1, false)", [this.options.timezone ?? 'UTC']);
    return new PgliteConnection(db, async () => {
      if (this.options.dataDir === undefined) return;
      this.instance = undefined;
      await db.close();
    });
  }

  private database(): Promise<PgliteDatabase> {
    this.instance ??= this.create().catch((error: unknown) => {
      this.instance = undefined;
      throw error;
    });
    return this.instance;
  }

  private async create(): Promise<PgliteDatabase> {
    let loaded: { PGlite: { create(dataDir?: string): Promise<PgliteDatabase> } };
    try {
      // Loaded here, and only for pglite: URLs: it is an optional peer dependency.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require('@electric-sql/pglite');
    } catch (error) {
      throw new AlkahestError('pglite: URLs need the package @electric-sql/pglite: npm install @electric-sql/pglite', { cause: error });
    }
    return loaded.PGlite.create(this.options.dataDir);
  }
}
