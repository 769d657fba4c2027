/**
 * JSON expressions: extracting a value at a path (as JSON or as text),
 * containment, and telling the JSON literal `null` from SQL NULL.
 *
 * A path is an array of object keys (strings) and array indexes
 * (non-negative integers): `['address', 'lines', 0]`. Paths are checked when
 * the expression is built; each dialect then binds the path (PostgreSQL,
 * SQLite, MySQL) or writes it as an escaped literal (Oracle, whose SQL/JSON
 * functions take only literal paths).
 */
import { InvalidValueError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import { describeValue } from '../types/validate';
import { bindValue, Expression } from './expression';

/** One step of a JSON path: an object key or an array index. */
export type JsonPathItem = string | number;
/** A JSON path: keys and indexes from the document's root. */
export type JsonPath = readonly JsonPathItem[];

/** The type of extracted JSON values: decoded by each dialect's json codec. */
const JSON_TYPE = new SqlType<unknown>('json');

/**
 * Checks a path and returns a frozen copy: keys are strings without NUL,
 * indexes are safe non-negative integers.
 *
 * @example
 * ```ts
 * checkJsonPath(['address', 'lines', 0], 'json.get()'); // ['address', 'lines', 0]
 * checkJsonPath(['a', -1], 'json.get()');               // throws InvalidValueError
 * ```
 */
export function checkJsonPath(path: unknown, where: string): JsonPath {
  if (!Array.isArray(path)) {
    throw new InvalidValueError(`${where}: a JSON path is an array of keys (strings) and indexes (non-negative integers), got ${describeValue(path)}`);
  }
  const items = (path as unknown[]).map((item, i): JsonPathItem => {
    if (typeof item === 'string') {
      if (item.includes('\u0000')) throw new InvalidValueError(`${where}: JSON path key ${i} contains a NUL character`);
      return item;
    }
    if (typeof item === 'number' && Number.isSafeInteger(item) && item >= 0) return item === 0 ? 0 : item; // no -0
    throw new InvalidValueError(`${where}: JSON path item ${i} must be a string key or a non-negative integer index, got ${describeValue(item)}`);
  });
  return Object.freeze(items);
}

/**
 * A path as the JSON path text of SQLite and MySQL/MariaDB, where it is bound:
 * `$."address"."lines"[0]`. Every key is written as a JSON string (quotes,
 * backslashes and control characters escaped), so that it names exactly that key.
 *
 * @example
 * ```ts
 * jsonPathText(['a"b', 0]); // '$."a\\"b"[0]'
 * ```
 */
export function jsonPathText(path: JsonPath): string {
  return '$' + path.map((item) => (typeof item === 'number' ? `[${item}]` : `.${JSON.stringify(item)}`)).join('');
}

/** Whether a key can stand between double quotes in a path literal as itself: no `"`, `\`, control or line-separator characters. */
function isLiteralSafeKey(key: string): boolean {
  for (const ch of key) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\' || code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) return false;
  }
  return true;
}

/**
 * A path as SQL/JSON path text to be written as a literal (Oracle, standard
 * SQL). Keys are double-quoted; a key that a path literal cannot hold
 * unambiguously (a double quote, a backslash or a control character) is
 * refused rather than escaped in a way the database might read otherwise.
 *
 * @example
 * ```ts
 * literalJsonPath(['address', 'lines', 0], 'oracle'); // '$."address"."lines"[0]'
 * ```
 */
export function literalJsonPath(path: JsonPath, dialect: string): string {
  return (
    '$' +
    path
      .map((item) => {
        if (typeof item === 'number') return `[${item}]`;
        if (!isLiteralSafeKey(item)) {
          throw new InvalidValueError(
            `JSON path key ${JSON.stringify(item)} cannot be written in a path literal (${dialect}): keys with a double quote, a backslash or a control character are refused`,
          );
        }
        return `."${item}"`;
      })
      .join('')
  );
}

function checkOperand(expr: unknown, where: string): Expression {
  if (!(expr instanceof Expression)) throw new InvalidValueError(`${where}: the first argument must be an expression (a json column, for example), got ${describeValue(expr)}`);
  return expr;
}

/** `json.get()` / `json.text()`: the value at a path, as JSON or as text. */
export class JsonExtract<T = unknown> extends Expression<T> {
  readonly kind = 'json-extract';
  constructor(
    readonly operand: Expression,
    readonly path: JsonPath,
    /** Text (a string for a JSON string, its JSON text otherwise) instead of JSON. */
    readonly asText: boolean,
    readonly type: SqlType,
  ) {
    super();
  }
  override describe(): string {
    return this.asText ? 'json.text()' : 'json.get()';
  }
}

/** `json.contains()`: whether a document contains another. */
export class JsonContains extends Expression<boolean> {
  readonly kind = 'json-contains';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly operand: Expression,
    readonly value: Expression,
  ) {
    super();
  }
}

/** `json.isJsonNull()`: true for the JSON literal null only (false for SQL NULL). */
export class JsonIsNull extends Expression<boolean> {
  readonly kind = 'json-is-null';
  readonly type = builtinTypes.boolean;
  constructor(readonly operand: Expression) {
    super();
  }
}

/** The JSON functions, reachable as `json.get()`, `json.text()`… (`json` is also the column builder). */
export interface JsonFunctions {
  /**
   * The JSON value at `path`, decoded as JSON (objects, arrays, strings,
   * numbers, booleans); NULL when the path leads nowhere, and `null` for a
   * JSON null too. PostgreSQL `#>`, SQLite `->`, MySQL `JSON_EXTRACT`, Oracle `JSON_QUERY`.
   *
   * @example
   * ```ts
   * select({ city: json.get<string>(users.c.profile, ['address', 'city']) }).from(users)
   * ```
   */
  get<T = unknown>(expr: Expression, path: JsonPath): Expression<T | null>;
  /**
   * The value at `path` as text: a JSON string unquoted, a number or boolean
   * as written (`'1.5'`, `'true'`); NULL for a JSON null or a missing path.
   *
   * @example
   * ```ts
   * select(users.c.id).from(users).where(json.text(users.c.profile, ['tags', 0]).eq('admin'))
   * ```
   */
  text(expr: Expression, path: JsonPath): Expression<string | null>;
  /**
   * Whether the document contains `value` (PostgreSQL `@>`, MySQL `JSON_CONTAINS`):
   * an object contains an object whose pairs it has, an array contains an
   * array whose elements it has. Not available on SQLite and Oracle.
   *
   * @example
   * ```ts
   * select(users.c.id).from(users).where(json.contains(users.c.profile, { tags: ['admin'] }))
   * ```
   */
  contains(expr: Expression, value: unknown): Expression<boolean>;
  /**
   * True when the value is the JSON literal `null`; false for SQL NULL and
   * for any other value. Use `expr.isNull()` for SQL NULL.
   *
   * @example
   * ```ts
   * select(docs.c.id).from(docs).where(json.isJsonNull(docs.c.body))
   * select(docs.c.id).from(docs).where(json.isJsonNull(json.get(docs.c.body, ['parent'])))
   * ```
   */
  isJsonNull(expr: Expression): Expression<boolean>;
}

/**
 * The JSON functions; exported to users as properties of `json` (see column-types.ts).
 *
 * @example
 * ```ts
 * jsonFunctions.text(users.c.profile, ['name']) // same as json.text(…)
 * ```
 */
export const jsonFunctions: JsonFunctions = {
  get: <T,>(expr: Expression, path: JsonPath) =>
    new JsonExtract<T | null>(checkOperand(expr, 'json.get()'), checkJsonPath(path, 'json.get()'), false, JSON_TYPE),
  text: (expr, path) => new JsonExtract<string | null>(checkOperand(expr, 'json.text()'), checkJsonPath(path, 'json.text()'), true, builtinTypes.text),
  contains: (expr, value) => {
    const operand = checkOperand(expr, 'json.contains()');
    if (value instanceof Expression) return new JsonContains(operand, value);
    if (value === null || value === undefined) throw new InvalidValueError('json.contains(): the value to look for cannot be SQL NULL; use jsonNull for the JSON literal null');
    return new JsonContains(operand, bindValue(value, JSON_TYPE, 'json.contains()'));
  },
  isJsonNull: (expr) => new JsonIsNull(checkOperand(expr, 'json.isJsonNull()')),
};
