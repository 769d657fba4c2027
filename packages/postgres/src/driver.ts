/**
 * The pg adapter: one `pg.Client` per pooled connection (the engine's tarn
 * pool does the pooling, not pg.Pool).
 */
import { AlkahestError, LoadPlan, closeWithin, CompiledQuery, connectToTarget, DatabaseErrorKind, Driver, type DriverErrorDetails, withholdValues, DriverConnection, DriverResult, isolationSql, OpenedSession, SchemaChangedError, TargetAddress, TransactionOptions } from '@alkahest/core/dialect';
import { isStalePlan, PreparedStatements, SchemaChanges } from './prepared-statements';
import type { Client, ClientConfig, QueryArrayConfig, QueryResult } from 'pg';
import { CancelKey, TransactionPooledConnection } from './pgbouncer';
import { postgresReplication } from './replication';
import type { PostgresDriverOptions } from './url';
import { copyChunks, copySql } from './copy';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Type OIDs whose text alkahest's codecs convert themselves, exactly (the PGlite driver too). */
export const RAW_TEXT_OIDS: ReadonlySet<number> = new Set([
  20, // int8: beyond 2^53
  1700, // numeric: exact decimals
  1082, // date: a calendar date, not a local-time Date
  1114, // timestamp: UTC wall-clock time
  1184, // timestamptz
  114, // json
  3802, // jsonb
]);

const identity = (value: string): string => value;

/** Named prepared statements one session keeps, by default. */
export const DEFAULT_MAX_PREPARED = 200;

/** What pg answered, as the engine takes it. */
function driverResult(query: CompiledQuery, result: QueryResult<unknown[]> | QueryResult<Record<string, unknown>>): DriverResult {
  if (query.columns.length > 0) return { rows: result.rows as unknown[][], rowsAffected: result.rowCount ?? 0 };
  if (query.statementKind === 'insert') {
    // An INSERT without RETURNING of its own returns its generated key (compiler.ts): the first row's is the insertId.
    const first = (result.rows as Record<string, unknown>[] | undefined)?.[0];
    const key = first === undefined ? undefined : Object.values(first)[0];
    const insertId = typeof key === 'number' || typeof key === 'bigint' ? key : typeof key === 'string' ? BigInt(key) : undefined;
    return insertId === undefined ? { rows: [], rowsAffected: result.rowCount ?? 0 } : { rows: [], rowsAffected: result.rowCount ?? 0, insertId };
  }
  return { rows: result.rows ?? [], rowsAffected: result.rowCount ?? 0 };
}

class PostgresConnection implements DriverConnection {
  private alive = true;

  /** The server process behind this connection, for cancelling its statement (set once connected). */
  backendPid = 0;

  /** Wraps a client before it connects, so that no 'error' it emits goes unheard. */
  constructor(
    private readonly client: Client,
    private readonly openSide: () => Promise<Client>,
    /** The named statements of this session (see prepared-statements.ts). */
    private readonly statements: PreparedStatements,
    /** Tables changed by DDL through this driver, shared by its sessions. */
    private readonly changes: SchemaChanges,
  ) {
    // An idle client whose backend is terminated emits 'error'; without a listener that would crash the process.
    client.on('error', () => {
      this.alive = false;
    });
    client.on('end', () => {
      this.alive = false;
    });
  }

  isAlive(): boolean {
    return this.alive;
  }

  /**
   * Runs a statement, as a named prepared statement where it is reused. One
   * whose plan went stale in a schema change is forgotten and, outside a
   * transaction, run once more, prepared afresh; inside one (which the
   * failure aborted) it fails with a SchemaChangedError.
   */
  execute(query: CompiledQuery): Promise<DriverResult> {
    const statements = this.statements;
    if (statements.hasStale && !this.inTransaction) return this.deallocateStale().then(() => this.execute(query));
    statements.sync();
    const reused = statements.has(query.sql);
    return this.send(query, statements.nameFor(query), reused);
  }

  /** After a statement prepared before failed: forgotten, and run once more where that is safe (see {@link execute}). */
  private async afterStalePlan(query: CompiledQuery, error: unknown): Promise<DriverResult> {
    this.statements.forget(query.sql);
    if (this.inTransaction) {
      const message = `${(error as Error).message}: the statement was prepared before a schema change and is forgotten; the transaction is aborted, run it again`;
      throw new SchemaChangedError(message, query.sql, (error as { code?: string }).code, error);
    }
    await this.deallocateStale();
    return await this.send(query, this.statements.nameFor(query), false);
  }

  /** Deallocates forgotten statements on the server (never inside a transaction, which may be aborted). */
  private async deallocateStale(): Promise<void> {
    // Generated names (alkahest_<n>) only: nothing here comes from user text.
    for (const name of this.statements.takeStale()) await this.client.query(`DEALLOCATE ${name}`).catch(() => undefined);
  }

  /**
   * Sends a statement (named, or unnamed when `name` is undefined) through
   * pg's callback interface: one promise per statement, none of pg's own. A
   * named statement's run is timed for the plan check; one that `reused` a
   * plan and failed as stale goes to {@link afterStalePlan}.
   */
  private send(query: CompiledQuery, name: string | undefined, reused: boolean): Promise<DriverResult> {
    const values = query.params as unknown[];
    const started = name === undefined ? 0 : performance.now();
    return new Promise<DriverResult>((resolve, reject) => {
      const done = (error: Error | null, result: QueryResult<unknown[]> | QueryResult<Record<string, unknown>>): void => {
        if (error !== null) {
          if (reused && isStalePlan(error)) resolve(this.afterStalePlan(query, error));
          else reject(error);
          return;
        }
        if (name !== undefined) this.statements.ran(query, performance.now() - started);
        if (query.statementKind === 'ddl') this.changes.record(query.sql);
        resolve(driverResult(query, result));
      };
      if (query.columns.length > 0) {
        const config: QueryArrayConfig = name === undefined ? { text: query.sql, values, rowMode: 'array' } : { name, text: query.sql, values, rowMode: 'array' };
        this.client.query(config, done);
      } else {
        this.client.query(name === undefined ? { text: query.sql, values } : { name, text: query.sql, values }, done);
      }
    });
  }
  private inTransaction = false;
  private cursors = 0;

  /**
   * A server-side cursor (DECLARE … FETCH FORWARD n), inside the caller's
   * transaction or one of its own; closed however the loop ends.
   */
  async *stream(query: CompiledQuery, batchSize: number): AsyncGenerator<readonly (readonly unknown[])[], void, undefined> {
    const ownTransaction = !this.inTransaction;
    const cursor = `alkahest_cursor_${++this.cursors}`;
    if (ownTransaction) await this.client.query('BEGIN');
    let ok = false;
    try {
      await this.client.query({ text: `DECLARE ${cursor} NO SCROLL CURSOR FOR ${query.sql}`, values: query.params as unknown[] });
      for (;;) {
        const result = await this.client.query<unknown[]>({ text: `FETCH FORWARD ${Math.max(1, Math.trunc(batchSize))} FROM ${cursor}`, rowMode: 'array' });
        if (result.rows.length === 0) break;
        yield result.rows;
      }
      await this.client.query(`CLOSE ${cursor}`);
      ok = true;
    } finally {
      if (ownTransaction) await this.client.query(ok ? 'COMMIT' : 'ROLLBACK').catch(() => undefined);
      else if (!ok) await this.client.query(`CLOSE ${cursor}`).catch(() => undefined);
    }
  }

  /**
   * `COPY … FROM STDIN` (pg-copy-streams) fed a batch at a time: the next
   * batch is read only when the socket has taken the last one. A batch that
   * fails (a bad row) ends the COPY with CopyFail, so the server keeps none of it.
   */
  async load(plan: LoadPlan, rows: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { from } = require('pg-copy-streams') as typeof import('pg-copy-streams');
    const copy = this.client.query(from(copySql(plan, 'STDIN')));
    let sourceError: unknown;
    const source = Readable.from(copyChunks(rows), { objectMode: false });
    source.on('error', (error) => {
      sourceError ??= error;
    });
    try {
      await pipeline(source, copy);
    } catch (error) {
      // The rows' own failure (a bad value, an abort) is the one to report, not the server's "COPY from stdin failed".
      throw sourceError ?? error;
    }
    return copy.rowCount;
  }

  async begin(options: TransactionOptions = {}): Promise<void> {
    let sql = 'BEGIN';
    if (options.isolation) sql += ` ISOLATION LEVEL ${isolationSql(options.isolation)}`;
    if (options.readOnly) sql += ' READ ONLY';
    if (options.deferrable) sql += ' DEFERRABLE';
    await this.client.query(sql);
    this.inTransaction = true;
  }
  async savepoint(name: string): Promise<void> {
    await this.client.query(`SAVEPOINT ${name}`);
  }
  async releaseSavepoint(name: string): Promise<void> {
    await this.client.query(`RELEASE SAVEPOINT ${name}`);
  }
  async rollbackToSavepoint(name: string): Promise<void> {
    await this.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
  }
  async commit(): Promise<void> {
    this.inTransaction = false;
    await this.client.query('COMMIT');
  }
  async rollback(): Promise<void> {
    this.inTransaction = false;
    await this.client.query('ROLLBACK');
  }
  async ping(): Promise<void> {
    await this.client.query('SELECT 1');
  }
  /** pg_cancel_backend from a second, short-lived connection. */
  async cancel(): Promise<void> {
    const side = await this.openSide();
    try {
      await side.query('SELECT pg_cancel_backend($1)', [this.backendPid]);
    } finally {
      await side.end();
    }
  }
  /** Ends the session; a peer that does not answer (a dead network) gets its socket destroyed after a second. */
  async close(): Promise<void> {
    this.alive = false;
    await closeWithin(1_000, () => this.client.end(), () => this.destroy());
  }
  /** Destroys the socket: pending queries fail, and the server ends the session (rolling back) when it notices. */
  destroy(): void {
    this.alive = false;
    (this.client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}

/**
 * Classifies pg errors by SQLSTATE: class 08 and 57P01–57P03 (and socket
 * errors without one) mean the connection is gone.
 * @internal
 */
export function classifyPostgresError(error: unknown): DatabaseErrorKind | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') {
    const message = String((error as { message?: unknown })?.message ?? '');
    return /Connection terminated|connection closed|Client has encountered a connection error|not queryable/i.test(message) ? 'connection-lost' : undefined;
  }
  // A protocol error the server answers as an ERROR (not FATAL) leaves the session usable: values sent in a stale type.
  if (code === '08P01' && (error as { severity?: unknown }).severity === 'ERROR') return undefined;
  if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return 'connection-lost';
  if (code === 'ECONNRESET' || code === 'ECONNREFUSED' || code === 'EPIPE' || code === 'ETIMEDOUT') return 'connection-lost';
  switch (code) {
    case '23505':
      return 'unique-violation';
    case '23503':
      return 'foreign-key-violation';
    case '23502':
      return 'not-null-violation';
    case '23514':
      return 'check-violation';
    case '40001':
      return 'serialization-failure';
    case '40P01':
      return 'deadlock';
    case '42601':
      return 'syntax-error';
    case '57014':
    case '55P03':
      return 'timeout';
    case '22001':
      return 'value-too-long';
    case '22003':
      return 'numeric-out-of-range';
    case '22P02':
    case '22018':
      return 'invalid-text-representation';
    case '22012':
      return 'division-by-zero';
    case '22007':
    case '22008':
      return 'invalid-datetime';
    default:
      return undefined;
  }
}

/**
 * Where PostgreSQL quotes a value in a message: `invalid input syntax for
 * type integer: "abc"`, `value "3000000000" is out of range for type
 * integer`, `date/time field value out of range: "2024-13-45"`.
 */
const PG_QUOTED_VALUES: readonly RegExp[] = [/: ("(?:[^"]|"")*")\s*$/g, /^value ("(?:[^"]|"")*") is out of range/g];

/** pg's SQLSTATE (its `code`) and the message of a data error without the value it quotes. @internal */
export function postgresErrorDetails(error: unknown): DriverErrorDetails {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined;
  const message = typeof e?.message === 'string' ? e.message : undefined;
  // Only data exceptions (class 22) quote values; constraint messages name constraints (their values are in `detail`).
  return { sqlState: code, message: message !== undefined && code?.startsWith('22') ? withholdValues(message, PG_QUOTED_VALUES) : message };
}

/**
 * Opens PostgreSQL connections with pg.
 *
 * @example
 * ```ts
 * const driver = new PostgresDriver(parsePostgresUrl('postgres://postgres@127.0.0.1:5432/test'));
 * ```
 */
export class PostgresDriver implements Driver {
  readonly classifyError = classifyPostgresError;
  readonly errorDetails = postgresErrorDetails;
  /** Tables changed by DDL run through this driver: every session forgets its statements on them. */
  private readonly schemaChanges = new SchemaChanges();
  /** Statements whose named plan proved slower than a custom one, on any session: they run unnamed on all (prepared-statements.ts). */
  private readonly unnamedStatements = new Set<string>();
  /** pg refuses a query on a client it already knows is broken, before sending anything. */
  readonly isUnsent = (error: unknown): boolean => /is not queryable/.test(String((error as { message?: unknown })?.message ?? ''));
  readonly poolDefaults: { readonly min?: number; readonly max?: number };
  readonly replication = postgresReplication;
  readonly transactionPooled: boolean;

  constructor(private readonly options: PostgresDriverOptions) {
    this.transactionPooled = options.pgbouncer === true;
    this.poolDefaults = {
      ...(options.min === undefined ? {} : { min: options.min }),
      ...(options.max === undefined ? {} : { max: options.max }),
    };
  }

  /**
   * A session on the first host (of a host list) that answers and fits
   * `target_session_attrs`.
   */
  connect(): Promise<DriverConnection> {
    const o = this.options;
    return connectToTarget(o.hosts ?? [{ host: o.host, port: o.port }], o.targetSessionAttrs ?? 'any', 'PostgreSQL', (address) => this.open(address));
  }

  /** Opens a session on one server and reads whether it is a standby and read-only. */
  private async open(address: TargetAddress): Promise<OpenedSession<DriverConnection>> {
    // Loaded here so that compiling PostgreSQL SQL never needs the driver.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pg = require('pg') as typeof import('pg');
    const o = this.options;
    const config: ClientConfig = {
      ...(address.host === undefined ? {} : { host: address.host }),
      ...(address.port === undefined ? {} : { port: address.port }),
      ...(o.user === undefined ? {} : { user: o.user }),
      ...(o.password === undefined ? {} : { password: o.password }),
      ...(o.database === undefined ? {} : { database: o.database }),
      ...(o.ssl === undefined ? {} : { ssl: o.ssl as ClientConfig['ssl'] }),
      ...(o.applicationName === undefined ? {} : { application_name: o.applicationName }),
      ...(o.statementTimeout === undefined ? {} : { statement_timeout: o.statementTimeout }),
      ...(o.connectTimeout === undefined ? {} : { connectionTimeoutMillis: o.connectTimeout * 1000 }),
      // Per-client parsers: the process-wide pg.types stay untouched for other users of pg.
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          RAW_TEXT_OIDS.has(oid) && format !== 'binary' ? identity : pg.types.getTypeParser(oid, format as 'text')) as never,
      },
    };
    const openSide = async (): Promise<Client> => {
      const side = new pg.Client({ ...config, types: undefined, connectionTimeoutMillis: 2_000 });
      side.on('error', () => undefined);
      await side.connect();
      return side;
    };
    const client = new pg.Client(config);
    // Wrapped from its first moment: an 'error' with no listener would crash the process, and one
    // that comes while the session is being set up (a server restarting) must mark it dead.
    // PgBouncer in transaction mode cannot keep named statements from one transaction to the next.
    const maxPrepared = o.preparedStatements === false || o.pgbouncer === true ? 0 : (o.maxPreparedStatements ?? DEFAULT_MAX_PREPARED);
    const connection = new PostgresConnection(client, openSide, new PreparedStatements(maxPrepared, this.schemaChanges, o.preparedPlanCheck !== false, this.unnamedStatements), this.schemaChanges);
    let session: { pid: number; standby: boolean; read_only: string };
    try {
      await client.connect();
      // The session zone never depends on the server's default; set_config takes it as a bound value.
      // (PgBouncer keeps TimeZone per client and sets it on whichever server session serves it.)
      // The search path too, when given: set_config takes it as a bound value (a list of names, never SQL).
      const searchPath = searchPathSetting(o.searchPath);
      const setup = await client.query<typeof session>(
        `SELECT set_config('TimeZone', $1, false), ${searchPath === undefined ? '' : "set_config('search_path', $2, false), "}pg_backend_pid() AS pid, pg_is_in_recovery() AS standby, current_setting('transaction_read_only') AS read_only`,
        searchPath === undefined ? [o.timezone ?? 'UTC'] : [o.timezone ?? 'UTC', searchPath],
      );
      session = setup.rows[0]!;
      connection.backendPid = session.pid;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    const opened = o.pgbouncer === true ? new TransactionPooledConnection(connection, client as unknown as CancelKey, address) : connection;
    return { connection: opened, standby: session.standby, readOnly: session.read_only === 'on', close: () => opened.close() };
  }
}

/** The `search_path` setting for a list of schemas: each name quoted, so that any name is taken as it is. @internal */
export function searchPathSetting(searchPath: string | readonly string[] | undefined): string | undefined {
  if (searchPath === undefined) return undefined;
  const schemas = typeof searchPath === 'string' ? [searchPath] : searchPath;
  if (schemas.length === 0 || schemas.some((s) => typeof s !== 'string' || s === '' || s.includes('\u0000'))) {
    throw new AlkahestError('searchPath takes one or more non-empty schema names');
  }
  return schemas.map((s) => `"${s.replace(/"/g, '""')}"`).join(', ');
}
