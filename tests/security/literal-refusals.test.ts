/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Typed literals (`literal()`): what they are typed as, what is refused when
 * one is built (a value its type refuses, NUL, a lone surrogate, a
 * non-finite double unless the type allows it) and what a dialect refuses
 * when compiling one it cannot write inline safely, naming type and dialect.
 */
import { bigint, blob, customType, double, Expression, integer, InvalidValueError, json, literal, select, table, text, timestamp, UnsupportedFeatureError, val, varchar } from '@alkahest/core';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';
import { assertType, type Equal, type RowType } from '../../packages/core/test/type-helpers';

const items = table('items', { id: integer().primaryKey(), name: text() });
const [pg, my, ora, lite] = [postgres, mysql, oracle, sqlite].map((m) => m.createDialect());

describe('literal() types', () => {
  test('takes its type from the value, or the type given', () => {
    const q = select({ n: literal(5), s: literal('x'), b: literal(true), big: literal(5n, bigint()), at: literal(new Date(0), timestamp()), doc: literal({ a: 1 }, json<{ a: number }>()) });
    assertType<Equal<RowType<typeof q>, { n: number; s: string; b: boolean; big: bigint; at: Date; doc: { a: number } }>>();
    const five = literal(5);
    assertType<Equal<typeof five, Expression<number>>>();
    expect(pg.compile(q).params).toEqual([]);
  });

  test('is an operand like any other expression', () => {
    const q = select(items.c.id).from(items).where(items.c.name.eq(literal('x', text())));
    expect(pg.compile(q).sql).toBe('SELECT "items"."id" FROM "items" WHERE "items"."name" = CAST(\'x\' AS TEXT)');
  });
});

describe('literal() refuses when built', () => {
  test('what the type refuses, as a bound value would be', () => {
    expect(() => literal(3_000_000_000, integer())).toThrow(InvalidValueError);
    expect(() => literal(1.5, integer())).toThrow(/expected an integer/);
    expect(() => literal('x' as unknown as number, double())).toThrow(InvalidValueError);
  });

  test('NUL, which no SQL literal holds, and a lone surrogate, which no database stores', () => {
    expect(() => literal('a\u0000b', text())).toThrow(new InvalidValueError('literal(): the string holds a NUL character (U+0000), which no SQL literal can hold; bind it with val() instead'));
    expect(() => literal('a\ud800b', text())).toThrow(/lone UTF-16 surrogate/);
    // A NUL inside a JSON document is written as \u0000 by JSON itself.
    expect(pg.compile(select({ v: literal({ a: 'x\u0000' }, json()) })).sql).toContain('\\u0000');
  });

  test('non-finite doubles unless the type allows them, and then only where the database stores them', () => {
    expect(() => literal(Infinity, double())).toThrow(/finite number/);
    const lenient = double({ nonFinite: true });
    expect(pg.compile(select({ v: literal(-Infinity, lenient) })).sql).toBe('SELECT CAST(\'-Infinity\' AS DOUBLE PRECISION) AS "v"');
    expect(pg.compile(select({ v: literal(NaN, lenient) })).sql).toBe('SELECT CAST(\'NaN\' AS DOUBLE PRECISION) AS "v"');
    expect(lite.compile(select({ v: literal(Infinity, lenient) })).sql).toBe('SELECT CAST(9e999 AS REAL) AS "v"');
    expect(() => lite.compile(select({ v: literal(NaN, lenient) }))).toThrow(UnsupportedFeatureError);
    expect(() => my.compile(select({ v: literal(Infinity, lenient) }))).toThrow(UnsupportedFeatureError);
    expect(() => ora.compile(select({ v: literal(Infinity, lenient) }))).toThrow(UnsupportedFeatureError);
  });

  test('NULL and expressions', () => {
    // @ts-expect-error literal() takes a value
    expect(() => literal(null)).toThrow(InvalidValueError);
    expect(() => literal(val(1) as unknown as number)).toThrow(/not an expression/);
  });
});

describe('what a dialect cannot write inline is refused when compiled, naming type and dialect', () => {
  test('Oracle: a RAW literal holds 2,000 bytes; a VARCHAR2 literal 4,000 bytes', () => {
    expect(ora.compile(select({ v: literal(new Uint8Array(2000), blob()) })).sql).toMatch(/^SELECT HEXTORAW\('(00){2000}'\) AS V FROM DUAL$/);
    expect(() => ora.compile(select({ v: literal(new Uint8Array(2001), blob()) }))).toThrow(new UnsupportedFeatureError('a blob literal over 2000 bytes', 'oracle', 'a RAW literal holds 2,000 bytes; bind the value with val()'));
    expect(() => ora.compile(select({ v: literal('é'.repeat(2001), varchar({ length: 3000 })) }))).toThrow(UnsupportedFeatureError);
    expect(() => ora.compile(select({ v: literal('é'.repeat(2001), varchar({ length: 3000 })) }))).toThrow(/varchar\(3000\) literal over 4000 bytes.*oracle|oracle.*varchar\(3000\) literal over 4000 bytes/s);
    // text() has no such limit: it is written as CLOB pieces.
    expect(ora.compile(select({ v: literal('é'.repeat(2001), text()) })).sql).toMatch(/^SELECT \(TO_CLOB\('é{2000}'\) \|\| TO_CLOB\('é'\)\) AS V FROM DUAL$/);
  });

  test('the value is converted as a bound value is: MySQL timestamps hold the years 1000 to 9999', () => {
    expect(() => my.compile(select({ v: literal(new Date(Date.UTC(999, 0, 1)), timestamp()) }))).toThrow(InvalidValueError);
  });
});

describe('custom types', () => {
  const point = customType<{ x: number; y: number }>({
    name: 'point',
    dataType: { postgres: 'TEXT', default: 'VARCHAR(64)' },
    check: (v) => typeof v === 'object' && v !== null && Number.isFinite((v as { x: number }).x),
    toDriver: (p) => `POINT(${p.x} ${p.y})`,
    fromDriver: (text) => {
      const [x, y] = String(text).slice(6, -1).split(' ').map(Number);
      return { x: x!, y: y! };
    },
  });

  test('a literal writes what the custom codec gives, checked and escaped as its base type; values the codec writes apart are cached apart', () => {
    const type = point();
    expect(pg.compile(select({ v: literal({ x: 1, y: 2 }, type) })).sql).toBe('SELECT CAST(\'POINT(1 2)\' AS TEXT) AS "v"');
    expect(pg.compile(select({ v: literal({ x: 3, y: 4 }, type) })).sql).toBe('SELECT CAST(\'POINT(3 4)\' AS TEXT) AS "v"');
    expect(ora.compile(select({ v: literal({ x: 1, y: 2 }, type) })).sql).toBe("SELECT CAST('POINT(1 2)' AS VARCHAR(64)) AS V FROM DUAL");
    expect(() => literal({ x: Number.NaN, y: 0 }, type)).toThrow(/not a point value/);
  });
});
