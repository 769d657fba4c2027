/**
 * The dialects' own codecs, without a server: what PostgreSQL, MySQL/MariaDB
 * and Oracle are sent for each kind (Dates at the edges of the years each
 * holds, -0, bigints, JSON, UUIDs, booleans) and what their text reads as.
 * The live read-back of the same values is in tests/json-dates.
 */
import { bigint, double, insert, integer, InvalidValueError, json, real, SqlType, table, timestamp, UnreadableValueError } from '@alkahest/core';
import type { TypeCodec } from '@alkahest/core/dialect';
import { alkahestDialect as mysql, mysqlCodecs } from '@alkahest/mysql';
import { oracleCodecs, readTimestamp as readOracleTimestamp, writeTimestamp } from '@alkahest/oracle';
import { alkahestDialect as postgres, postgresCodecs } from '@alkahest/postgres';

const ts = new SqlType('timestamp');
const tstz = new SqlType('timestamp', { withTimeZone: true });
const utc = (iso: string): Date => new Date(iso);
const withYear = (year: number): Date => {
  const date = utc('2000-03-15T12:00:00.250Z');
  date.setUTCFullYear(year);
  return date;
};
const write = (codec: TypeCodec | undefined, value: unknown, type: SqlType): unknown => codec!.toDriver!(value, type);
const read = (codec: TypeCodec | undefined, value: unknown, type: SqlType): unknown => codec!.fromDriver!(value, type);

describe('PostgreSQL', () => {
  const stamp = postgresCodecs.timestamp;

  test('Dates as UTC text, +00 with time zone; years before 1 as BC (1 BC is year 0)', () => {
    expect(write(stamp, utc('2024-01-02T03:04:05.006Z'), ts)).toBe('2024-01-02 03:04:05.006');
    expect(write(stamp, utc('2024-01-02T03:04:05.006Z'), tstz)).toBe('2024-01-02 03:04:05.006+00');
    expect(write(stamp, withYear(1), ts)).toBe('0001-03-15 12:00:00.250');
    expect(write(stamp, withYear(0), ts)).toBe('0001-03-15 12:00:00.250 BC');
    expect(write(stamp, withYear(-43), tstz)).toBe('0044-03-15 12:00:00.250+00 BC');
    expect(write(stamp, withYear(-4712), ts)).toBe('4713-03-15 12:00:00.250 BC');
  });

  test('a Date before 4713 BC is refused, naming the instant', () => {
    const dialect = postgres.createDialect();
    const t = table('t', { at: timestamp() });
    const bind = () => dialect.compile(insert(t).values({ at: withYear(-4713) }));
    expect(bind).toThrow(InvalidValueError);
    expect(bind).toThrow(/^-004713-03-15T12:00:00\.250Z: PostgreSQL timestamps start in 4713 BC$/);
  });

  test('timestamp and timestamptz text read as UTC instants, BC and offsets included', () => {
    expect((read(stamp, '2024-01-02 03:04:05.006', ts) as Date).toISOString()).toBe('2024-01-02T03:04:05.006Z');
    expect((read(stamp, '2024-01-02 04:04:05.006+01', tstz) as Date).toISOString()).toBe('2024-01-02T03:04:05.006Z');
    expect((read(stamp, '0044-03-15 12:00:00 BC', ts) as Date).getTime()).toBe(withYear(-43).getTime() - 250);
    expect(() => read(stamp, 'infinity', tstz)).toThrow(RangeError);
  });

  test('dates: YYYY-MM-DD only; infinity, BC and years past 9999 are unreadable', () => {
    const day = new SqlType('date');
    const decode = (value: unknown) => postgres.createDialect().rowDecoder([{ key: 'day', type: day }])([value]).day;
    expect(decode('2024-02-29')).toBe('2024-02-29');
    for (const raw of ['infinity', '0044-03-15 BC', '12000-01-01', '2024-02-29 ']) {
      expect(() => decode(raw)).toThrow(UnreadableValueError);
    }
    expect(() => read(postgresCodecs.date, 'infinity', day)).toThrow(new RangeError('a date column holds YYYY-MM-DD, and PostgreSQL sent "infinity"'));
    const other = { day: 1 };
    expect(read(postgresCodecs.date, other, day)).toBe(other);
  });

  test('-0 is sent as the text -0 to real and double columns; JSON as text, arrays included', () => {
    const t = table('t', { r: real(), d: double(), doc: json() });
    expect(postgres.createDialect().compile(insert(t).values({ r: -0, d: -0, doc: [1, 2] })).params).toEqual(['-0', '-0', '[1,2]']);
    expect(read(postgresCodecs.json, '{"a":[1]}', new SqlType('json'))).toEqual({ a: [1] });
    expect(read(postgresCodecs.double, '-2.5', new SqlType('double'))).toBe(-2.5);
    expect(read(postgresCodecs.real, '1.5', new SqlType('real'))).toBe(1.5);
  });
});

describe('MySQL/MariaDB', () => {
  const t = table('t', { id: integer(), big: bigint(), r: real(), d: double(), doc: json(), at: timestamp(), us: timestamp({ mode: 'string' }) });
  const params = (row: Record<string, unknown>) => mysql.createDialect().compile(insert(t).values(row as never)).params;

  test('bigints are sent as bigints, digit strings included (a string would be compared as a double)', () => {
    expect(params({ big: '9223372036854775807' })).toEqual([9223372036854775807n]);
    expect(params({ big: 5n })).toEqual([5n]);
    expect(params({ big: 5 })).toEqual([5]);
    expect(read(mysqlCodecs.bigint, '9007199254740993', new SqlType('bigint'))).toBe(9007199254740993n);
  });

  test('-0 as the text -0; JSON as text', () => {
    expect(params({ r: -0, d: -0, doc: { a: [true] } })).toEqual(['-0', '-0', '{"a":[true]}']);
    expect(params({ doc: 'x' })).toEqual(['"x"']);
    expect(read(mysqlCodecs.real, '1.5', new SqlType('real'))).toBe(1.5);
    expect(read(mysqlCodecs.double, '-2.5', new SqlType('double'))).toBe(-2.5);
    expect(read(mysqlCodecs.json, '{"a":1}', new SqlType('json'))).toEqual({ a: 1 });
  });

  test('DATETIME holds the years 1000 to 9999, Dates and microsecond text alike', () => {
    expect(params({ at: utc('1000-01-01T00:00:00.000Z') })).toEqual(['1000-01-01 00:00:00.000']);
    expect(params({ at: utc('9999-12-31T23:59:59.999Z') })).toEqual(['9999-12-31 23:59:59.999']);
    expect(() => params({ at: utc('0999-12-31T23:59:59.999Z') })).toThrow(InvalidValueError);
    expect(params({ us: '1000-01-01 00:00:00' })).toEqual(['1000-01-01 00:00:00.000000']);
    expect(() => params({ us: '0999-12-31 23:59:59.999999' })).toThrow(
      new InvalidValueError('0999-12-31 23:59:59.999999: MySQL/MariaDB DATETIME holds the years 1000 to 9999'),
    );
    expect((read(mysqlCodecs.timestamp, '2024-01-02 03:04:05.006', ts) as Date).toISOString()).toBe('2024-01-02T03:04:05.006Z');
  });
});

describe('Oracle', () => {
  const [plain, native] = [oracleCodecs(false), oracleCodecs(true)];

  test('integers as numbers (one JS type per kind in a UNION ALL insert), bigints as text', () => {
    expect(write(plain.integer, 5n, new SqlType('integer'))).toBe(5);
    expect(write(plain.smallint, -5n, new SqlType('smallint'))).toBe(-5);
    expect(write(plain.integer, 5, new SqlType('integer'))).toBe(5);
    expect(write(plain.bigint, 9223372036854775807n, new SqlType('bigint'))).toBe('9223372036854775807');
    expect(write(plain.bigint, 7, new SqlType('bigint'))).toBe('7');
    expect(read(plain.integer, '7', new SqlType('integer'))).toBe(7);
    expect(read(plain.smallint, '-7', new SqlType('smallint'))).toBe(-7);
    expect(read(plain.bigint, '9007199254740993', new SqlType('bigint'))).toBe(9007199254740993n);
  });

  test('booleans: 1 and 0 before 23ai, native after; read from either', () => {
    const type = new SqlType('boolean');
    expect(write(plain.boolean, true, type)).toBe(1);
    expect(write(plain.boolean, false, type)).toBe(0);
    expect(native.boolean!.toDriver).toBeUndefined();
    expect(read(plain.boolean, 1, type)).toBe(true);
    expect(read(native.boolean, false, type)).toBe(false);
  });

  test('Dates as UTC text (+00:00 with time zone); microsecond timestamps with six digits; text and Dates read as instants', () => {
    expect(writeTimestamp(utc('2024-01-02T03:04:05.006Z'), ts)).toBe('2024-01-02 03:04:05.006');
    expect(writeTimestamp(utc('2024-01-02T03:04:05.006Z'), tstz)).toBe('2024-01-02 03:04:05.006 +00:00');
    expect(writeTimestamp('as is', ts)).toBe('as is');
    expect(write(plain.timestamp, utc('2024-01-02T03:04:05.006Z'), tstz)).toBe('2024-01-02 03:04:05.006 +00:00');
    const micros = new SqlType('timestamp', { mode: 'string', precision: 3 });
    const microsTz = new SqlType('timestamp', { mode: 'string', withTimeZone: true });
    expect(write(plain.timestamp, '2024-01-02 03:04:05.5', micros)).toBe('2024-01-02 03:04:05.500000');
    expect(write(plain.timestamp, '2024-01-02 03:04:05.5', microsTz)).toBe('2024-01-02 03:04:05.500000 +00:00');
    const at = utc('2024-01-02T03:04:05.006Z');
    expect(readOracleTimestamp(at)).toBe(at);
    expect((readOracleTimestamp('2024-01-02 03:04:05.006') as Date).toISOString()).toBe('2024-01-02T03:04:05.006Z');
    expect((read(plain.timestamp, '2024-01-02 03:04:05.006', ts) as Date).toISOString()).toBe('2024-01-02T03:04:05.006Z');
  });

  test('dates read as YYYY-MM-DD; JSON as text; UUIDs in lower case', () => {
    expect(read(plain.date, '2024-02-29 00:00:00', new SqlType('date'))).toBe('2024-02-29');
    expect(write(plain.json, { a: [1] }, new SqlType('json'))).toBe('{"a":[1]}');
    expect(read(plain.json, '{"a":[1]}', new SqlType('json'))).toEqual({ a: [1] });
    expect(write(plain.uuid, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', new SqlType('uuid'))).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
    expect(write(plain.uuid, 5, new SqlType('uuid'))).toBe(5);
  });
});
