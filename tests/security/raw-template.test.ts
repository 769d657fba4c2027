/**
 * `sql` is a tagged template: its text parts come from the program's source,
 * its values are bound. Called as a plain function with an array built at run
 * time, it would splice that array's text unbound; it refuses.
 */
import { InvalidValueError, sql } from '@alkahest/core';
import { SqliteCompiler } from '@alkahest/sqlite';
import fc from 'fast-check';

const compiler = new SqliteCompiler();
type Tag = (strings: TemplateStringsArray, ...values: unknown[]) => unknown;
const callSql = sql as unknown as (strings: unknown, ...values: unknown[]) => unknown;

describe('sql called with something other than a template strings array', () => {
  test('an array that names itself as its raw strings (s.raw = s) is refused', () => {
    const forged = ["SELECT 1; DROP TABLE users; --"] as string[] & { raw?: unknown };
    forged.raw = forged;
    expect(() => callSql(forged)).toThrow(InvalidValueError);
    expect(() => callSql(Object.freeze(forged))).toThrow(/tagged template/);
  });

  test('an array parsed from JSON, with a raw copy, is refused, frozen or not', () => {
    const parsed = JSON.parse('{"0":"x","raw":["x"]}') as unknown;
    const arr = Object.assign(['DELETE FROM t WHERE 1 = 1 OR '], { raw: ['DELETE FROM t WHERE 1 = 1 OR '] });
    expect(() => callSql(parsed)).toThrow(InvalidValueError);
    expect(() => callSql(arr, 1)).toThrow(InvalidValueError);
    Object.freeze(arr.raw);
    expect(() => callSql(Object.freeze(arr), 1)).toThrow(InvalidValueError);
  });

  test('the strings array of a real template is accepted; its values are bound', () => {
    const tagged: Tag = sql;
    const out = compiler.compile(tagged`SELECT ${"'; DROP TABLE users; --"} AS x` as never);
    expect(out.sql).toBe('SELECT ? AS x');
    expect(out.params).toEqual(["'; DROP TABLE users; --"]);
  });

  test('a real strings array with a value missing or in excess is refused', () => {
    const capture = (s: TemplateStringsArray, ...values: unknown[]): TemplateStringsArray => {
      void values;
      return s;
    };
    const strings = capture`a ${1} b`;
    expect(() => callSql(strings)).toThrow(/2 text parts/);
    expect(() => callSql(strings, 1, 2)).toThrow(InvalidValueError);
    expect(() => callSql(strings, 1)).not.toThrow();
  });

  test('property: no run-time array of strings is ever accepted as template text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), fc.boolean(), (parts, freeze) => {
        const forged = [...parts] as string[] & { raw?: unknown };
        forged.raw = freeze ? Object.freeze([...parts]) : forged;
        if (freeze) Object.freeze(forged);
        expect(() => callSql(forged, ...parts.slice(1))).toThrow(InvalidValueError);
      }),
    );
  });
});
