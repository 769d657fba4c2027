/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Timestamps to the microsecond: `timestamp({ mode: 'string' | 'bigint' })`.
 * Row types (checked by `tsc -p tsconfig.test.json`), values checked when a
 * statement is built, each dialect's DDL, binds and reading of driver text,
 * reflection of the precision, and a property test of the round trip for
 * any microsecond in the years 0001 to 9999.
 */
import fc from 'fast-check';
import { CompileError, createTable, dates, insert, integer, InvalidValueError, SchemaError, select, SqlType, table, timestamp, UnreadableValueError, update } from '@alkahest/core';
import { formatMicros, microsText, readMicros } from '@alkahest/core/dialect';
import { MysqlTypeCompiler, alkahestDialect as mysql } from '@alkahest/mysql';
import { makeFetchTypeHandler, OracleCompiler, outBindDefinition, OracleTypeCompiler, alkahestDialect as oracle } from '@alkahest/oracle';
import { PostgresTypeCompiler, alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';
import type OracleDB from 'oracledb';
import { assertType, type Equal, type RowType } from './type-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require('oracledb') as typeof OracleDB;

const ticks = table('ticks', {
  id: integer().primaryKey(),
  at: timestamp({ mode: 'string', precision: 6 }).notNull(),
  atz: timestamp('at_tz', { mode: 'string', withTimeZone: true }),
  us: timestamp({ mode: 'bigint' }),
  ms: timestamp({ mode: 'string', precision: 3 }),
  plain: timestamp(),
  secs: timestamp({ precision: 0 }),
});

const stringType = ticks.c.at.type;
const tzType = ticks.c.atz.type;
const bigintType = ticks.c.us.type;
const msType = ticks.c.ms.type;

describe('microsecond timestamp types', () => {
  test('rows read strings and bigints in those modes, Dates otherwise', () => {
    const q = select(ticks.c.at, ticks.c.atz, ticks.c.us, ticks.c.plain).from(ticks);
    assertType<Equal<RowType<typeof q>, { at: string; atz: string | null; us: bigint | null; plain: Date | null }>>();
    insert(ticks).values({ at: '2024-01-02 03:04:05.123456', us: 1n, plain: new Date() });
    // @ts-expect-error a string-mode column takes text, not a Date
    expect(() => insert(ticks).values({ at: new Date() })).toThrow(InvalidValueError);
    // @ts-expect-error a bigint-mode column takes microseconds as a bigint
    expect(() => insert(ticks).values({ at: '2024-01-02 03:04:05', us: 5 })).toThrow(InvalidValueError);
    // Any bigint is written and compared; rows read a plain bigint.
    const written: bigint = 1704164645123456n;
    update(ticks).set({ us: written }).where(ticks.c.us.between(0n, written));
    const [row] = [] as RowType<typeof q>[];
    const plain: bigint | null | undefined = row?.us;
    expect(plain).toBeUndefined();
  });

  test('a bigint-mode timestamp is no integer in SQL: arithmetic on it is refused (types and run time)', () => {
    // @ts-expect-error plus() needs a numeric expression, and this one is a timestamp (use dates.add() for date arithmetic)
    expect(() => ticks.c.us.plus(1n)).toThrow(CompileError);
    // @ts-expect-error the same
    expect(() => ticks.c.us.plus(1n)).toThrow('plus() needs numeric operands, but column ticks.us is timestamp(6)');
    const shifted = dates.add(ticks.c.us, { seconds: 1 });
    const q = select({ shifted, year: dates.extract('year', ticks.c.us) }).from(ticks);
    assertType<Equal<RowType<typeof q>, { shifted: bigint | null; year: number | null }>>();
    expect(shifted.type).toBe(ticks.c.us.type);
  });
});

describe('values checked when the statement is built', () => {
  const refused = (value: unknown, message: string, column: { eq(value: never): unknown } = ticks.c.at): void => {
    const bind = () => column.eq(value as never);
    expect(bind).toThrow(InvalidValueError);
    expect(bind).toThrow(message);
  };

  test('malformed text, dates that do not exist, more fraction digits than the column keeps', () => {
    refused('2024-01-02', "column ticks.at: expected a timestamp 'YYYY-MM-DD HH:MM:SS[.ffffff]'");
    refused('2024-02-30 00:00:00', 'column ticks.at: the timestamp names no calendar date and time of day');
    refused('2024-01-02 24:00:00', 'column ticks.at: the timestamp names no calendar date and time of day');
    refused('2024-01-02 03:04:05.1234567', 'column ticks.at: the timestamp has 7 fraction digits and the column keeps 6');
    refused('2024-01-02 03:04:05.1234', 'column ticks.ms: the timestamp has 4 fraction digits and the column keeps 3', ticks.c.ms);
    refused('0000-12-31 23:59:59', 'column ticks.at: the timestamp is outside the years 0001 to 9999');
    refused('9999-12-31 23:59:59-01:00', 'column ticks.at: the timestamp is outside the years 0001 to 9999');
    refused(new Date(0), "column ticks.at: expected a timestamp string 'YYYY-MM-DD HH:MM:SS[.ffffff]', got a Date");
    refused(253402300800000000n, 'column ticks.us: the timestamp is outside the years 0001 to 9999', ticks.c.us);
    refused(1, 'column ticks.us: expected a bigint of microseconds since 1970-01-01 00:00:00 UTC, got 1', ticks.c.us);
    refused(new Date(1500), 'column ticks.secs: the Date has milliseconds finer than the column keeps (0 fraction digits)', ticks.c.secs);
  });

  test('trailing zeros are no digits; T, Z and offsets are read', () => {
    expect(() => ticks.c.ms.eq('2024-01-02 03:04:05.120000')).not.toThrow();
    expect(microsText(stringType, '2024-01-02T05:04:05.5+02:00')).toBe('2024-01-02 03:04:05.500000');
    expect(microsText(stringType, '2024-01-01 23:30:00-01:00')).toBe('2024-01-02 00:30:00.000000');
    expect(microsText(stringType, '2024-01-02 03:04:05Z')).toBe('2024-01-02 03:04:05.000000');
  });

  test('a precision past microseconds, or an unknown mode, is a SchemaError', () => {
    expect(() => timestamp({ mode: 'string', precision: 7 })).toThrow(SchemaError);
    expect(() => timestamp({ mode: 'nanos' as 'string' })).toThrow(SchemaError);
  });
});

describe('each dialect', () => {
  const dialects = { sqlite: sqlite.createDialect(), postgres: postgres.createDialect(), mysql: mysql.createDialect(), oracle: oracle.createDialect() };

  test('DDL keeps the precision (MySQL DATETIME(6), PostgreSQL and Oracle write it only when not 6)', () => {
    expect(dialects.postgres.compile(createTable(ticks)).sql).toContain(
      '"at" TIMESTAMP NOT NULL, "at_tz" TIMESTAMPTZ, "us" TIMESTAMP, "ms" TIMESTAMP(3), "plain" TIMESTAMP, "secs" TIMESTAMP(0))',
    );
    expect(dialects.mysql.compile(createTable(ticks)).sql).toContain(
      '`at` DATETIME(6) NOT NULL, `at_tz` DATETIME(6), `us` DATETIME(6), `ms` DATETIME(3), `plain` DATETIME(3), `secs` DATETIME(0)',
    );
    expect(dialects.oracle.compile(createTable(ticks)).sql).toContain(
      'AT TIMESTAMP NOT NULL, AT_TZ TIMESTAMP WITH TIME ZONE, US TIMESTAMP, MS TIMESTAMP(3), PLAIN TIMESTAMP, SECS TIMESTAMP(0)',
    );
    expect(dialects.sqlite.compile(createTable(ticks)).sql).toContain('"at" TIMESTAMP NOT NULL, "at_tz" TIMESTAMP WITH TIME ZONE, "us" TIMESTAMP, "ms" TIMESTAMP');
  });

  test('values are bound as UTC text with the column digits (Oracle: six, through an FF6 format model)', () => {
    const row = { id: 1, at: '2024-01-02 03:04:05.000001', atz: '2024-01-02T05:04:05.999999+02:00', us: -1n, ms: '2024-01-02 03:04:05.1' };
    expect(dialects.postgres.compile(insert(ticks).values(row)).params).toEqual([1, '2024-01-02 03:04:05.000001', '2024-01-02 03:04:05.999999+00', '1969-12-31 23:59:59.999999', '2024-01-02 03:04:05.100']);
    expect(dialects.mysql.compile(insert(ticks).values(row)).params).toEqual([1, '2024-01-02 03:04:05.000001', '2024-01-02 03:04:05.999999', '1969-12-31 23:59:59.999999', '2024-01-02 03:04:05.100']);
    expect(dialects.sqlite.compile(insert(ticks).values(row)).params).toEqual([1n, '2024-01-02 03:04:05.000001', '2024-01-02 03:04:05.999999', '1969-12-31 23:59:59.999999', '2024-01-02 03:04:05.100']);
    const ora = dialects.oracle.compile(insert(ticks).values(row));
    expect(ora.sql).toBe(
      "INSERT INTO TICKS (ID, AT, AT_TZ, US, MS) VALUES (:1, TO_TIMESTAMP(:2, 'YYYY-MM-DD HH24:MI:SS.FF6'), TO_TIMESTAMP_TZ(:3, 'YYYY-MM-DD HH24:MI:SS.FF6 TZH:TZM'), TO_TIMESTAMP(:4, 'YYYY-MM-DD HH24:MI:SS.FF6'), TO_TIMESTAMP(:5, 'YYYY-MM-DD HH24:MI:SS.FF6'))",
    );
    expect(ora.params).toEqual([1, '2024-01-02 03:04:05.000001', '2024-01-02 03:04:05.999999 +00:00', '1969-12-31 23:59:59.999999', '2024-01-02 03:04:05.100000']);
  });

  test('MySQL refuses a year its DATETIME does not hold', () => {
    const bind = () => dialects.mysql.compile(select(ticks.c.id).from(ticks).where(ticks.c.at.eq('0999-12-31 23:59:59')));
    expect(bind).toThrow(InvalidValueError);
    expect(bind).toThrow('MySQL/MariaDB DATETIME holds the years 1000 to 9999');
  });

  test('driver text of any shape is read as the column value', () => {
    const decode = (type: SqlType, value: unknown) => dialects.postgres.rowDecoder([{ key: 'v', type }])([value]).v;
    expect(decode(stringType, '2024-01-02 03:04:05.1')).toBe('2024-01-02 03:04:05.100000');
    expect(decode(tzType, '2024-01-02 04:04:05.000001+01')).toBe('2024-01-02 03:04:05.000001Z');
    expect(decode(tzType, '2024-01-02 03:04:05.123456 +00:00')).toBe('2024-01-02 03:04:05.123456Z');
    expect(decode(bigintType, '1969-12-31 23:59:59.999999')).toBe(-1n);
    expect(decode(msType, '2024-01-02 03:04:05.123')).toBe('2024-01-02 03:04:05.123');
    // Oracle's TIMESTAMP(0) printed with FF; a foreign TIMESTAMP(9)'s nanoseconds are dropped.
    expect(readMicros('2024-01-02 03:04:05.', stringType)).toBe('2024-01-02 03:04:05.000000');
    expect(readMicros('2024-01-02 03:04:05.123456789', stringType)).toBe('2024-01-02 03:04:05.123456');
    expect(readMicros('1969-12-31 23:59:59.9999', msType)).toBe('1969-12-31 23:59:59.999');
    expect(() => decode(stringType, 'infinity')).toThrow(UnreadableValueError);
    expect(() => decode(stringType, '0044-03-15 12:00:00 BC')).toThrow(UnreadableValueError);
  });

  test('reflection reads the precision back; a timestamp() column reflects as it was', () => {
    const pg = new PostgresTypeCompiler();
    expect(pg.reflect('timestamp(3) without time zone').options).toEqual({ withTimeZone: false, precision: 3 });
    expect(pg.reflect('timestamp(6) with time zone').options).toEqual({ withTimeZone: true });
    const my = new MysqlTypeCompiler('mariadb', (s) => `'${s}'`);
    expect(my.reflect('datetime(6)').options).toEqual({ withTimeZone: false, precision: 6 });
    expect(my.reflect('datetime(3)').options).toEqual({ withTimeZone: false });
    expect(my.reflect('datetime').options).toEqual({ withTimeZone: false, precision: 0 });
    const ora = new OracleTypeCompiler({ nativeBoolean: false, nativeJson: false, fetchFirst: true, ifExists: false } as never);
    expect(ora.reflect({ dataType: 'TIMESTAMP(3)' }).options).toEqual({ withTimeZone: false, precision: 3 });
    expect(ora.reflect({ dataType: 'TIMESTAMP(6) WITH TIME ZONE' }).options).toEqual({ withTimeZone: true });
  });

  test('Oracle: a query reading one fetches TIMESTAMPs as text; RETURNING binds it as text; DDL defaults are TIMESTAMP literals', () => {
    const text = makeFetchTypeHandler(lib, true);
    const dates = makeFetchTypeHandler(lib);
    expect(text({ name: 'AT', dbType: lib.DB_TYPE_TIMESTAMP } as never)).toEqual({ type: lib.STRING });
    expect(text({ name: 'AT', dbType: lib.DB_TYPE_TIMESTAMP_TZ } as never)).toEqual({ type: lib.STRING });
    expect(dates({ name: 'AT', dbType: lib.DB_TYPE_TIMESTAMP } as never)).not.toEqual({ type: lib.STRING });
    expect(outBindDefinition(lib, stringType).bind).toMatchObject({ type: lib.STRING });
    const withDefault = table('d', { at: timestamp({ mode: 'string' }).default('2024-01-02 03:04:05.5') });
    expect(new OracleCompiler().compile(createTable(withDefault)).sql).toBe("CREATE TABLE D (AT TIMESTAMP DEFAULT TIMESTAMP '2024-01-02 03:04:05.500000')");
  });
});

describe('property: any microsecond in the years 0001 to 9999', () => {
  const micros = fc.bigInt({ min: -62135596800000000n, max: 253402300799999999n });

  test('text → bound text → driver text → value is the identity, in string and bigint mode', () => {
    fc.assert(
      fc.property(micros, fc.constantFrom('T', ' '), (us, sep) => {
        const text = formatMicros(us, 6).replace(' ', sep);
        expect(microsText(stringType, text)).toBe(formatMicros(us, 6));
        expect(readMicros(microsText(stringType, text), stringType)).toBe(formatMicros(us, 6));
        expect(readMicros(`${microsText(tzType, `${text}Z`)}+00`, tzType)).toBe(`${formatMicros(us, 6)}Z`);
        expect(readMicros(microsText(bigintType, us), bigintType)).toBe(us);
      }),
      { numRuns: 2000 },
    );
  });

  test('the text sorts as the instants do (SQLite compares it as text)', () => {
    fc.assert(
      fc.property(micros, micros, (a, b) => {
        const [x, y] = [formatMicros(a, 6), formatMicros(b, 6)];
        expect(Math.sign(x < y ? -1 : x > y ? 1 : 0)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });
});
