/**
 * Compiling expressions: one method per node kind, each a hook a dialect may
 * override.
 */
import { CompileError, UnsupportedFeatureError } from '../errors';
import { CurrentDate, DateAdd, DateExtract, DateTrunc } from '../expr/dates';
import { JsonContains, JsonExtract, JsonIsNull, literalJsonPath } from '../expr/json';
import {
  Between,
  Binary,
  BitNot,
  Bitwise,
  DistinctFrom,
  RegexMatch,
  RegexReplace,
  BinaryOperator,
  Bind,
  Concat,
  Expression,
  FunctionCall,
  InList,
  IsNull,
  LabelRef,
  Like,
  Logical,
  Not,
  Ordering,
  SubqueryNode,
} from '../expr/expression';
import { TypedExpression } from '../expr/functions';
import type { CustomCall } from '../expr/custom-function';
import type { DialectKey } from '../types/custom';
import { Case } from '../expr/conditional';
import type { Literal } from '../expr/literal';
import { builtinTypes } from '../types/sql-type';
import { Param } from '../expr/param';
import { Exists, Quantified, ScalarSubquery } from '../expr/subqueries';
import { RowComparison, RowValue } from '../expr/row-value';
import type { ExpressionKind } from '../expr/node-kinds';
import { baseBinaryOperatorHooks, baseFunctionHooks } from './hooks';
import type { BinaryOperatorHooks, FunctionHooks } from './hooks';
import { DEFAULT_LIKE_ESCAPE } from '../expr/like-pattern';
import type { RowNumberOver } from '../statements/distinct-on';
import { Identifier, RawSql, UnsafeText } from '../expr/sql-template';
import { Column } from '../schema/column';
import { BaseCompiler } from './base-compiler';
import type { CompileContext } from './context';
import type { Excluded } from '../statements/upsert';
import { excludedSql } from './dml-scope';

/** Node kinds that render as a single term and never need parentheses as operands. */
/** @internal */
export const ATOMIC: ReadonlySet<ExpressionKind> = new Set<ExpressionKind>(['column', 'bind', 'param', 'excluded', 'scalar-subquery', 'row-value', 'function', 'label-ref', 'identifier', 'typed', 'current-date', 'literal']);
/** Operators that compare, the only ones ANY / ALL may follow. */
export const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['=', '<>', '<', '<=', '>', '>=']);
/** Node kinds whose text may not bind as a unit inside AND/OR. */
const LOOSE: ReadonlySet<ExpressionKind> = new Set<ExpressionKind>(['row-comparison', 'logical', 'raw', 'unsafe-text', 'typed']);

/**
 * Compiles expressions: operators, functions, CASE, CAST, subqueries and the
 * other expression nodes, with the hooks a dialect overrides to write what
 * its database does differently. A layer of {@link SqlCompiler}.
 */
export abstract class ExpressionCompiler extends BaseCompiler {
  /** Compiles a subquery (SELECT) node; implemented by the statement layer. */
  abstract visitSubquery(node: SubqueryNode, ctx: CompileContext): string;

  /**
   * Compiles any expression, through the dispatch table of compiler/dispatch.ts
   * (one visit method per kind, typed over the closed union of kinds).
   */
  abstract expression(node: Expression, ctx: CompileContext): string;

  /** A node whose kind no compiler knows (built outside the typed API). */
  unknownKind(node: { readonly kind: unknown }): never {
    throw new CompileError(`the ${this.dialect} compiler does not know expression kind ${JSON.stringify(node.kind)}`);
  }

  /** `ROW_NUMBER() OVER (PARTITION BY … ORDER BY …)` of the DISTINCT ON emulation. */
  visitRowNumberOver(node: RowNumberOver, ctx: CompileContext): string {
    const partition = node.partitionBy.map((e) => this.compared(e, this.expression(e, ctx))).join(', ');
    // Oracle needs an ORDER BY in ROW_NUMBER(); the partition's own expressions serve when there is none.
    const order = node.orderBy.length > 0 ? node.orderBy : node.partitionBy.map((e) => e.asc());
    return `ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${order.map((o) => this.ordering(o, ctx)).join(', ')})`;
  }

  /** `(a, b, …)` */
  visitRowValue(node: RowValue, ctx: CompileContext): string {
    return `(${node.items.map((item) => this.expression(item, ctx)).join(', ')})`;
  }

  /** `(SELECT …)` as a value. */
  visitScalarSubquery(node: ScalarSubquery, ctx: CompileContext): string {
    return `(${this.visitSubquery(node.query, ctx)})`;
  }

  /** any() / all() met anywhere but the right of a comparison (where visitBinary handles it). */
  visitQuantified(node: Quantified, ctx: CompileContext): string {
    void node;
    void ctx;
    throw new CompileError('any() and all() can only stand on the right of a comparison: x.gt(all(query))');
  }

  /** A name given in the select list, always quoted. */
  visitLabelRef(node: LabelRef, ctx: CompileContext): string {
    void ctx;
    return this.quoteIdentifier(node.name);
  }

  /** A quoted, possibly qualified identifier from the `sql` template. */
  visitIdentifier(node: Identifier, ctx: CompileContext): string {
    void ctx;
    return node.parts.map((p) => this.quoteIdentifier(p)).join('.');
  }

  /** Text spliced verbatim (`sql.unsafe`). */
  visitUnsafeText(node: UnsafeText, ctx: CompileContext): string {
    void ctx;
    return node.text;
  }

  /**
   * A function defined with `defineSqlFunction()`: the expression its
   * renderer for this dialect (or its default) builds from the arguments,
   * visited like any tree, so every argument stays bound.
   */
  visitCustomCall(node: CustomCall, ctx: CompileContext): string {
    const render = node.definition.render[this.dialect as DialectKey] ?? node.definition.render.default;
    if (render === undefined) throw new UnsupportedFeatureError(`${node.definition.name}()`, this.dialect, 'its definition has no renderer for this dialect (nor a default)');
    return this.expression(render(node.args, this.dialect), ctx);
  }

  /** An expression given another type (`fn.typed`): the SQL is the inner expression's. */
  visitTyped(node: TypedExpression<unknown>, ctx: CompileContext): string {
    return this.expression(node.inner, ctx);
  }

  /** Node kinds written as a single term, which need no parentheses as operands (later layers add theirs). */
  readonly atomicKinds: ReadonlySet<ExpressionKind> = ATOMIC;

  /** Compiles an expression used as an operand, parenthesized unless it is a single term. */
  operand(node: Expression, ctx: CompileContext): string {
    const text = this.expression(node, ctx);
    return this.atomicKinds.has(node.kind) ? text : `(${text})`;
  }

  /**
   * Compiles an expression where SQL expects a condition (WHERE, ON, HAVING,
   * CHECK). Dialects without a boolean type override it to compare boolean
   * values with 1.
   */
  predicate(node: Expression, ctx: CompileContext): string {
    return this.expression(node, ctx);
  }

  /**
   * Compiles an expression where SQL expects a value (a select list). Dialects
   * that cannot select a condition as a value override it.
   */
  value(node: Expression, ctx: CompileContext): string {
    return this.expression(node, ctx);
  }

  visitColumn(node: Column, ctx: CompileContext): string {
    ctx.checkVisible(node.source, node.name);
    const name = this.quoteIdentifier(node.name);
    return ctx.qualifyColumns ? `${this.quoteIdentifier(node.source.referenceName)}.${name}` : name;
  }

  visitBind(node: Bind, ctx: CompileContext): string {
    const slot = ctx.slots?.get(node);
    if (slot !== undefined) ctx.pendingSource = { from: 'bind', slot, type: node.type };
    return this.bind(node.value, node.type, ctx);
  }

  /** A value written inline as a literal of its type (`literal()`): see {@link BaseCompiler.typedLiteral}. */
  visitLiteral(node: Literal, ctx: CompileContext): string {
    void ctx;
    return this.typedLiteral(node.value, node.type);
  }

  /** A named parameter: a placeholder whose value comes when the prepared query runs. */
  visitParam(node: Param, ctx: CompileContext): string {
    if (node.list) throw new CompileError(`parameter :${node.name} stands for a list and can only be used with in() / notIn()`);
    ctx.pendingSource = { from: 'param', name: node.name, type: node.type };
    return this.bind(undefined, node.type, ctx);
  }

  /**
   * Whether a list parameter's SQL depends on the list's length (one
   * placeholder per element); false where the list is one array value.
   */
  readonly listParamsByLength: boolean = true;

  /**
   * `x IN (:list)`: one placeholder per element, the list's length being known
   * when the prepared query runs (dialects with array parameters override);
   * `(a, b) IN (:rows)`: one row of placeholders per element.
   */
  listParamIn(operand: Expression, list: Param, negated: boolean, ctx: CompileContext): string {
    const length = ctx.listLengths?.get(list.name);
    if (length === undefined) {
      throw new CompileError(`parameter :${list.name} is a list whose length is known only when the query runs: run the statement with engine.prepare()`);
    }
    if (length === 0) return this.constantCondition(negated);
    if (operand instanceof RowValue) {
      const rows: string[] = [];
      for (let element = 0; element < length; element++) rows.push(this.rowOfListParam(operand, list, element, ctx));
      return this.rowsIn(operand, rows, negated, ctx);
    }
    const placeholders: string[] = [];
    for (let element = 0; element < length; element++) {
      ctx.pendingSource = { from: 'param', name: list.name, type: list.type, element };
      placeholders.push(this.bind(undefined, list.type, ctx));
    }
    return `${this.operand(operand, ctx)} ${negated ? 'NOT ' : ''}IN (${placeholders.join(', ')})`;
  }

  /**
   * The placeholders of one row (`element`) of a row-list parameter,
   * `(?, ?)`: each takes the type of the tuple's item it meets.
   */
  rowOfListParam(operand: RowValue, list: Param, element: number, ctx: CompileContext): string {
    const width = operand.items.length;
    const placeholders = operand.items.map((item, field) => {
      const type = list.type.kind === 'unknown' ? item.type : list.type;
      ctx.pendingSource = { from: 'param', name: list.name, type, element, field, width };
      return this.bind(undefined, type, ctx);
    });
    return `(${placeholders.join(', ')})`;
  }

  /** `(a, b) [NOT] IN ((…), (…))` from compiled rows; SQLite, which needs a subquery there, writes `IN (VALUES …)`. */
  rowsIn(operand: RowValue, rows: readonly string[], negated: boolean, ctx: CompileContext): string {
    return `${this.expression(operand, ctx)} ${negated ? 'NOT ' : ''}IN (${rows.join(', ')})`;
  }

  /**
   * Per-operator hooks (SQLAlchemy's `visit_<op>_binary`): where a dialect
   * writes one operator its own way, it adds a hook for that operator alone
   * instead of overriding all of {@link visitBinary}.
   *
   * @example
   * ```ts
   * override readonly binaryOperatorHooks: BinaryOperatorHooks = {
   *   ...baseBinaryOperatorHooks,
   *   '%': (c, node, ctx) => `MOD(${c.expression(node.left, ctx)}, ${c.expression(node.right, ctx)})`,
   * };
   * ```
   */
  readonly binaryOperatorHooks: BinaryOperatorHooks = baseBinaryOperatorHooks;

  visitBinary(node: Binary, ctx: CompileContext): string {
    if (node.right instanceof Quantified) return this.quantifiedComparison(node.left, node.op, node.right, ctx);
    const hook = this.binaryOperatorHooks[node.op];
    return hook === undefined ? this.binaryOperation(node, ctx) : hook(this, node, ctx);
  }

  /** `left op right`, the general form. */
  binaryOperation(node: Binary, ctx: CompileContext): string {
    return `${this.operand(node.left, ctx)} ${node.op} ${this.operand(node.right, ctx)}`;
  }

  /** `a IS [NOT] DISTINCT FROM b` (SQL:2003; PostgreSQL). Dialects without it override. */
  visitDistinctFrom(node: DistinctFrom, ctx: CompileContext): string {
    return `${this.operand(node.left, ctx)} IS ${node.negated ? 'NOT ' : ''}DISTINCT FROM ${this.operand(node.right, ctx)}`;
  }

  /** `a op b` for a bitwise operator; dialects spelling or lacking one override. */
  visitBitwise(node: Bitwise, ctx: CompileContext): string {
    return `${this.operand(node.left, ctx)} ${node.op} ${this.operand(node.right, ctx)}`;
  }

  /** `~a` */
  visitBitNot(node: BitNot, ctx: CompileContext): string {
    return `~${this.operand(node.operand, ctx)}`;
  }

  /** `a REGEXP p` (MySQL, MariaDB, SQLite with alkahest's driver); PostgreSQL and Oracle override. */
  visitRegexMatch(node: RegexMatch, ctx: CompileContext): string {
    return `${this.operand(node.operand, ctx)} ${node.negated ? 'NOT ' : ''}REGEXP ${this.operand(node.pattern, ctx)}`;
  }

  /** `REGEXP_REPLACE(s, p, r)`: every match replaced (MySQL, MariaDB, Oracle, SQLite with alkahest's driver). */
  visitRegexReplace(node: RegexReplace, ctx: CompileContext): string {
    return `REGEXP_REPLACE(${this.expression(node.operand, ctx)}, ${this.expression(node.pattern, ctx)}, ${this.expression(node.replacement, ctx)})`;
  }

  /** Whether `(a, b) < (c, d)` is understood; Oracle's is written out. */
  readonly supportsRowComparison: boolean = true;

  /** `(a, b) op (c, d)`, or, without row comparisons, the same written out element by element. */
  visitRowComparison(node: RowComparison, ctx: CompileContext): string {
    if (this.supportsRowComparison) return `${this.expression(node.left, ctx)} ${node.op} ${this.expression(node.right, ctx)}`;
    // Each occurrence is compiled where it stands, so that placeholders follow the text's order.
    const side = (e: Expression): string => this.compared(e, this.operand(e, ctx));
    const l = (i: number): string => side(node.left.items[i]!);
    const r = (i: number): string => side(node.right.items[i]!);
    const n = node.left.items.length;
    const every = (op: string, joiner: string): string => Array.from({ length: n }, (_, i) => `${l(i)} ${op} ${r(i)}`).join(joiner);
    if (node.op === '=') return every('=', ' AND ');
    if (node.op === '<>') return every('<>', ' OR ');
    // a < c OR (a = c AND (b < d OR (b = d AND …))); the last pair takes the operator as given (<= keeps equality).
    const strict = node.op === '<' || node.op === '<=' ? '<' : '>';
    const from = (i: number): string => {
      if (i === n - 1) return `${l(i)} ${node.op} ${r(i)}`;
      const head = `${l(i)} ${strict} ${r(i)} OR (${l(i)} = ${r(i)} AND (`;
      return `${head}${from(i + 1)}))`;
    };
    return from(0);
  }

  /** `EXISTS (query)` */
  visitExists(node: Exists, ctx: CompileContext): string {
    return `${node.negated ? 'NOT ' : ''}EXISTS (${this.visitSubquery(node.query, ctx)})`;
  }

  /** `x op ANY (query)` / `x op ALL (query)`; SQLite, which has neither, overrides. */
  quantifiedComparison(left: Expression, op: BinaryOperator, right: Quantified, ctx: CompileContext): string {
    if (!COMPARISON_OPERATORS.has(op)) throw new CompileError(`${right.quantifier}() takes a comparison (=, <>, <, <=, >, >=), not ${op}`);
    return `${this.operand(left, ctx)} ${op} ${right.quantifier.toUpperCase()} (${this.visitSubquery(right.query, ctx)})`;
  }

  visitConcat(node: Concat, ctx: CompileContext): string {
    return node.parts.map((p) => this.operand(p, ctx)).join(' || ');
  }

  visitLogical(node: Logical, ctx: CompileContext): string {
    // and()/or() of no conditions, where WHERE did not leave it out (a CASE, a select list): TRUE.
    if (node.items.length === 0) return this.constantCondition(true);
    const joiner = node.op === 'and' ? ' AND ' : ' OR ';
    return node.items.map((item) => this.predicateOperand(item, ctx)).join(joiner);
  }

  /**
   * A condition inside AND/OR, parenthesized when it could bind differently:
   * comparisons bind tighter than AND and OR in every dialect, nested AND/OR
   * and raw fragments do not.
   */
  predicateOperand(node: Expression, ctx: CompileContext): string {
    const text = this.predicate(node, ctx);
    return LOOSE.has(node.kind) ? `(${text})` : text;
  }

  visitNot(node: Not, ctx: CompileContext): string {
    const text = this.predicate(node.operand, ctx);
    return `NOT ${ATOMIC.has(node.operand.kind) && !text.includes(' ') ? text : `(${text})`}`;
  }

  visitIsNull(node: IsNull, ctx: CompileContext): string {
    return `${this.operand(node.operand, ctx)} IS ${node.negated ? 'NOT ' : ''}NULL`;
  }

  /** An always-false (or, negated, always-true) condition, for empty IN lists. */
  constantCondition(value: boolean): string {
    return value ? '1 = 1' : '1 = 0';
  }

  visitIn(node: InList, ctx: CompileContext): string {
    const not = node.negated ? 'NOT ' : '';
    if (node.list instanceof Param) return this.listParamIn(node.operand, node.list, node.negated, ctx);
    if (!Array.isArray(node.list)) {
      return `${this.compared(node.operand, this.operand(node.operand, ctx))} ${not}IN (${this.visitSubquery(node.list as SubqueryNode, ctx)})`;
    }
    const list = node.list as readonly Expression[];
    // x IN () is a syntax error everywhere; its meaning is "false" (NOT IN: "true").
    if (list.length === 0) return this.constantCondition(node.negated);
    if (node.operand instanceof RowValue) return this.rowsIn(node.operand, list.map((row) => this.expression(row, ctx)), node.negated, ctx);
    return `${this.compared(node.operand, this.operand(node.operand, ctx))} ${not}IN (${list.map((e) => this.compared(e, this.expression(e, ctx))).join(', ')})`;
  }

  visitBetween(node: Between, ctx: CompileContext): string {
    const side = (e: Expression): string => this.compared(e, this.operand(e, ctx));
    return `${side(node.operand)} ${node.negated ? 'NOT ' : ''}BETWEEN ${side(node.low)} AND ${side(node.high)}`;
  }

  /**
   * The `ESCAPE '…'` suffix of LIKE, always written: without one, PostgreSQL
   * and MySQL escape with a backslash and SQLite and Oracle not at all, so
   * the same pattern matched other rows. Backslash is the default.
   */
  likeEscape(escape: string | undefined): string {
    if (escape !== undefined) return ` ESCAPE ${this.stringLiteral(escape)}`;
    // The default clause is the same text every time: written once per compiler.
    return (this.defaultLikeEscape ??= ` ESCAPE ${this.stringLiteral(DEFAULT_LIKE_ESCAPE)}`);
  }

  private defaultLikeEscape: string | undefined = undefined;

  /** LIKE; ILIKE is emulated as `LOWER(a) LIKE LOWER(b)` unless a dialect overrides. */
  visitLike(node: Like, ctx: CompileContext): string {
    const not = node.negated ? 'NOT ' : '';
    if (node.caseInsensitive) {
      return `LOWER(${this.expression(node.operand, ctx)}) ${not}LIKE LOWER(${this.expression(node.pattern, ctx)})${this.likeEscape(node.escape)}`;
    }
    return `${this.operand(node.operand, ctx)} ${not}LIKE ${this.operand(node.pattern, ctx)}${this.likeEscape(node.escape)}`;
  }

  /** The SQL name of a portable function; dialects rename where they differ. */
  functionName(name: string): string {
    return name.toUpperCase();
  }

  /**
   * Per-function hooks by portable name (SQLAlchemy's `visit_<name>_func`):
   * where a dialect writes one function its own way (`now`, MySQL's `length`),
   * it adds a hook for that function alone. The base has `now()` without
   * arguments as {@link currentTimestamp}.
   *
   * @example
   * ```ts
   * override readonly functionHooks: FunctionHooks = new Map([...baseFunctionHooks, ['length', (c, node, ctx) => c.functionCall(node, ctx, 'CHAR_LENGTH')]]);
   * ```
   */
  readonly functionHooks: FunctionHooks = baseFunctionHooks;

  visitFunction(node: FunctionCall, ctx: CompileContext): string {
    const hook = this.functionHooks.get(node.name);
    return hook === undefined ? this.functionCall(node, ctx) : hook(this, node, ctx);
  }

  /** `name(args)`, `name(DISTINCT args)` or `name(*)`, the general form, under the dialect's name for the function unless `name` is given. */
  functionCall(node: FunctionCall, ctx: CompileContext, name = this.functionName(node.name)): string {
    if (node.star) return `${name}(*)`;
    const args = node.args.map((a) => (node.distinct ? this.compared(a, this.expression(a, ctx)) : this.expression(a, ctx))).join(', ');
    return `${name}(${node.distinct ? 'DISTINCT ' : ''}${args})`;
  }

  /** `fn.now()`: the current timestamp. */
  currentTimestamp(): string {
    return 'CURRENT_TIMESTAMP';
  }

  // ----- JSON (expr/json.ts) and dates (expr/dates.ts): standard SQL here, each dialect overrides -----

  /** `json.get()` / `json.text()`: SQL/JSON `JSON_QUERY` / `JSON_VALUE`, whose path must be a literal. */
  visitJsonExtract(node: JsonExtract, ctx: CompileContext): string {
    const path = this.stringLiteral(literalJsonPath(node.path, this.dialect));
    return `${node.asText ? 'JSON_VALUE' : 'JSON_QUERY'}(${this.expression(node.operand, ctx)}, ${path})`;
  }

  /** `json.contains()`: standard SQL has no containment test. */
  visitJsonContains(node: JsonContains, ctx: CompileContext): string {
    void node;
    void ctx;
    throw new UnsupportedFeatureError('JSON containment', this.dialect, 'compare json.text() values instead');
  }

  /**
   * `json.isJsonNull()`: the SQL/JSON item method `type()` is `'null'` for the
   * JSON literal only (and, unlike other methods, does not look inside arrays).
   * `json.isJsonNull(json.get(doc, path))` asks about `path` in `doc` directly.
   */
  visitJsonIsNull(node: JsonIsNull, ctx: CompileContext): string {
    const inner = node.operand instanceof JsonExtract && !node.operand.asText ? node.operand : undefined;
    const path = literalJsonPath(inner?.path ?? [], this.dialect);
    return `JSON_VALUE(${this.expression(inner?.operand ?? node.operand, ctx)}, ${this.stringLiteral(`${path}.type()`)}) = ${this.stringLiteral('null')}`;
  }

  /** `dates.extract()`: `EXTRACT(field FROM x)`; standard SQL has no day of the week. */
  visitDateExtract(node: DateExtract, ctx: CompileContext): string {
    if (node.field === 'dow') throw new UnsupportedFeatureError('the day of the week', this.dialect);
    return `EXTRACT(${node.field.toUpperCase()} FROM ${this.expression(node.operand, ctx)})`;
  }

  /** `dates.add()`: each dialect has its own interval arithmetic. */
  visitDateAdd(node: DateAdd, ctx: CompileContext): string {
    void node;
    void ctx;
    throw new UnsupportedFeatureError('Date arithmetic', this.dialect);
  }

  /** `dates.trunc()`: each dialect has its own truncation. */
  visitDateTrunc(node: DateTrunc, ctx: CompileContext): string {
    void node;
    void ctx;
    throw new UnsupportedFeatureError('Date truncation', this.dialect);
  }

  /** `dates.currentDate()`: the current date. */
  currentDate(node: CurrentDate): string {
    void node;
    return 'CURRENT_DATE';
  }

  /** `excluded(col)`: the proposed row's value in an upsert's DO UPDATE, as the upsert's dialect form says. */
  visitExcluded(node: Excluded, ctx: CompileContext): string {
    return excludedSql(ctx, node.column);
  }

  visitRaw(node: RawSql, ctx: CompileContext): string {
    let out = node.strings[0] ?? '';
    node.values.forEach((value, i) => {
      out += this.expression(value, ctx) + (node.strings[i + 1] ?? '');
    });
    return out;
  }

  /**
   * An expression where the database compares its values, already rendered:
   * a sort or grouping key (ORDER BY, GROUP BY, PARTITION BY, a SELECT
   * DISTINCT item) or an operand of a comparison, IN or BETWEEN. Written as
   * is; a dialect that cannot compare some type overrides this (Oracle's
   * CLOBs become `TO_CHAR(x)`).
   */
  compared(node: Expression, rendered: string): string {
    void node;
    return rendered;
  }

  /** One ORDER BY item; NULLS FIRST/LAST emulated where `supportsNullsOrdering` is false. */
  ordering(node: Ordering, ctx: CompileContext): string {
    if (node.nulls !== undefined && !this.supportsNullsOrdering) return this.nullsOrderingEmulation(node).map((o) => this.ordering(o, ctx)).join(', ');
    const expr = this.compared(node.expr, this.expression(node.expr, ctx));
    const dir = node.direction === 'desc' ? ' DESC' : '';
    if (node.nulls === undefined) return `${expr}${dir}`;
    return `${expr}${dir} NULLS ${node.nulls === 'first' ? 'FIRST' : 'LAST'}`;
  }

  /**
   * NULLS FIRST/LAST as two sort keys, a tree that is then visited (jOOQ's
   * rewrite): `CASE WHEN x IS NULL THEN 0 ELSE 1 END, x`. The expression is
   * a node in both keys, never text pasted twice, so each of its placeholders
   * binds its own value.
   */
  nullsOrderingEmulation(node: Ordering): readonly Ordering[] {
    const first = node.nulls === 'first';
    const nullKey = new Case(undefined, [{ when: new IsNull(node.expr, false), then: new UnsafeText(first ? '0' : '1') }], new UnsafeText(first ? '1' : '0'), builtinTypes.integer);
    return [new Ordering(nullKey, 'asc', undefined), new Ordering(node.expr, node.direction, undefined)];
  }

  /** Whether ORDER BY accepts NULLS FIRST / NULLS LAST. */
  readonly supportsNullsOrdering: boolean = true;
}
