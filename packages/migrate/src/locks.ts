/**
 * The lock that lets one process at a time migrate a database. PostgreSQL
 * and MySQL / MariaDB have named session locks (pg_advisory_lock, GET_LOCK),
 * Oracle DBMS_LOCK; SQLite needs none, as the runner holds the database's
 * write lock (BEGIN IMMEDIATE) for the whole run.
 */
import { createHash } from 'node:crypto';
import { sql } from '@alkahest/core';
import type { Expression } from '@alkahest/core';
import type { Executor } from '@alkahest/pool';
import { MigrationError } from './errors';

/** The statements that take and give back the lock. */
export interface LockStatements {
  readonly acquire: Expression;
  readonly release: Expression;
  /** Whether a row of `acquire` says the lock was not obtained (GET_LOCK gives 0 on timeout). */
  readonly refused?: (row: Record<string, unknown>) => boolean;
}

/** A 48-bit number from a name: PostgreSQL's advisory locks are keyed by a bigint. @internal */
export function advisoryKey(name: string): number {
  return createHash('sha256').update(name).digest().readUIntBE(0, 6);
}

/**
 * The lock statements of a dialect, or undefined for SQLite.
 *
 * @example
 * ```ts
 * lockStatements('postgres', 'alkahest_migrations', 600)!.acquire; // SELECT pg_advisory_lock($1)
 * ```
 */
export function lockStatements(dialect: string, name: string, timeoutSeconds: number): LockStatements | undefined {
  const lockName = `alkahest:${name}`;
  switch (dialect) {
    case 'postgres': {
      const key = advisoryKey(lockName);
      return { acquire: sql`SELECT pg_advisory_lock(${key})`, release: sql`SELECT pg_advisory_unlock(${key})` };
    }
    case 'mysql':
      return {
        acquire: sql`SELECT GET_LOCK(${lockName}, ${timeoutSeconds}) AS got`,
        release: sql`SELECT RELEASE_LOCK(${lockName}) AS released`,
        refused: (row) => Number(row['got']) !== 1,
      };
    case 'oracle':
      // DBMS_LOCK.REQUEST returns 0 (granted) or 4 (already held by this session); anything else is a failure.
      return {
        acquire: sql`DECLARE h VARCHAR2(128); r INTEGER; BEGIN DBMS_LOCK.ALLOCATE_UNIQUE(${lockName}, h); r := DBMS_LOCK.REQUEST(h, DBMS_LOCK.X_MODE, ${timeoutSeconds}, FALSE); IF r NOT IN (0, 4) THEN RAISE_APPLICATION_ERROR(-20001, 'alkahest: migration lock not granted: ' || r); END IF; END;`,
        release: sql`DECLARE h VARCHAR2(128); r INTEGER; BEGIN DBMS_LOCK.ALLOCATE_UNIQUE(${lockName}, h); r := DBMS_LOCK.RELEASE(h); END;`,
      };
    case 'sqlite':
      return undefined;
    default:
      throw new MigrationError(`no migration lock is known for the ${dialect} dialect`);
  }
}

/** Takes the lock on a connection (waiting for it), or throws. @internal */
export async function acquireLock(executor: Executor, lock: LockStatements): Promise<void> {
  const rows = (await executor.execute(lock.acquire)) as Record<string, unknown>[];
  if (lock.refused !== undefined && (rows.length === 0 || lock.refused(rows[0]!))) {
    throw new MigrationError('another process holds the migration lock and did not give it back in time');
  }
}
