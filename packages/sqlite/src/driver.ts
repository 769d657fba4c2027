/**
 * The better-sqlite3 adapter.
 */
import {
  CompiledQuery,
  DatabaseErrorKind,
  Driver,
  DriverConnection,
  DriverResult,
  LoadPlan,
  TransactionOptions,
  UnsupportedFeatureError,
} from '@alkahest/core/dialect';
import type BetterSqlite3 from 'better-sqlite3';
import { registerSqliteFunctions } from './functions';

/** Options of the SQLite driver. */
export interface SqliteDriverOptions {
  /** A file path, or `:memory:`. */
  readonly filename: string;
  /** Open read-only. */
  readonly readonly?: boolean;
  /** Milliseconds to wait for a lock before SQLITE_BUSY (default 5000). */
  readonly busyTimeout?: number;
  /** Prepared statements kept per connection (default 200). */
  readonly statementCacheSize?: number;
  /**
   * Read by the dialect, not the driver: tables alkahest creates enforce
   * declared `varchar(n)` / `char(n)` lengths with a CHECK, as PostgreSQL and
   * MariaDB do (see `SqliteCompilerOptions.enforceLengths`). URL: `?enforceLengths=true`.
   */
  readonly enforceLengths?: boolean;
}

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/**
 * Rows per INSERT of a load: past a couple of hundred, a longer statement
 * saves no measurable time per row, and costs more to compile once.
 */
const SQLITE_LOAD_ROWS = 250;

/** Kinds of result value that need 64-bit integers read exactly. */
const EXACT_INTEGER_KINDS = new Set(['bigint', 'unknown']);

/**
 * Whether a result column needs 64-bit integers read exactly (as bigints,
 * which costs a conversion for every integer of the row): a bigint, a value
 * of unknown type, and a decimal that may be a whole number past 2^53 (stored
 * as an INTEGER): one whose declared integer digits are more than 15, or not
 * declared.
 */
function needsExactIntegers(column: CompiledQuery['columns'][number]): boolean {
  const { kind, options } = column.type;
  if (kind === 'numeric') return options.precision === undefined || options.precision - (options.scale ?? 0) > 15;
  return EXACT_INTEGER_KINDS.has(kind);
}

/** A prepared statement and the modes last set on it (setting a mode is a native call: only when it changes). */
interface Prepared {
  readonly stmt: Statement;
  raw: boolean | undefined;
  safeIntegers: boolean | undefined;
  /** When it was last used, for dropping the least recently used past the cache size. */
  used: number;
  /** The result columns it last ran with, and whether any of them needs exact (bigint) integers. */
  columns: CompiledQuery['columns'] | undefined;
  exactIntegers: boolean;
}

class SqliteConnection implements DriverConnection {
  private readonly statements = new Map<string, Prepared>();
  private clock = 0;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly cacheSize: number,
  ) {}

  private prepare(sql: string): Prepared {
    let prepared = this.statements.get(sql);
    if (prepared === undefined) {
      if (this.statements.size >= this.cacheSize) this.dropLeastRecentlyUsed();
      prepared = { stmt: this.db.prepare(sql) as Statement, raw: undefined, safeIntegers: undefined, used: 0, columns: undefined, exactIntegers: false };
      this.statements.set(sql, prepared);
    }
    prepared.used = ++this.clock;
    return prepared;
  }

  private dropLeastRecentlyUsed(): void {
    let oldest: string | undefined;
    let oldestUse = Infinity;
    for (const [sql, prepared] of this.statements) {
      if (prepared.used < oldestUse) {
        oldestUse = prepared.used;
        oldest = sql;
      }
    }
    if (oldest !== undefined) this.statements.delete(oldest);
  }

  /**
   * Whether the statement must read integers as bigints, decided once per
   * column list (a prepared query runs with the same list every time; raw
   * SQL of the same text may declare other columns).
   */
  private exactIntegers(prepared: Prepared, columns: CompiledQuery['columns']): boolean {
    if (prepared.columns !== columns) {
      prepared.columns = columns;
      prepared.exactIntegers = columns.some(needsExactIntegers);
    }
    return prepared.exactIntegers;
  }

  /** Sets a statement's result modes, calling into better-sqlite3 only for a change. */
  private modes(prepared: Prepared, raw: boolean, safeIntegers: boolean): Statement {
    if (prepared.safeIntegers !== safeIntegers) {
      prepared.stmt.safeIntegers(safeIntegers);
      prepared.safeIntegers = safeIntegers;
    }
    if (prepared.raw !== raw) {
      prepared.stmt.raw(raw);
      prepared.raw = raw;
    }
    return prepared.stmt;
  }

  async execute(query: CompiledQuery): Promise<DriverResult> {
    return this.executeSync(query);
  }

  executeSync(query: CompiledQuery): DriverResult {
    const prepared = this.prepare(query.sql);
    const params = query.params as unknown[];
    if (prepared.stmt.reader) {
      const exact = this.exactIntegers(prepared, query.columns);
      if (query.columns.length > 0) {
        const rows = this.modes(prepared, true, exact).all(...params) as unknown[][];
        // INSERT/UPDATE/DELETE … RETURNING gives one row per row it changed.
        return { rows, rowsAffected: query.statementKind === 'select' ? 0 : rows.length };
      }
      const rows = this.modes(prepared, false, exact).all(...params) as Record<string, unknown>[];
      return { rows, rowsAffected: 0 };
    }
    // The values as one array (bound in order): spreading a batch's thousands of values costs a call frame as large.
    const info = prepared.stmt.run(params);
    if (query.statementKind !== 'insert') return { rows: [], rowsAffected: info.changes };
    // An INSERT's insertId is its first row's key; SQLite gives the last, and numbers one statement's rows
    // consecutively. A number: only statements that read rows are ever set to give bigints (modes()).
    return { rows: [], rowsAffected: info.changes, insertId: (info.lastInsertRowid as number) - Math.max(info.changes - 1, 0) };
  }

  /**
   * Prepared INSERTs inside the engine's transaction (one journal commit):
   * a multi-row INSERT prepared once for a whole batch of rows (one call into
   * SQLite per batch rather than per row), the one-row INSERT for a batch of one.
   */
  async load(plan: LoadPlan, rows: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
    let count = 0;
    for await (const batch of rows) {
      for (let from = 0; from < batch.length; ) {
        const n = Math.min(plan.maxRowsPerInsert, SQLITE_LOAD_ROWS, batch.length - from);
        const values: unknown[] = [];
        for (let r = from; r < from + n; r++) for (const value of batch[r]!) values.push(value);
        this.prepare(plan.insertRowsSql(n)).stmt.run(values);
        from += n;
      }
      count += batch.length;
    }
    return count;
  }

  /** Iterates the statement's rows (better-sqlite3's iterate()), a batch at a time. */
  async *stream(query: CompiledQuery, batchSize: number): AsyncGenerator<readonly (readonly unknown[])[], void, undefined> {
    const prepared = this.prepare(query.sql);
    const stmt = this.modes(prepared, true, this.exactIntegers(prepared, query.columns));
    const rows = stmt.iterate(...(query.params as unknown[])) as IterableIterator<unknown[]>;
    let batch: unknown[][] = [];
    // A consumer that stops early returns this generator at a yield inside the loop, and leaving a
    // for-of returns its iterator: better-sqlite3 then ends the statement.
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /**
   * SQLite transactions are always serializable, which satisfies every
   * isolation level; read-only ones use `PRAGMA query_only` until they end.
   */
  async begin(options: TransactionOptions = {}): Promise<void> {
    if (options.deferrable) throw new UnsupportedFeatureError('DEFERRABLE transactions', 'sqlite');
    // IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so two connections
    // can never deadlock upgrading read locks; read-only transactions need no write lock.
    this.db.exec(options.readOnly ? 'BEGIN' : 'BEGIN IMMEDIATE');
    if (options.readOnly) {
      this.db.pragma('query_only = ON');
      this.readOnly = true;
    }
  }
  async commit(): Promise<void> {
    try {
      this.db.exec('COMMIT');
    } finally {
      this.endReadOnly();
    }
  }
  async rollback(): Promise<void> {
    try {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
    } finally {
      this.endReadOnly();
    }
  }
  async savepoint(name: string): Promise<void> {
    this.db.exec(`SAVEPOINT ${name}`);
  }
  async releaseSavepoint(name: string): Promise<void> {
    this.db.exec(`RELEASE SAVEPOINT ${name}`);
  }
  async rollbackToSavepoint(name: string): Promise<void> {
    this.db.exec(`ROLLBACK TO SAVEPOINT ${name}`);
  }
  private readOnly = false;
  private endReadOnly(): void {
    if (this.readOnly) {
      this.db.pragma('query_only = OFF');
      this.readOnly = false;
    }
  }
  async ping(): Promise<void> {
    if (!this.db.open) throw new Error('the SQLite database is closed');
  }
  async close(): Promise<void> {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}

/** The failure of `CHECK (length("col") <= n)`, unnamed, as SQLite reports it. */
const LENGTH_CHECK = /^CHECK constraint failed: length\("(?:[^"]|"")+"\) <= \d+$/;

/** Classifies better-sqlite3 errors by their extended result code. @internal */
export function classifySqliteError(error: unknown): DatabaseErrorKind | undefined {
  const code = (error as { code?: unknown })?.code;
  const message = String((error as { message?: unknown })?.message ?? '');
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return 'unique-violation';
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return 'foreign-key-violation';
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return 'not-null-violation';
    case 'SQLITE_CONSTRAINT_CHECK':
      // The CHECK an enforced length writes (SqliteCompiler.typeChecks): a value too long, as on PostgreSQL and MariaDB.
      return LENGTH_CHECK.test(message) ? 'value-too-long' : 'check-violation';
    case 'SQLITE_CONSTRAINT_DATATYPE':
      // A STRICT table refusing a value of another type: "cannot store TEXT value in INTEGER column t.n".
      return 'invalid-text-representation';
    case 'SQLITE_TOOBIG':
      return 'value-too-long';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'timeout';
    case 'SQLITE_ERROR':
      if (/syntax error|incomplete input/.test(message)) return 'syntax-error';
      // sum() and abs() of integers past 64 bits.
      if (/integer overflow/.test(message)) return 'numeric-out-of-range';
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Opens SQLite databases with better-sqlite3. Its pool holds one connection:
 * an in-memory database lives in it, and a synchronous driver gains nothing
 * from more.
 */
export class SqliteDriver implements Driver {
  readonly classifyError = classifySqliteError;
  readonly poolDefaults: { readonly min?: number; readonly max?: number };

  constructor(private readonly options: SqliteDriverOptions) {
    // One connection: every connection to :memory: would be a different, empty database, and
    // better-sqlite3 is synchronous, so more connections to a file add lock waits, not parallelism.
    this.poolDefaults = { min: 0, max: 1 };
  }

  async connect(): Promise<DriverConnection> {
    // Loaded here so that compiling SQLite SQL never needs the native module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3') as typeof BetterSqlite3;
    const db = new Database(this.options.filename, { readonly: this.options.readonly === true });
    db.pragma(`busy_timeout = ${Math.trunc(this.options.busyTimeout ?? 5000)}`);
    db.pragma('foreign_keys = ON');
    // LIKE compares exactly, as on the other databases (SQLite's default folds ASCII case).
    db.pragma('case_sensitive_like = ON');
    registerSqliteFunctions(db);
    return new SqliteConnection(db, this.options.statementCacheSize ?? 200);
  }
}
