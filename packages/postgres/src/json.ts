/**
 * PostgreSQL JSON: `jsonb` operators. Paths are bound as one `text[]` value
 * (`#>` / `#>>`), containment is `@>`, and the JSON literal null is the jsonb
 * value whose `jsonb_typeof` is `'null'`.
 */
import { builtinTypes, CompileContext, Expression, JsonContains, JsonExtract, JsonIsNull } from '@alkahest/core/dialect';
import type { PostgresCompiler } from './compiler';

/** The operand as jsonb: a json column is jsonb already; anything else (text holding JSON) is cast. */
function jsonb(c: PostgresCompiler, expr: Expression, ctx: CompileContext): string {
  return expr.type.kind === 'json' ? c.operand(expr, ctx) : `CAST(${c.expression(expr, ctx)} AS JSONB)`;
}

/**
 * `doc #> $1` (JSON) or `doc #>> $1` (text): the path is one bound text array,
 * so no key is ever part of the SQL. An array index is its decimal text,
 * which `#>` reads as an index on arrays.
 *
 * @example
 * ```ts
 * pgJsonExtract(compiler, json.get(users.c.profile, ['address', 0]), ctx); // '"users"."profile" #> $1'
 * ```
 */
export function pgJsonExtract(c: PostgresCompiler, node: JsonExtract, ctx: CompileContext): string {
  const keys = node.path.map(String);
  const path = ctx.inlineValues ? `CAST(ARRAY[${keys.map((k) => c.stringLiteral(k)).join(', ')}] AS TEXT[])` : c.bind(keys, builtinTypes.unknown, ctx);
  return `${jsonb(c, node.operand, ctx)} ${node.asText ? '#>>' : '#>'} ${path}`;
}

/**
 * `doc @> $1`, the value bound as JSON text.
 *
 * @example
 * ```ts
 * pgJsonContains(compiler, json.contains(users.c.profile, { admin: true }), ctx); // '"users"."profile" @> $1'
 * ```
 */
export function pgJsonContains(c: PostgresCompiler, node: JsonContains, ctx: CompileContext): string {
  return `${jsonb(c, node.operand, ctx)} @> ${c.operand(node.value, ctx)}`;
}

/**
 * `COALESCE(jsonb_typeof(doc) = 'null', FALSE)`: true for JSON null, false
 * (not NULL) for SQL NULL.
 *
 * @example
 * ```ts
 * pgJsonIsNull(compiler, json.isJsonNull(docs.c.body), ctx); // `COALESCE(jsonb_typeof("docs"."body") = 'null', FALSE)`
 * ```
 */
export function pgJsonIsNull(c: PostgresCompiler, node: JsonIsNull, ctx: CompileContext): string {
  const value = node.operand.type.kind === 'json' ? c.expression(node.operand, ctx) : `CAST(${c.expression(node.operand, ctx)} AS JSONB)`;
  return `COALESCE(jsonb_typeof(${value}) = ${c.stringLiteral('null')}, ${c.booleanLiteral(false)})`;
}
