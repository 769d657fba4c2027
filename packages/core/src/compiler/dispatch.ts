/**
 * The compiler's one dispatch table: a visit function per expression kind,
 * typed over the closed union of kinds (expr/node-kinds.ts), so that a kind
 * without an entry here is a type error rather than a run-time fall-through.
 * Each entry calls a method of the compiler, which a dialect overrides.
 */
import type { Expression } from '../expr/expression';
import type { ExpressionKind, ExpressionNodes } from '../expr/node-kinds';
import type { CompileContext } from './context';
import type { SqlCompiler } from './sql-compiler';

/** Renders one node of a kind with a compiler. */
export type Visit<N> = (compiler: SqlCompiler, node: N, ctx: CompileContext) => string;

/** One visit function for each expression kind. */
export type ExpressionVisitors = { readonly [K in ExpressionKind]: Visit<ExpressionNodes[K]> };

/** @internal */
export const expressionVisitors: ExpressionVisitors = {
  'aggregate-filter': (c, node, ctx) => c.visitAggregateFilter(node, ctx),
  between: (c, node, ctx) => c.visitBetween(node, ctx),
  binary: (c, node, ctx) => c.visitBinary(node, ctx),
  bind: (c, node, ctx) => c.visitBind(node, ctx),
  'bit-not': (c, node, ctx) => c.visitBitNot(node, ctx),
  bitwise: (c, node, ctx) => c.visitBitwise(node, ctx),
  case: (c, node, ctx) => c.visitCase(node, ctx),
  cast: (c, node, ctx) => c.visitCast(node, ctx),
  column: (c, node, ctx) => c.visitColumn(node, ctx),
  concat: (c, node, ctx) => c.visitConcat(node, ctx),
  'current-date': (c, node) => c.currentDate(node),
  'custom-call': (c, node, ctx) => c.visitCustomCall(node, ctx),
  'date-add': (c, node, ctx) => c.visitDateAdd(node, ctx),
  'date-extract': (c, node, ctx) => c.visitDateExtract(node, ctx),
  'date-trunc': (c, node, ctx) => c.visitDateTrunc(node, ctx),
  'distinct-from': (c, node, ctx) => c.visitDistinctFrom(node, ctx),
  excluded: (c, node, ctx) => c.visitExcluded(node, ctx),
  exists: (c, node, ctx) => c.visitExists(node, ctx),
  function: (c, node, ctx) => c.visitFunction(node, ctx),
  grouping: (c, node, ctx) => c.visitGrouping(node, ctx),
  identifier: (c, node, ctx) => c.visitIdentifier(node, ctx),
  in: (c, node, ctx) => c.visitIn(node, ctx),
  'is-null': (c, node, ctx) => c.visitIsNull(node, ctx),
  'json-contains': (c, node, ctx) => c.visitJsonContains(node, ctx),
  'json-extract': (c, node, ctx) => c.visitJsonExtract(node, ctx),
  'json-is-null': (c, node, ctx) => c.visitJsonIsNull(node, ctx),
  'label-ref': (c, node, ctx) => c.visitLabelRef(node, ctx),
  like: (c, node, ctx) => c.visitLike(node, ctx),
  literal: (c, node, ctx) => c.visitLiteral(node, ctx),
  logical: (c, node, ctx) => c.visitLogical(node, ctx),
  not: (c, node, ctx) => c.visitNot(node, ctx),
  over: (c, node, ctx) => c.visitOver(node, ctx),
  param: (c, node, ctx) => c.visitParam(node, ctx),
  quantified: (c, node, ctx) => c.visitQuantified(node, ctx),
  raw: (c, node, ctx) => c.visitRaw(node, ctx),
  'regex-match': (c, node, ctx) => c.visitRegexMatch(node, ctx),
  'regex-replace': (c, node, ctx) => c.visitRegexReplace(node, ctx),
  'row-comparison': (c, node, ctx) => c.visitRowComparison(node, ctx),
  'row-number-over': (c, node, ctx) => c.visitRowNumberOver(node, ctx),
  'row-value': (c, node, ctx) => c.visitRowValue(node, ctx),
  'scalar-subquery': (c, node, ctx) => c.visitScalarSubquery(node, ctx),
  'string-agg': (c, node, ctx) => c.visitStringAgg(node, ctx),
  typed: (c, node, ctx) => c.visitTyped(node, ctx),
  'unsafe-text': (c, node, ctx) => c.visitUnsafeText(node, ctx),
};

/**
 * Renders `node` through the table (one property read and one call). The
 * commonest kinds are called directly first: the same visit methods as their
 * table entries (so a dialect's overrides apply alike), without the
 * megamorphic call through the table that every node would otherwise pay.
 * @internal
 */
export function dispatchExpression(compiler: SqlCompiler, node: Expression, ctx: CompileContext): string {
  switch (node.kind) {
    case 'column':
      return compiler.visitColumn(node as ExpressionNodes['column'], ctx);
    case 'bind':
      return compiler.visitBind(node as ExpressionNodes['bind'], ctx);
    case 'binary':
      return compiler.visitBinary(node as ExpressionNodes['binary'], ctx);
  }
  const visit = expressionVisitors[node.kind] as Visit<Expression> | undefined;
  // Only a node built outside the typed API (a cast, a plain object) can miss the table.
  if (visit === undefined) return compiler.unknownKind(node);
  return visit(compiler, node, ctx);
}
