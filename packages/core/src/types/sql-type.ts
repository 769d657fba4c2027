/**
 * SQL types as run-time values: what a column or expression holds in SQL, and
 * (as a phantom type parameter) what it holds in JavaScript.
 *
 * A type knows nothing about any database; each dialect maps a type's `kind`
 * to its own DDL name and to its driver conversions.
 */

import type { CustomTypeInfo } from './custom';
import type { Decimal } from './decimal';

/** Every type kind alkahest knows. Dialects map each one to DDL and codecs. */
export type TypeKind =
  | 'integer'
  | 'bigint'
  | 'smallint'
  | 'real'
  | 'double'
  | 'numeric'
  | 'text'
  | 'varchar'
  | 'char'
  | 'boolean'
  | 'date'
  | 'time'
  | 'timestamp'
  | 'json'
  | 'uuid'
  | 'blob'
  | 'enum'
  /** The type of an expression alkahest cannot know (raw SQL, generic functions). */
  | 'unknown';

/** Parameters of a type: lengths, precision, time zone, enum members. */
export interface TypeOptions {
  readonly length?: number;
  readonly precision?: number;
  readonly scale?: number;
  readonly withTimeZone?: boolean;
  /** How a timestamp's values are given in JavaScript: as text or microseconds rather than Dates (`timestamp({ mode })`). */
  readonly mode?: 'string' | 'bigint';
  readonly values?: readonly string[];
  /** Enum type name, where a dialect creates named enum types. */
  readonly enumName?: string;
  /** A real or double that takes Infinity, -Infinity and NaN (`double({ nonFinite: true })`), where the database stores them. */
  readonly nonFinite?: boolean;
  /** A type defined with `customType()`: its SQL names and codec, over this kind. */
  readonly custom?: CustomTypeInfo;
}

/**
 * A SQL type. `T` is the JavaScript type of its values (never including null;
 * nullability belongs to columns and expressions).
 */
export class SqlType<T = unknown> {
  /** Phantom: the JavaScript value type. Never set at run time. */
  declare readonly __js: T;
  constructor(
    readonly kind: TypeKind,
    readonly options: TypeOptions = {},
  ) {}

  /** A short description, such as `varchar(20)` or `timestamp with time zone`, for messages. */
  describe(): string {
    const o = this.options;
    if (o.custom !== undefined) return o.custom.name;
    switch (this.kind) {
      case 'varchar':
      case 'char':
        return o.length === undefined ? this.kind : `${this.kind}(${o.length})`;
      case 'numeric':
        return o.precision === undefined ? 'numeric' : `numeric(${o.precision}${o.scale === undefined ? '' : `, ${o.scale}`})`;
      case 'timestamp':
      case 'time': {
        const name = o.precision === undefined ? this.kind : `${this.kind}(${o.precision})`;
        return o.withTimeZone ? `${name} with time zone` : name;
      }
      case 'enum':
        return `enum(${(o.values ?? []).join(', ')})`;
      default:
        return this.kind;
    }
  }
}

/** The JavaScript value type of a SqlType. */
export type JsOf<S> = S extends SqlType<infer T> ? T : never;

/** Types shared by expressions that the library creates itself. */
export const builtinTypes = {
  boolean: new SqlType<boolean>('boolean'),
  integer: new SqlType<number>('integer'),
  bigint: new SqlType<bigint>('bigint'),
  double: new SqlType<number>('double'),
  numeric: new SqlType<Decimal>('numeric'),
  text: new SqlType<string>('text'),
  timestamp: new SqlType<Date>('timestamp'),
  timestamptz: new SqlType<Date>('timestamp', { withTimeZone: true }),
  blob: new SqlType<Uint8Array>('blob'),
  unknown: new SqlType<unknown>('unknown'),
} as const;

/**
 * The type of a value bound without one (raw templates, generic functions,
 * CASE and CAST literals), inferred from its JavaScript type; `declared`
 * when it is known. Always one shared instance per type, so that statements
 * of one shape share one cache key.
 * @internal
 */
export function typeOfValue(value: unknown, declared: SqlType = builtinTypes.unknown): SqlType {
  if (declared.kind !== 'unknown') return declared;
  switch (typeof value) {
    case 'boolean':
      return builtinTypes.boolean;
    case 'bigint':
      return builtinTypes.bigint;
    case 'number':
      return Number.isInteger(value) ? builtinTypes.integer : builtinTypes.double;
    case 'string':
      return builtinTypes.text;
    default:
      if (value instanceof Date) return builtinTypes.timestamptz;
      if (value instanceof Uint8Array) return builtinTypes.blob;
      return declared;
  }
}
