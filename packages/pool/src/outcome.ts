/**
 * What a failed statement means for the data: a failure the server reported
 * (nothing was applied), or no answer at all after a write was sent (it may
 * have been applied: {@link OutcomeUnknownError}).
 */
import { CompiledQuery, ConnectionLostError, DatabaseError, Driver, OutcomeUnknownError } from '@alkahest/core/dialect';
import type { PooledConnection } from './pool';

/**
 * Whether a statement whose answer was lost may have been applied: anything
 * but a SELECT (raw SQL may write too) run outside a transaction, where the
 * server commits it on its own. Inside a transaction nothing is applied
 * until COMMIT, whose own lost answer is judged by {@link commitOutcome}.
 */
export function mayHaveApplied(pooled: PooledConnection, compiled: CompiledQuery): boolean {
  return compiled.statementKind !== 'select' && !pooled.inTransaction;
}

/** Whether a lost connection failed the call before anything was sent (then nothing can have been applied). */
function wasUnsent(driver: Driver, error: ConnectionLostError): boolean {
  return driver.isUnsent?.(error.cause) === true;
}

/**
 * The error a caller gets for a statement that failed: an
 * {@link OutcomeUnknownError} when its connection was lost after a write was
 * sent outside a transaction, else the error as it is.
 */
export function statementOutcome(driver: Driver, pooled: PooledConnection, compiled: CompiledQuery, error: unknown): unknown {
  if (error instanceof ConnectionLostError && mayHaveApplied(pooled, compiled) && !wasUnsent(driver, error)) return new OutcomeUnknownError(error);
  return error;
}

/** The error a caller gets for a COMMIT that failed: unknown when its answer was lost. */
export function commitOutcome(driver: Driver, error: unknown): unknown {
  if (error instanceof ConnectionLostError && !wasUnsent(driver, error)) return new OutcomeUnknownError(error);
  return error;
}

/** The error for a write whose cancel the server never answered: it may still run, or have run. */
export function unanswered(error: DatabaseError, mayHave: boolean): DatabaseError {
  return mayHave ? new OutcomeUnknownError(error) : error;
}
