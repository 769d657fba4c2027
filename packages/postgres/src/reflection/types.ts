/**
 * PostgreSQL's type names (as `format_type` writes them) back to alkahest's
 * types. Types alkahest does not create (money, inet, arrays …) come back as
 * text, so a reflected table can still read them as strings.
 */
import { SqlType } from '@alkahest/core/dialect';

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

/**
 * The alkahest type of a PostgreSQL type, from `format_type(atttypid, atttypmod)`.
 *
 * @example
 * ```ts
 * postgresTypeOf('character varying(40)'); // varchar(40)
 * postgresTypeOf('numeric(10,2)');         // numeric(10, 2)
 * ```
 */
export function postgresTypeOf(formatted: string): SqlType {
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
    return new SqlType('timestamp', { withTimeZone: rest === ' with time zone' });
  }
  return new SqlType('text');
}
