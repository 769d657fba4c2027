/** The server family a MySQL-dialect statement is compiled for. */
export type MysqlFlavor = 'mysql' | 'mariadb';

/** Options of the MySQL dialect. */
export interface MysqlDialectOptions {
  /**
   * `mariadb` (10.6+) or `mysql` (8.0+). They differ in DDL: MariaDB has
   * `CREATE INDEX IF NOT EXISTS` and `DROP INDEX IF EXISTS`, MySQL 8 has neither.
   * Default: `mysql`, or `mariadb` for a `mariadb://` URL.
   */
  readonly flavor?: MysqlFlavor;
}
