/**
 * Typed errors for what a database reports. Each dialect's driver classifies
 * its driver's errors into a {@link DatabaseErrorKind}; the engine raises the
 * matching class, keeping the driver's error as `cause`, the SQL that failed
 * and the driver's code.
 */
import { DatabaseError } from './errors';
import type { DriverErrorDetails } from './driver-errors';

/** What went wrong, independent of the database. */
export type DatabaseErrorKind =
  | 'connection-lost'
  | 'timeout'
  | 'unique-violation'
  | 'foreign-key-violation'
  | 'not-null-violation'
  | 'check-violation'
  | 'serialization-failure'
  | 'deadlock'
  | 'syntax-error'
  | 'schema-changed'
  | 'value-too-long'
  | 'numeric-out-of-range'
  | 'invalid-text-representation'
  | 'division-by-zero'
  | 'invalid-datetime';

/** The connection broke (server restart, killed session, network): the connection is discarded. */
export class ConnectionLostError extends DatabaseError {
  static override readonly standardSqlState: string = '08006';
}
/** The statement was cancelled: a statement timeout, a lock wait timeout or a cancel request. */
export class QueryTimeoutError extends DatabaseError {
  static override readonly standardSqlState: string = '57014';
}
/** A UNIQUE or PRIMARY KEY constraint refused a row. */
export class UniqueViolationError extends DatabaseError {
  static override readonly standardSqlState: string = '23505';
}
/** A FOREIGN KEY constraint refused a change. */
export class ForeignKeyViolationError extends DatabaseError {
  static override readonly standardSqlState: string = '23503';
}
/** A NOT NULL constraint refused a row. */
export class NotNullViolationError extends DatabaseError {
  static override readonly standardSqlState: string = '23502';
}
/** A CHECK constraint refused a row. */
export class CheckViolationError extends DatabaseError {
  static override readonly standardSqlState: string = '23514';
}
/** A serializable transaction could not be serialized; retrying the whole transaction may succeed. */
export class SerializationFailureError extends DatabaseError {
  static override readonly standardSqlState: string = '40001';
}
/** The transaction was chosen as a deadlock victim; retrying the whole transaction may succeed. */
export class DeadlockError extends DatabaseError {
  static override readonly standardSqlState: string = '40001';
}
/** The database could not parse the SQL. */
export class SqlSyntaxError extends DatabaseError {
  static override readonly standardSqlState: string = '42601';
}
/**
 * A statement prepared on the connection before a schema change (ALTER
 * TABLE, a table dropped and created again) could not run inside a
 * transaction, which the failure aborted. The statement was forgotten:
 * running the transaction again prepares it afresh (`retry` does so).
 */
export class SchemaChangedError extends DatabaseError {
  static override readonly standardSqlState: string = '0A000';
}

/**
 * A value the database could not store or compute (SQLSTATE class 22, "data
 * exception"): the base of the data errors below. Its message says what was
 * wrong and never quotes the value.
 *
 * @example
 * ```ts
 * try { await engine.execute(insert(users).values(form)) }
 * catch (e) { if (e instanceof DataError) return badRequest(e.sqlState, e.message); throw e; }
 * ```
 */
export class DataError extends DatabaseError {
  static override readonly standardSqlState: string = '22000';
}
/** A string longer than its column's declared length (SQLSTATE 22001). */
export class ValueTooLongError extends DataError {
  static override readonly standardSqlState: string = '22001';
}
/** A number outside its column's or operation's range: an integer overflow, a numeric's precision (SQLSTATE 22003). */
export class NumericOutOfRangeError extends DataError {
  static override readonly standardSqlState: string = '22003';
}
/** Text the database could not read as the type it needed (`'abc'` as an integer; SQLSTATE 22P02 on PostgreSQL). */
export class InvalidTextRepresentationError extends DataError {
  static override readonly standardSqlState: string = '22P02';
}
/** A division (or modulo) by zero that the database refuses rather than answering NULL (SQLSTATE 22012). */
export class DivisionByZeroError extends DataError {
  static override readonly standardSqlState: string = '22012';
}
/** A date, time or timestamp that does not exist or cannot be read (month 13, February 30; SQLSTATE 22007/22008). */
export class InvalidDatetimeError extends DataError {
  static override readonly standardSqlState: string = '22007';
}

/**
 * A write (or a COMMIT) was sent, but no answer came back: the connection
 * broke, or the server did not answer the cancel of a timeout. It may or may
 * not have been applied, so it is not safe to retry blindly. `cause` is what
 * happened to the connection (a {@link ConnectionLostError} or a
 * {@link QueryTimeoutError}). Deliberately not a subclass of either: code
 * that retries on a lost connection must not retry this.
 *
 * @example
 * ```ts
 * try { await engine.execute(insert(payments).values(payment), { timeoutMillis: 2_000 }) }
 * catch (e) { if (e instanceof OutcomeUnknownError) await reconcile(payment.id); else throw e; }
 * ```
 */
export class OutcomeUnknownError extends DatabaseError {
  constructor(override readonly cause: DatabaseError) {
    super(`the outcome is unknown: the statement may or may not have been applied (${cause.message})`, cause.sql, cause.code, cause, cause.sqlState);
  }
}

const CLASSES: Record<DatabaseErrorKind, typeof DatabaseError> = {
  'connection-lost': ConnectionLostError,
  timeout: QueryTimeoutError,
  'unique-violation': UniqueViolationError,
  'foreign-key-violation': ForeignKeyViolationError,
  'not-null-violation': NotNullViolationError,
  'check-violation': CheckViolationError,
  'serialization-failure': SerializationFailureError,
  deadlock: DeadlockError,
  'syntax-error': SqlSyntaxError,
  'schema-changed': SchemaChangedError,
  'value-too-long': ValueTooLongError,
  'numeric-out-of-range': NumericOutOfRangeError,
  'invalid-text-representation': InvalidTextRepresentationError,
  'division-by-zero': DivisionByZeroError,
  'invalid-datetime': InvalidDatetimeError,
};



/**
 * Wraps a driver error in the error class of its kind (plain
 * {@link DatabaseError} when the kind is unknown).
 * @internal
 */
export function wrapDatabaseError(cause: unknown, kind: DatabaseErrorKind | undefined, sql: string | undefined, details?: DriverErrorDetails): DatabaseError {
  const raw = cause as { message?: unknown; code?: unknown; errno?: unknown };
  const code = raw?.code ?? raw?.errno;
  const text = details?.message ?? (typeof raw?.message === 'string' ? raw.message : String(cause));
  const message = `${text}${sql === undefined ? '' : `\n  in: ${sql}`}`;
  const ErrorClass = kind === undefined ? DatabaseError : CLASSES[kind];
  const given = details?.sqlState;
  // A class code (`23000`, `HY000`) says less than the kind's own: MySQL's duplicate key is 23505 as on PostgreSQL.
  const sqlState = given !== undefined && !given.endsWith('000') ? given : kind === undefined ? (given ?? 'HY000') : ErrorClass.standardSqlState;
  return new ErrorClass(message, sql, code === undefined ? undefined : String(code), cause, sqlState);
}

/**
 * Whether retrying the whole transaction may succeed.
 *
 * A {@link SerializationFailureError}, {@link DeadlockError} or {@link SchemaChangedError}.
 *
 * @example
 * ```ts
 * try {
 *   await engine.transaction(async (tx) => tx.execute(update(items).set({ stock: 0 })), { isolation: 'serializable' });
 * } catch (error) {
 *   if (isRetryable(error)) console.log('run it again, or pass { retry: true } to engine.transaction');
 *   throw error;
 * }
 * ```
 */
export function isRetryable(error: unknown): boolean {
  return error instanceof SerializationFailureError || error instanceof DeadlockError || error instanceof SchemaChangedError;
}
