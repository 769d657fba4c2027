/**
 * Turning driver rows into typed result rows.
 */
import type { ResultColumn } from './compiler/compiled';
import { UnreadableValueError } from './errors';
import { generatedFunction } from './generated-function';
import type { CodecTable } from './types/codec';
import type { SqlType } from './types/sql-type';

/** Reads one non-null driver value as its column's type. */
type ValueReader = (value: unknown, type: SqlType) => unknown;

/** Turns a driver row (values in column order) into a result row. */
type RowDecoder = (row: readonly unknown[]) => Record<string, unknown>;

/** The error for a value its reader refused, naming the column. */
type Refusal = (index: number, value: unknown, error: unknown) => unknown;

/**
 * Makes a row decoder for a column list: each value converted by its type's
 * codec, keyed by the column's key; null and a missing value read as null.
 * A key is always an own data property, so that a key such as `__proto__` can
 * never reach a prototype. A value a codec cannot read fails with an
 * {@link UnreadableValueError} naming its column.
 * @internal
 */
export function makeRowDecoder(columns: readonly ResultColumn[], codecs: CodecTable): RowDecoder {
  const keys = columns.map((c) => c.key);
  const types = columns.map((c) => c.type);
  const reads = columns.map((c) => valueReader(c.type, codecs));
  const refusal: Refusal = (index, value, error) =>
    error instanceof UnreadableValueError ? error : new UnreadableValueError(keys[index]!, value, types[index]!.describe(), error);
  // In an object literal, a `"__proto__"` key sets the prototype: such a list keeps the loop.
  const protoKey = keys.includes('__proto__');
  const written = protoKey ? undefined : writtenDecoder(keys, reads, types, refusal);
  return written ?? decoderLoop(keys, reads, types, refusal, protoKey);
}

/** A type's reader: its codec's, then its custom conversion; none when the driver's value is kept. */
function valueReader(type: SqlType, codecs: CodecTable): ValueReader | undefined {
  const base = codecs[type.kind]?.fromDriver;
  const custom = type.options.custom?.fromDriver;
  // A custom type reads its base type's value, then converts it.
  if (custom === undefined) return base;
  return base === undefined ? (v) => custom(v) : (v, t) => custom(base(v, t));
}

/**
 * A decoder written out for this column list: one object literal with the
 * keys in order, so that every row is made with one shape at once, and no
 * call per value where the driver's value is kept. (A loop assigning
 * `out[key]` builds each row a property at a time through a lookup by name,
 * four times as long for a three-column row.) Keys are written as JSON
 * strings, which are JavaScript string literals for any text.
 */
function writtenDecoder(keys: readonly string[], reads: readonly (ValueReader | undefined)[], types: readonly SqlType[], refusal: Refusal): RowDecoder | undefined {
  const entries = keys.map((key, i) => {
    const read = reads[i] === undefined ? 'v' : `(at = ${i}, r[${i}](v, t[${i}]))`;
    return `${JSON.stringify(key)}: (v = row[${i}]) == null ? null : ${read}`;
  });
  const body = [
    'return function decodeRow(row) {',
    '  let at = 0, v;',
    `  try { return { ${entries.join(', ')} }; }`,
    '  catch (error) { throw refusal(at, row[at], error); }',
    '};',
  ].join('\n');
  const make = generatedFunction<(r: typeof reads, t: typeof types, refusal: Refusal) => RowDecoder>(['r', 't', 'refusal'], body);
  return make?.(reads, types, refusal);
}

/** The decoder as a loop over the columns: for a `__proto__` key, or a runtime that refuses code generation. */
function decoderLoop(keys: readonly string[], reads: readonly (ValueReader | undefined)[], types: readonly SqlType[], refusal: Refusal, protoKey: boolean): RowDecoder {
  return (row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const raw = row[i];
      const read = reads[i];
      let value: unknown = null;
      if (raw !== null && raw !== undefined) {
        try {
          value = read === undefined ? raw : read(raw, types[i]!);
        } catch (error) {
          throw refusal(i, raw, error);
        }
      }
      if (protoKey) Object.defineProperty(out, keys[i]!, { value, enumerable: true, writable: true, configurable: true });
      else out[keys[i]!] = value;
    }
    return out;
  };
}
