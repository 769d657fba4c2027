/**
 * Turning driver rows into typed result rows.
 */
import type { ResultColumn } from './compiler/compiled';
import { UnreadableValueError } from './errors';
import type { CodecTable } from './types/codec';
import type { SqlType } from './types/sql-type';

/**
 * Makes a row decoder for a column list: each value converted by its type's
 * codec, keyed by the column's key. Keys are defined as own data properties,
 * so that a key such as `__proto__` can never reach a prototype.
 * @internal
 */
export function makeRowDecoder(columns: readonly ResultColumn[], codecs: CodecTable): (row: readonly unknown[]) => Record<string, unknown> {
  const decoders = columns.map((c) => {
    const base = codecs[c.type.kind]?.fromDriver;
    const custom = c.type.options.custom?.fromDriver;
    // A custom type reads its base type's value, then converts it.
    const read = custom === undefined ? base : base === undefined ? (v: unknown) => custom(v) : (v: unknown, t: SqlType) => custom(base(v, t));
    if (!read) return (v: unknown) => (v === undefined ? null : v);
    return (v: unknown) => {
      if (v === null || v === undefined) return null;
      try {
        return read(v, c.type);
      } catch (error) {
        throw error instanceof UnreadableValueError ? error : new UnreadableValueError(c.key, v, c.type.describe(), error);
      }
    };
  });
  const keys = columns.map((c) => c.key);
  const unsafeKey = keys.some((k) => k === '__proto__');
  return (row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = decoders[i]!(row[i]);
      if (unsafeKey) Object.defineProperty(out, keys[i]!, { value, enumerable: true, writable: true, configurable: true });
      else out[keys[i]!] = value;
    }
    return out;
  };
}
