/**
 * Column types alkahest does not ship (SQLAlchemy's `TypeDecorator`): a type
 * name per dialect for DDL and CAST, and a codec between the application's
 * values and what the driver sends and returns. The values still cross the
 * driver as one of alkahest's own types (`base`), so they are checked,
 * bound and read as that type before and after the custom codec.
 */
import { InvalidValueError } from '../errors';
import type { CustomTypeInfo, DialectKey } from '../types/custom';
import { SqlType, type TypeKind } from '../types/sql-type';
import { ColumnBuilder, columnSpec } from './column';

/** The dialects a custom type or function names, plus `default` for the others. */
export type { DialectKey, CustomTypeInfo } from '../types/custom';

/** What {@link customType} takes. `T` is the application's type of a value. */
export interface CustomTypeSpec<T> {
  /** The type's name in messages (`citext`, `geometry`). */
  readonly name: string;
  /**
   * The type's SQL name, one for every dialect or per dialect; a dialect
   * missing here (and no `default`) cannot create or CAST to the type.
   */
  readonly dataType: string | Readonly<Partial<Record<DialectKey, string>>>;
  /**
   * The alkahest type whose checks and driver conversions the driver's side
   * of a value goes through (default `text`).
   */
  readonly base?: Exclude<TypeKind, 'unknown' | 'enum'>;
  /** Whether a value is one of the type's (default: what `toDriver` accepts without throwing). */
  readonly check?: (value: unknown) => boolean;
  /** The application's value as a value of `base` (default: unchanged). */
  readonly toDriver?: (value: T) => unknown;
  /** A value of `base`, as read, as the application's value (default: unchanged). */
  readonly fromDriver?: (value: unknown) => T;
}

/**
 * Defines a column type: its SQL name per dialect and a codec to and from a
 * built-in type the drivers already carry. Returns a column factory like
 * `integer` or `text`.
 *
 * @example
 * ```ts
 * // citext on PostgreSQL, a case-insensitive collation elsewhere; read and written as text.
 * const citext = customType<string>({
 *   name: 'citext',
 *   dataType: { postgres: 'CITEXT', mysql: 'VARCHAR(255) COLLATE utf8mb4_unicode_ci', sqlite: 'TEXT COLLATE NOCASE', oracle: 'VARCHAR2(255)' },
 * });
 * // A point stored as PostGIS geometry text (EWKT) on PostgreSQL, plain text elsewhere.
 * const point = customType<{ x: number; y: number }>({
 *   name: 'point',
 *   dataType: { postgres: 'TEXT', default: 'VARCHAR(64)' },
 *   check: (v) => typeof v === 'object' && v !== null && Number.isFinite((v as { x: number }).x) && Number.isFinite((v as { y: number }).y),
 *   toDriver: (p) => `POINT(${p.x} ${p.y})`,
 *   fromDriver: (text) => { const [x, y] = String(text).slice(6, -1).split(' ').map(Number); return { x: x!, y: y! }; },
 * });
 * const users = table('users', { id: integer().primaryKey(), email: citext().notNull(), home: point() });
 * ```
 */
export function customType<T>(spec: CustomTypeSpec<T>): (name?: string) => ColumnBuilder<T> {
  if (typeof spec.name !== 'string' || spec.name === '') throw new InvalidValueError('customType(): name must be a non-empty string');
  const info: CustomTypeInfo = Object.freeze({
    name: spec.name,
    dataType: spec.dataType,
    ...(spec.check === undefined ? {} : { check: spec.check }),
    ...(spec.toDriver === undefined ? {} : { toDriver: spec.toDriver as (value: unknown) => unknown }),
    ...(spec.fromDriver === undefined ? {} : { fromDriver: spec.fromDriver }),
  });
  // One SqlType for every column of the type: statements over it share their cache key.
  const type = new SqlType<T>(spec.base ?? 'text', { custom: info });
  return (name?: string) => new ColumnBuilder<T>(columnSpec(type, name));
}
