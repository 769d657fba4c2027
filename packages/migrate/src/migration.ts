/**
 * What a migration is: an id, `up` and `down` made of statements, and
 * whether it destroys data.
 */
import type { Executable, ResultOf } from '@alkahest/pool';

/**
 * What `up` and `down` receive. Every schema change goes through
 * `execute`, so the runner knows the statement that failed, prints it in a
 * dry run, and on SQLite rebuilds a table where ALTER TABLE cannot change it
 * in place (batch mode).
 *
 * @example
 * ```ts
 * export async function up(m: MigrationContext): Promise<void> {
 *   await m.execute(alterTable('users').addColumn('age', integer().notNull().default(0)));
 * }
 * ```
 */
export interface MigrationContext {
  /** `sqlite`, `postgres`, `mysql` or `oracle`. */
  readonly dialect: string;
  /** True in a dry run: statements are printed, not run, and queries give no rows. */
  readonly dryRun: boolean;
  /** Runs a statement (DDL or DML, for data migrations) and gives its result. */
  execute<S extends Executable>(statement: S): Promise<ResultOf<S>>;
  /** A line for the run's output. */
  log(message: string): void;
}

/** One migration: what a migration file exports. */
export interface MigrationModule {
  up(m: MigrationContext): Promise<void>;
  down?(m: MigrationContext): Promise<void>;
  /** `up` drops a table or column, or narrows a type: the runner refuses it without `allowDestructive`. */
  readonly destructive?: boolean;
  /** The same for `down`. */
  readonly destructiveDown?: boolean;
}

/** A migration the runner knows: its id (the file name without extension), its checksum and how to load it. */
export interface MigrationEntry {
  /** Sorts in the order migrations apply: generated ids start with a UTC timestamp. */
  readonly id: string;
  /** SHA-256 of the migration's text: an applied migration whose text changed is reported. */
  readonly checksum: string;
  load(): Promise<MigrationModule>;
}

/** Where migrations come from: a directory of files, or a list in code. */
export interface MigrationSource {
  list(): Promise<readonly MigrationEntry[]>;
}

/** A statement the runner ran (or, in a dry run, would run), as SQL. */
export interface RanStatement {
  readonly migration: string;
  readonly sql: string;
}
