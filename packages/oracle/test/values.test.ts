/**
 * Value conversion: binds (codecs + SQL wrappers) and what comes back
 * (fetch converters + row codecs).
 */
import { bigint, blob, builtinTypes, date, insert, json, numeric, select, table, timestamp, uuid, integer } from '@alkahest/core';
import { dateWallClock, normalizeNumberText, numberFromText, OracleCompiler, oracleDialect, timestampAsUtc } from '@alkahest/oracle';

const t = table('vals', {
  id: integer().primaryKey(),
  big: bigint(),
  amount: numeric({ precision: 20, scale: 4 }),
  day: date(),
  at: timestamp(),
  atz: timestamp({ withTimeZone: true }),
  doc: json(),
  key: uuid(),
  bytes: blob(),
});
const c = new OracleCompiler();

describe('binding', () => {
  test('dates and timestamps are text with an explicit format model', () => {
    const at = new Date(Date.UTC(2024, 6, 1, 23, 59, 58, 123));
    const q = c.compile(insert(t).values({ day: '2024-07-01', at, atz: at }));
    expect(q.sql).toBe(
      "INSERT INTO VALS (DAY, AT, ATZ) VALUES (TO_DATE(:1, 'YYYY-MM-DD'), TO_TIMESTAMP(:2, 'YYYY-MM-DD HH24:MI:SS.FF3'), " +
        "TO_TIMESTAMP_TZ(:3, 'YYYY-MM-DD HH24:MI:SS.FF3 TZH:TZM'))",
    );
    expect(q.params).toEqual(['2024-07-01', '2024-07-01 23:59:58.123', '2024-07-01 23:59:58.123 +00:00']);
  });

  test('bigint and numeric are bound as strings, json as text, uuid in lower case, bytes as they are', () => {
    const bytes = Buffer.from([1, 2]);
    const q = c.compile(
      insert(t).values({ big: 9007199254740993n, amount: '12345678901234.5678', doc: { a: [1] }, key: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', bytes }),
    );
    expect(q.params).toEqual(['9007199254740993', '12345678901234.5678', '{"a":[1]}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', bytes]);
  });

  test('a Date bound without a declared type is a TIMESTAMP WITH TIME ZONE', () => {
    const q = c.compile(select(t.c.id).from(t).where(t.c.atz.gt(new Date(0))));
    expect(q.sql).toBe("SELECT VALS.ID FROM VALS WHERE VALS.ATZ > TO_TIMESTAMP_TZ(:1, 'YYYY-MM-DD HH24:MI:SS.FF3 TZH:TZM')");
    expect(q.params).toEqual(['1970-01-01 00:00:00.000 +00:00']);
  });
});

describe('fetch converters', () => {
  test('NUMBER text becomes a number only when no digit is lost', () => {
    expect(numberFromText('42')).toBe(42);
    expect(numberFromText('-7')).toBe(-7);
    expect(numberFromText('.5')).toBe(0.5);
    expect(numberFromText('-.25')).toBe(-0.25);
    expect(numberFromText('9007199254740993')).toBe('9007199254740993');
    expect(numberFromText('0.1000000000000000055511')).toBe('0.1000000000000000055511');
    expect(numberFromText('123456789012345678901234567890')).toBe('123456789012345678901234567890');
    expect(normalizeNumberText('-.5')).toBe('-0.5');
  });

  test('DATE keeps its wall clock as text; TIMESTAMP becomes that wall clock in UTC', () => {
    const local = new Date(2024, 1, 29, 7, 8, 9, 10);
    expect(dateWallClock(local)).toBe('2024-02-29 07:08:09');
    expect((timestampAsUtc(local) as Date).toISOString()).toBe('2024-02-29T07:08:09.010Z');
    expect(timestampAsUtc(null)).toBeNull();
  });
});

describe('row decoding', () => {
  const decode = oracleDialect().rowDecoder([
    { key: 'big', type: t.c.big.type },
    { key: 'amount', type: t.c.amount.type },
    { key: 'day', type: t.c.day.type },
    { key: 'at', type: t.c.at.type },
    { key: 'doc', type: t.c.doc.type },
    { key: 'flag', type: builtinTypes.boolean },
    { key: 'n', type: builtinTypes.integer },
  ]);

  test('values as the driver adapter delivers them become typed values', () => {
    const at = new Date(Date.UTC(2024, 0, 1, 12));
    expect(decode(['9223372036854775807', 1.5, '2024-02-29 00:00:00', at, '{"a":1}', 1, 3])).toEqual({
      big: 9223372036854775807n,
      amount: '1.5',
      day: '2024-02-29',
      at,
      doc: { a: 1 },
      flag: true,
      n: 3,
    });
    expect(decode([12, '1234567890.123456789', null, null, null, 0, '7'])).toEqual({
      big: 12n,
      amount: '1234567890.123456789',
      day: null,
      at: null,
      doc: null,
      flag: false,
      n: 7,
    });
  });

  test('23ai booleans arrive as booleans', () => {
    const d = oracleDialect({ version: '23ai' }).rowDecoder([{ key: 'flag', type: builtinTypes.boolean }]);
    expect(d([true])).toEqual({ flag: true });
  });
});

