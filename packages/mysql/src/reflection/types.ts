/**
 * MySQL / MariaDB column types (information_schema.COLUMNS.COLUMN_TYPE) back
 * to alkahest's types. Where the catalog loses information: BOOLEAN is
 * TINYINT(1) and reflects as boolean (any other TINYINT as smallint); a UUID
 * is CHAR(36) and reflects as char(36); DATETIME holds no time zone, so a
 * `timestamp({ withTimeZone: true })` reflects without it; DECIMAL(65, 30),
 * what alkahest writes for an unbounded numeric, reflects as numeric without
 * precision; on MariaDB, JSON is LONGTEXT with a `json_valid` CHECK and
 * reflects as json through that CHECK (see catalog.ts).
 */
import { SqlType } from '@alkahest/core/dialect';

/**
 * The alkahest type of a MySQL column type.
 *
 * @example
 * ```ts
 * mysqlTypeOf('varchar(40)');         // varchar(40)
 * mysqlTypeOf("enum('draft','done')"); // enum(draft, done)
 * ```
 */
export function mysqlTypeOf(columnType: string): SqlType {
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
      return new SqlType('timestamp', { withTimeZone: false });
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
