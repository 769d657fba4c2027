/**
 * The mysql2 adapter: one mysql2 connection per pooled connection (the
 * engine's tarn pool does the pooling).
 */
import {
  AlkahestError,
  closeWithin,
  CompiledQuery,
  connectToTarget,
  DatabaseErrorKind,
  Driver,
  DriverConnection,
  type DriverErrorDetails,
  DriverResult,
  LoadPlan,
  OpenedSession,
  ReplicationProbe,
  TargetAddress,
  isolationSql,
  TransactionOptions,
  UnsupportedFeatureError,
  withholdValues,
} from '@alkahest/core/dialect';
import type { Connection, ConnectionOptions, ResultSetHeader } from 'mysql2/promise';
import { mariadbReplication } from './replication';
import { loadDataLines, loadDataSql } from './load-data';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import type { MysqlDriverOptions } from './url';

/**
 * Refuses values mysql2 would expand into SQL text (objects become
 * `key = value` lists, arrays become lists). Core never produces them; this
 * is a second lock on the same door.
 */
function checkParams(params: readonly unknown[]): unknown[] {
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p !== null && typeof p === 'object' && !(p instanceof Uint8Array)) {
      throw new AlkahestError(`parameter ${i + 1} is an object; only scalars, bigints and byte arrays are bound`);
    }
  }
  // Handed to mysql2 as they are: it reads them, never changes them.
  return params as unknown[];
}

/** The server could not re-prepare a statement after a schema change by itself. */
const ER_NEED_REPREPARE = 1615;

/** What mysql2 answers a statement with: rows, or a header for DML. */
type RawResult = unknown[] | ResultSetHeader;
type RawCallback = (error: Error | null, result: RawResult) => void;

/** The part of mysql2's callback connection used directly: streaming, and statements without the promise wrapper's cost. */
interface RawConnection {
  execute(options: { sql: string; rowsAsArray: boolean }, values: unknown[]): { stream(options: { objectMode: true; highWaterMark: number }): import('node:stream').Readable };
  execute(options: { sql: string; rowsAsArray: boolean }, values: unknown[], callback: RawCallback): unknown;
  query(options: { sql: string; rowsAsArray: boolean; infileStreamFactory?: (path: string) => Readable; typeCast?: typeof exactFloats }, callback: RawCallback): unknown;
  /** The socket under the connection. */
  readonly stream: import('node:stream').Duplex;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/** A result field as mysql2's `typeCast` sees it. */
interface CastField {
  readonly type: string;
  string(): string | null;
}

/**
 * Reads DOUBLE and FLOAT fields of the text protocol with `Number.parseFloat`.
 * mysql2 reads one of up to 17 characters digit by digit (`Packet#parseFloat`),
 * which can miss the nearest double by a unit in the last place:
 * `'974612837.0074667'` came back as 974612837.0074668. (With parameters the
 * statement goes through the binary protocol, which sends the double's bits.)
 */
function exactFloats(field: CastField, next: () => unknown): unknown {
  if (field.type !== 'DOUBLE' && field.type !== 'FLOAT') return next();
  const text = field.string();
  return text === null ? null : Number.parseFloat(text);
}

/** Result types that may be a DOUBLE or FLOAT on the server. */
const FLOAT_KINDS: ReadonlySet<string> = new Set(['double', 'real', 'unknown']);

/** Whether a statement's rows may hold floats: a float column, or rows of columns not declared (raw SQL). */
function mayReadFloats(query: CompiledQuery): boolean {
  if (query.columns.length === 0) return query.statementKind === 'select' || query.statementKind === 'raw';
  return query.columns.some((column) => FLOAT_KINDS.has(column.type.kind));
}

/** What mysql2 answered, as the engine takes it. */
function driverResult(query: CompiledQuery, result: RawResult): DriverResult {
  if (Array.isArray(result)) {
    // MariaDB's INSERT/DELETE … RETURNING answers with rows only: one per row it changed.
    return { rows: result as unknown[][], rowsAffected: query.statementKind === 'select' || query.statementKind === 'raw' ? 0 : result.length };
  }
  const header = result as ResultSetHeader;
  return { rows: [], rowsAffected: header.affectedRows, ...(header.insertId ? { insertId: header.insertId } : {}) };
}

class MysqlConnection implements DriverConnection {
  private alive = true;

  constructor(
    private readonly connection: Connection,
    private readonly openSide: () => Promise<Connection>,
    /** Keep statements prepared for reuse (else each is closed after it runs). */
    private readonly keepPrepared: boolean,
    /** Whether loads may use LOAD DATA LOCAL INFILE (when the server allows it too). */
    private readonly localInfile = true,
  ) {
    // A connection the server closes emits 'error'/'end'; without a listener an 'error' would crash the process.
    connection.on('error', () => {
      this.alive = false;
    });
    connection.on('end', () => {
      this.alive = false;
    });
  }

  isAlive(): boolean {
    return this.alive;
  }

  /** Reads back the rows of an INSERT … RETURNING (the compiler's follow-up SELECT by the generated key). */
  async finish(query: CompiledQuery, result: DriverResult): Promise<DriverResult> {
    if (query.followUp === undefined) return result;
    const back = await this.execute({ sql: query.followUp, params: [], columns: query.columns, statementKind: 'select', dialect: query.dialect });
    return result.insertId === undefined ? { rows: back.rows, rowsAffected: result.rowsAffected } : { rows: back.rows, rowsAffected: result.rowsAffected, insertId: result.insertId };
  }

  /**
   * Runs a statement: one promise, answered from mysql2's callback. Statements
   * with values go through the binary protocol (server-side prepared, cached by
   * mysql2 per connection): values never enter the SQL text, whatever the
   * server's sql_mode.
   */
  execute(query: CompiledQuery): Promise<DriverResult> {
    let params: unknown[];
    try {
      params = checkParams(query.params);
    } catch (error) {
      return Promise.reject(error);
    }
    const rowsAsArray = query.columns.length > 0;
    return new Promise<DriverResult>((resolve, reject) => {
      // Only the text protocol (no parameters) needs the float check: the binary one sends the bits.
      this.send(query.sql, rowsAsArray, params, params.length === 0 && mayReadFloats(query), (error, result) => {
        if (error !== null) {
          if ((error as { errno?: unknown }).errno === ER_NEED_REPREPARE && params.length > 0) resolve(this.reprepared(query, rowsAsArray, params));
          else reject(error);
          return;
        }
        if (params.length > 0 && !this.keepPrepared) this.connection.unprepare({ sql: query.sql, rowsAsArray });
        resolve(driverResult(query, result));
      });
    });
  }

  /**
   * After ER_NEED_REPREPARE (1615: a schema change the server could not
   * re-prepare the statement through by itself), the statement is closed,
   * prepared afresh and run once more. A failed statement leaves a MySQL
   * transaction open and unchanged, so this is safe inside one too.
   */
  private async reprepared(query: CompiledQuery, rowsAsArray: boolean, params: unknown[]): Promise<DriverResult> {
    this.connection.unprepare({ sql: query.sql, rowsAsArray });
    const result = await this.run(query.sql, rowsAsArray, params, false);
    if (!this.keepPrepared) this.connection.unprepare({ sql: query.sql, rowsAsArray });
    return driverResult(query, result);
  }

  /**
   * Sends a statement on mysql2's callback connection: its promise wrapper
   * captures a stack trace for every call, which costs more than a short
   * query's round trip on a busy pool.
   */
  private send(sql: string, rowsAsArray: boolean, params: unknown[], floats: boolean, done: RawCallback): void {
    const raw = (this.connection as unknown as { connection: RawConnection }).connection;
    if (params.length > 0) raw.execute({ sql, rowsAsArray }, params, done);
    // The text protocol: floats read exactly where the rows may hold them (a cast of each field costs a call).
    else raw.query(floats ? { sql, rowsAsArray, typeCast: exactFloats } : { sql, rowsAsArray }, done);
  }

  /** {@link send} as a promise. */
  private run(sql: string, rowsAsArray: boolean, params: unknown[], floats: boolean): Promise<RawResult> {
    return new Promise<RawResult>((resolve, reject) => this.send(sql, rowsAsArray, params, floats, (error, result) => (error ? reject(error) : resolve(result))));
  }

  /**
   * Rows streamed by mysql2 (binary protocol, with backpressure). Stopping
   * early destroys the stream: mysql2 then reads and discards the rest of the
   * result, and queues the connection's next command until it has, so the
   * connection (and its transaction) stays usable.
   */
  async *stream(query: CompiledQuery, batchSize: number): AsyncGenerator<readonly (readonly unknown[])[], void, undefined> {
    const params = checkParams(query.params);
    // The callback-style connection under the promise wrapper: it alone can stream.
    const raw = (this.connection as unknown as { connection: RawConnection }).connection;
    const readable = raw.execute({ sql: query.sql, rowsAsArray: true }, params).stream({ objectMode: true, highWaterMark: batchSize });
    // mysql2 tells a lost connection to the connection only, not to a streaming command: end the stream with it.
    const lost = (error: Error): void => {
      readable.destroy(error);
    };
    raw.on('error', lost);
    let finished = false;
    try {
      let batch: unknown[][] = [];
      for await (const row of readable as AsyncIterable<unknown[]>) {
        batch.push(row);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      finished = true;
    } finally {
      raw.removeListener('error', lost);
      if (!finished) readable.destroy();
    }
  }

  /** Whether the server takes LOAD DATA LOCAL (`@@local_infile`), asked once per connection. */
  private serverLocalInfile: boolean | undefined;

  /**
   * `LOAD DATA LOCAL INFILE` fed from a stream where the server allows it,
   * else multi-row INSERTs. With LOCAL the server turns what would be errors
   * (a duplicate key, a value it had to change) into warnings and goes on:
   * any warning, or fewer rows written than sent, fails the load, which the
   * engine then rolls back.
   */
  async load(plan: LoadPlan, rows: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
    if (this.localInfile) {
      if (this.serverLocalInfile === undefined) {
        const [answer] = await this.connection.query('SELECT @@local_infile AS on_');
        this.serverLocalInfile = Number((answer as { on_: unknown }[])[0]?.on_) === 1;
      }
      if (this.serverLocalInfile) return this.loadData(plan, rows);
    }
    return this.loadByInserts(plan, rows);
  }

  private async loadData(plan: LoadPlan, rows: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
    const raw = (this.connection as unknown as { connection: RawConnection }).connection;
    const socket = raw.stream;
    const iterator = rows[Symbol.asyncIterator]();
    let sent = 0;
    let sourceError: unknown;
    // mysql2 writes what the stream gives without waiting for the socket: the stream waits instead,
    // reading the next batch only once the socket has taken the last.
    const source = new Readable({
      read(): void {
        void (async () => {
          if (socket.writableNeedDrain) await once(socket, 'drain');
          const next = await iterator.next();
          if (next.done === true) source.push(null);
          else {
            sent += next.value.length;
            source.push(loadDataLines(next.value));
          }
        })().catch((error: unknown) => {
          sourceError ??= error;
          source.destroy(error as Error);
        });
      },
    });
    let header: ResultSetHeader;
    try {
      header = (await new Promise<RawResult>((resolve, reject) => {
        raw.query({ sql: loadDataSql(plan), rowsAsArray: false, infileStreamFactory: () => source }, (error, result) => (error ? reject(error) : resolve(result)));
      })) as ResultSetHeader;
    } catch (error) {
      throw sourceError ?? error;
    } finally {
      if (sourceError !== undefined) await iterator.return?.().catch(() => undefined);
    }
    if (header.warningStatus > 0 || header.affectedRows !== sent) await this.refuseWarnings(header.affectedRows, sent);
    return header.affectedRows;
  }

  /** Throws the first warning of a LOAD DATA LOCAL as the error it stands for. */
  private async refuseWarnings(written: number, sent: number): Promise<never> {
    const [warnings] = await this.connection.query('SHOW WARNINGS LIMIT 1');
    const first = (warnings as { Level?: string; Code?: number; Message?: string }[])[0];
    const what = first === undefined ? `${written} of ${sent} rows were written` : `${first.Message ?? 'a warning'} (${written} of ${sent} rows written)`;
    const error = new Error(`LOAD DATA LOCAL: ${what}; the load is rolled back`);
    throw Object.assign(error, { errno: first?.Code, code: 'ER_LOAD_DATA_WARNING', sqlMessage: first?.Message });
  }

  /** Multi-row INSERTs of as many rows as fit in one statement's parameters (at most 1000). */
  private async loadByInserts(plan: LoadPlan, rows: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
    const perStatement = Math.min(1000, plan.maxRowsPerInsert);
    let pending: unknown[] = [];
    let pendingRows = 0;
    let count = 0;
    const flush = async (): Promise<void> => {
      if (pendingRows === 0) return;
      const sql = plan.insertRowsSql(pendingRows);
      const header = (await this.run(sql, false, checkParams(pending), false)) as ResultSetHeader;
      if (pendingRows !== perStatement || !this.keepPrepared) this.connection.unprepare({ sql, rowsAsArray: false });
      count += header.affectedRows;
      pending = [];
      pendingRows = 0;
    };
    for await (const batch of rows) {
      for (const row of batch) {
        for (const value of row) pending.push(value);
        if (++pendingRows === perStatement) await flush();
      }
    }
    await flush();
    return count;
  }

  async begin(options: TransactionOptions = {}): Promise<void> {
    if (options.deferrable) throw new UnsupportedFeatureError('DEFERRABLE transactions', 'mysql');
    // SET TRANSACTION applies to the next transaction only.
    if (options.isolation) await this.connection.query(`SET TRANSACTION ISOLATION LEVEL ${isolationSql(options.isolation)}`);
    await this.connection.query(options.readOnly ? 'START TRANSACTION READ ONLY' : 'START TRANSACTION');
  }
  async savepoint(name: string): Promise<void> {
    await this.connection.query(`SAVEPOINT ${name}`);
  }
  async releaseSavepoint(name: string): Promise<void> {
    await this.connection.query(`RELEASE SAVEPOINT ${name}`);
  }
  async rollbackToSavepoint(name: string): Promise<void> {
    await this.connection.query(`ROLLBACK TO SAVEPOINT ${name}`);
  }
  async commit(): Promise<void> {
    await this.connection.query('COMMIT');
  }
  async rollback(): Promise<void> {
    await this.connection.query('ROLLBACK');
  }
  async ping(): Promise<void> {
    await this.connection.ping();
  }
  /** KILL QUERY from a second, short-lived connection: the session itself stays usable. */
  async cancel(): Promise<void> {
    const threadId = this.connection.threadId;
    if (!Number.isSafeInteger(threadId)) return;
    const side = await this.openSide();
    try {
      await side.query(`KILL QUERY ${threadId}`);
    } finally {
      await side.end();
    }
  }
  /** Ends the session; a peer that does not answer (a dead network) gets its socket destroyed after a second. */
  async close(): Promise<void> {
    this.alive = false;
    await closeWithin(1_000, () => this.connection.end(), () => this.connection.destroy());
  }
  /** Destroys the socket: pending commands fail, and the server ends the session (rolling back) when it notices. */
  destroy(): void {
    this.alive = false;
    // mysql2's own destroy() only half-closes the socket and leaves pending commands waiting forever;
    // a socket destroyed with an error makes mysql2 fail every pending command with it.
    const stream = (this.connection as unknown as { connection: { stream?: { destroy(error?: Error): void } } }).connection.stream;
    if (stream === undefined) this.connection.destroy();
    else stream.destroy(Object.assign(new Error('Connection lost: destroyed by the client'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }));
  }
}

/** MySQL/MariaDB error numbers by kind. */
const MYSQL_KINDS: Readonly<Record<number, DatabaseErrorKind>> = {
  1062: 'unique-violation', // ER_DUP_ENTRY
  1586: 'unique-violation', // ER_DUP_ENTRY_WITH_KEY_NAME
  1451: 'foreign-key-violation', // ER_ROW_IS_REFERENCED_2
  1452: 'foreign-key-violation', // ER_NO_REFERENCED_ROW_2
  1048: 'not-null-violation', // ER_BAD_NULL_ERROR
  1364: 'not-null-violation', // ER_NO_DEFAULT_FOR_FIELD
  3819: 'check-violation', // MySQL ER_CHECK_CONSTRAINT_VIOLATED
  4025: 'check-violation', // MariaDB ER_CONSTRAINT_FAILED
  1213: 'deadlock', // ER_LOCK_DEADLOCK
  1205: 'timeout', // ER_LOCK_WAIT_TIMEOUT
  1317: 'timeout', // ER_QUERY_INTERRUPTED
  3024: 'timeout', // MySQL max_execution_time
  1969: 'timeout', // MariaDB max_statement_time
  1064: 'syntax-error', // ER_PARSE_ERROR
  1927: 'connection-lost', // ER_CONNECTION_KILLED
  1053: 'connection-lost', // ER_SERVER_SHUTDOWN
  2006: 'connection-lost', // CR_SERVER_GONE_ERROR
  2013: 'connection-lost', // CR_SERVER_LOST
  4031: 'connection-lost', // ER_CLIENT_INTERACTION_TIMEOUT
  1406: 'value-too-long', // ER_DATA_TOO_LONG
  1264: 'numeric-out-of-range', // ER_WARN_DATA_OUT_OF_RANGE
  1690: 'numeric-out-of-range', // ER_DATA_OUT_OF_RANGE (BIGINT value is out of range in …)
  1366: 'invalid-text-representation', // ER_TRUNCATED_WRONG_VALUE_FOR_FIELD (Incorrect integer value)
  1365: 'division-by-zero', // ER_DIVISION_BY_ZERO (strict mode with ERROR_FOR_DIVISION_BY_ZERO)
  1292: 'invalid-text-representation', // ER_TRUNCATED_WRONG_VALUE: a datetime when the message says so (below)
  1411: 'invalid-datetime', // ER_WRONG_VALUE_FOR_TYPE (STR_TO_DATE)
};

/** Classifies mysql2 errors by error number, and its own connection errors. @internal */
export function classifyMysqlError(error: unknown): DatabaseErrorKind | undefined {
  const e = error as { errno?: unknown; code?: unknown; fatal?: unknown; message?: unknown };
  // 1292 and 1366 say "Incorrect datetime value", "Incorrect date value" … for dates and times.
  if ((e?.errno === 1292 || e?.errno === 1366) && typeof e.message === 'string' && /Incorrect (date|time|datetime|timestamp) value/i.test(e.message)) return 'invalid-datetime';
  if (typeof e?.errno === 'number' && e.errno in MYSQL_KINDS) return MYSQL_KINDS[e.errno];
  if (e?.code === 'PROTOCOL_CONNECTION_LOST' || e?.code === 'ECONNRESET' || e?.code === 'EPIPE' || e?.code === 'ECONNREFUSED') return 'connection-lost';
  if (e?.fatal === true) return 'connection-lost';
  if (typeof e?.message === 'string' && /closed state|connection is closed/i.test(e.message)) return 'connection-lost';
  return undefined;
}

/**
 * Where MySQL and MariaDB quote a value in a message: `Duplicate entry
 * 'ada@example.com' for key 'email'`, `Incorrect integer value: 'abc' for
 * column`, `Truncated incorrect DOUBLE value: 'x'`, `BIGINT value is out of
 * range in '9223372036854775807 + 1'`.
 */
const MYSQL_QUOTED_VALUES: readonly RegExp[] = [
  /Duplicate entry ('(?:[^'\\]|\\.|'')*?') for key/g,
  /value: ('(?:[^'\\]|\\.|'')*')/g,
  /value is out of range in ('(?:[^'\\]|\\.|'')*')/g,
  /Incorrect \w+ value ('(?:[^'\\]|\\.|'')*')/g,
];

/** mysql2's SQLSTATE (`sqlState`) and its message without the values it quotes. @internal */
export function mysqlErrorDetails(error: unknown): DriverErrorDetails {
  const e = error as { sqlState?: unknown; message?: unknown };
  const sqlState = typeof e?.sqlState === 'string' && /^[0-9A-Z]{5}$/.test(e.sqlState) ? e.sqlState : undefined;
  return { sqlState, message: typeof e?.message === 'string' ? withholdValues(e.message, MYSQL_QUOTED_VALUES) : undefined };
}

/**
 * Opens MySQL/MariaDB connections with mysql2: utf8mb4, UTC sessions, and
 * BIGINT/DECIMAL/dates as exact text.
 *
 * @example
 * ```ts
 * const driver = new MysqlDriver(parseMysqlUrl('mysql://root@127.0.0.1:3306/test'));
 * ```
 */
export class MysqlDriver implements Driver {
  readonly classifyError = classifyMysqlError;
  readonly errorDetails = mysqlErrorDetails;
  /** mysql2 refuses a command on a connection it knows is closed, before sending anything. */
  readonly isUnsent = (error: unknown): boolean => /closed state/.test(String((error as { message?: unknown })?.message ?? ''));
  readonly poolDefaults: { readonly min?: number; readonly max?: number };
  /** GTID positions and replica lag (MariaDB's; MySQL's GTID sets are not read yet). */
  readonly replication: ReplicationProbe | undefined;

  constructor(private readonly options: MysqlDriverOptions) {
    this.replication = options.flavor === 'mariadb' ? mariadbReplication : undefined;
    this.poolDefaults = {
      ...(options.min === undefined ? {} : { min: options.min }),
      ...(options.max === undefined ? {} : { max: options.max }),
    };
  }

  /** A connection to the first host (of a host list) that answers and fits `target_session_attrs`. */
  connect(): Promise<DriverConnection> {
    const o = this.options;
    const target = o.targetSessionAttrs ?? 'any';
    return connectToTarget(o.hosts ?? [{ host: o.host, port: o.port }], target, 'MySQL', (address) => this.open(address, target !== 'any'));
  }

  /** Opens a connection to one server; reads `@@global.read_only` when the target needs it. */
  private async open(address: TargetAddress, readMode: boolean): Promise<OpenedSession<DriverConnection>> {
    // Loaded here so that compiling MySQL SQL never needs the driver.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mysql = require('mysql2/promise') as typeof import('mysql2/promise');
    const o = this.options;
    const config: ConnectionOptions = {
      ...(address.host === undefined ? {} : { host: address.host }),
      ...(address.port === undefined ? {} : { port: address.port }),
      ...(o.user === undefined ? {} : { user: o.user }),
      ...(o.password === undefined ? {} : { password: o.password }),
      ...(o.database === undefined ? {} : { database: o.database }),
      ...(o.ssl === undefined || o.ssl === false ? {} : { ssl: o.ssl === true ? {} : (o.ssl as ConnectionOptions['ssl']) }),
      ...(o.connectTimeout === undefined ? {} : { connectTimeout: o.connectTimeout }),
      charset: 'UTF8MB4_UNICODE_520_CI',
      timezone: 'Z',
      dateStrings: true,
      // JSON as text, decoded once by the json codec: parsed here too, a JSON string such as "123" would be read twice (as 123).
      jsonStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
      decimalNumbers: false,
      // mysql2 keeps prepared statements per connection in an LRU of this size and closes those it drops.
      maxPreparedStatements: o.maxPreparedStatements ?? 200,
    };
    const connection = await mysql.createConnection(config);
    // Wrapped first, so its 'error' listener is there before anything can go wrong.
    const wrapped = new MysqlConnection(connection, () => mysql.createConnection({ ...config, connectTimeout: 2_000 }), o.preparedStatements !== false, o.localInfile !== false);
    let readOnly = false;
    try {
      // DATETIME columns hold UTC wall-clock time, and NOW() should agree; the zone is bound, not spliced.
      // NO_AUTO_VALUE_ON_ZERO: an explicit 0 into an AUTO_INCREMENT key is stored as 0, as everywhere else,
      // not replaced by a generated value (which a later insert would then collide with).
      await connection.execute("SET time_zone = ?, sql_mode = CONCAT_WS(',', NULLIF(@@sql_mode, ''), 'NO_AUTO_VALUE_ON_ZERO')", [o.timezone ?? '+00:00']);
      if (readMode) {
        const [rows] = await connection.query('SELECT @@global.read_only AS read_only');
        readOnly = Number((rows as { read_only: unknown }[])[0]?.read_only) === 1;
      }
    } catch (error) {
      await wrapped.close();
      throw error;
    }
    return { connection: wrapped, readOnly, standby: readOnly, close: () => wrapped.close() };
  }
}
