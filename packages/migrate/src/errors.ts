/**
 * Errors of the migration runner: each says which migration, and what to do.
 */

/** Why the runner stopped. */
export class MigrationError extends Error {
  override readonly name: string = 'MigrationError';
}

/** A migration failed while running; `statement` is the SQL that failed. */
export class MigrationFailedError extends MigrationError {
  override readonly name = 'MigrationFailedError';
  constructor(
    readonly migration: string,
    readonly statement: string | undefined,
    override readonly cause: unknown,
    /** Whether the database rolled back the migration's changes (PostgreSQL, SQLite) or kept those made before the failure. */
    readonly rolledBack: boolean,
  ) {
    super(
      `migration ${migration} failed${statement === undefined ? '' : ` at: ${statement}`}: ${cause instanceof Error ? cause.message : String(cause)}` +
        (rolledBack ? ' (rolled back: the schema is as it was)' : ' (recorded as failed: fix the schema by hand, then `alkahest migrate resolve`)'),
    );
  }
}
