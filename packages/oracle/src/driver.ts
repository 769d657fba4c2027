/**
 * The oracledb adapter, in thin mode: pure JavaScript, no Oracle Client
 * libraries (initOracleClient is never called).
 *
 * Transactions: Oracle has no BEGIN; every statement runs inside an implicit
 * transaction that lasts until COMMIT or ROLLBACK. So outside
 * `engine.transaction()` each statement is executed with `autoCommit: true`
 * (it commits as it completes, like autocommit elsewhere), and between
 * `begin()` and `commit()`/`rollback()` with `autoCommit: false`. DDL commits
 * implicitly in Oracle, inside a transaction too.
 */
import {
  AlkahestError,
  CompiledQuery,
  DatabaseErrorKind,
  Driver,
  DriverConnection,
  type DriverErrorDetails,
  DriverResult,
  isMicrosTimestamp,
  LoadPlan,
  TransactionOptions,
  UnsupportedFeatureError,
  withholdValues,
} from '@alkahest/core/dialect';
import type OracleDB from 'oracledb';
import { dateWallClock, numberFromText, timestampAsUtc } from './fetch';
import { OutBind, outBindDefinition, rowsFromOutBinds } from './returning';
import { LoadConstants, loadBindDefs } from './load';

/**
 * Options of the Oracle driver.
 *
 * @example
 * ```ts
 * new OracleDriver({ connectString: 'localhost:1521/FREEPDB1', user: 'app', password: 'secret', connectTimeout: 10 });
 * ```
 */
export interface OracleDriverOptions {
  /** Easy Connect string: `host:port/service_name`. */
  readonly connectString: string;
  readonly user?: string;
  readonly password?: string;
  /** Statements cached per connection by oracledb (its default is 30). */
  readonly stmtCacheSize?: number;
  /** Seconds to wait for a connection to be established. */
  readonly connectTimeout?: number;
}

/**
 * Session settings of every connection: UTC as the session time zone (so
 * TIMESTAMP columns, which hold UTC wall-clock time, compare correctly with
 * SYSTIMESTAMP and CURRENT_TIMESTAMP), '.' as the decimal separator, so
 * decimal strings bound for NUMBER columns convert whatever the territory,
 * and ISO date and timestamp formats, so that any text Oracle converts
 * implicitly (a raw fragment, a value not bound typed) is read one way
 * whatever the client's NLS_LANG or the database's defaults.
 *
 * @example
 * ```ts
 * await connection.execute(SESSION_SETUP, [], { autoCommit: false }); // what OracleDriver.connect() does
 * ```
 */
export const SESSION_SETUP =
  "ALTER SESSION SET TIME_ZONE = '+00:00' NLS_NUMERIC_CHARACTERS = '.,' NLS_DATE_FORMAT = 'YYYY-MM-DD HH24:MI:SS' " +
  "NLS_TIMESTAMP_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF' NLS_TIMESTAMP_TZ_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF TZH:TZM'";

/**
 * The oracledb constants the adapter uses (the oracledb module itself fits).
 *
 * @example
 * ```ts
 * const constants: OracledbConstants = require('oracledb');
 * ```
 */
export type OracledbConstants = Pick<
  typeof OracleDB,
  | 'OUT_FORMAT_ARRAY'
  | 'OUT_FORMAT_OBJECT'
  | 'STRING'
  | 'BUFFER'
  | 'DB_TYPE_NUMBER'
  | 'DB_TYPE_CLOB'
  | 'DB_TYPE_NCLOB'
  | 'DB_TYPE_BLOB'
  | 'DB_TYPE_DATE'
  | 'DB_TYPE_TIMESTAMP'
  | 'DB_TYPE_TIMESTAMP_TZ'
  | 'BIND_OUT'
> &
  Partial<LoadConstants>;

/**
 * The part of an oracledb connection the adapter uses (an oracledb Connection
 * fits; tests pass a fake).
 *
 * @example
 * ```ts
 * const raw: OracledbConnectionLike = await oracledb.getConnection({ connectString, user, password });
 * ```
 */
export interface OracledbConnectionLike {
  execute(sql: string, binds: OracleDB.BindParameters, options: OracleDB.ExecuteOptions): Promise<OracleDB.Result<unknown>>;
  /** oracledb's batch execution, for `engine.load()` (row by row without it). */
  executeMany?(sql: string, binds: unknown[][], options: OracleDB.ExecuteManyOptions): Promise<OracleDB.Results<unknown>>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  ping(): Promise<void>;
  break(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A fetch type handler (see fetch.ts for the conversions).
 *
 * @example
 * ```ts
 * const handler: FetchTypeHandler = makeFetchTypeHandler(oracledb);
 * ```
 */
export type FetchTypeHandler = (metadata: OracleDB.Metadata<unknown>) => OracleDB.FetchTypeResponse | undefined;

/**
 * The fetch type handler of every query: NUMBER as exact text (then a number
 * when nothing is lost), CLOB as string, BLOB as Buffer, DATE and TIMESTAMP
 * by their wall-clock fields; with `timestampsAsText` (a query that reads a
 * microsecond timestamp column), TIMESTAMP [WITH TIME ZONE] as text.
 *
 * @example
 * ```ts
 * const handler = makeFetchTypeHandler(require('oracledb'));
 * await connection.execute(sql, [], { fetchTypeHandler: handler });
 * ```
 */
export function makeFetchTypeHandler(lib: OracledbConstants, timestampsAsText = false): FetchTypeHandler {
  return (metadata) => {
    // A query reading a microsecond timestamp fetches every TIMESTAMP as text (the session's ISO
    // formats, all fraction digits): a Date would stop at milliseconds. Its Date columns read that text too.
    if (timestampsAsText && (metadata.dbType === lib.DB_TYPE_TIMESTAMP || metadata.dbType === lib.DB_TYPE_TIMESTAMP_TZ)) return { type: lib.STRING };
    switch (metadata.dbType) {
      case lib.DB_TYPE_NUMBER:
        return { type: lib.STRING, converter: numberFromText };
      case lib.DB_TYPE_CLOB:
      case lib.DB_TYPE_NCLOB:
        return { type: lib.STRING };
      case lib.DB_TYPE_BLOB:
        return { type: lib.BUFFER };
      case lib.DB_TYPE_DATE:
        return { converter: dateWallClock };
      case lib.DB_TYPE_TIMESTAMP:
        return { converter: timestampAsUtc };
      default:
        return undefined;
    }
  };
}

/**
 * One oracledb connection as a {@link DriverConnection}.
 *
 * @example
 * ```ts
 * const connection = new OracleConnection(await oracledb.getConnection({ … }), oracledb);
 * await connection.execute(new OracleCompiler().compile(select(users.c.id).from(users)));
 * ```
 */
export class OracleConnection implements DriverConnection {
  private inTransaction = false;
  private readonly fetchTypeHandler: FetchTypeHandler;
  private readonly textTimestampHandler: FetchTypeHandler;

  constructor(
    private readonly connection: OracledbConnectionLike,
    private readonly lib: OracledbConstants,
  ) {
    this.fetchTypeHandler = makeFetchTypeHandler(lib);
    this.textTimestampHandler = makeFetchTypeHandler(lib, true);
  }

  /** The fetch type handler of a query: timestamps as text where it reads a microsecond timestamp. */
  private handlerFor(query: CompiledQuery): FetchTypeHandler {
    return query.columns.some((c) => isMicrosTimestamp(c.type)) ? this.textTimestampHandler : this.fetchTypeHandler;
  }

  /** Whether a transaction begun with {@link begin} is open. */
  get transactionOpen(): boolean {
    return this.inTransaction;
  }

  async execute(query: CompiledQuery): Promise<DriverResult> {
    if (query.params.some((p) => p instanceof OutBind)) return this.executeReturning(query);
    // Arrays when the compiler knows the columns; objects for raw SQL, keyed by Oracle's column names.
    const arrays = query.columns.length > 0 || query.statementKind !== 'raw';
    const result = await this.connection.execute(query.sql, query.params as unknown[], {
      autoCommit: !this.inTransaction,
      outFormat: arrays ? this.lib.OUT_FORMAT_ARRAY : this.lib.OUT_FORMAT_OBJECT,
      fetchTypeHandler: this.handlerFor(query),
    });
    const rows = (result.rows ?? []) as DriverResult['rows'];
    return { rows, rowsAffected: result.rowsAffected ?? 0 };
  }

  /** `… RETURNING … INTO :n`: the OUT binds' values, one array per variable, become rows. */
  private async executeReturning(query: CompiledQuery): Promise<DriverResult> {
    const read: ((value: unknown) => unknown)[] = [];
    const binds = query.params.map((p) => {
      if (!(p instanceof OutBind)) return p;
      const definition = outBindDefinition(this.lib, p.type);
      read.push(definition.read);
      return definition.bind;
    });
    const result = await this.connection.execute(query.sql, binds as OracleDB.BindParameters, { autoCommit: !this.inTransaction });
    return { rows: rowsFromOutBinds(result.outBinds, read), rowsAffected: result.rowsAffected ?? 0 };
  }

  /**
   * The plan's one-row INSERT by `executeMany()`, a batch per call, with bind
   * definitions (load.ts), inside the engine's transaction.
   */
  async load(plan: LoadPlan, rows: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
    let count = 0;
    const executeMany = this.connection.executeMany?.bind(this.connection);
    for await (const batch of rows) {
      if (executeMany === undefined || this.lib.DB_TYPE_VARCHAR === undefined) {
        for (const row of batch) count += (await this.connection.execute(plan.insertSql, row as unknown[], { autoCommit: !this.inTransaction })).rowsAffected ?? 0;
        continue;
      }
      const { defs, rows: binds } = loadBindDefs(this.lib as LoadConstants, batch, plan.columns.length);
      const result = await executeMany(plan.insertSql, binds, { autoCommit: !this.inTransaction, bindDefs: defs });
      count += result.rowsAffected ?? 0;
    }
    return count;
  }

  async begin(options: TransactionOptions = {}): Promise<void> {
    if (this.inTransaction) throw new AlkahestError('an Oracle transaction is already open on this connection');
    // The transaction starts with the next statement; SET TRANSACTION must be that statement.
    const setting = oracleTransactionSetting(options);
    if (setting !== undefined) await this.connection.execute(setting, [], { autoCommit: false });
    this.inTransaction = true;
  }

  async savepoint(name: string): Promise<void> {
    await this.connection.execute(`SAVEPOINT ${name}`, [], { autoCommit: false });
  }

  /** Oracle has no RELEASE SAVEPOINT: a savepoint lives until the transaction ends. */
  async releaseSavepoint(name: string): Promise<void> {
    void name;
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.connection.execute(`ROLLBACK TO SAVEPOINT ${name}`, [], { autoCommit: false });
  }

  async commit(): Promise<void> {
    try {
      await this.connection.commit();
    } finally {
      this.inTransaction = false;
    }
  }

  async rollback(): Promise<void> {
    try {
      await this.connection.rollback();
    } finally {
      this.inTransaction = false;
    }
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  /** Rows from an oracledb result set, `batchSize` at a time; the result set is closed however the loop ends. */
  async *stream(query: CompiledQuery, batchSize: number): AsyncGenerator<readonly (readonly unknown[])[], void, undefined> {
    const result = await this.connection.execute(query.sql, query.params as unknown[], {
      autoCommit: false,
      resultSet: true,
      outFormat: this.lib.OUT_FORMAT_ARRAY,
      fetchTypeHandler: this.handlerFor(query),
    });
    const resultSet = result.resultSet as { getRows(n: number): Promise<unknown[][]>; close(): Promise<void> } | undefined;
    if (resultSet === undefined) return;
    try {
      for (;;) {
        const rows = await resultSet.getRows(batchSize);
        if (rows.length === 0) return;
        yield rows;
      }
    } finally {
      await resultSet.close();
    }
  }

  /** Interrupts the running statement on the server (oracledb's break()). */
  async cancel(): Promise<void> {
    await this.connection.break();
  }

  async close(): Promise<void> {
    // Closing rolls back whatever is uncommitted.
    await this.connection.close();
  }
}

/**
 * The `SET TRANSACTION` statement for options, if any. Oracle has READ COMMITTED
 * and SERIALIZABLE; a weaker level asked for gets the next stronger one, as the
 * SQL standard allows.
 * @internal
 */
export function oracleTransactionSetting(options: TransactionOptions): string | undefined {
  if (options.deferrable) throw new UnsupportedFeatureError('DEFERRABLE transactions', 'oracle');
  // READ ONLY gives transaction-level read consistency, which every isolation level allows.
  if (options.readOnly) return 'SET TRANSACTION READ ONLY';
  switch (options.isolation) {
    case undefined:
      return undefined;
    case 'read uncommitted':
    case 'read committed':
      return 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED';
    case 'repeatable read':
    case 'serializable':
      return 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE';
  }
}

/** ORA- codes (and oracledb's own) by the kind of failure they are. */
const ORACLE_KINDS: Readonly<Record<string, DatabaseErrorKind>> = {
  'ORA-00001': 'unique-violation',
  'ORA-02291': 'foreign-key-violation',
  'ORA-02292': 'foreign-key-violation',
  'ORA-01400': 'not-null-violation',
  'ORA-01407': 'not-null-violation',
  'ORA-02290': 'check-violation',
  'ORA-08177': 'serialization-failure',
  'ORA-00060': 'deadlock',
  'ORA-00900': 'syntax-error',
  'ORA-00904': 'syntax-error',
  'ORA-00933': 'syntax-error',
  'ORA-00936': 'syntax-error',
  'ORA-01013': 'timeout',
  // Call timeout exceeded (thin mode; thick mode's DPI-1067 is rewritten to it).
  'NJS-123': 'timeout',
  // oracledb rewrites the disconnect codes (ORA-00028, ORA-03113, ORA-03114, ORA-03135,
  // ORA-01012, ORA-02396, DPI-1080…) to NJS-500 before they reach us (lib/errors.js, adjustErrorXref).
  'NJS-500': 'connection-lost',
  'NJS-501': 'connection-lost',
  'NJS-003': 'connection-lost',
  'ORA-12899': 'value-too-long', // value too large for column
  'ORA-01401': 'value-too-long', // inserted value too large for column (older servers)
  'ORA-01438': 'numeric-out-of-range', // value larger than specified precision allowed for this column
  'ORA-01426': 'numeric-out-of-range', // numeric overflow
  'ORA-01455': 'numeric-out-of-range', // converting column overflows integer datatype
  'ORA-01722': 'invalid-text-representation', // invalid number
  'ORA-06502': 'invalid-text-representation', // PL/SQL: numeric or value error
  'ORA-01476': 'division-by-zero', // divisor is equal to zero
  'ORA-01843': 'invalid-datetime', // not a valid month
  'ORA-01847': 'invalid-datetime', // day of month must be between 1 and last day of month
  'ORA-01839': 'invalid-datetime', // date not valid for month specified
  'ORA-01841': 'invalid-datetime', // (full) year must be between -4713 and +9999
  'ORA-01861': 'invalid-datetime', // literal does not match format string
  'ORA-01858': 'invalid-datetime', // a non-numeric character was found where a numeric was expected
  'ORA-01850': 'invalid-datetime', // hour must be between 0 and 23
  'ORA-01851': 'invalid-datetime', // minutes must be between 0 and 59
  'ORA-01852': 'invalid-datetime', // seconds must be between 0 and 59
};

/**
 * Where Oracle quotes a value in a message: 23ai's `unable to convert string
 * value containing 'abc' to a number` and its `row with column values
 * (EMAIL:'ada@example.com') already exists`. Identifiers are in double quotes.
 */
const ORACLE_QUOTED_VALUES: readonly RegExp[] = [/column values (\([^\n]*\))/g, /('(?:[^']|'')*')/g];

/**
 * An oracledb error's SQLSTATE: Oracle reports none, so `wrapDatabaseError`
 * gives the standard code of its kind; and its message without quoted values.
 * @internal
 */
export function oracleErrorDetails(error: unknown): DriverErrorDetails {
  const message = (error as { message?: unknown })?.message;
  return { message: typeof message === 'string' ? withholdValues(message, ORACLE_QUOTED_VALUES) : undefined };
}

/** Classifies an oracledb error by its `ORA-nnnnn`/`NJS-nnn`/`DPI-nnnn` code. @internal */
export function classifyOracleError(error: unknown): DatabaseErrorKind | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code in ORACLE_KINDS) return ORACLE_KINDS[code];
  const message = (error as { message?: unknown })?.message;
  const match = typeof message === 'string' ? /^(ORA-\d{5}|NJS-\d{3}|DPI-\d{4})/.exec(message) : null;
  return match ? ORACLE_KINDS[match[1]!] : undefined;
}

/** Loads oracledb when the first connection is made, so compiling never needs it. */
function loadOracledb(): typeof OracleDB {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('oracledb') as typeof OracleDB;
  } catch (error) {
    throw new AlkahestError('the Oracle driver needs the oracledb package: npm install oracledb', { cause: error });
  }
}

/**
 * Opens Oracle connections with oracledb in thin mode.
 *
 * @example
 * ```ts
 * const driver = new OracleDriver({ connectString: 'db.example.com:1521/FREEPDB1', user: 'app', password: 's3cret' });
 * const engine = new Engine(oracleDialect(), driver);
 * ```
 */
export class OracleDriver implements Driver {
  readonly classifyError = classifyOracleError;
  readonly errorDetails = oracleErrorDetails;
  constructor(private readonly options: OracleDriverOptions) {}

  async connect(): Promise<DriverConnection> {
    const lib = loadOracledb();
    const o = this.options;
    const attributes: OracleDB.ConnectionAttributes = { connectString: o.connectString };
    if (o.user !== undefined) attributes.user = o.user;
    if (o.password !== undefined) attributes.password = o.password;
    if (o.stmtCacheSize !== undefined) attributes.stmtCacheSize = o.stmtCacheSize;
    if (o.connectTimeout !== undefined) attributes.connectTimeout = o.connectTimeout;
    const connection = await lib.getConnection(attributes);
    try {
      await connection.execute(SESSION_SETUP, [], { autoCommit: false });
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw error;
    }
    return new OracleConnection(connection, lib);
  }
}
