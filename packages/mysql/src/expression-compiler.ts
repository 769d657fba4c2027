/**
 * The MySQL / MariaDB compiler's expressions: signed bitwise results, `<=>`,
 * exact LIKE, CONCAT(), CHAR_LENGTH, JSON (json.ts), dates (dates.ts), and
 * analytics: frames, LAG / LEAD defaults on MariaDB (analytics.ts),
 * GROUP_CONCAT, WITH ROLLUP. A layer of MysqlCompiler, above base-compiler.ts.
 */
import { baseFunctionHooks, CompileContext, Concat, GroupingSet, UnsupportedFeatureError, WindowCall } from '@alkahest/core/dialect';
import type { BitNot, Bitwise, DistinctFrom, FunctionHook, FunctionHooks, Grouping, Like, Over, SelectState, StringAgg } from '@alkahest/core/dialect';
import type { DateAdd, DateExtract, DateTrunc, JsonContains, JsonExtract, JsonIsNull } from '@alkahest/core/dialect';
import { shiftWithDefault } from './analytics';
import { MysqlBaseCompiler } from './base-compiler';
import { mysqlDateAdd, mysqlDateExtract, mysqlDateTrunc } from './dates';
import { mysqlJsonContains, mysqlJsonExtract, mysqlJsonIsNull } from './json';

/** MySQL's operators, functions, JSON, dates and analytics: a layer of `MysqlCompiler` (compiler.ts). */
export abstract class MysqlExpressionCompiler extends MysqlBaseCompiler {
  /** No NULLS FIRST / LAST: emulated with a CASE ordering. */
  override readonly supportsNullsOrdering = false;

  /** MySQL's bitwise operators give an unsigned BIGINT: cast back to signed, as the other databases answer. */
  override visitBitwise(node: Bitwise, ctx: CompileContext): string {
    return `CAST(${super.visitBitwise(node, ctx)} AS SIGNED)`;
  }

  /** `~a` as a signed number (MySQL's is unsigned: ~5 would be 18446744073709551610). */
  override visitBitNot(node: BitNot, ctx: CompileContext): string {
    return `CAST(${super.visitBitNot(node, ctx)} AS SIGNED)`;
  }

  /** The NULL-safe equality `<=>`: IS NOT DISTINCT FROM; negated for IS DISTINCT FROM. */
  override visitDistinctFrom(node: DistinctFrom, ctx: CompileContext): string {
    const same = `${this.operand(node.left, ctx)} <=> ${this.operand(node.right, ctx)}`;
    return node.negated ? same : `NOT (${same})`;
  }

  /**
   * `a LIKE b COLLATE utf8mb4_bin`: the column's default collation is case-
   * and accent-insensitive ('é' LIKE 'E'); the binary collation of utf8mb4
   * compares code points and still counts `_` as one character.
   */
  override visitLike(node: Like, ctx: CompileContext): string {
    if (node.caseInsensitive) return super.visitLike(node, ctx);
    const not = node.negated ? 'NOT ' : '';
    return `${this.operand(node.operand, ctx)} ${not}LIKE ${this.operand(node.pattern, ctx)} COLLATE utf8mb4_bin${this.likeEscape(node.escape)}`;
  }

  override visitConcat(node: Concat, ctx: CompileContext): string {
    // `||` is logical OR in MySQL unless PIPES_AS_CONCAT is set.
    return `CONCAT(${node.parts.map((p) => this.expression(p, ctx)).join(', ')})`;
  }

  /** LENGTH() counts bytes in MySQL; CHAR_LENGTH() counts characters like everywhere else. */
  override readonly functionHooks: FunctionHooks = new Map<string, FunctionHook>([...baseFunctionHooks, ['length', (c, node, ctx) => c.functionCall(node, ctx, 'CHAR_LENGTH')]]);

  override currentTimestamp(): string {
    return 'CURRENT_TIMESTAMP(3)';
  }

  // ----- JSON (json.ts) and dates (dates.ts) -----

  override visitJsonExtract(node: JsonExtract, ctx: CompileContext): string {
    return mysqlJsonExtract(this, node, ctx);
  }

  override visitJsonContains(node: JsonContains, ctx: CompileContext): string {
    return mysqlJsonContains(this, node, ctx);
  }

  override visitJsonIsNull(node: JsonIsNull, ctx: CompileContext): string {
    return mysqlJsonIsNull(this, node, ctx);
  }

  override visitDateExtract(node: DateExtract, ctx: CompileContext): string {
    return mysqlDateExtract(this, node, ctx);
  }

  override visitDateAdd(node: DateAdd, ctx: CompileContext): string {
    return mysqlDateAdd(this, node, ctx);
  }

  override visitDateTrunc(node: DateTrunc, ctx: CompileContext): string {
    return mysqlDateTrunc(this, node, ctx);
  }

  // ----- analytics -----

  /** MySQL and MariaDB have ROWS and RANGE frames only, without EXCLUDE, and no FILTER (emulated with CASE). */
  override readonly supportsGroupsFrames = false;
  override readonly supportsFrameExclusion = false;
  override readonly supportsAggregateFilter = false;

  /** LAG / LEAD with a default: MariaDB takes no third argument, so it is emulated there (see analytics.ts). */
  override visitOver(node: Over, ctx: CompileContext): string {
    const call = node.call;
    if (this.flavor !== 'mariadb' || !(call instanceof WindowCall) || call.defaultValue === undefined) return super.visitOver(node, ctx);
    const spec = typeof node.window === 'string' ? this.namedWindow(node.window, ctx) : node.window;
    this.checkWindowUse(call, spec);
    const host = {
      visitOver: (n: Over, c: CompileContext) => super.visitOver(n, c),
      windowReference: this.windowReference.bind(this),
      windowSpecification: this.windowSpecification.bind(this),
      value: this.value.bind(this),
    };
    return shiftWithDefault(host, node, call, spec, ctx);
  }

  /**
   * `GROUP_CONCAT(x ORDER BY … SEPARATOR 'sep')`. The result is cut at
   * group_concat_max_len bytes (MySQL's default: 1024).
   */
  override visitStringAgg(node: StringAgg, ctx: CompileContext): string {
    if (node.separator.includes('\\')) {
      throw new UnsupportedFeatureError('a backslash in a GROUP_CONCAT separator', this.dialect, 'SEPARATOR takes only a plain literal, whose backslashes the sql_mode may or may not read as escapes');
    }
    return `GROUP_CONCAT(${this.value(node.expr, ctx)}${this.aggregateOrderBy(node, ctx)} SEPARATOR ${this.stringLiteral(node.separator)})`;
  }

  /** ROLLUP as `GROUP BY a, b WITH ROLLUP`; no CUBE or GROUPING SETS. */
  override groupByClause(state: SelectState, ctx: CompileContext): string {
    if (!state.groupBy.some((g) => g instanceof GroupingSet)) return super.groupByClause(state, ctx);
    const only = state.groupBy[0];
    if (only instanceof GroupingSet && only.type !== 'rollup') {
      throw new UnsupportedFeatureError(only.type === 'cube' ? 'CUBE' : 'GROUPING SETS', this.dialect, 'MySQL and MariaDB have only ROLLUP (WITH ROLLUP)');
    }
    if (state.groupBy.length !== 1 || !(only instanceof GroupingSet) || only.sets.some((s) => s.length !== 1)) {
      throw new UnsupportedFeatureError('ROLLUP with other GROUP BY items or composite elements', this.dialect, 'MySQL writes ROLLUP only as GROUP BY a, b WITH ROLLUP');
    }
    if (this.flavor === 'mariadb' && state.orderBy.length > 0) {
      throw new UnsupportedFeatureError('ROLLUP with ORDER BY', 'mysql (MariaDB flavour)', 'order the rows outside: select from this query as a subquery');
    }
    return this.withoutWindows('GROUP BY', ctx, () => ` GROUP BY ${only.sets.map((s) => this.expression(s[0]!, ctx)).join(', ')} WITH ROLLUP`);
  }

  override visitGrouping(node: Grouping, ctx: CompileContext): string {
    if (this.flavor === 'mariadb') throw new UnsupportedFeatureError('GROUPING()', 'mysql (MariaDB flavour)', 'MariaDB has no GROUPING(); MySQL 8 has it');
    return super.visitGrouping(node, ctx);
  }
}
