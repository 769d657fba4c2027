/**
 * Custom column types (schema/custom-type.ts) as the compiler and the value
 * checks meet them: a SqlType of a built-in kind carrying `options.custom`.
 */
import { InvalidValueError } from '../errors';

/** The dialects a custom type or function names, plus `default` for the others. */
export type DialectKey = 'sqlite' | 'postgres' | 'mysql' | 'oracle' | 'default';

/** A custom type's spec as its SqlType carries it (in `options.custom`). */
export interface CustomTypeInfo {
  readonly name: string;
  /** Its SQL names; none: the dialect's own name of the base type (with the SqlType's options, such as a numeric's precision). */
  readonly dataType?: string | Readonly<Partial<Record<DialectKey, string>>>;
  readonly check?: (value: unknown) => boolean;
  readonly toDriver?: (value: unknown) => unknown;
  readonly fromDriver?: (value: unknown) => unknown;
}

/** The SQL name of a custom type on a dialect, or undefined where it has none. */
export function customTypeName(dataType: NonNullable<CustomTypeInfo['dataType']>, dialect: string): string | undefined {
  if (typeof dataType === 'string') return dataType;
  return dataType[dialect as DialectKey] ?? dataType.default;
}

/** The application's value as the base type's value, checked by the custom type first. */
export function customToDriver(info: CustomTypeInfo, value: unknown, where: string): unknown {
  if (info.check !== undefined && !info.check(value)) throw new InvalidValueError(`${where}: not a ${info.name} value`);
  if (info.toDriver === undefined) return value;
  try {
    return info.toDriver(value);
  } catch (error) {
    throw new InvalidValueError(`${where}: not a ${info.name} value (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

