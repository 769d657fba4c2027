/**
 * The value checks at bind time, type by type, at their edges: each value a
 * column refuses, with the message that says what was expected and what came
 * (a value a user typed is described by its kind, never repeated), and beside
 * it the nearest value it takes.
 */
import {
  bigint,
  blob,
  date,
  double,
  enumOf,
  InvalidValueError,
  json,
  numeric,
  smallint,
  sql,
  table,
  text,
  time,
  timestamp,
  uuid,
} from '@alkahest/core';

const t = table('t', {
  small: smallint(),
  big: bigint(),
  num: numeric(),
  dbl: double(),
  day: date(),
  at: time(),
  ts: timestamp(),
  doc: json(),
  id: uuid(),
  bytes: blob(),
  mood: enumOf(['calm', 'cross']),
  note: text(),
});
type Key = keyof typeof t.c;
const bind = (key: Key, value: unknown) => (t.c[key] as { eq(v: unknown): unknown }).eq(value);

test.each<[Key, unknown, string]>([
  ['small', 40_000, 'column t.small: 40000 is out of range for smallint (-32768 to 32767)'],
  ['small', 2n ** 60n, `column t.small: expected an integer, got ${2n ** 60n}n`],
  ['small', 2 ** 60, 'column t.small: expected an integer within Number.MAX_SAFE_INTEGER (use a bigint column and a bigint for larger ones), got 1152921504606847000'],
  ['big', '9223372036854775808', 'column t.big: 9223372036854775808 is out of range for bigint (-9223372036854775808 to 9223372036854775807)'],
  ['big', 2 ** 60, 'column t.big: expected a bigint or a string of digits (this number is past Number.MAX_SAFE_INTEGER, so it has lost its last digits), got 1152921504606847000'],
  ['big', '12a', 'column t.big: expected a bigint (or a safe integer number, or a string of digits), got a string of 3 characters'],
  ['big', '', 'column t.big: expected a bigint (or a safe integer number, or a string of digits), got an empty string'],
  ['num', '1,5', 'column t.num: expected a decimal string (or a finite number, or a bigint), got a string of 3 characters'],
  ['num', Number.POSITIVE_INFINITY, 'column t.num: expected a decimal string (or a finite number, or a bigint), got Infinity'],
  ['dbl', '1.5', "column t.dbl: expected a finite number, got the string '1.5'"],
  ['day', '2024-1-05', 'column t.day: expected a date string \'YYYY-MM-DD\', got a string of 9 characters'],
  ['at', '12:00:00.1234567', "column t.at: expected a time string 'HH:MM[:SS[.ffffff]]' (at most microseconds, which every database keeps), got a string of 16 characters"],
  ['at', '9:30', "column t.at: expected a time string 'HH:MM[:SS[.ffffff]]' (at most microseconds, which every database keeps), got a string of 4 characters"],
  ['ts', new Date('not a date'), 'column t.ts: expected a valid Date, got an invalid Date'],
  ['ts', '2024-01-05T00:00:00Z', 'column t.ts: expected a valid Date, got a string of 20 characters'],
  ['doc', new Date(0), 'column t.doc: expected a JSON value (plain objects, arrays, strings, finite numbers, booleans, null), got a Date'],
  ['doc', { n: Number.NaN }, 'column t.doc: expected a JSON value (plain objects, arrays, strings, finite numbers, booleans, null), got an object'],
  ['id', 'not-a-uuid', 'column t.id: expected a UUID string, got a string of 10 characters'],
  ['bytes', 'abc', 'column t.bytes: expected a Uint8Array or Buffer, got a string of 3 characters'],
  ['bytes', [1, 2], 'column t.bytes: expected a Uint8Array or Buffer, got an array'],
  ['mood', 'happy', 'column t.mood: expected one of "calm", "cross", got a string of 5 characters'],
  ['mood', 1, 'column t.mood: expected one of "calm", "cross", got 1'],
  ['note', 'a\uD800b', 'column t.note: the string has a lone UTF-16 surrogate (U+D800 at index 1), which no database can store; it would be read back as U+FFFD'],
  ['note', true, 'column t.note: expected a string, got true'],
])('%s refuses %p', (key, value, message) => {
  expect(() => bind(key, value)).toThrow(new InvalidValueError(message));
});

test.each<[Key, unknown]>([
  ['small', -32768],
  ['small', 32767n],
  ['big', '-9223372036854775808'],
  ['big', Number.MAX_SAFE_INTEGER],
  ['num', 5n],
  ['num', '-.5e3'],
  ['day', '10000-01-01'],
  ['at', '23:59:59.999999'],
  ['doc', { a: [1, 'x', null, false] }],
  ['bytes', new Uint8Array([1])],
  ['mood', 'cross'],
  ['note', 'a\uD83D\uDE00b'],
])('%s takes %p', (key, value) => {
  expect(() => bind(key, value)).not.toThrow();
});

test('JSON nested past 1,000 levels is refused (a cycle or a runaway structure), not walked until the stack runs out', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 1001; i++) deep = [deep];
  expect(() => bind('doc', deep)).toThrow(new InvalidValueError('column t.doc: expected a JSON value (plain objects, arrays, strings, finite numbers, booleans, null), got an array'));
  let fine: unknown = 1;
  for (let i = 0; i < 999; i++) fine = [fine];
  expect(() => bind('doc', fine)).not.toThrow();
});

test('a value of no declared type: strings, numbers, bigints, booleans, Dates and bytes; no NaN, no invalid Date, no object', () => {
  for (const value of ['x', 1.5, 1n, false, new Date(0), new Uint8Array(0)]) expect(() => sql`${value}`).not.toThrow();
  expect(() => sql`${Number.NaN}`).toThrow(new InvalidValueError('sql`…` value #1: expected a finite number, got NaN'));
  expect(() => sql`${new Date(Number.NaN)}`).toThrow(InvalidValueError);
  expect(() => sql`${new Date(Number.NaN)}`).toThrow(/: expected a string, number, bigint, boolean, Date or byte array \(objects need a json column or an explicit type\), got an invalid Date$/);
  expect(() => sql`${{}}`).toThrow(/got an object$/);
});
