/**
 * The MySQL / MariaDB compiler.
 */
import {
  Column,
  CompileContext,
  Expression,
  Concat,
  CompileError,
  CreateIndex,
  DropIndex,
  Insert,
  Join,
  SqlCompiler,
  SqlType,
  Table,
  UnsupportedFeatureError,
} from '@alkahest/core';
import { mysqlCodecs } from './codecs';
import type { MysqlDialectOptions, MysqlFlavor } from './flavor';

/** MySQL's largest LIMIT: "no limit", for OFFSET without LIMIT. */
const NO_LIMIT = '18446744073709551615';

/** Types MySQL stores out of row: their defaults must be written as expressions, `DEFAULT ('x')`. */
const LOB_KINDS = new Set(['text', 'json', 'blob']);

/**
 * Compiles statements for MySQL 8.0+ and MariaDB 10.6+: `?` placeholders,
 * backtick-quoted names, CONCAT(), emulated ILIKE and NULLS FIRST/LAST,
 * AUTO_INCREMENT keys, utf8mb4 tables.
 *
 * Plain LIKE follows the column's collation, which is case-insensitive by
 * default; use `ilike` to be case-insensitive on every database.
 *
 * @example
 * ```ts
 * new MysqlCompiler({ flavor: 'mariadb' }).compile(select(users.c.name).from(users).offset(5)).sql
 * // SELECT `users`.`name` FROM `users` LIMIT 18446744073709551615 OFFSET ?
 * ```
 */
export class MysqlCompiler extends SqlCompiler {
  readonly dialect = 'mysql';
  readonly codecs = mysqlCodecs;
  override readonly supportsNullsOrdering = false;
  readonly flavor: MysqlFlavor;

  constructor(options: MysqlDialectOptions = {}) {
    super();
    this.flavor = options.flavor ?? 'mysql';
  }

  override quoteIdentifier(name: string): string {
    super.quoteIdentifier(name); // validates (non-empty, no NUL)
    return `\`${name.replace(/`/g, '``')}\``;
  }

  /**
   * A string literal that means the same with and without NO_BACKSLASH_ESCAPES:
   * text with a backslash is written as a utf8mb4 hex literal, which no mode reads differently.
   */
  override stringLiteral(text: string): string {
    if (!text.includes('\\')) return super.stringLiteral(text);
    return `_utf8mb4 X'${Buffer.from(text, 'utf8').toString('hex')}'`;
  }

  /**
   * Binds a value. BIGINT and DECIMAL values are cast to their exact type: the
   * binary protocol sends them as strings, and MySQL would otherwise do the
   * arithmetic and comparisons in double precision, losing digits.
   */
  override bind(value: unknown, type: SqlType, ctx: CompileContext): string {
    const sql = super.bind(value, type, ctx);
    if (ctx.inlineValues) return sql;
    if (type.kind === 'bigint') return `CAST(${sql} AS SIGNED)`;
    if (type.kind === 'numeric') {
      const o = type.options;
      return `CAST(${sql} AS ${o.precision === undefined ? 'DECIMAL(65, 30)' : `DECIMAL(${o.precision}, ${o.scale ?? 0})`})`;
    }
    return sql;
  }

  override visitConcat(node: Concat, ctx: CompileContext): string {
    // `||` is logical OR in MySQL unless PIPES_AS_CONCAT is set.
    return `CONCAT(${node.parts.map((p) => this.expression(p, ctx)).join(', ')})`;
  }

  override functionName(name: string): string {
    // LENGTH() counts bytes in MySQL; CHAR_LENGTH() counts characters like everywhere else.
    return name === 'length' ? 'CHAR_LENGTH' : super.functionName(name);
  }

  override currentTimestamp(): string {
    return 'CURRENT_TIMESTAMP(3)';
  }

  override joinKeyword(join: Join<string, string>): string {
    if (join.joinType === 'full') {
      throw new UnsupportedFeatureError('FULL OUTER JOIN', this.dialect, 'MySQL and MariaDB have no full outer join; combine a LEFT and a RIGHT join with UNION');
    }
    return super.joinKeyword(join);
  }

  override limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    if (limit === undefined && offset !== undefined) return ` LIMIT ${NO_LIMIT} OFFSET ${this.expression(offset, ctx)}`;
    return super.limitOffset(limit, offset, ctx);
  }

  override insertDefaultValues(table: string, node: Insert): string {
    void node;
    return `INSERT INTO ${table} () VALUES ()`;
  }

  override columnType(type: SqlType, column: Column): string {
    const o = type.options;
    switch (type.kind) {
      case 'integer':
        return 'INT';
      case 'real':
        return 'FLOAT';
      case 'double':
        return 'DOUBLE';
      case 'numeric':
        // Unparameterised DECIMAL would be DECIMAL(10, 0): keep the widest exact type instead.
        return o.precision === undefined ? 'DECIMAL(65, 30)' : `DECIMAL(${o.precision}${o.scale === undefined ? '' : `, ${o.scale}`})`;
      case 'text':
        return 'LONGTEXT';
      case 'time':
        return 'TIME(3)';
      case 'timestamp':
        // DATETIME holds UTC wall-clock time (sessions run in +00:00); TIMESTAMP would stop in 2038.
        return 'DATETIME(3)';
      case 'uuid':
        return 'CHAR(36)';
      case 'blob':
        return 'LONGBLOB';
      case 'enum':
        return `ENUM(${(o.values ?? []).map((v) => this.stringLiteral(v)).join(', ')})`;
      default:
        return super.columnType(type, column);
    }
  }

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
}
