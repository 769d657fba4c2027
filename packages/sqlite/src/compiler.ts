/**
 * The SQLite compiler: standard SQL with SQLite's storage rules.
 */
import {
  baseCodecs,
  CodecTable,
  Column,
  CompileContext,
  Expression,
  Insert,
  parseUtcTimestamp,
  readJsonText,
  formatUtcTimestamp,
  SqlCompiler,
  SqlType,
} from '@alkahest/core';

/** How values are stored in SQLite, which has no boolean, date or JSON types. */
export const sqliteCodecs: CodecTable = {
  ...baseCodecs,
  // better-sqlite3 binds bigint natively.
  bigint: { fromDriver: baseCodecs.bigint!.fromDriver! },
  boolean: { toDriver: (v) => (v ? 1 : 0), fromDriver: baseCodecs.boolean!.fromDriver! },
  // Timestamps are UTC text shaped like SQL's own: they sort and compare correctly.
  timestamp: { toDriver: (v) => formatUtcTimestamp(v as Date), fromDriver: parseUtcTimestamp },
  json: { toDriver: (v) => JSON.stringify(v), fromDriver: readJsonText },
};

/**
 * Compiles statements for SQLite 3.39+ (as bundled with better-sqlite3):
 * `?` placeholders, double-quoted identifiers, 0/1 booleans, timestamps as
 * UTC text, `INTEGER PRIMARY KEY` for generated keys.
 */
export class SqliteCompiler extends SqlCompiler {
  readonly dialect = 'sqlite';
  /** SQLite's SQLITE_MAX_VARIABLE_NUMBER as built into better-sqlite3. */
  override readonly maxParameters = 32766;
  readonly codecs = sqliteCodecs;

  override booleanLiteral(value: boolean): string {
    return value ? '1' : '0';
  }

  override timestampLiteral(value: Date): string {
    return this.stringLiteral(formatUtcTimestamp(value));
  }

  override currentTimestamp(): string {
    // Same text shape as stored timestamps, with milliseconds.
    return "strftime('%Y-%m-%d %H:%M:%f', 'now')";
  }

  override limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    // SQLite has no OFFSET without LIMIT; LIMIT -1 means no limit.
    if (limit === undefined && offset !== undefined) return ` LIMIT -1 OFFSET ${this.expression(offset, ctx)}`;
    return super.limitOffset(limit, offset, ctx);
  }

  /** SQLite has no DEFAULT in VALUES: a column a row leaves out gets its declared default, or NULL. */
  override missingValue(column: Column, ctx: CompileContext): string {
    const d = column.spec.default;
    if (d === undefined) return 'NULL';
    if ('value' in d) return this.bind(d.value, column.type, ctx);
    return `(${this.expression(d.expr, ctx)})`;
  }

  override insertDefaultValues(table: string, node: Insert): string {
    void node;
    return `INSERT INTO ${table} DEFAULT VALUES`;
  }

  override columnType(type: SqlType, column: Column): string {
    // Only "INTEGER PRIMARY KEY" aliases the rowid and so generates keys.
    if (column.spec.autoIncrement && column.spec.primaryKey) return 'INTEGER';
    switch (type.kind) {
      case 'json':
      case 'uuid':
      case 'enum':
        return 'TEXT';
      case 'double':
        return 'REAL';
      default:
        return super.columnType(type, column);
    }
  }

  override autoIncrementClause(): string {
    return '';
  }
}
