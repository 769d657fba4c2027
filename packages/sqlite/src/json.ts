/**
 * SQLite JSON: the `->` / `->>` operators with a bound JSON path text, and
 * `json_type()`. SQLite has no containment test.
 */
import { builtinTypes, CompileContext, JsonContains, JsonExtract, JsonIsNull, jsonPathText, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { SqliteCompiler } from './compiler';

/**
 * `doc -> ?` (JSON text, decoded by the json codec) or, for text, `->>` with
 * numbers cast to text and booleans written `'true'`/`'false'` as on other
 * databases (`->>` alone gives 1/0). The path is bound as JSON path text
 * (`$."a"[0]`) whose keys are JSON strings: SQLite 3.45+ reads their escapes,
 * so a key with `"` or `\` names exactly that key.
 *
 * @example
 * ```ts
 * sqliteJsonExtract(compiler, json.get(users.c.profile, ['a', 0]), ctx); // '"users"."profile" -> ?'
 * ```
 */
export function sqliteJsonExtract(c: SqliteCompiler, node: JsonExtract, ctx: CompileContext): string {
  const path = jsonPathText(node.path);
  if (!node.asText) return `${c.operand(node.operand, ctx)} -> ${c.bind(path, builtinTypes.text, ctx)}`;
  const type = `json_type(${c.expression(node.operand, ctx)}, ${c.bind(path, builtinTypes.text, ctx)})`;
  const text = `CAST(${c.operand(node.operand, ctx)} ->> ${c.bind(path, builtinTypes.text, ctx)} AS TEXT)`;
  const t = c.stringLiteral('true');
  const f = c.stringLiteral('false');
  return `CASE ${type} WHEN ${t} THEN ${t} WHEN ${f} THEN ${f} ELSE ${text} END`;
}

/**
 * SQLite has no JSON containment: refused.
 *
 * @example
 * ```ts
 * sqliteJsonContains(compiler, json.contains(doc, { a: 1 }), ctx); // throws UnsupportedFeatureError
 * ```
 */
export function sqliteJsonContains(c: SqliteCompiler, node: JsonContains, ctx: CompileContext): string {
  void node;
  void ctx;
  throw new UnsupportedFeatureError('JSON containment', c.dialect, 'SQLite has no containment test; compare json.text() values instead');
}

/**
 * `COALESCE(json_type(doc) = 'null', 0)`: 1 for JSON null only.
 *
 * @example
 * ```ts
 * sqliteJsonIsNull(compiler, json.isJsonNull(docs.c.body), ctx); // `COALESCE(json_type("docs"."body") = 'null', 0)`
 * ```
 */
export function sqliteJsonIsNull(c: SqliteCompiler, node: JsonIsNull, ctx: CompileContext): string {
  return `COALESCE(json_type(${c.expression(node.operand, ctx)}) = ${c.stringLiteral('null')}, ${c.booleanLiteral(false)})`;
}
