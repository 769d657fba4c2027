/**
 * MySQL / MariaDB JSON: `JSON_EXTRACT`, `JSON_UNQUOTE`, `JSON_TYPE` and
 * `JSON_CONTAINS`, with the path bound as JSON path text. MariaDB stores
 * JSON as LONGTEXT (with a JSON_VALID check); every function here reads it as
 * JSON all the same, and the driver hands JSON over as text (`jsonStrings`)
 * for the json codec to decode once.
 */
import { builtinTypes, CompileContext, JsonContains, JsonExtract, JsonIsNull, jsonPathText, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { MysqlBaseCompiler } from './base-compiler';

/**
 * `JSON_EXTRACT(doc, ?)`; as text, `JSON_UNQUOTE` of it, except that a JSON
 * null is SQL NULL (JSON_UNQUOTE would give the string `'null'`, other
 * databases give NULL). Keys are JSON strings inside the bound path
 * (`$."a\"b"[0]`), which both servers read with their escapes. MariaDB's
 * path parser (10.11) finds no key that starts with `-`, quoted or not, and
 * gives NULL: such a key is refused there rather than read as a missing one.
 *
 * @example
 * ```ts
 * mysqlJsonExtract(compiler, json.get(users.c.profile, ['a', 0]), ctx); // 'JSON_EXTRACT(`users`.`profile`, ?)'
 * ```
 */
export function mysqlJsonExtract(c: MysqlBaseCompiler, node: JsonExtract, ctx: CompileContext): string {
  if (c.flavor === 'mariadb' && node.path.some((item) => typeof item === 'string' && item.startsWith('-'))) {
    throw new UnsupportedFeatureError('a JSON path key starting with "-"', 'mysql (MariaDB flavour)', "MariaDB's JSON path parser cannot address such a key and would give NULL");
  }
  const path = jsonPathText(node.path);
  const extract = (): string => `JSON_EXTRACT(${c.expression(node.operand, ctx)}, ${c.bind(path, builtinTypes.text, ctx)})`;
  if (!node.asText) return extract();
  const type = `JSON_TYPE(${extract()})`;
  return `CASE ${type} WHEN ${c.stringLiteral('NULL')} THEN NULL ELSE JSON_UNQUOTE(${extract()}) END`;
}

/**
 * `JSON_CONTAINS(doc, ?)`, the value bound as JSON text.
 *
 * @example
 * ```ts
 * mysqlJsonContains(compiler, json.contains(users.c.profile, { admin: true }), ctx); // 'JSON_CONTAINS(`users`.`profile`, ?)'
 * ```
 */
export function mysqlJsonContains(c: MysqlBaseCompiler, node: JsonContains, ctx: CompileContext): string {
  return `JSON_CONTAINS(${c.expression(node.operand, ctx)}, ${c.expression(node.value, ctx)})`;
}

/**
 * `COALESCE(JSON_TYPE(doc) = 'NULL', FALSE)`: true for JSON null only.
 *
 * @example
 * ```ts
 * mysqlJsonIsNull(compiler, json.isJsonNull(docs.c.body), ctx); // "COALESCE(JSON_TYPE(`docs`.`body`) = 'NULL', FALSE)"
 * ```
 */
export function mysqlJsonIsNull(c: MysqlBaseCompiler, node: JsonIsNull, ctx: CompileContext): string {
  return `COALESCE(JSON_TYPE(${c.expression(node.operand, ctx)}) = ${c.stringLiteral('NULL')}, ${c.booleanLiteral(false)})`;
}
