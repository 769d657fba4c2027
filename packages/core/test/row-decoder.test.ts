/**
 * Result rows are decoded by a function written out for each column list
 * (one object literal, result.ts), and by a loop where the runtime refuses
 * code generation or a key is `__proto__`. Both must give the same rows: the
 * same keys in the same order, own data properties only, the codecs' values,
 * null for null and a missing value, and the same error for a value a codec
 * cannot read.
 */
import fc from 'fast-check';
import { bigint, boolean, customType, double, integer, numeric, text, timestamp, UnreadableValueError } from '@alkahest/core';
import type { ResultColumn, SqlType } from '@alkahest/core/dialect';
import { baseCodecs, makeRowDecoder } from '@alkahest/core/dialect';
import { generatedFunction } from '../src/generated-function';

type Decoder = ReturnType<typeof makeRowDecoder>;

/** The SQL type of a column builder. */
const typeOf = (column: { readonly spec: { readonly type: SqlType } }): SqlType => column.spec.type;

/** A `Function` constructor that refuses, as under a content security policy. */
function refusing(): never {
  throw new EvalError('Code generation from strings disallowed for this context');
}

/** The decoder as made with `Function` replaced: the loop, when it refuses. Counts the attempts. */
function loopDecoder(columns: readonly ResultColumn[]): { decode: Decoder; attempts: number } {
  const saved = globalThis.Function;
  let attempts = 0;
  globalThis.Function = function counted() {
    attempts++;
    return refusing();
  } as unknown as FunctionConstructor;
  try {
    return { decode: makeRowDecoder(columns, baseCodecs), attempts };
  } finally {
    globalThis.Function = saved;
  }
}

/** What a row is: its own properties in order, each a plain data property, and its prototype. */
function anatomy(row: object): unknown {
  return {
    prototype: Object.getPrototypeOf(row) === Object.prototype,
    properties: Reflect.ownKeys(row).map((key) => [key, Object.getOwnPropertyDescriptor(row, key)]),
  };
}

/** The error a decoder throws for a row, or undefined. */
function failure(decode: Decoder, row: readonly unknown[]): unknown {
  try {
    decode(row);
  } catch (error) {
    return error;
  }
  return undefined;
}

const cents = customType<{ cents: number }>({ name: 'cents', dataType: 'BIGINT', base: 'integer', fromDriver: (v) => {
    const cents = Number(v);
    if (!Number.isFinite(cents)) throw new TypeError('not an amount');
    return { cents };
  },
});
const word = customType<string>({ name: 'word', dataType: 'TEXT', fromDriver: (v) => String(v).toUpperCase() });

const columns: ResultColumn[] = [
  { key: 'id', type: typeOf(integer()) },
  { key: 'name', type: typeOf(text()) },
  { key: 'big', type: typeOf(bigint()) },
  { key: 'ratio', type: typeOf(double()) },
  { key: 'flag', type: typeOf(boolean()) },
  { key: 'amount', type: typeOf(numeric({ precision: 10, scale: 2 })) },
  { key: 'at', type: typeOf(timestamp()) },
  { key: 'price', type: typeOf(cents()) },
  { key: 'tag', type: typeOf(word()) },
];

describe('the written decoder and the loop', () => {
  test('give the same rows, and the loop is what a runtime without code generation gets', () => {
    const written = makeRowDecoder(columns, baseCodecs);
    const loop = loopDecoder(columns);
    expect(loop.attempts).toBe(1);
    const rows: unknown[][] = [
      [1, 'Ada', '9007199254740993', 0.5, 1, '12.50', '2024-01-02 03:04:05.123', 700, 'x'],
      [null, null, null, null, null, null, null, null, null],
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
      [2, '', 7n, -0, 0, '0.00', new Date(0), '5', ''],
      [3],
    ];
    for (const row of rows) {
      const a = written(row);
      expect(anatomy(a)).toEqual(anatomy(loop.decode(row)));
      expect(Object.keys(a)).toEqual(columns.map((c) => c.key));
    }
    expect(written(rows[0]!)).toEqual({
      id: 1,
      name: 'Ada',
      big: 9007199254740993n,
      ratio: 0.5,
      flag: true,
      amount: '12.50',
      at: '2024-01-02 03:04:05.123', // the base table keeps timestamps as given; each dialect's reads them
      price: { cents: 700 },
      tag: 'X',
    });
    expect(written(rows[1]!)).toEqual(Object.fromEntries(columns.map((c) => [c.key, null])));
    expect(written([3])).toEqual({ ...Object.fromEntries(columns.map((c) => [c.key, null])), id: 3 });
  });

  test('a value a codec cannot read fails naming its column, the value and the type, the same way in both', () => {
    const written = makeRowDecoder(columns, baseCodecs);
    const loop = loopDecoder(columns).decode;
    const row = [1, 'Ada', 'not a number', 0.5, 1, '1', null, null, null];
    const error = failure(written, row);
    expect(error).toBeInstanceOf(UnreadableValueError);
    expect(error).toMatchObject({ column: 'big', raw: 'not a number', type: 'bigint' });
    expect(failure(loop, row)).toEqual(error);
    // The first column that fails is the one named.
    const two = [1, 'Ada', 'not a number', 0.5, 1, '1', null, 'nor this', null];
    const laterOnly = [...two];
    laterOnly[2] = '1';
    expect(failure(written, laterOnly)).toMatchObject({ column: 'price', raw: 'nor this' });
    expect(failure(written, two)).toMatchObject({ column: 'big', raw: 'not a number' });
    expect(failure(loop, two)).toMatchObject({ column: 'big', raw: 'not a number' });
    // A custom reader's own error is kept as the cause.
    const broken = customType<number>({
      name: 'broken',
      dataType: 'INTEGER',
      fromDriver: () => {
        throw new RangeError('no such amount');
      },
    });
    const cols: ResultColumn[] = [{ key: 'a', type: typeOf(text()) }, { key: 'b', type: typeOf(broken()) }];
    for (const decode of [makeRowDecoder(cols, baseCodecs), loopDecoder(cols).decode]) {
      const e = failure(decode, ['x', 4]) as UnreadableValueError;
      expect(e).toBeInstanceOf(UnreadableValueError);
      expect(e.column).toBe('b');
      expect(e.cause).toBeInstanceOf(RangeError);
    }
  });

  test('keys are data: quotes, backslashes, line separators and code are kept as text, and nothing runs', () => {
    const keys = ['"', "'", '\\', '`${1}`', '\n', '\u2028\u2029', '}; globalThis.decoderRan = true; ({', '*/ x /*', '0', '10', 'constructor', 'hasOwnProperty', 'toString', '', 'ü ✓ 𝒜'];
    const cols: ResultColumn[] = keys.map((key) => ({ key, type: typeOf(integer()) }));
    const row = keys.map((_, i) => i);
    const written = makeRowDecoder(cols, baseCodecs);
    const decoded = written(row);
    expect((globalThis as { decoderRan?: boolean }).decoderRan).toBeUndefined();
    expect(anatomy(decoded)).toEqual(anatomy(loopDecoder(cols).decode(row)));
    for (let i = 0; i < keys.length; i++) expect(Object.getOwnPropertyDescriptor(decoded, keys[i]!)?.value).toBe(i);
  });

  test('a __proto__ key is an own property, and the row keeps its prototype', () => {
    const cols: ResultColumn[] = [{ key: 'a', type: typeOf(integer()) }, { key: '__proto__', type: typeOf(text()) }];
    const decode = makeRowDecoder(cols, baseCodecs);
    const row = decode([1, 'x']);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')).toEqual({ value: 'x', enumerable: true, writable: true, configurable: true });
    expect(Object.keys(row)).toEqual(['a', '__proto__']);
  });

  test('a repeated key takes the last value, in the first place, both ways', () => {
    const cols: ResultColumn[] = [{ key: 'a', type: typeOf(integer()) }, { key: 'b', type: typeOf(integer()) }, { key: 'a', type: typeOf(text()) }];
    const row = [1, 2, 'three'];
    const written = makeRowDecoder(cols, baseCodecs)(row);
    expect(written).toEqual({ a: 'three', b: 2 });
    expect(anatomy(written)).toEqual(anatomy(loopDecoder(cols).decode(row)));
  });

  test('property: any keys and values decode alike both ways', () => {
    const types: SqlType[] = [integer(), text(), double(), boolean()].map(typeOf);
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.string({ unit: 'binary' }), type: fc.nat(types.length - 1) }), { maxLength: 12 }),
        fc.array(fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.boolean()), { maxLength: 12 }),
        (spec, values) => {
          const cols: ResultColumn[] = spec.map((s) => ({ key: s.key, type: types[s.type]! }));
          const row = cols.map((_, i) => values[i]);
          const a = failure(makeRowDecoder(cols, baseCodecs), row);
          const b = failure(loopDecoder(cols).decode, row);
          expect(a === undefined ? undefined : String(a)).toEqual(b === undefined ? undefined : String(b));
          if (a === undefined) expect(anatomy(makeRowDecoder(cols, baseCodecs)(row))).toEqual(anatomy(loopDecoder(cols).decode(row)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('generatedFunction', () => {
  test('gives undefined where code generation is refused, and throws any other error', () => {
    const saved = globalThis.Function;
    globalThis.Function = refusing as unknown as FunctionConstructor;
    try {
      expect(generatedFunction(['a'], 'return a')).toBeUndefined();
    } finally {
      globalThis.Function = saved;
    }
    expect(generatedFunction<(a: number) => number>(['a'], 'return a + 1')?.(1)).toBe(2);
    expect(() => generatedFunction([], 'return {')).toThrow(SyntaxError);
  });
});
