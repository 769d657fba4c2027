import type { SqlType } from '../types/sql-type';

/** One column of a result, in select-list order. */
export interface ResultColumn {
  /** The key the value gets in a result row. */
  readonly key: string;
  /** The SQL type used to convert the driver's value. */
  readonly type: SqlType;
}

/** What kind of statement a compiled query is. */
export type StatementKind = 'select' | 'insert' | 'update' | 'delete' | 'ddl' | 'raw';

/**
 * A statement compiled for one dialect: parameterized SQL, the driver-ready
 * parameter values in placeholder order, and the result columns.
 */
export interface CompiledQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly columns: readonly ResultColumn[];
  readonly statementKind: StatementKind;
  /** The dialect that compiled it. */
  readonly dialect: string;
  /**
   * SQL of the dialect's own (without parameters) that its driver runs after
   * the statement on the same connection, in {@link DriverConnection.finish}:
   * MySQL reads back the rows of an INSERT … RETURNING by the generated key.
   * Core and the pool carry it with the statement and never read it.
   */
  readonly followUp?: string;
}
