/**
 * Per-operator and per-function hooks (SQLAlchemy's `visit_<op>_binary` and
 * `visit_<name>_func`): where a dialect writes one operator or one function
 * its own way, it adds a hook for that one alone instead of overriding the
 * whole visit method. A dialect's table spreads the base table and adds or
 * replaces entries.
 */
import type { Binary, BinaryOperator, FunctionCall } from '../expr/expression';
import type { CompileContext } from './context';
import { portableDivision } from './division';
import type { ExpressionCompiler } from './expression-compiler';

/** Renders one binary operator where a dialect writes it its own way. */
export type BinaryOperatorHook = (compiler: ExpressionCompiler, node: Binary, ctx: CompileContext) => string;
/** The per-operator hooks of a compiler. */
export type BinaryOperatorHooks = Readonly<Partial<Record<BinaryOperator, BinaryOperatorHook>>>;
/** Renders one function (by its portable name) where a dialect writes it its own way. */
export type FunctionHook = (compiler: ExpressionCompiler, node: FunctionCall, ctx: CompileContext) => string;
/** The per-function hooks of a compiler, by portable name (a Map: a function's name never reaches an object's prototype). */
export type FunctionHooks = ReadonlyMap<string, FunctionHook>;

/** `/` and `//` with one meaning everywhere (compiler/division.ts): the portable tree, visited. */
const division: BinaryOperatorHook = (c, node, ctx) => {
  const portable = portableDivision(node);
  return portable === undefined ? c.binaryOperation(node, ctx) : c.expression(portable, ctx);
};

/**
 * The base operator hooks: division made portable; every other operator is
 * written as itself.
 *
 * @example
 * ```ts
 * override readonly binaryOperatorHooks: BinaryOperatorHooks = {
 *   ...baseBinaryOperatorHooks,
 *   '%': (c, node, ctx) => `MOD(${c.expression(node.left, ctx)}, ${c.expression(node.right, ctx)})`,
 * };
 * ```
 */
export const baseBinaryOperatorHooks: BinaryOperatorHooks = Object.freeze({ '/': division, '//': division });

/**
 * The base function hooks: `now()` without arguments is the dialect's current
 * timestamp ({@link ExpressionCompiler.currentTimestamp}).
 *
 * @example
 * ```ts
 * override readonly functionHooks: FunctionHooks = new Map([...baseFunctionHooks, ['length', (c, node, ctx) => c.functionCall(node, ctx, 'CHAR_LENGTH')]]);
 * ```
 */
export const baseFunctionHooks: FunctionHooks = new Map<string, FunctionHook>([
  ['now', (c, node, ctx) => (node.args.length === 0 ? c.currentTimestamp() : c.functionCall(node, ctx))],
]);
