/**
 * The Oracle compiler's expressions: operators Oracle writes its own way
 * (bitwise with BITAND, IS DISTINCT FROM with DECODE, ILIKE, REGEXP_LIKE, IN
 * lists over 1000 items), the empty string, JSON (json.ts), dates (dates.ts)
 * and aggregates. A layer of OracleCompiler, above base-compiler.ts.
 */
import { Between, CompileContext, Expression, InList, InvalidValueError, Like, Param } from '@alkahest/core/dialect';
import type { BinaryOperatorHooks, BitNot, Bitwise, DistinctFrom, RegexMatch, StringAgg } from '@alkahest/core/dialect';
import type { DateAdd, DateExtract, DateTrunc, JsonContains, JsonExtract, JsonIsNull } from '@alkahest/core/dialect';
import { OracleBaseCompiler } from './base-compiler';
import { emptyStringError, isEmptyString } from './conditions';
import { oracleDateAdd, oracleDateExtract, oracleDateTrunc } from './dates';
import { oracleJsonContains, oracleJsonExtract, oracleJsonIsNull } from './json';
import { MAX_IN_LIST, oracleBinaryOperatorHooks } from './operators';

/** Oracle's operators, functions, JSON, dates and aggregates: a layer of `OracleCompiler` (compiler.ts). */
export abstract class OracleExpressionCompiler extends OracleBaseCompiler {
  /** DECODE compares NULL as equal to NULL: `DECODE(a, b, 0, 1) = 1` is IS DISTINCT FROM. */
  override visitDistinctFrom(node: DistinctFrom, ctx: CompileContext): string {
    return `DECODE(${this.compared(node.left, this.expression(node.left, ctx))}, ${this.compared(node.right, this.expression(node.right, ctx))}, 0, 1) = ${node.negated ? 0 : 1}`;
  }

  /** Oracle has BITAND only: OR, XOR, shifts and NOT are written with it and arithmetic (SQL Language Reference, "BITAND"). */
  override visitBitwise(node: Bitwise, ctx: CompileContext): string {
    const a = (): string => this.operand(node.left, ctx);
    const b = (): string => this.operand(node.right, ctx);
    const bitand = (): string => `BITAND(${this.expression(node.left, ctx)}, ${this.expression(node.right, ctx)})`;
    switch (node.op) {
      case '&':
        return bitand();
      case '|':
        return `(${a()} + ${b()} - ${bitand()})`;
      case '^':
        return `(${a()} + ${b()} - 2 * ${bitand()})`;
      case '<<':
        return `(${a()} * POWER(2, ${b()}))`;
      case '>>':
        return `FLOOR(${a()} / POWER(2, ${b()}))`;
    }
  }

  /** `~a` is `-1 - a` in two's complement. */
  override visitBitNot(node: BitNot, ctx: CompileContext): string {
    return `(-1 - ${this.operand(node.operand, ctx)})`;
  }

  /** `REGEXP_LIKE(s, p)`, a condition. */
  override visitRegexMatch(node: RegexMatch, ctx: CompileContext): string {
    return `${node.negated ? 'NOT ' : ''}REGEXP_LIKE(${this.expression(node.operand, ctx)}, ${this.expression(node.pattern, ctx)})`;
  }

  // ----- operators and functions -----

  /** `%` is MOD() (Oracle has no % operator: SQL Language Reference, "MOD"); comparisons with '' are rewritten (operators.ts). */
  override readonly binaryOperatorHooks: BinaryOperatorHooks = oracleBinaryOperatorHooks;

  /** Lists over 1000 items are split: `(x IN (…) OR x IN (…))`, `(x NOT IN (…) AND x NOT IN (…))`. */
  override visitIn(node: InList, ctx: CompileContext): string {
    if (!Array.isArray(node.list)) {
      if (node.list instanceof Param && (ctx.listLengths?.get(node.list.name) ?? 0) > MAX_IN_LIST) {
        throw new InvalidValueError(`parameter :${node.list.name}: Oracle takes at most ${MAX_IN_LIST} values in one IN list`);
      }
      return super.visitIn(node, ctx);
    }
    const list = node.list as readonly Expression[];
    if (list.some(isEmptyString)) throw emptyStringError(node.negated ? 'NOT IN' : 'IN');
    if (list.length <= MAX_IN_LIST) return super.visitIn(node, ctx);
    const parts: string[] = [];
    for (let i = 0; i < list.length; i += MAX_IN_LIST) {
      parts.push(super.visitIn(new InList(node.operand, list.slice(i, i + MAX_IN_LIST), node.negated), ctx));
    }
    return `(${parts.join(node.negated ? ' AND ' : ' OR ')})`;
  }

  override visitBetween(node: Between, ctx: CompileContext): string {
    if (isEmptyString(node.low) || isEmptyString(node.high)) throw emptyStringError('BETWEEN');
    return super.visitBetween(node, ctx);
  }

  /** ILIKE as `UPPER(a) LIKE UPPER(b)`. */
  override visitLike(node: Like, ctx: CompileContext): string {
    if (isEmptyString(node.pattern)) throw emptyStringError('LIKE');
    if (!node.caseInsensitive) return super.visitLike(node, ctx);
    const not = node.negated ? 'NOT ' : '';
    return `UPPER(${this.expression(node.operand, ctx)}) ${not}LIKE UPPER(${this.expression(node.pattern, ctx)})${this.likeEscape(node.escape)}`;
  }

  override currentTimestamp(): string {
    return 'SYSTIMESTAMP';
  }

  /** CURRENT_DATE is a DATE with the time of day, in the session's time zone (UTC): truncated to the day. */
  override currentDate(): string {
    return 'TRUNC(CURRENT_DATE)';
  }

  /** Oracle compares rows with = in IN lists only: `(a, b) < (c, d)` is written out. */
  override readonly supportsRowComparison = false;

  // ----- JSON (json.ts) and dates (dates.ts) -----

  override visitJsonExtract(node: JsonExtract, ctx: CompileContext): string {
    return oracleJsonExtract(this, node, ctx);
  }

  override visitJsonContains(node: JsonContains, ctx: CompileContext): string {
    return oracleJsonContains(this, node, ctx);
  }

  override visitJsonIsNull(node: JsonIsNull, ctx: CompileContext): string {
    return oracleJsonIsNull(this, node, ctx, () => super.visitJsonIsNull(node, ctx));
  }

  override visitDateExtract(node: DateExtract, ctx: CompileContext): string {
    return oracleDateExtract(this, node, ctx);
  }

  override visitDateAdd(node: DateAdd, ctx: CompileContext): string {
    return oracleDateAdd(this, node, ctx);
  }

  override visitDateTrunc(node: DateTrunc, ctx: CompileContext): string {
    return oracleDateTrunc(this, node, ctx);
  }

  // ----- aggregates -----

  /** No FILTER: emulated with CASE. */
  override readonly supportsAggregateFilter = false;

  /**
   * `LISTAGG(x, 'sep') WITHIN GROUP (ORDER BY …)` (`ORDER BY NULL` when no
   * order is asked for). The result is a VARCHAR2: past 4000 bytes Oracle
   * fails with ORA-01489.
   */
  override visitStringAgg(node: StringAgg, ctx: CompileContext): string {
    const order = node.orderBy.length === 0 ? 'NULL' : node.orderBy.map((o) => this.ordering(o, ctx)).join(', ');
    return `LISTAGG(${this.value(node.expr, ctx)}, ${this.stringLiteral(node.separator)}) WITHIN GROUP (ORDER BY ${order})`;
  }
}
