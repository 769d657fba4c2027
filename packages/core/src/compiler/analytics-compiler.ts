/**
 * Compiling analytics: window functions (OVER, frames, named windows), CASE,
 * CAST, aggregate FILTER, string aggregation, and the GROUP BY extensions
 * (ROLLUP, CUBE, GROUPING SETS, GROUPING()). Each piece is a hook a dialect
 * overrides where it writes the SQL differently or cannot write it at all.
 */
import { CompileError, UnsupportedFeatureError } from '../errors';
import { FilteredAggregate, StringAgg } from '../expr/aggregates';
import { Case, Cast } from '../expr/conditional';
import { Expression, FunctionCall } from '../expr/expression';
import { Grouping, GroupByItem, GroupingSet } from '../expr/grouping-sets';
import { UnsafeText } from '../expr/sql-template';
import { Frame, FrameBound, FRAMELESS_FUNCTIONS, isWindowable, NamedWindow, Over, WindowCall, WindowSpec } from '../expr/window';
import type { SelectState } from '../statements/select';
import type { ExpressionKind } from '../expr/node-kinds';
import type { CompileContext } from './context';
import { ATOMIC, ExpressionCompiler } from './expression-compiler';
import { wholeNumber } from './base-compiler';

/** Kinds that are one self-delimited term: never parenthesized as operands. */
const ATOMIC_WITH_ANALYTICS: ReadonlySet<ExpressionKind> = new Set<ExpressionKind>([...ATOMIC, 'case', 'cast', 'over', 'aggregate-filter', 'string-agg', 'grouping']);

/** Aggregates that skip NULL arguments, so that FILTER can be emulated as `agg(CASE WHEN cond THEN x END)`. */
const NULL_SKIPPING: ReadonlySet<string> = new Set([
  'count', 'sum', 'avg', 'min', 'max', 'total', 'string_agg', 'group_concat', 'listagg', 'bool_and', 'bool_or', 'every', 'bit_and',
  'bit_or', 'bit_xor', 'stddev', 'stddev_pop', 'stddev_samp', 'std', 'variance', 'var_pop', 'var_samp', 'median', 'any_value',
]);

const EXCLUSION_SQL = { currentRow: 'CURRENT ROW', group: 'GROUP', ties: 'TIES', noOthers: 'NO OTHERS' } as const;


/**
 * The analytics layer of every compiler, between expressions and statements.
 * A dialect overrides the `supports…` flags and the hooks it writes otherwise.
 *
 * @example
 * ```ts
 * class MyCompiler extends SqlCompiler {
 *   override readonly supportsAggregateFilter = false; // FILTER becomes agg(CASE WHEN … END)
 * }
 * ```
 */
export abstract class AnalyticsCompiler extends ExpressionCompiler {
  /** `WINDOW w AS (…)` exists; without it, named windows are written inline. */
  readonly supportsWindowClause: boolean = true;
  /** GROUPS frames exist. */
  readonly supportsGroupsFrames: boolean = true;
  /** EXCLUDE in frames exists. */
  readonly supportsFrameExclusion: boolean = true;
  /** `agg FILTER (WHERE …)` exists; without it, FILTER is emulated with CASE. */
  readonly supportsAggregateFilter: boolean = true;

  /** CASE, CAST, window calls and the other kinds this layer writes as a single term (with the expression layer's). */
  override readonly atomicKinds: ReadonlySet<ExpressionKind> = ATOMIC_WITH_ANALYTICS;

  // ----- windows -----

  /** Runs `render` (a SELECT's body) with its named windows in scope; a new SELECT may use windows again. */
  withWindows<R>(windows: readonly NamedWindow[] | undefined, ctx: CompileContext, render: () => R): R {
    const forbidden = ctx.windowsForbiddenIn;
    ctx.windowScopes.push(windows ?? []);
    ctx.windowsForbiddenIn = undefined;
    try {
      return render();
    } finally {
      ctx.windowScopes.pop();
      ctx.windowsForbiddenIn = forbidden;
    }
  }

  /** The window named `name` on the SELECT being compiled. */
  namedWindow(name: string, ctx: CompileContext): WindowSpec {
    const scope = ctx.windowScopes[ctx.windowScopes.length - 1] as readonly NamedWindow[] | undefined;
    const found = scope?.find((w) => w.name === name);
    if (found === undefined) {
      throw new CompileError(`window ${JSON.stringify(name)} is not defined on this SELECT: define it with select(…).window(${JSON.stringify(name)}, { … })`);
    }
    return found.spec;
  }

  /**
   * Renders a clause computed before windows are (WHERE, GROUP BY, HAVING): a
   * window function met while rendering it (outside a subquery) is refused.
   */
  withoutWindows<R>(clause: string, ctx: CompileContext, render: () => R): R {
    const outer = ctx.windowsForbiddenIn;
    ctx.windowsForbiddenIn = clause;
    try {
      return render();
    } finally {
      ctx.windowsForbiddenIn = outer;
    }
  }

  /** The error for a window function in WHERE, GROUP BY or HAVING. */
  windowNotAllowed(clause: string): CompileError {
    return new CompileError(
      `a window function cannot be used in ${clause}: windows are computed after WHERE, GROUP BY and HAVING. ` +
        "Select it in a subquery and filter on that: select(t.c.id).from(select(x.c.id, win.rowNumber().over({ … }).as('n')).from(x).as('t')).where(t.c.n.eq(1))",
    );
  }

  /** Checks that a function may be computed over a window. */
  checkWindowUse(call: Over['call'], spec: WindowSpec): void {
    if (!isWindowable(call)) throw new CompileError(`OVER needs a window function or an aggregate, not a ${call.kind} node`);
    if (!(call instanceof WindowCall) || !FRAMELESS_FUNCTIONS.has(call.name)) return;
    if (spec.frame !== undefined) throw new CompileError(`${call.name}() takes no window frame (it would be ignored or refused)`);
    if (spec.orderBy.length === 0) throw new CompileError(`${call.name}() needs an orderBy in its window`);
  }

  /** `call OVER window`. */
  visitOver(node: Over, ctx: CompileContext): string {
    if (ctx.windowsForbiddenIn !== undefined) throw this.windowNotAllowed(ctx.windowsForbiddenIn);
    const spec = typeof node.window === 'string' ? this.namedWindow(node.window, ctx) : node.window;
    this.checkWindowUse(node.call, spec);
    const call = node.call instanceof WindowCall ? this.visitWindowCall(node.call, ctx) : this.expression(node.call as Expression, ctx);
    return `${call} OVER ${this.windowReference(node.window, spec, ctx)}`;
  }

  /** What follows OVER: the window's name, or its specification in parentheses. */
  windowReference(window: WindowSpec | string, spec: WindowSpec, ctx: CompileContext): string {
    if (typeof window === 'string' && this.supportsWindowClause) return this.quoteIdentifier(window);
    return `(${this.windowSpecification(spec, ctx)})`;
  }

  /** `PARTITION BY … ORDER BY … frame`, without parentheses. */
  windowSpecification(spec: WindowSpec, ctx: CompileContext): string {
    const parts: string[] = [];
    if (spec.partitionBy.length > 0) parts.push(`PARTITION BY ${spec.partitionBy.map((e) => this.compared(e, this.value(e, ctx))).join(', ')}`);
    if (spec.orderBy.length > 0) parts.push(`ORDER BY ${spec.orderBy.map((o) => this.ordering(o, ctx)).join(', ')}`);
    if (spec.frame !== undefined) parts.push(this.frameClause(spec.frame));
    return parts.join(' ');
  }

  /** `ROWS BETWEEN … AND … [EXCLUDE …]`. */
  frameClause(frame: Frame): string {
    if (frame.unit === 'groups' && !this.supportsGroupsFrames) {
      throw new UnsupportedFeatureError('GROUPS window frames', this.dialect, 'use a ROWS or RANGE frame');
    }
    if (frame.exclude !== undefined && !this.supportsFrameExclusion) {
      throw new UnsupportedFeatureError('EXCLUDE in window frames', this.dialect, 'filter the excluded rows with a CASE inside the aggregate instead');
    }
    const extent = frame.end === undefined ? this.frameBound(frame.start) : `BETWEEN ${this.frameBound(frame.start)} AND ${this.frameBound(frame.end)}`;
    const exclude = frame.exclude === undefined ? '' : ` EXCLUDE ${EXCLUSION_SQL[frame.exclude]}`;
    return `${frame.unit.toUpperCase()} ${extent}${exclude}`;
  }

  /** One end of a frame; offsets are numbers written into the SQL. */
  frameBound(bound: FrameBound): string {
    switch (bound.type) {
      case 'unbounded-preceding':
        return 'UNBOUNDED PRECEDING';
      case 'current-row':
        return 'CURRENT ROW';
      case 'unbounded-following':
        return 'UNBOUNDED FOLLOWING';
      case 'preceding':
        return `${wholeNumber(bound.offset, 'a frame offset')} PRECEDING`;
      case 'following':
        return `${wholeNumber(bound.offset, 'a frame offset')} FOLLOWING`;
    }
  }

  /** `ROW_NUMBER()`, `LAG(x, 1, default)` …: counts are numbers written into the SQL. */
  visitWindowCall(call: WindowCall, ctx: CompileContext): string {
    const args = call.args.map((a) => this.value(a, ctx));
    if (call.count !== undefined) args.push(wholeNumber(call.count, `${call.name}() count`));
    if (call.defaultValue !== undefined) args.push(this.value(call.defaultValue, ctx));
    return `${call.name.toUpperCase()}(${args.join(', ')})`;
  }

  /** ` WINDOW w AS (…), …` for the named windows of a SELECT, or '' (also where they are written inline). */
  windowClause(state: SelectState, ctx: CompileContext): string {
    const windows = state.windows ?? [];
    if (windows.length === 0 || !this.supportsWindowClause) return '';
    return ` WINDOW ${windows.map((w) => `${this.quoteIdentifier(w.name)} AS (${this.windowSpecification(w.spec, ctx)})`).join(', ')}`;
  }

  // ----- CASE, CAST -----

  /** `CASE [x] WHEN … THEN … ELSE … END`: conditions through predicate(), results through value(). */
  visitCase(node: Case, ctx: CompileContext): string {
    if (node.branches.length === 0) throw new CompileError('a CASE needs at least one WHEN');
    let sql = node.operand === undefined ? 'CASE' : `CASE ${this.value(node.operand, ctx)}`;
    for (const b of node.branches) {
      const when = node.operand === undefined ? this.predicate(b.when, ctx) : this.value(b.when, ctx);
      sql += ` WHEN ${when} THEN ${this.value(b.then, ctx)}`;
    }
    if (node.otherwise !== undefined) sql += ` ELSE ${this.value(node.otherwise, ctx)}`;
    return `${sql} END`;
  }

  visitCast(node: Cast, ctx: CompileContext): string {
    return `CAST(${this.value(node.expr, ctx)} AS ${this.types.castType(node.type)})`;
  }


  // ----- aggregates -----

  /** `agg FILTER (WHERE cond)`, or `agg(CASE WHEN cond THEN x END)` where FILTER does not exist. */
  visitAggregateFilter(node: FilteredAggregate, ctx: CompileContext): string {
    if (this.supportsAggregateFilter) return `${this.expression(node.aggregate, ctx)} FILTER (WHERE ${this.predicate(node.condition, ctx)})`;
    return this.expression(this.filterAsCase(node), ctx);
  }

  /** The aggregate with each argument `x` made `CASE WHEN cond THEN x END`: rows failing cond give NULL, which it skips. */
  filterAsCase(node: FilteredAggregate): Expression {
    const when = (value: Expression): Expression => new Case(undefined, [{ when: node.condition, then: value }], undefined, value.type);
    const agg = node.aggregate;
    if (agg instanceof StringAgg) return new StringAgg(when(agg.expr), agg.separator, agg.orderBy);
    if (!NULL_SKIPPING.has(agg.name.toLowerCase())) {
      throw new UnsupportedFeatureError(`FILTER on ${agg.name}()`, this.dialect, 'FILTER is emulated with CASE only for aggregates that skip NULLs (count, sum, avg, min, max …)');
    }
    // COUNT(*) counts rows: COUNT(CASE WHEN cond THEN 1 END) counts the rows where cond holds.
    if (agg.star) return new FunctionCall(agg.name, [when(new UnsafeText('1'))], agg.type);
    return new FunctionCall(agg.name, agg.args.map(when), agg.type, false, agg.distinct);
  }

  /** String aggregation; PostgreSQL's STRING_AGG here, dialects override. */
  visitStringAgg(node: StringAgg, ctx: CompileContext): string {
    return `STRING_AGG(${this.value(node.expr, ctx)}, ${this.stringLiteral(node.separator)}${this.aggregateOrderBy(node, ctx)})`;
  }

  /** ` ORDER BY …` inside an aggregate call, or ''. */
  aggregateOrderBy(node: StringAgg, ctx: CompileContext): string {
    return node.orderBy.length === 0 ? '' : ` ORDER BY ${node.orderBy.map((o) => this.ordering(o, ctx)).join(', ')}`;
  }

  // ----- GROUP BY extensions -----

  /** `GROUPING(a, …)` */
  visitGrouping(node: Grouping, ctx: CompileContext): string {
    return `GROUPING(${node.args.map((a) => this.value(a, ctx)).join(', ')})`;
  }

  /** ` GROUP BY …` of a SELECT, or ''. */
  groupByClause(state: SelectState, ctx: CompileContext): string {
    const items: readonly GroupByItem[] = state.groupBy;
    if (items.length === 0) return '';
    return this.withoutWindows('GROUP BY', ctx, () => ` GROUP BY ${items.map((g) => (g instanceof GroupingSet ? this.groupingSet(g, ctx) : this.compared(g, this.expression(g, ctx)))).join(', ')}`);
  }

  /** `ROLLUP (…)`, `CUBE (…)`, `GROUPING SETS (…)`. */
  groupingSet(set: GroupingSet, ctx: CompileContext): string {
    const list = (exprs: readonly Expression[]) => exprs.map((e) => this.compared(e, this.expression(e, ctx))).join(', ');
    const element = (exprs: readonly Expression[]) => (exprs.length === 1 ? list(exprs) : `(${list(exprs)})`);
    switch (set.type) {
      case 'rollup':
        return `ROLLUP (${set.sets.map(element).join(', ')})`;
      case 'cube':
        return `CUBE (${set.sets.map(element).join(', ')})`;
      case 'sets':
        return `GROUPING SETS (${set.sets.map((s) => `(${list(s)})`).join(', ')})`;
    }
  }
}
