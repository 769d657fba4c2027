/**
 * The TypeScript the generator and pull write for a column: each type's
 * factory with its options (a varchar the catalog gave no length, numeric
 * with and without precision, timestamps with a mode and precision, enums
 * under a SQL name, a type alkahest cannot name), defaults of every kind of
 * value and expressions, and primary keys with and without a generated key.
 */
import { builtinTypes, sql, SqlType, UnsafeText } from '@alkahest/core';
import type { ReflectedColumn } from '@alkahest/core';
import { sqliteDialect } from '@alkahest/sqlite';
import { columnCode, typeCode } from '../src/code';

const catalog = sqliteDialect().catalog!;
const column = (type: SqlType, extra: Partial<ReflectedColumn> = {}): ReflectedColumn => ({ name: 'c', type, nullable: true, autoIncrement: false, nativeType: '', ...extra }) as ReflectedColumn;

test.each<[string, SqlType, string | undefined, string]>([
  ['a varchar the catalog gave no length', new SqlType('varchar'), undefined, 'varchar({ length: 255 })'],
  ['a char under its SQL name', new SqlType('char', { length: 2 }), 'region_code', "char('region_code', { length: 2 })"],
  ['numeric without a precision', new SqlType('numeric'), 'amount', "numeric('amount')"],
  ['numeric with precision and scale', new SqlType('numeric', { precision: 10, scale: 2 }), undefined, 'numeric({ precision: 10, scale: 2 })'],
  ['a timestamp with a time zone, a mode and a precision', new SqlType('timestamp', { withTimeZone: true, mode: 'string', precision: 6 } as never), undefined, "timestamp({ withTimeZone: true, mode: 'string', precision: 6 })"],
  ['a plain timestamp', builtinTypes.timestamp, 'at', "timestamp('at')"],
  ['an enum under its SQL name', new SqlType('enum', { values: ["it's", 'b'] }), 'mood', "enumOf(['it\\'s', 'b'], 'mood')"],
  ['an enum without values', new SqlType('enum'), undefined, 'enumOf([])'],
  ['a type alkahest cannot name', builtinTypes.unknown, 'geom', "text('geom')"],
  ['any other kind', builtinTypes.double, undefined, 'double()'],
])('%s', (_, type, name, code) => {
  expect(typeCode(type, name).code).toBe(code);
});

test('defaults: bigints, Dates, bytes, strings and expressions', () => {
  const code = (c: ReflectedColumn) => columnCode(catalog, 't', c).code;
  expect(code(column(builtinTypes.bigint, { default: { value: 9007199254740993n } }))).toBe('bigint().default(9007199254740993n)');
  expect(code(column(builtinTypes.timestamp, { default: { value: new Date(Date.UTC(2024, 0, 2)) } }))).toBe("timestamp().default(new Date('2024-01-02T00:00:00.000Z'))");
  expect(code(column(builtinTypes.blob, { default: { value: new Uint8Array([1, 255]) } }))).toBe('blob().default(new Uint8Array([1, 255]))');
  expect(code(column(builtinTypes.text, { nullable: false, default: { value: "it's" } }))).toBe("text().notNull().default('it\\'s')");
  expect(code(column(builtinTypes.text, { default: { expr: new UnsafeText("lower('X')") } as never }))).toBe("text().default(sql.unsafe('lower(\\'X\\')'))");
  // An expression the catalog does not hold as text is written as the dialect writes it, without its outer parentheses.
  expect(code(column(builtinTypes.integer, { default: { expr: sql`1 + 2` } as never }))).toBe("integer().default(sql.unsafe('1 + 2'))");
});

test('primary keys: a generated key, a key given by the application, a text key', () => {
  const pk = (c: ReflectedColumn) => columnCode(catalog, 't', c, { primaryKey: true }).code;
  expect(pk(column(builtinTypes.integer, { autoIncrement: true, default: { value: 1 } }))).toBe('integer().primaryKey()');
  expect(pk(column(builtinTypes.integer))).toBe('integer().primaryKey({ autoIncrement: false })');
  expect(pk(column(builtinTypes.text))).toBe('text().primaryKey()');
});
