/**
 * Compiling expressions: one method per node kind, each a hook a dialect may
 * override.
 */
import { CompileError } from '../errors';
import {
  Between,
  Binary,
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
import { Param } from '../expr/param';
import { Identifier, RawSql, UnsafeText } from '../expr/sql-template';
import { Column } from '../schema/column';
import { BaseCompiler } from './base-compiler';
import type { CompileContext } from './context';

/** Node kinds that render as a single term and never need parentheses as operands. */
const ATOMIC = new Set(['column', 'bind', 'param', 'function', 'label-ref', 'identifier', 'typed']);
/** Node kinds whose text may not bind as a unit inside AND/OR. */
const LOOSE = new Set(['logical', 'raw', 'unsafe-text', 'typed']);

export abstract class ExpressionCompiler extends BaseCompiler {
  /** Compiles a subquery (SELECT) node; implemented by the statement layer. */
  abstract visitSubquery(node: SubqueryNode, ctx: CompileContext): string;

  /** Compiles any expression. */
  expression(node: Expression, ctx: CompileContext): string {
    switch (node.kind) {
      case 'column':
        return this.visitColumn(node as Column, ctx);
      case 'bind':
        return this.visitBind(node as Bind, ctx);
      case 'binary':
        return this.visitBinary(node as Binary, ctx);
      case 'concat':
        return this.visitConcat(node as Concat, ctx);
      case 'logical':
        return this.visitLogical(node as Logical, ctx);
      case 'not':
        return this.visitNot(node as Not, ctx);
      case 'is-null':
        return this.visitIsNull(node as IsNull, ctx);
      case 'in':
        return this.visitIn(node as InList, ctx);
      case 'between':
        return this.visitBetween(node as Between, ctx);
      case 'like':
        return this.visitLike(node as Like, ctx);
      case 'function':
        return this.visitFunction(node as FunctionCall, ctx);
      case 'param':
        return this.visitParam(node as Param, ctx);
      case 'label-ref':
        return this.quoteIdentifier((node as LabelRef).name);
      case 'raw':
        return this.visitRaw(node as RawSql, ctx);
      case 'identifier':
        return (node as Identifier).parts.map((p) => this.quoteIdentifier(p)).join('.');
      case 'unsafe-text':
        return (node as UnsafeText).text;
      case 'typed':
        return this.expression((node as TypedExpression<unknown>).inner, ctx);
      default:
        throw new CompileError(`the ${this.dialect} compiler does not know expression kind ${JSON.stringify(node.kind)}`);
    }
  }

  /** Compiles an expression used as an operand, parenthesized unless it is a single term. */
  operand(node: Expression, ctx: CompileContext): string {
    const text = this.expression(node, ctx);
    return ATOMIC.has(node.kind) ? text : `(${text})`;
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

  /** A named parameter: a placeholder whose value comes when the prepared query runs. */
  visitParam(node: Param, ctx: CompileContext): string {
    if (node.list) throw new CompileError(`parameter :${node.name} stands for a list and can only be used with in() / notIn()`);
    ctx.pendingSource = { from: 'param', name: node.name, type: node.type };
    return this.bind(undefined, node.type, ctx);
  }

  /**
   * `x IN (:list)`: one placeholder per element, the list's length being known
   * when the prepared query runs (dialects with array parameters override).
   */
  listParamIn(operand: Expression, list: Param, negated: boolean, ctx: CompileContext): string {
    const length = ctx.listLengths?.get(list.name);
    if (length === undefined) {
      throw new CompileError(`parameter :${list.name} is a list whose length is known only when the query runs: run the statement with engine.prepare()`);
    }
    if (length === 0) return this.constantCondition(negated);
    const placeholders: string[] = [];
    for (let element = 0; element < length; element++) {
      ctx.pendingSource = { from: 'param', name: list.name, type: list.type, element };
      placeholders.push(this.bind(undefined, list.type, ctx));
    }
    return `${this.operand(operand, ctx)} ${negated ? 'NOT ' : ''}IN (${placeholders.join(', ')})`;
  }

  visitBinary(node: Binary, ctx: CompileContext): string {
    return `${this.operand(node.left, ctx)} ${node.op} ${this.operand(node.right, ctx)}`;
  }

  visitConcat(node: Concat, ctx: CompileContext): string {
    return node.parts.map((p) => this.operand(p, ctx)).join(' || ');
  }

  visitLogical(node: Logical, ctx: CompileContext): string {
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
      return `${this.operand(node.operand, ctx)} ${not}IN (${this.visitSubquery(node.list as SubqueryNode, ctx)})`;
    }
    const list = node.list as readonly Expression[];
    // x IN () is a syntax error everywhere; its meaning is "false" (NOT IN: "true").
    if (list.length === 0) return this.constantCondition(node.negated);
    return `${this.operand(node.operand, ctx)} ${not}IN (${list.map((e) => this.expression(e, ctx)).join(', ')})`;
  }

  visitBetween(node: Between, ctx: CompileContext): string {
    return `${this.operand(node.operand, ctx)} ${node.negated ? 'NOT ' : ''}BETWEEN ${this.operand(node.low, ctx)} AND ${this.operand(node.high, ctx)}`;
  }

  /** The `ESCAPE '…'` suffix of LIKE. */
  likeEscape(escape: string | undefined): string {
    return escape === undefined ? '' : ` ESCAPE ${this.stringLiteral(escape)}`;
  }

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

  visitFunction(node: FunctionCall, ctx: CompileContext): string {
    if (node.name === 'now' && node.args.length === 0) return this.currentTimestamp();
    const name = this.functionName(node.name);
    if (node.star) return `${name}(*)`;
    const args = node.args.map((a) => this.expression(a, ctx)).join(', ');
    return `${name}(${node.distinct ? 'DISTINCT ' : ''}${args})`;
  }

  /** `fn.now()`: the current timestamp. */
  currentTimestamp(): string {
    return 'CURRENT_TIMESTAMP';
  }

  visitRaw(node: RawSql, ctx: CompileContext): string {
    let out = node.strings[0] ?? '';
    node.values.forEach((value, i) => {
      out += this.expression(value, ctx) + (node.strings[i + 1] ?? '');
    });
    return out;
  }

  /** One ORDER BY item; NULLS FIRST/LAST emulated where `supportsNullsOrdering` is false. */
  ordering(node: Ordering, ctx: CompileContext): string {
    const expr = this.expression(node.expr, ctx);
    const dir = node.direction === 'desc' ? ' DESC' : '';
    if (node.nulls === undefined) return `${expr}${dir}`;
    if (this.supportsNullsOrdering) return `${expr}${dir} NULLS ${node.nulls === 'first' ? 'FIRST' : 'LAST'}`;
    // Sort on "is null" first: 0 before 1.
    const key = `CASE WHEN ${expr} IS NULL THEN ${node.nulls === 'first' ? 0 : 1} ELSE ${node.nulls === 'first' ? 1 : 0} END`;
    return `${key}, ${expr}${dir}`;
  }

  /** Whether ORDER BY accepts NULLS FIRST / NULLS LAST. */
  readonly supportsNullsOrdering: boolean = true;
}
