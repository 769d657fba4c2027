import { InvalidValueError } from '../errors';
import { JsonNull } from './json-null';
import { customToDriver } from './custom';
import { builtinTypes, SqlType } from './sql-type';
import { TIME_OF_DAY } from './time-of-day';
import { isMicrosTimestamp, microsProblem } from './timestamp-micros';

const DATE_RE = /^-?\d{4,}-\d{2}-\d{2}$/;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const INTEGER_RE = /^-?\d+$/;
const DECIMAL_RE = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Describes a value for error messages. Numbers, bigints and booleans are
 * shown (`1.5`, `3000000000n`, `true`: what was wrong with them is their
 * value), and so is a short string of digits (`the string '2'`); other
 * strings, objects and byte arrays only by their kind and length, so a
 * message never repeats text a user bound (a password in the wrong column).
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (value instanceof Uint8Array) return 'a byte array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    if (value === '') return 'an empty string';
    // A number written as text ('2' from a query string) is the usual mistake: show it, it holds nothing to hide.
    if (value.length <= 24 && /^[-+]?[\d.]+([eE][-+]?\d+)?$/.test(value)) return `the string '${value}'`;
    return `a string of ${value.length} character${value.length === 1 ? '' : 's'}`;
  }
  return `a ${typeof value}`;
}

/** The values each integer type holds, checked when a value is bound (PostgreSQL, MySQL and Oracle's NUMBER(5/10/19) hold these). */
const INTEGER_RANGES = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
} as const;

/** The same ranges as numbers, for smallint and integer (exact as doubles). */
const NUMBER_RANGES = { smallint: [-32768, 32767], integer: [-2147483648, 2147483647] } as const;

function checkRange(type: SqlType, value: number | bigint | string, where: ValuePlace): void {
  const kind = type.kind as keyof typeof INTEGER_RANGES;
  // The library's own integer type (counts, lengths, row numbers, values bound without a column) is left to the database.
  if (type === builtinTypes.integer) return;
  // A number (the common case: a safe integer) is compared as a number, without making a BigInt.
  if (typeof value === 'number' && kind !== 'bigint') {
    const range = NUMBER_RANGES[kind];
    if (value >= range[0] && value <= range[1]) return;
  }
  const [min, max] = INTEGER_RANGES[kind];
  const n = BigInt(value);
  if (n >= min && n <= max) return;
  throw new InvalidValueError(`${placeText(where)}: ${typeof value === 'string' ? value : describeValue(value)} is out of range for ${kind} (${min} to ${max})`);
}

/** Where a value goes, for messages: text, or something that describes itself (a column) only when a message is written. */
export type ValuePlace = string | { describe(): string };

function placeText(where: ValuePlace): string {
  return typeof where === 'string' ? where : where.describe();
}

function fail(value: unknown, expected: string, where: ValuePlace): never {
  throw new InvalidValueError(`${placeText(where)}: expected ${expected}, got ${describeValue(value)}`);
}

/** A UTF-16 surrogate not paired with its other half (in `u` mode a pair is one code point, never matched). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Refuses a string with a lone surrogate: no database stores one (each
 * driver encodes text as UTF-8, where it becomes U+FFFD), so the text read
 * back would not be the text written.
 */
function checkWellFormed(value: string, where: ValuePlace): void {
  // String.prototype.isWellFormed (Node 20, the oldest the packages support) is a native scan: the regular expression runs only to report.
  if ((value as { isWellFormed(): boolean } & string).isWellFormed()) return;
  // A string that is not well formed holds a lone surrogate.
  const found = LONE_SURROGATE.exec(value)!;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase();
  throw new InvalidValueError(`${placeText(where)}: the string has a lone UTF-16 surrogate (U+${code} at index ${found.index}), which no database can store; it would be read back as U+FFFD`);
}

function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 1000) return false;
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      if (Array.isArray(value)) return value.every((v) => isPlainJson(v, depth + 1));
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return false;
      return Object.values(value as object).every((v) => isPlainJson(v, depth + 1));
    default:
      return false;
  }
}

/**
 * Checks that `value` may be bound as a value of `type`, and throws an
 * {@link InvalidValueError} naming `where` (usually the column) when it may not.
 *
 * This is the gate that keeps objects, functions, symbols and `undefined`
 * from ever reaching a driver, whose own formatting could expand them into SQL.
 * @internal
 */
export function checkBindValue(type: SqlType, value: unknown, where: ValuePlace): void {
  if (value === undefined) {
    throw new InvalidValueError(`${placeText(where)}: undefined is not a SQL value; use null for NULL, or leave the key out`);
  }
  if (value === null) return;
  const custom = type.options.custom;
  // A custom type checks and converts its own values; what it gives the driver is checked as its base type.
  if (custom !== undefined) return checkBindValue(new SqlType(type.kind, { ...type.options, custom: undefined }), customToDriver(custom, value, placeText(where)), where);
  if (value instanceof JsonNull) {
    // The JSON literal null is a json value only: any other column would get an object.
    if (type.kind === 'json') return;
    throw new InvalidValueError(`${placeText(where)}: jsonNull (the JSON literal null) can only be stored in a json column; use null for SQL NULL`);
  }
  switch (type.kind) {
    case 'integer':
    case 'smallint':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return checkRange(type, value, where);
      if (typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)) return checkRange(type, value, where);
      if (typeof value === 'number' && Number.isInteger(value)) return fail(value, 'an integer within Number.MAX_SAFE_INTEGER (use a bigint column and a bigint for larger ones)', where);
      return fail(value, 'an integer', where);
    case 'bigint':
      if (typeof value === 'bigint') return checkRange(type, value, where);
      if (typeof value === 'number' && Number.isSafeInteger(value)) return;
      if (typeof value === 'string' && INTEGER_RE.test(value)) return checkRange(type, value, where);
      if (typeof value === 'number' && Number.isInteger(value)) return fail(value, 'a bigint or a string of digits (this number is past Number.MAX_SAFE_INTEGER, so it has lost its last digits)', where);
      return fail(value, 'a bigint (or a safe integer number, or a string of digits)', where);
    case 'real':
    case 'double':
      if (typeof value === 'number' && (Number.isFinite(value) || type.options.nonFinite === true)) return;
      return fail(value, typeof value === 'number' ? 'a finite number (declare the column double({ nonFinite: true }) to store Infinity and NaN)' : 'a finite number', where);
    case 'numeric':
      if (typeof value === 'string' && DECIMAL_RE.test(value)) return;
      if (typeof value === 'number' && Number.isFinite(value)) return;
      if (typeof value === 'bigint') return;
      return fail(value, 'a decimal string (or a finite number, or a bigint)', where);
    case 'text':
    case 'varchar':
    case 'char':
      if (typeof value === 'string') return checkWellFormed(value, where);
      return fail(value, 'a string', where);
    case 'boolean':
      if (typeof value === 'boolean') return;
      return fail(value, 'a boolean', where);
    case 'date':
      if (typeof value === 'string' && DATE_RE.test(value)) return;
      return fail(value, "a date string 'YYYY-MM-DD'", where);
    case 'time':
      if (typeof value === 'string' && TIME_OF_DAY.test(value)) return;
      return fail(value, "a time string 'HH:MM[:SS[.ffffff]]' (at most microseconds, which every database keeps)", where);
    case 'timestamp': {
      if (isMicrosTimestamp(type)) {
        const problem = microsProblem(type, value);
        if (problem === undefined) return;
        throw new InvalidValueError(`${placeText(where)}: ${problem}${typeof value === 'string' || typeof value === 'bigint' ? '' : `, got ${describeValue(value)}`}`);
      }
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) return fail(value, 'a valid Date', where);
      const precision = type.options.precision;
      if (precision !== undefined && precision < 3 && value.getTime() % 10 ** (3 - precision) !== 0) {
        throw new InvalidValueError(`${placeText(where)}: the Date has milliseconds finer than the column keeps (${precision} fraction digits)`);
      }
      return;
    }
    case 'json':
      if (isPlainJson(value)) return;
      return fail(value, 'a JSON value (plain objects, arrays, strings, finite numbers, booleans, null)', where);
    case 'uuid':
      if (typeof value === 'string' && UUID_RE.test(value)) return;
      return fail(value, 'a UUID string', where);
    case 'blob':
      if (value instanceof Uint8Array) return;
      return fail(value, 'a Uint8Array or Buffer', where);
    case 'enum': {
      const members = type.options.values ?? [];
      if (typeof value === 'string' && members.includes(value)) return;
      return fail(value, `one of ${members.map((m) => JSON.stringify(m)).join(', ')}`, where);
    }
    case 'unknown':
      switch (typeof value) {
        case 'string':
          return checkWellFormed(value, where);
        case 'boolean':
        case 'bigint':
          return;
        case 'number':
          if (Number.isFinite(value)) return;
          return fail(value, 'a finite number', where);
        default:
          if (value instanceof Date && !Number.isNaN(value.getTime())) return;
          if (value instanceof Uint8Array) return;
          return fail(value, 'a string, number, bigint, boolean, Date or byte array (objects need a json column or an explicit type)', where);
      }
  }
}
