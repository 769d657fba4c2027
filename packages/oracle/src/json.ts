/**
 * Oracle JSON: the SQL/JSON functions `JSON_QUERY` / `JSON_VALUE`, which take
 * only a literal path. The path is written with the compiler's string literal
 * after strict checking (literalJsonPath refuses keys with `"`, `\` or
 * control characters). 11g has no SQL/JSON; there is no containment test.
 *
 * Before 21c (COMPATIBLE < 20), JSON_QUERY cannot return a scalar (RFC 4627):
 * `json.get()` of a path that ends at a string, number or boolean is NULL
 * there; `json.text()` reads scalars on every version. The 23ai level returns
 * CLOB text, so that the json codec decodes every value the same way.
 */
import { CompileContext, JsonContains, JsonExtract, JsonIsNull, literalJsonPath, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { OracleBaseCompiler } from './base-compiler';

function checkSqlJson(c: OracleBaseCompiler, feature: string): void {
  if (!c.features.isJsonCheck) throw new UnsupportedFeatureError(feature, `${c.dialect} (${c.features.version})`, 'SQL/JSON functions arrived in Oracle 12.1.0.2');
}

/**
 * `JSON_QUERY(doc, '$."a"[0]')` (`RETURNING CLOB` on 23ai, so that the json
 * codec gets text) or `JSON_VALUE(doc, '$."a"[0]')`.
 *
 * @example
 * ```ts
 * oracleJsonExtract(compiler, json.text(users.c.profile, ['name']), ctx); // `JSON_VALUE(USERS.PROFILE, '$."name"')`
 * ```
 */
export function oracleJsonExtract(c: OracleBaseCompiler, node: JsonExtract, ctx: CompileContext): string {
  checkSqlJson(c, 'JSON path extraction');
  const path = c.stringLiteral(literalJsonPath(node.path, c.dialect));
  const doc = c.expression(node.operand, ctx);
  if (node.asText) return `JSON_VALUE(${doc}, ${path})`;
  return `JSON_QUERY(${doc}, ${path}${c.features.nativeJson ? ' RETURNING CLOB' : ''})`;
}

/**
 * Oracle has no JSON containment: refused.
 *
 * @example
 * ```ts
 * oracleJsonContains(compiler, json.contains(doc, { a: 1 }), ctx); // throws UnsupportedFeatureError
 * ```
 */
export function oracleJsonContains(c: OracleBaseCompiler, node: JsonContains, ctx: CompileContext): string {
  void node;
  void ctx;
  throw new UnsupportedFeatureError('JSON containment', c.dialect, 'Oracle has no containment test; compare json.text() values instead');
}

/**
 * `JSON_VALUE(doc, '$.type()') = 'null'` (the base form), after checking the version.
 *
 * @example
 * ```ts
 * oracleJsonIsNull(compiler, json.isJsonNull(docs.c.body), ctx, base); // `JSON_VALUE(DOCS.BODY, '$.type()') = 'null'`
 * ```
 */
export function oracleJsonIsNull(c: OracleBaseCompiler, node: JsonIsNull, ctx: CompileContext, base: () => string): string {
  void node;
  void ctx;
  checkSqlJson(c, 'JSON null tests');
  return base();
}
