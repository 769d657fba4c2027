/**
 * Typed errors for what a database reports. Each dialect's driver classifies
 * its driver's errors into a {@link DatabaseErrorKind}; the engine raises the
 * matching class, keeping the driver's error as `cause`, the SQL that failed
 * and the driver's code.
 */
import { DatabaseError } from './errors';

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
  | 'schema-changed';

/** The connection broke (server restart, killed session, network): the connection is discarded. */
export class ConnectionLostError extends DatabaseError {}
/** The statement was cancelled: a statement timeout, a lock wait timeout or a cancel request. */
export class QueryTimeoutError extends DatabaseError {}
/** A UNIQUE or PRIMARY KEY constraint refused a row. */
export class UniqueViolationError extends DatabaseError {}
/** A FOREIGN KEY constraint refused a change. */
export class ForeignKeyViolationError extends DatabaseError {}
/** A NOT NULL constraint refused a row. */
export class NotNullViolationError extends DatabaseError {}
/** A CHECK constraint refused a row. */
export class CheckViolationError extends DatabaseError {}
/** A serializable transaction could not be serialized; retrying the whole transaction may succeed. */
export class SerializationFailureError extends DatabaseError {}
/** The transaction was chosen as a deadlock victim; retrying the whole transaction may succeed. */
export class DeadlockError extends DatabaseError {}
/** The database could not parse the SQL. */
export class SqlSyntaxError extends DatabaseError {}
/**
 * A statement prepared on the connection before a schema change (ALTER
 * TABLE, a table dropped and created again) could not run inside a
 * transaction, which the failure aborted. The statement was forgotten:
 * running the transaction again prepares it afresh (`retry` does so).
 */
export class SchemaChangedError extends DatabaseError {}

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
    super(`the outcome is unknown: the statement may or may not have been applied (${cause.message})`, cause.sql, cause.code, cause);
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
};

/**
 * Wraps a driver error in the error class of its kind (plain
 * {@link DatabaseError} when the kind is unknown).
 */
export function wrapDatabaseError(cause: unknown, kind: DatabaseErrorKind | undefined, sql: string | undefined): DatabaseError {
  const raw = cause as { message?: unknown; code?: unknown; errno?: unknown };
  const code = raw?.code ?? raw?.errno;
  const message = `${typeof raw?.message === 'string' ? raw.message : String(cause)}${sql === undefined ? '' : `\n  in: ${sql}`}`;
  const ErrorClass = kind === undefined ? DatabaseError : CLASSES[kind];
  return new ErrorClass(message, sql, code === undefined ? undefined : String(code), cause);
}

/** Whether retrying the whole transaction may succeed. */
export function isRetryable(error: unknown): boolean {
  return error instanceof SerializationFailureError || error instanceof DeadlockError || error instanceof SchemaChangedError;
}
