/**
 * How a SQL type names itself in messages (`SqlType.describe()`, read in
 * "not a varchar(20) value" and the like), and the type a value of unknown
 * type is given from its JavaScript type (`typeOfValue`).
 */
import { builtinTypes, SqlType, typeOfValue } from '../src/types/sql-type';

describe('describe()', () => {
  const cases: [SqlType, string][] = [
    [new SqlType('varchar', { length: 20 }), 'varchar(20)'],
    [new SqlType('varchar'), 'varchar'],
    [new SqlType('char', { length: 3 }), 'char(3)'],
    [new SqlType('char'), 'char'],
    [new SqlType('numeric'), 'numeric'],
    [new SqlType('numeric', { precision: 12 }), 'numeric(12)'],
    [new SqlType('numeric', { precision: 12, scale: 2 }), 'numeric(12, 2)'],
    [new SqlType('timestamp'), 'timestamp'],
    [new SqlType('timestamp', { precision: 3 }), 'timestamp(3)'],
    [new SqlType('timestamp', { withTimeZone: true }), 'timestamp with time zone'],
    [new SqlType('timestamp', { precision: 6, withTimeZone: true }), 'timestamp(6) with time zone'],
    [new SqlType('time', { precision: 0 }), 'time(0)'],
    [new SqlType('enum', { values: ['draft', 'sent'] }), 'enum(draft, sent)'],
    [new SqlType('enum'), 'enum()'],
    [new SqlType('integer'), 'integer'],
  ];
  test.each(cases)('%o is %s', (type, text) => {
    expect(type.describe()).toBe(text);
  });

  test('a custom type is named by its own name', () => {
    expect(new SqlType('text', { custom: { name: 'email address' } } as never).describe()).toBe('email address');
  });
});

describe('typeOfValue()', () => {
  test('a value of unknown type takes the type its JavaScript type says', () => {
    expect(typeOfValue(true)).toBe(builtinTypes.boolean);
    expect(typeOfValue(10n)).toBe(builtinTypes.bigint);
    expect(typeOfValue(3)).toBe(builtinTypes.integer);
    expect(typeOfValue(1.5)).toBe(builtinTypes.double);
    expect(typeOfValue('x')).toBe(builtinTypes.text);
    expect(typeOfValue(new Date(0))).toBe(builtinTypes.timestamptz);
    expect(typeOfValue(new Uint8Array([1]))).toBe(builtinTypes.blob);
    expect(typeOfValue(Buffer.from('a'))).toBe(builtinTypes.blob);
  });

  test('a value no JavaScript type names keeps the declared type, unknown by default', () => {
    expect(typeOfValue({ a: 1 })).toBe(builtinTypes.unknown);
    expect(typeOfValue(null)).toBe(builtinTypes.unknown);
  });

  test('a declared type wins over the value', () => {
    expect(typeOfValue(new Date(0), builtinTypes.text)).toBe(builtinTypes.text);
    expect(typeOfValue(3, builtinTypes.double)).toBe(builtinTypes.double);
  });
});
