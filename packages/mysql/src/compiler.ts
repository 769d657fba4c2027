/**
 * The MySQL / MariaDB compiler.
 */
import { Column, CompileError, CreateIndex, DropIndex, Insert, insertBatches, namedTable, SqlCompiler, Table, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { AlterAction, CatalogReader, CompiledQuery, ExplainOptions, ExplainQuery, TableName } from '@alkahest/core/dialect';
import { mysqlDropConstraint, mysqlModifyColumn } from './alter';
import { MysqlDmlCompiler } from './dml-compiler';
import { mysqlExplain } from './explain';
import { mysqlCatalog } from './reflection/catalog';

/** The values one batch of a split INSERT carries on MySQL and MariaDB (see {@link MysqlCompiler.split}). */
export const MYSQL_BATCH_PARAMETERS = 4000;

/** Types MySQL stores out of row: their defaults must be written as expressions, `DEFAULT ('x')`. */
const LOB_KINDS = new Set(['text', 'json', 'blob']);

/**
 * Compiles statements for MySQL 8.0+ and MariaDB 10.6+: `?` placeholders,
 * backtick-quoted names, CONCAT(), emulated ILIKE and NULLS FIRST/LAST,
 * AUTO_INCREMENT keys, utf8mb4 tables.
 *
 * Plain LIKE compares exactly (COLLATE utf8mb4_bin), as on every other
 * database; use `ilike` to be case-insensitive.
 *
 * Built in layers, one concern each: base-compiler.ts (flavour, identifiers,
 * literals, binds), expression-compiler.ts (operators, functions, JSON,
 * dates, analytics), query-compiler.ts (joins, locks, LATERAL, row limits),
 * dml-compiler.ts (INSERT, upsert, UPDATE, DELETE, RETURNING), and this file:
 * INSERT batches, DDL, ALTER TABLE, the catalog reader and EXPLAIN.
 *
 * @example
 * ```ts
 * new MysqlCompiler({ flavor: 'mariadb' }).compile(select(users.c.name).from(users).offset(5)).sql
 * // SELECT `users`.`name` FROM `users` LIMIT 18446744073709551615 OFFSET ?
 * ```
 */
export class MysqlCompiler extends MysqlDmlCompiler {
  /**
   * A large INSERT runs as batches of at most {@link MYSQL_BATCH_PARAMETERS}
   * values rather than of the protocol's 65,535: every full batch is one
   * prepared statement (mysql2 keeps it per connection, the compiler renders
   * its SQL once), and the server takes statements of a thousand rows or so
   * faster than ones of sixteen thousand.
   */
  override split(node: Parameters<SqlCompiler['split']>[0]): Insert[] | undefined {
    return node instanceof Insert ? insertBatches(node, MYSQL_BATCH_PARAMETERS) : undefined;
  }

  /** `EXPLAIN [FORMAT=JSON]`, MariaDB's `ANALYZE`, MySQL's `EXPLAIN ANALYZE` (explain.ts). */
  override explain(compiled: CompiledQuery, options: ExplainOptions): ExplainQuery {
    return mysqlExplain(compiled, options, this.flavor, this.dialect);
  }

  // ----- DDL -----

  override typeChecks(column: Column): string[] {
    // ENUM enforces its members itself.
    return column.type.kind === 'enum' ? [] : super.typeChecks(column);
  }

  override autoIncrementClause(): string {
    return ' AUTO_INCREMENT';
  }

  override defaultClause(column: Column): string {
    const sql = super.defaultClause(column);
    const d = column.spec.default;
    if (d !== undefined && 'value' in d && LOB_KINDS.has(column.type.kind)) return sql.replace(/^ DEFAULT (.*)$/s, ' DEFAULT ($1)');
    return sql;
  }

  override tableConstraints(table: Table): string[] {
    for (const column of table.columns) {
      if (column.spec.unique && LOB_KINDS.has(column.type.kind)) {
        throw new UnsupportedFeatureError(`UNIQUE on the ${column.type.kind} column ${table.name}.${column.name}`, this.dialect, 'MySQL cannot index a whole TEXT/BLOB value; use varchar({ length })');
      }
    }
    return super.tableConstraints(table);
  }

  override tableSuffix(): string {
    // utf8mb4_general_ci (MariaDB's default) treats every 4-byte character (emoji) as equal;
    // unicode_520_ci exists on both servers and tells them apart.
    return ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci';
  }

  override ifNotExists(flag: boolean, what: string): string {
    if (flag && what === 'index' && this.flavor === 'mysql') {
      throw new UnsupportedFeatureError('CREATE INDEX IF NOT EXISTS', 'mysql (MySQL 8 flavour)', 'MariaDB has it; MySQL 8 does not');
    }
    return super.ifNotExists(flag, what);
  }

  override ifExists(flag: boolean, what: string): string {
    if (flag && what === 'index' && this.flavor === 'mysql') {
      throw new UnsupportedFeatureError('DROP INDEX IF EXISTS', 'mysql (MySQL 8 flavour)', 'MariaDB has it; MySQL 8 does not');
    }
    return super.ifExists(flag, what);
  }

  override createIndex(node: CreateIndex): string {
    for (const key of node.index.columns) {
      const column = node.table.c[key];
      if (column && LOB_KINDS.has(column.type.kind)) {
        throw new UnsupportedFeatureError(`an index on the ${column.type.kind} column ${node.table.name}.${column.name}`, this.dialect, 'use varchar({ length })');
      }
    }
    return super.createIndex(node);
  }

  override dropIndex(node: DropIndex): string {
    if (node.table.alias !== undefined) throw new CompileError('dropIndex takes the table itself');
    return `DROP INDEX ${this.ifExists(node.ifExists, 'index')}${this.quoteIdentifier(node.index.name)} ON ${this.quoteQualified(node.table.schema, node.table.name)}`;
  }

  override alterColumn(target: TableName, a: Extract<AlterAction, { kind: 'alter-column' }>): string {
    return mysqlModifyColumn(this.alterPrefix(target), this.columnDefinition(a.to, namedTable(target)));
  }

  override catalogReader(): CatalogReader {
    return mysqlCatalog(this, this.flavor);
  }

  override dropConstraint(target: TableName, a: Extract<AlterAction, { kind: 'drop-constraint' }>): string {
    return mysqlDropConstraint(this.alterPrefix(target), a, (n) => this.quoteIdentifier(n));
  }
}
