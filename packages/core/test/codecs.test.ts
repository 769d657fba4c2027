/**
 * The shared value codecs: what each reads from the shapes drivers really
 * return (numbers, bigints, strings, buffers), and what it refuses.
 */
import {
  baseCodecs,
  formatUtcTimestamp,
  parseUtcTimestamp,
  readBigInt,
  readBooleanish,
  readBytes,
  readDateText,
  readDecimal,
  readFloat,
  readInteger,
  readJsonText,
  writeDecimal,
  writeSignedZero,
} from '@alkahest/core/dialect';

describe('numbers', () => {
  test('integers from number, bigint or text; anything else untouched', () => {
    expect(readInteger(7)).toBe(7);
    expect(readInteger(7n)).toBe(7);
    expect(readInteger('-12')).toBe(-12);
    const other = { weird: true };
    expect(readInteger(other)).toBe(other);
  });

  test('64-bit integers keep every digit', () => {
    expect(readBigInt(9007199254740993n)).toBe(9007199254740993n);
    expect(readBigInt('9007199254740993')).toBe(9007199254740993n);
    expect(readBigInt(42)).toBe(42n);
    expect(readBigInt(true)).toBe(true);
    expect(() => readBigInt('1.5')).toThrow(SyntaxError);
  });

  test('floats from text and bigint; decimals as text, never through a double', () => {
    expect(readFloat('1.25')).toBe(1.25);
    expect(readFloat(3n)).toBe(3);
    expect(readFloat(0.5)).toBe(0.5);
    expect(readDecimal(12.5)).toBe('12.5');
    expect(readDecimal(10n ** 20n)).toBe('100000000000000000000');
    expect(readDecimal('0.10')).toBe('0.10');
    expect(writeDecimal(0.1)).toBe('0.1');
    expect(writeDecimal(5n)).toBe('5');
    expect(writeDecimal('1.000')).toBe('1.000');
    expect(baseCodecs.bigint!.toDriver!(12n, undefined as never)).toBe('12');
    expect(baseCodecs.bigint!.toDriver!(12, undefined as never)).toBe(12);
  });
});

describe('booleans', () => {
  test.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [2, true],
    [1n, true],
    [0n, false],
    ['1', true],
    ['0', false],
    ['true', true],
    ['TRUE', true],
    ['t', true],
    ['f', false],
    ['false', false],
    ['', false],
  ])('%p reads as %p', (stored, expected) => {
    expect(readBooleanish(stored)).toBe(expected);
  });

  test('a value of no boolean shape passes through', () => {
    const odd = Symbol('odd');
    expect(readBooleanish(odd)).toBe(odd);
  });
});

describe('bytes and JSON', () => {
  test('bytes from a Buffer (kept), a Uint8Array (wrapped) or text (UTF-8)', () => {
    const buffer = Buffer.from([1, 2, 3]);
    expect(readBytes(buffer)).toBe(buffer);
    const wrapped = readBytes(new Uint8Array([4, 5]));
    expect(Buffer.isBuffer(wrapped)).toBe(true);
    expect([...(wrapped as Buffer)]).toEqual([4, 5]);
    expect([...(readBytes('é') as Buffer)]).toEqual([0xc3, 0xa9]);
    expect(readBytes(42)).toBe(42);
  });

  test('JSON from text or bytes; a parsed value passes; bad JSON is an error', () => {
    expect(readJsonText('{"a":[1,"2"]}')).toEqual({ a: [1, '2'] });
    expect(readJsonText(Buffer.from('"x"'))).toBe('x');
    expect(readJsonText(new Uint8Array(Buffer.from('[true]')))).toEqual([true]);
    const parsed = { already: 1 };
    expect(readJsonText(parsed)).toBe(parsed);
    expect(() => readJsonText('{oops')).toThrow(SyntaxError);
  });
});

describe('timestamps and dates', () => {
  test('UTC text, sortable, with the year padded (also before year 1000 and BC)', () => {
    expect(formatUtcTimestamp(new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)))).toBe('2024-01-02 03:04:05.006');
    const early = new Date(Date.UTC(2000, 11, 31, 23, 59, 59, 999));
    early.setUTCFullYear(33);
    expect(formatUtcTimestamp(early)).toBe('0033-12-31 23:59:59.999');
    const bc = new Date(Date.UTC(2000, 0, 1));
    bc.setUTCFullYear(-44);
    expect(formatUtcTimestamp(bc)).toBe('-0044-01-01 00:00:00.000');
  });

  test('parsing: SQL text as UTC, ISO with Z or an offset, epoch milliseconds', () => {
    expect((parseUtcTimestamp('2024-01-02 03:04:05') as Date).toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect((parseUtcTimestamp(' 2024-01-02 03:04:05.123 ') as Date).toISOString()).toBe('2024-01-02T03:04:05.123Z');
    expect((parseUtcTimestamp('2024-01-02T03:04:05Z') as Date).toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect((parseUtcTimestamp('2024-01-02 03:04:05+02:00') as Date).toISOString()).toBe('2024-01-02T01:04:05.000Z');
    expect((parseUtcTimestamp('2024-01-02 03:04:05-0130') as Date).toISOString()).toBe('2024-01-02T04:34:05.000Z');
    expect((parseUtcTimestamp(0) as Date).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    const date = new Date();
    expect(parseUtcTimestamp(date)).toBe(date);
  });

  test.each(['not a date', '2024-13-45 99:00:00', ''])('an invalid timestamp %p is a RangeError naming it', (text) => {
    expect(() => parseUtcTimestamp(text)).toThrow(RangeError);
    expect(() => parseUtcTimestamp(text)).toThrow(`timestamp ${JSON.stringify(text)}`);
  });

  test('dates as YYYY-MM-DD from a Date (local fields) or date-time text', () => {
    expect(readDateText(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
    expect(readDateText('2024-02-29 00:00:00')).toBe('2024-02-29');
    expect(readDateText(20240229)).toBe(20240229);
  });
});

describe('the base codec table, kind by kind', () => {
  const type = undefined as never;
  const read = (kind: keyof typeof baseCodecs, value: unknown): unknown => baseCodecs[kind]!.fromDriver!(value, type);

  test('each kind reads the text a driver gives as its JavaScript value', () => {
    expect(read('integer', '7')).toBe(7);
    expect(read('smallint', '-7')).toBe(-7);
    expect(read('bigint', '9007199254740993')).toBe(9007199254740993n);
    expect(read('real', '1.5')).toBe(1.5);
    expect(read('double', '-2.5')).toBe(-2.5);
    expect(read('numeric', 12.5)).toBe('12.5');
    expect(read('boolean', 0)).toBe(false);
    expect([...(read('blob', 'a') as Buffer)]).toEqual([0x61]);
    expect(read('time', '12:57:18.000000')).toBe('12:57:18');
  });

  test('numerics are written as text, times in their canonical text; kinds without a writer have none', () => {
    expect(baseCodecs.numeric!.toDriver!(0.1, type)).toBe('0.1');
    expect(baseCodecs.time!.toDriver!('12:57', type)).toBe('12:57:00');
    for (const kind of ['integer', 'smallint', 'real', 'double', 'boolean', 'blob'] as const) expect(baseCodecs[kind]!.toDriver).toBeUndefined();
  });

  test('writeSignedZero: -0 as the text -0, every other value as it is', () => {
    expect(writeSignedZero(-0)).toBe('-0');
    expect(writeSignedZero(0)).toBe(0);
    expect(writeSignedZero(-1.5)).toBe(-1.5);
    expect(writeSignedZero('-0')).toBe('-0');
  });

  test('readBooleanish: 1, t and true in any case are true; other texts false', () => {
    expect(readBooleanish('True')).toBe(true);
    expect(readBooleanish('yes')).toBe(false);
    expect(readBooleanish('2')).toBe(false);
    expect(readBooleanish(-1)).toBe(true);
  });
});
