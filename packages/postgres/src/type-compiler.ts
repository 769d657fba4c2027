/**
 * PostgreSQL's type compiler: the names DDL and CAST write, and the reverse
 * mapping reflection reads back (one object, so that the two agree).
 *
 * Forward: the standard names, except JSONB for json, BYTEA for blob and
 * TIMESTAMPTZ for a timestamp with time zone, in DDL and CAST alike.
 *
 * Backward: from `format_type(atttypid, atttypmod)`. Types alkahest does
 * not create (money, inet, arrays …) come back as text, so a reflected table
 * can still read them as strings; an enum is a VARCHAR with a CHECK and
 * reflects as varchar (see reflection/catalog.ts).
 */
import { SqlType, TypeCompiler } from '@alkahest/core/dialect';

/**
 * PostgreSQL's type names.
 *
 * @example
 * ```ts
 * const types = new PostgresTypeCompiler();
 * types.columnType(new SqlType('json'));    // 'JSONB'
 * types.reflect('character varying(40)');   // varchar(40)
 * types.reflect('numeric(10,2)');           // numeric(10, 2)
 * ```
 */
export class PostgresTypeCompiler extends TypeCompiler<string> {
  readonly dialect = 'postgres';

  /** PostgreSQL's names for the types it names its own way, in DDL and in CAST alike. */
  override typeName(type: SqlType): string {
    switch (type.kind) {
      case 'json':
        return 'JSONB';
      case 'blob':
        return 'BYTEA';
      case 'timestamp':
        // Six fraction digits are PostgreSQL's default: written only when fewer.
        return `${type.options.withTimeZone ? 'TIMESTAMPTZ' : 'TIMESTAMP'}${this.fractionPrecision(type, 6)}`;
      default:
        return super.typeName(type);
    }
  }

  /** The alkahest type of a PostgreSQL type, as `format_type` writes it. */
  reflect(formatted: string): SqlType {
    return postgresTypeOf(formatted);
  }
}

const NAMED: Readonly<Record<string, SqlType>> = {
  integer: new SqlType('integer'),
  bigint: new SqlType('bigint'),
  smallint: new SqlType('smallint'),
  real: new SqlType('real'),
  'double precision': new SqlType('double'),
  numeric: new SqlType('numeric'),
  text: new SqlType('text'),
  'character varying': new SqlType('text'),
  boolean: new SqlType('boolean'),
  date: new SqlType('date'),
  'time without time zone': new SqlType('time'),
  'timestamp without time zone': new SqlType('timestamp', { withTimeZone: false }),
  'timestamp with time zone': new SqlType('timestamp', { withTimeZone: true }),
  jsonb: new SqlType('json'),
  json: new SqlType('json'),
  uuid: new SqlType('uuid'),
  bytea: new SqlType('blob'),
};

function postgresTypeOf(formatted: string): SqlType {
  const named = NAMED[formatted];
  if (named !== undefined) return named;
  const sized = /^(character varying|character|numeric|time|timestamp)\((\d+)(?:,(\d+))?\)(.*)$/.exec(formatted);
  if (sized !== null) {
    const [, base, first, second, rest] = sized;
    const n = Number(first);
    if (base === 'character varying') return new SqlType('varchar', { length: n });
    if (base === 'character') return new SqlType('char', { length: n });
    if (base === 'numeric') return new SqlType('numeric', second === undefined ? { precision: n } : { precision: n, scale: Number(second) });
    if (base === 'time') return new SqlType('time');
    const withTimeZone = rest === ' with time zone';
    // timestamp(6) is PostgreSQL's default, what a timestamp() column is.
    return new SqlType('timestamp', n === 6 ? { withTimeZone } : { withTimeZone, precision: n });
  }
  return new SqlType('text');
}
