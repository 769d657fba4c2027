/**
 * Typed errors to HTTP statuses: a client's mistake is a 4xx, never a 500.
 */
import {
  CheckViolationError,
  ConnectionLostError,
  InvalidValueError,
  NotNullViolationError,
  QueryTimeoutError,
  SerializationFailureError,
  DeadlockError,
  UniqueViolationError,
  ForeignKeyViolationError,
} from '@alkahest/core';
import { PoolTimeoutError } from '@alkahest/pool';

/** An error whose status and message the handler chose. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The status and a message safe to show for an error a handler threw. */
export function statusOf(error: unknown): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof UniqueViolationError) return { status: 409, message: 'already exists' };
  if (error instanceof InvalidValueError) return { status: 400, message: error.message };
  if (error instanceof CheckViolationError || error instanceof NotNullViolationError) return { status: 400, message: 'a value breaks a rule of the table' };
  if (error instanceof ForeignKeyViolationError) return { status: 409, message: 'refers to something that does not exist' };
  if (error instanceof PoolTimeoutError) return { status: 503, message: 'the database is busy: try again' };
  if (error instanceof ConnectionLostError || error instanceof QueryTimeoutError) return { status: 503, message: 'the database is unavailable: try again' };
  if (error instanceof SerializationFailureError || error instanceof DeadlockError) return { status: 503, message: 'too much contention: try again' };
  return { status: 500, message: 'internal error' };
}
