/**
 * Timestamp text at its edges, as drivers print it and alkahest writes it:
 * every Date survives formatUtcTimestamp → parseUtcTimestamp (years 0, BC,
 * past 9999, the last instants a Date holds), offsets with minutes and
 * seconds, fractions of any length, text that names no instant, and the
 * year range a dialect's writer refuses.
 */
import fc from 'fast-check';
import { formatUtcTimestamp, InvalidValueError, parseUtcTimestamp, timestampWriter } from '@alkahest/core/dialect';

const read = (text: string): string => (parseUtcTimestamp(text) as Date).toISOString();
const withYear = (year: number, iso = '2000-06-15T12:34:56.789Z'): Date => {
  const date = new Date(iso);
  date.setUTCFullYear(year);
  return date;
};

describe('formatUtcTimestamp → parseUtcTimestamp', () => {
  test('property: every instant a Date holds reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        const date = new Date(ms);
        expect((parseUtcTimestamp(formatUtcTimestamp(date)) as Date).getTime()).toBe(ms);
      }),
      { numRuns: 3000 },
    );
  });

  test('year 0 is 0000, the year before it -0001 (no minus zero)', () => {
    expect(formatUtcTimestamp(withYear(0))).toBe('0000-06-15 12:34:56.789');
    expect(formatUtcTimestamp(withYear(-1))).toBe('-0001-06-15 12:34:56.789');
    expect(read('0000-06-15 12:34:56.789')).toBe('0000-06-15T12:34:56.789Z');
  });

  test('the first and last instants a Date holds, and not one millisecond past them', () => {
    expect(read('275760-09-13 00:00:00')).toBe('+275760-09-13T00:00:00.000Z');
    expect(read('-271821-04-20 00:00:00')).toBe('-271821-04-20T00:00:00.000Z');
    expect(() => parseUtcTimestamp('275760-09-13 00:00:00.001')).toThrow(RangeError);
    expect(() => parseUtcTimestamp('-271821-04-19 23:59:59.999')).toThrow(RangeError);
  });
});

describe('parseUtcTimestamp', () => {
  test('a date alone is midnight; minutes without seconds; T or a space', () => {
    expect(read('2024-01-02')).toBe('2024-01-02T00:00:00.000Z');
    expect(read('2024-01-02 03:04')).toBe('2024-01-02T03:04:00.000Z');
    expect(read('2024-01-02T03:04:05')).toBe('2024-01-02T03:04:05.000Z');
  });

  test('fractions: one digit is tenths, digits past milliseconds are dropped', () => {
    expect(read('2024-01-02 03:04:05.5')).toBe('2024-01-02T03:04:05.500Z');
    expect(read('2024-01-02 03:04:05.12')).toBe('2024-01-02T03:04:05.120Z');
    expect(read('2024-01-02 03:04:05.123456789')).toBe('2024-01-02T03:04:05.123Z');
  });

  test('offsets: hours, hours and minutes, with seconds (local mean time), Z in either case, west and east', () => {
    expect(read('2024-01-02 03:04:05+05')).toBe('2024-01-01T22:04:05.000Z');
    expect(read('2024-01-02 03:04:05-05')).toBe('2024-01-02T08:04:05.000Z');
    expect(read('2024-01-02 03:04:05+05:30')).toBe('2024-01-01T21:34:05.000Z');
    expect(read('1930-01-01 00:19:32+00:19:32')).toBe('1930-01-01T00:00:00.000Z');
    expect(read('1930-01-01 00:00:00-001932')).toBe('1930-01-01T00:19:32.000Z');
    expect(read('2024-01-02 03:04:05z')).toBe('2024-01-02T03:04:05.000Z');
    expect(read('2024-01-02 03:04:05 Z')).toBe('2024-01-02T03:04:05.000Z');
  });

  test('BC (PostgreSQL): 1 BC is year 0, 44 BC is -43; an explicit sign; years past 9999', () => {
    expect(read('0001-01-01 00:00:00 BC')).toBe('0000-01-01T00:00:00.000Z');
    expect(read('0044-03-15 12:00:00 BC')).toBe('-000043-03-15T12:00:00.000Z');
    expect(read('0044-03-15 12:00:00+00 bc')).toBe('-000043-03-15T12:00:00.000Z');
    expect(read('-0044-03-15 12:00:00')).toBe('-000044-03-15T12:00:00.000Z');
    expect(read('+2024-03-15 12:00:00')).toBe('2024-03-15T12:00:00.000Z');
    expect(read('10000-01-01 00:00:00')).toBe('+010000-01-01T00:00:00.000Z');
  });

  test('the first and last day of the months and of the year', () => {
    expect(read('2024-01-01 00:00:00')).toBe('2024-01-01T00:00:00.000Z');
    expect(read('2024-12-31 23:59:59.999')).toBe('2024-12-31T23:59:59.999Z');
    expect(read('2024-02-29 00:00:00')).toBe('2024-02-29T00:00:00.000Z');
  });

  test.each([
    'infinity',
    '0000-00-00 00:00:00',
    '2024-00-10 00:00:00',
    '2024-13-10 00:00:00',
    '2024-01-00 00:00:00',
    '2024-01-32 00:00:00',
    '2023-02-29 00:00:00',
    '2024-04-31 00:00:00',
    '2024-01-02 24:00:00',
    '2024-01-02 10:60:00',
    '2024-01-02 10:00:60',
    '2024-01-02 10:99',
    'x2024-01-02 00:00:00',
    '2024-01-02 00:00:00x',
    '2024-01-02 00:00:00 AD',
    '24-01-02 00:00:00',
    '2024-1-02 00:00:00',
    '2024-01-02 3:04:05',
    '2024-01-02 03:04:05.',
    '2024-01-02 03:04:05+5',
  ])('%p names no instant: a RangeError naming the text', (text) => {
    expect(() => parseUtcTimestamp(text)).toThrow(new RangeError(`no JavaScript Date holds the timestamp ${JSON.stringify(text)}`));
  });

  test('what is neither text nor a number passes through', () => {
    const value = { at: 1 };
    expect(parseUtcTimestamp(value)).toBe(value);
    expect((parseUtcTimestamp(1500) as Date).toISOString()).toBe('1970-01-01T00:00:01.500Z');
  });
});

describe('timestampWriter', () => {
  const write = timestampWriter(1000, 9999, 'MySQL/MariaDB DATETIME');

  test('the first and last years it holds are written', () => {
    expect(write(new Date('1000-01-01T00:00:00.000Z'))).toBe('1000-01-01 00:00:00.000');
    expect(write(new Date('9999-12-31T23:59:59.999Z'))).toBe('9999-12-31 23:59:59.999');
  });

  test('the years either side are refused, naming the instant, the database and its years', () => {
    expect(() => write(new Date('0999-12-31T23:59:59.999Z'))).toThrow(
      new InvalidValueError('0999-12-31T23:59:59.999Z: MySQL/MariaDB DATETIME timestamps hold the years 1000 to 9999'),
    );
    expect(() => write(new Date('+010000-01-01T00:00:00.000Z'))).toThrow(
      new InvalidValueError('+010000-01-01T00:00:00.000Z: MySQL/MariaDB DATETIME timestamps hold the years 1000 to 9999'),
    );
  });
});
