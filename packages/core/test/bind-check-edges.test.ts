/**
 * The bind-time value checks (types/validate.ts) at the edges its mutation
 * run found untested: how a refused value is described, the integer checks'
 * bounds, JSON's nesting limit and prototypes, jsonNull, doubles that may or
 * may not hold Infinity, booleans, UUIDs, timestamps' precision and the
 * microsecond timestamps' messages, and text bound without a type.
 */
import { sqliteDialect } from '@alkahest/sqlite';
import { bigint, blob, boolean, dates, double, integer, InvalidValueError, json, jsonNull, sql, table, text, timestamp, uuid } from '@alkahest/core';

const t = table('t', {
  n: integer(),
  big: bigint(),
  flag: boolean(),
  dbl: double(),
  inf: double({ nonFinite: true }),
  doc: json(),
  id: uuid(),
  note: text(),
  bytes: blob(),
  sec: timestamp({ precision: 0 }),
  tenth: timestamp({ precision: 1 }),
  micro: timestamp({ precision: 6 }),
  at: timestamp({ mode: 'string' }),
  us: timestamp({ mode: 'bigint' }),
});
type Key = keyof typeof t.c;
const bind = (key: Key, value: unknown) => (t.c[key] as { eq(v: unknown): unknown }).eq(value);
const nested = (levels: number, wrap: (inner: unknown) => unknown): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
};

describe('how a refused value is described', () => {
  test.each<[unknown, string]>([
    [new Uint8Array([1]), 'a byte array'],
    [Symbol('s'), 'a symbol'],
    [() => 1, 'a function'],
    ['1'.repeat(24), `the string '${'1'.repeat(24)}'`],
    ['1'.repeat(25), 'a string of 25 characters'],
    ['-1.5', "the string '-1.5'"],
    ['1e5', "the string '1e5'"],
    ['1e-5', "the string '1e-5'"],
    ['2.5E+10', "the string '2.5E+10'"],
  ])('%p as %s', (value, described) => {
    expect(() => bind('flag', value)).toThrow(new InvalidValueError(`column t.flag: expected a boolean, got ${described}`));
  });

  test('null, where null is refused', () => {
    expect(() => dates.add(t.c.sec, null as never)).toThrow(new InvalidValueError('dates.add(): expected an object of amounts such as { days: 1 }, got null'));
  });
});

describe('integers', () => {
  test('a bigint at the safe-integer bounds is checked against the column range, not refused as too large', () => {
    expect(() => bind('n', BigInt(Number.MAX_SAFE_INTEGER))).toThrow(new InvalidValueError('column t.n: 9007199254740991n is out of range for integer (-2147483648 to 2147483647)'));
    expect(() => bind('n', BigInt(Number.MIN_SAFE_INTEGER))).toThrow(new InvalidValueError('column t.n: -9007199254740991n is out of range for integer (-2147483648 to 2147483647)'));
    expect(() => bind('n', BigInt(Number.MIN_SAFE_INTEGER) - 1n)).toThrow(new InvalidValueError('column t.n: expected an integer, got -9007199254740992n'));
  });

  test("a number bound in raw SQL is not range-checked (the database decides)", () => {
    expect(sqliteDialect().compile(sql`SELECT ${3_000_000_000}`).params).toEqual([3_000_000_000]);
  });
});

test('a bigint column refuses a fraction as a fraction, not as a number past the safe integers', () => {
  expect(() => bind('big', 1.5)).toThrow(new InvalidValueError('column t.big: expected a bigint (or a safe integer number, or a string of digits), got 1.5'));
});

describe('JSON', () => {
  test('exactly 1,000 levels are taken, in arrays and in objects; objects past 1,000 are refused', () => {
    expect(() => bind('doc', nested(1000, (inner) => [inner]))).not.toThrow();
    expect(() => bind('doc', nested(1000, (inner) => ({ a: inner })))).not.toThrow();
    expect(() => bind('doc', nested(1001, (inner) => ({ a: inner })))).toThrow(InvalidValueError);
  });

  test('every member is checked, not only the first', () => {
    const message = 'column t.doc: expected a JSON value (plain objects, arrays, strings, finite numbers, booleans, null), got ';
    expect(() => bind('doc', [1, Number.NaN])).toThrow(new InvalidValueError(`${message}an array`));
    expect(() => bind('doc', { a: 1, b: Number.NaN })).toThrow(new InvalidValueError(`${message}an object`));
  });

  test('an object without a prototype is plain', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(() => bind('doc', bare)).not.toThrow();
  });

  test('jsonNull serializes as the JSON literal null and names itself as text', () => {
    expect(JSON.stringify({ doc: jsonNull })).toBe('{"doc":null}');
    expect(String(jsonNull)).toBe('jsonNull');
  });

  test('jsonNull goes in a json column only', () => {
    expect(() => bind('doc', jsonNull)).not.toThrow();
    expect(() => bind('note', jsonNull)).toThrow(
      new InvalidValueError('column t.note: jsonNull (the JSON literal null) can only be stored in a json column; use null for SQL NULL'),
    );
  });
});

describe('doubles', () => {
  test('Infinity only where the column declares nonFinite, and never a string', () => {
    expect(() => bind('dbl', Number.POSITIVE_INFINITY)).toThrow(
      new InvalidValueError('column t.dbl: expected a finite number (declare the column double({ nonFinite: true }) to store Infinity and NaN), got Infinity'),
    );
    expect(() => bind('inf', Number.NaN)).not.toThrow();
    expect(() => bind('inf', '1.5')).toThrow(new InvalidValueError("column t.inf: expected a finite number, got the string '1.5'"));
  });
});

describe('other kinds', () => {
  test('a boolean column takes booleans only', () => {
    expect(() => bind('flag', 1)).toThrow(new InvalidValueError('column t.flag: expected a boolean, got 1'));
    expect(() => bind('flag', false)).not.toThrow();
  });

  test('a UUID in either case is taken', () => {
    expect(() => bind('id', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')).not.toThrow();
    expect(() => bind('id', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')).not.toThrow();
  });

  test('text bound without a type is refused with a lone surrogate', () => {
    expect(() => sql`${'a\uD800'}`).toThrow(InvalidValueError);
    expect(() => sql`${'a\uD800'}`).toThrow(/lone UTF-16 surrogate \(U\+D800 at index 1\)/);
  });
});

describe('timestamps', () => {
  test("a Date's milliseconds must fit the column's precision", () => {
    expect(() => bind('sec', new Date(2000))).not.toThrow();
    expect(() => bind('sec', new Date(2500))).toThrow(new InvalidValueError('column t.sec: the Date has milliseconds finer than the column keeps (0 fraction digits)'));
    expect(() => bind('tenth', new Date(1100))).not.toThrow();
    expect(() => bind('tenth', new Date(1110))).toThrow(new InvalidValueError('column t.tenth: the Date has milliseconds finer than the column keeps (1 fraction digits)'));
    expect(() => bind('micro', new Date(1234))).not.toThrow();
  });

  test('microsecond timestamps: text and bigints are not described again, other values are', () => {
    expect(() => bind('at', 'soon')).toThrow(
      new InvalidValueError("column t.at: expected a timestamp 'YYYY-MM-DD HH:MM:SS[.ffffff]' (with an optional offset such as Z or +05:30)"),
    );
    expect(() => bind('at', 5)).toThrow(new InvalidValueError("column t.at: expected a timestamp string 'YYYY-MM-DD HH:MM:SS[.ffffff]', got 5"));
    expect(() => bind('us', 10n ** 20n)).toThrow(new InvalidValueError('column t.us: the timestamp is outside the years 0001 to 9999'));
    expect(() => bind('us', 'x')).toThrow(new InvalidValueError('column t.us: expected a bigint of microseconds since 1970-01-01 00:00:00 UTC'));
  });
});

test('bytes are taken by a blob column', () => {
  expect(() => bind('bytes', new Uint8Array([1]))).not.toThrow();
});
