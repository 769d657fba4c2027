/**
 * Errors raised by alkahest before a statement reaches the database.
 *
 * Every error names what was wrong and where, so that a bad statement is
 * refused with a message a person can act on, never turned into wrong SQL.
 */

/** Base class of every error alkahest raises itself. */
export class AlkahestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A statement could not be compiled: it is incomplete or inconsistent. */
export class CompileError extends AlkahestError {}

/**
 * The target dialect can neither run a feature nor emulate it.
 *
 * @example
 * ```ts
 * try { mysql.compile(q) } catch (e) {
 *   if (e instanceof UnsupportedFeatureError) console.log(e.feature, e.dialect);
 * }
 * ```
 */
export class UnsupportedFeatureError extends CompileError {
  constructor(
    readonly feature: string,
    readonly dialect: string,
    hint?: string,
  ) {
    super(`${feature} is not supported by the ${dialect} dialect${hint ? `: ${hint}` : ''}`);
  }
}

/**
 * A statement nested deeper than a compile can render (see `MAX_NESTING_DEPTH`):
 * a filter of a thousand nested and()/or(), or a chain of a thousand `.plus()`.
 * Build such conditions flat — `and(...conditions)` takes any number of items —
 * or split the statement.
 *
 * @example
 * ```ts
 * try { engine.compile(q) } catch (e) {
 *   if (e instanceof ExpressionTooDeepError) console.log(e.depth, e.limit);
 * }
 * ```
 */
export class ExpressionTooDeepError extends CompileError {
  constructor(
    /** The nesting depth met, when known (a stack overflow inside the compiler does not say). */
    readonly depth: number | undefined,
    readonly limit: number,
    cause?: unknown,
  ) {
    super(
      `the statement is nested ${depth === undefined ? 'too deeply for the compiler' : `${depth} levels deep`}; at most ${limit} levels compile. ` +
        'Build long conditions flat (and(a, b, c, …) rather than and(a, and(b, and(c, …)))) or split the statement',
      cause === undefined ? undefined : { cause },
    );
  }
}

/** A value given to a builder cannot be bound for the column or type it meets. */
export class InvalidValueError extends AlkahestError {}

/**
 * A row given to `engine.load()` cannot be loaded: a value its column refuses
 * (the same check as every bound value), a key the table has no column for,
 * or a row that leaves out a column the load writes. Nothing of the load is
 * kept (it runs in one transaction).
 *
 * @example
 * ```ts
 * try { await engine.load(users, rows) } catch (e) {
 *   if (e instanceof LoadRowError) console.log(e.row, e.column); // 41 'age'
 * }
 * ```
 */
export class LoadRowError extends InvalidValueError {
  constructor(
    message: string,
    /** The row's index in what was given (0 for the first). */
    readonly row: number,
    /** The key of the column (or the unknown key) at fault. */
    readonly column: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A value the database returned cannot be read as its column's type (PostgreSQL's
 * `infinity`, MariaDB's zero date `0000-00-00`): the error names the column and
 * keeps the raw value, so one odd row is reported rather than lost in a RangeError.
 */
export class UnreadableValueError extends AlkahestError {
  constructor(
    /** The result column's key. */
    readonly column: string,
    /** The value as the driver gave it. */
    readonly raw: unknown,
    /** The SQL type it was read as, described (`timestamp`, `date` …). */
    readonly type: string,
    cause?: unknown,
  ) {
    super(
      `column "${column}": cannot read ${typeof raw === 'string' ? JSON.stringify(raw) : String(raw)} as ${type}${cause instanceof Error ? ` (${cause.message})` : ''}`,
      cause === undefined ? undefined : { cause },
    );
  }
}

/** A name (table, column, alias, function…) is not acceptable as an identifier. */
export class InvalidIdentifierError extends AlkahestError {}

/** A schema definition (table, column, constraint, metadata) is inconsistent. */
export class SchemaError extends AlkahestError {}

/**
 * The database refused or failed a statement. The driver's error is kept as
 * `cause`; `sql` is the statement that failed (its placeholders, never its
 * values), `code` the driver's own code (`23505`, `ER_DUP_ENTRY`,
 * `SQLITE_CONSTRAINT_UNIQUE`, `ORA-00001`) and `sqlState` the five-character
 * SQLSTATE, filled on every driver: the server's where it gives a specific
 * one (PostgreSQL, MySQL/MariaDB), else the standard code of the error's kind
 * (SQLite, Oracle), else `HY000` (general error).
 *
 * The message never holds a bound value: where a database quotes the value
 * it refused (`Duplicate entry 'ada@example.com'`, `invalid input syntax for
 * type integer: "abc"`), the quote is replaced by `(value withheld)`. The
 * driver's own error, with the value, stays in `cause`.
 *
 * @example
 * ```ts
 * try { await engine.execute(insert(users).values(user)) }
 * catch (e) { if (e instanceof DatabaseError) log.warn({ sqlState: e.sqlState, sql: e.sql }, e.message); }
 * ```
 */
export class DatabaseError extends AlkahestError {
  /** The SQLSTATE of errors of this class when the driver gives none (`HY000`, general error, here). */
  static readonly standardSqlState: string = 'HY000';
  /** The SQLSTATE (`23505`, `22001` …); `HY000` when nothing more specific is known. */
  readonly sqlState: string;
  constructor(
    message: string,
    readonly sql: string | undefined,
    readonly code: string | undefined,
    cause: unknown,
    sqlState?: string,
  ) {
    super(message, { cause });
    this.sqlState = sqlState ?? (cause instanceof DatabaseError ? cause.sqlState : (new.target as typeof DatabaseError).standardSqlState);
  }
}
