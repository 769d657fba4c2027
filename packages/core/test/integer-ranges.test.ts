/**
 * Integer ranges are checked when a value is bound, as PostgreSQL, MySQL and
 * Oracle would refuse it (and SQLite would store it), and messages say what
 * was wrong with the value without repeating text a user bound.
 */
import { bigint, insert, integer, InvalidValueError, select, smallint, table, text } from '@alkahest/core';

const counters = table('counters', { id: integer().primaryKey(), small: smallint(), n: integer(), big: bigint(), note: text() });

describe('integer ranges at build time', () => {
  test.each([
    ['small', 32768, 'column counters.small: 32768 is out of range for smallint (-32768 to 32767)'],
    ['small', -32769, 'column counters.small: -32769 is out of range for smallint (-32768 to 32767)'],
    ['n', 3000000000, 'column counters.n: 3000000000 is out of range for integer (-2147483648 to 2147483647)'],
    ['n', -2147483649, 'column counters.n: -2147483649 is out of range for integer (-2147483648 to 2147483647)'],
    ['big', 9223372036854775808n, 'column counters.big: 9223372036854775808n is out of range for bigint (-9223372036854775808 to 9223372036854775807)'],
    ['big', -9223372036854775809n, 'column counters.big: -9223372036854775809n is out of range for bigint (-9223372036854775808 to 9223372036854775807)'],
  ] as const)('%s = %p is refused', (key, value, message) => {
    expect(() => insert(counters).values({ id: 1, [key]: value })).toThrow(new InvalidValueError(message));
  });

  test('the bounds themselves are accepted, in inserts and comparisons', () => {
    expect(() => insert(counters).values({ id: 1, small: 32767, n: -2147483648, big: 9223372036854775807n })).not.toThrow();
    expect(() => insert(counters).values({ id: 1, small: -32768, n: 2147483647, big: -9223372036854775808n })).not.toThrow();
    expect(() => select(counters.c.id).from(counters).where(counters.c.n.lt(2147483647))).not.toThrow();
  });

  test('a comparison with an integer column checks its range too', () => {
    expect(() => counters.c.n.gt(3000000000)).toThrow('column counters.n: 3000000000 is out of range for integer');
  });
});

describe('messages say what was wrong with the value', () => {
  test('a fraction, a number written as text, a number past the safe range', () => {
    expect(() => counters.c.n.eq(1.5)).toThrow('column counters.n: expected an integer, got 1.5');
    // @ts-expect-error a string is no integer
    expect(() => counters.c.n.eq('2')).toThrow("column counters.n: expected an integer, got the string '2'");
    expect(() => counters.c.n.eq(2 ** 60)).toThrow(/expected an integer within Number\.MAX_SAFE_INTEGER/);
    // @ts-expect-error a bigint column compares with bigints
    expect(() => counters.c.big.eq(2 ** 60)).toThrow(/past Number\.MAX_SAFE_INTEGER, so it has lost its last digits/);
  });

  test('text that is not a number is described, never repeated', () => {
    // @ts-expect-error a string is no integer
    expect(() => counters.c.n.eq('hunter2-password')).toThrow('column counters.n: expected an integer, got a string of 16 characters');
    // @ts-expect-error a number is no text
    expect(() => counters.c.note.eq(7)).toThrow('column counters.note: expected a string, got 7');
  });
});
