/**
 * Times of day: which text a `time()` column takes, and the one canonical
 * text every dialect writes and reads (`HH:MM:SS`, a fraction without
 * trailing zeros), so that MariaDB's `12:57:18.000000` and PostgreSQL's
 * `12:57:18` compare equal as text.
 */
import fc from 'fast-check';
import { InvalidValueError, table, time } from '@alkahest/core';
import { baseCodecs, SqlType } from '@alkahest/core/dialect';

const t = table('t', { at: time() });
const type = new SqlType('time');
const write = (value: unknown): unknown => baseCodecs.time!.toDriver!(value, type);
const read = (value: unknown): unknown => baseCodecs.time!.fromDriver!(value, type);

describe('values a time() column takes', () => {
  test.each(['12:57', '12:57:18', '12:57:18.5', '12:57:18.123456', '00:00:00', '23:59:59.000000'])('%p', (value) => {
    expect(() => t.c.at.eq(value)).not.toThrow();
  });

  test.each(['x12:57', '12:57x', '12:57:18.', '12:57:18.1234567', '1:57', '12:5', '12:57:1', '12-57', '12:57:18,5'])('%p is refused', (value) => {
    expect(() => t.c.at.eq(value)).toThrow(InvalidValueError);
  });
});

describe('canonical text', () => {
  test.each([
    ['12:57', '12:57:00'],
    ['12:57:18', '12:57:18'],
    ['12:57:18.000000', '12:57:18'],
    ['12:57:18.500000', '12:57:18.5'],
    ['12:57:18.050', '12:57:18.05'],
    ['12:57:18.123456', '12:57:18.123456'],
  ])('%p is written and read as %p', (text, canonical) => {
    expect(write(text)).toBe(canonical);
    expect(read(text)).toBe(canonical);
  });

  test('read: the padding a driver adds is trimmed; text of another shape and other values pass through', () => {
    expect(read(' 12:57:18.000000 ')).toBe('12:57:18');
    expect(read('838:59:59')).toBe('838:59:59');
    expect(write('838:59:59')).toBe('838:59:59');
    expect(read(5)).toBe(5);
    expect(write(5)).toBe(5);
  });

  test('property: any time to the microsecond and its zero-padded forms are one text', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(two(23), two(59), two(59), fc.integer({ min: 0, max: 999_999 }), (h, m, s, us) => {
        const fraction = String(us).padStart(6, '0');
        const canonical = `${h}:${m}:${s}${us === 0 ? '' : `.${fraction.replace(/0+$/, '')}`}`;
        expect(read(`${h}:${m}:${s}.${fraction}`)).toBe(canonical);
        expect(write(`${h}:${m}:${s}.${fraction}`)).toBe(canonical);
        expect(write(canonical)).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });
});
