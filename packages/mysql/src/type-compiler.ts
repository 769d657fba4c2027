/**
 * MySQL's and MariaDB's type compiler: the names DDL and CAST write, and the
 * reverse mapping reflection reads back (one object, so that the two agree).
 *
 * Forward (DDL): INT, FLOAT, DOUBLE, DECIMAL(65, 30) for an unbounded numeric
 * (plain DECIMAL would be DECIMAL(10, 0)), LONGTEXT, TIME(6), DATETIME(3) for
 * timestamps (UTC wall-clock time; TIMESTAMP would stop in 2038), CHAR(36)
 * for UUIDs, LONGBLOB, a native ENUM. CAST takes only BINARY, CHAR, DATE,
 * DATETIME, DECIMAL, DOUBLE / FLOAT (8.0.17+; MariaDB 10.4+), JSON (MySQL
 * only), SIGNED, UNSIGNED and TIME.
 *
 * Backward (information_schema.COLUMNS.COLUMN_TYPE), where the catalog loses
 * information: BOOLEAN is TINYINT(1) and reflects as boolean (any other
 * TINYINT as smallint); a UUID is CHAR(36) and reflects as char(36);
 * DATETIME holds no time zone, so a `timestamp({ withTimeZone: true })`
 * reflects without it; DECIMAL(65, 30) reflects as numeric without
 * precision; on MariaDB, JSON is LONGTEXT with a `json_valid` CHECK and
 * reflects as json through that CHECK (see reflection/catalog.ts).
 */
import { Column, SqlType, TypeCompiler, UnsupportedFeatureError, wholeNumber } from '@alkahest/core/dialect';
import type { MysqlFlavor } from './flavor';

/**
 * MySQL's and MariaDB's type names.
 *
 * @example
 * ```ts
 * const types = new MysqlTypeCompiler('mysql', (s) => `'${s}'`);
 * types.castType(new SqlType('integer'));   // 'SIGNED'
 * types.reflect("enum('draft','done')");    // enum(draft, done)
 * ```
 */
export class MysqlTypeCompiler extends TypeCompiler<string> {
  readonly dialect = 'mysql';

  /**
   * @param flavor - MySQL or MariaDB (their CAST targets differ for JSON).
   * @param stringLiteral - the compiler's string literal, for ENUM members.
   */
  constructor(
    readonly flavor: MysqlFlavor,
    private readonly stringLiteral: (text: string) => string,
  ) {
    super();
  }

  override columnType(type: SqlType, column?: Column): string {
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
        // Microseconds, as PostgreSQL's time keeps and time() values may carry.
        return 'TIME(6)';
      case 'timestamp':
        // DATETIME holds UTC wall-clock time (sessions run in +00:00); TIMESTAMP would stop in 2038.
        // Milliseconds unless the column says (DATETIME alone would keep whole seconds).
        return `DATETIME(${o.precision ?? 3})`;
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

  override castType(type: SqlType): string {
    const o = type.options;
    switch (type.kind) {
      case 'integer':
      case 'bigint':
      case 'smallint':
        return 'SIGNED';
      case 'real':
        return 'FLOAT';
      case 'double':
        return 'DOUBLE';
      case 'numeric':
        return o.precision === undefined ? 'DECIMAL(65, 30)' : `DECIMAL(${wholeNumber(o.precision, 'numeric precision')}, ${wholeNumber(o.scale ?? 0, 'numeric scale')})`;
      case 'varchar':
      case 'char':
        // CAST(x AS CHAR(n)) cuts the value to n characters, as storing it in VARCHAR(n) would refuse to.
        return `CHAR(${wholeNumber(o.length, `${type.kind} length`)})`;
      case 'uuid':
        return 'CHAR(36)';
      case 'text':
      case 'enum':
        return 'CHAR';
      case 'date':
        return 'DATE';
      case 'time':
        return 'TIME(6)';
      case 'timestamp':
        return `DATETIME(${o.precision ?? 3})`;
      case 'json':
        // MariaDB's JSON is text: CHAR gives the text, which is read back as JSON.
        return this.flavor === 'mariadb' ? 'CHAR' : 'JSON';
      case 'blob':
        return 'BINARY';
      case 'boolean':
        throw new UnsupportedFeatureError('CAST to boolean', this.dialect, 'MySQL has no boolean type to cast to: compare instead, e.g. x.ne(0)');
      case 'unknown':
        throw new UnsupportedFeatureError('CAST to an unknown type', this.dialect);
    }
  }

  /** The alkahest type of a MySQL column type (`COLUMN_TYPE`). */
  reflect(columnType: string): SqlType {
    return mysqlTypeOf(columnType);
  }
}

function mysqlTypeOf(columnType: string): SqlType {
  const t = columnType.toLowerCase().replace(/ unsigned| zerofill/g, '').trim();
  const m = /^([a-z]+)(?:\((.*)\))?$/s.exec(t);
  const base = m?.[1] ?? t;
  const args = m?.[2];
  const n = args === undefined ? undefined : Number(args.split(',')[0]);
  switch (base) {
    case 'int':
    case 'integer':
    case 'mediumint':
      return new SqlType('integer');
    case 'bigint':
      return new SqlType('bigint');
    case 'smallint':
      return new SqlType('smallint');
    case 'tinyint':
      return n === 1 ? new SqlType('boolean') : new SqlType('smallint');
    case 'bool':
    case 'boolean':
      return new SqlType('boolean');
    case 'float':
      return new SqlType('real');
    case 'double':
    case 'real':
      return new SqlType('double');
    case 'decimal':
    case 'numeric': {
      const [p, s] = (args ?? '').split(',').map((x) => Number(x.trim()));
      if (p === undefined || Number.isNaN(p) || (p === 65 && s === 30)) return new SqlType('numeric');
      return new SqlType('numeric', s === undefined || Number.isNaN(s) ? { precision: p } : { precision: p, scale: s });
    }
    case 'varchar':
      return new SqlType('varchar', { length: n ?? 255 });
    case 'char':
      return new SqlType('char', { length: n ?? 1 });
    case 'date':
      return new SqlType('date');
    case 'time':
      return new SqlType('time');
    case 'datetime':
    case 'timestamp':
      // DATETIME(3) is what a timestamp() column is; other fractions are its precision.
      return new SqlType('timestamp', n === 3 ? { withTimeZone: false } : { withTimeZone: false, precision: n ?? 0 });
    case 'json':
      return new SqlType('json');
    case 'enum':
      return new SqlType('enum', { values: [...(args ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((v) => v[1]!.replace(/''/g, "'")) });
    case 'tinyblob':
    case 'blob':
    case 'mediumblob':
    case 'longblob':
    case 'binary':
    case 'varbinary':
      return new SqlType('blob');
    default:
      return new SqlType('text');
  }
}
