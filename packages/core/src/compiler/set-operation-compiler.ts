/**
 * Compiling set operations (UNION, INTERSECT, EXCEPT and their ALL forms).
 */
import { UnsupportedFeatureError } from '../errors';
import { Select } from '../statements/select';
import { CompoundSelect, SetOperator } from '../statements/compound';
import type { CompileContext } from './context';
import { StatementCompiler } from './statement-compiler';

/**
 * Compiles UNION, INTERSECT and EXCEPT and their ALL forms, emulating what a
 * database lacks or refusing it by name. A layer of {@link SqlCompiler}.
 */
export abstract class SetOperationCompiler extends StatementCompiler {
  /** The keyword of a set operator; Oracle says MINUS for EXCEPT. */
  setOperatorKeyword(operator: SetOperator): string {
    return operator.toUpperCase();
  }

  /**
   * Whether the dialect has INTERSECT ALL and EXCEPT ALL; without them they
   * are emulated by numbering duplicates (see {@link numberedSetOperation}).
   */
  readonly supportsSetOperationAll: boolean = true;

  /** One query of a set operation: nested set operations and limited queries are parenthesized. */
  compoundMember(member: Select | CompoundSelect, ctx: CompileContext, compared = false): string {
    // Without ALL, the rows of the members are compared: their select lists go through `compared`.
    ctx.comparedSelectList = compared;
    const sql = this.visitSubquery(member, ctx);
    ctx.comparedSelectList = false;
    return this.needsOwnParentheses(member) ? `(${sql})` : sql;
  }

  /** Whether a member must be set apart: a set operation, or a query with its own ORDER BY / LIMIT / OFFSET / WITH. */
  needsOwnParentheses(member: Select | CompoundSelect): boolean {
    if (member instanceof CompoundSelect) return true;
    const s = member.state;
    return s.orderBy.length > 0 || s.limit !== undefined || s.offset !== undefined || s.ctes.length > 0;
  }

  override compound(node: CompoundSelect, ctx: CompileContext): string {
    const { operator, members } = node.state;
    const all = operator === 'intersect all' || operator === 'except all';
    const body =
      all && !this.supportsSetOperationAll
        ? this.numberedSetOperation(node, ctx)
        : members.map((m) => this.compoundMember(m, ctx, operator !== 'union all')).join(` ${this.setOperatorKeyword(operator)} `);
    return this.compoundTail(body, node, ctx);
  }

  /** ORDER BY / LIMIT / OFFSET of a set operation. */
  compoundTail(body: string, node: CompoundSelect, ctx: CompileContext): string {
    const { orderBy, limit, offset } = node.state;
    let sql = body;
    if (orderBy.some((o) => o.nulls !== undefined) && !this.supportsNullsOrdering) {
      // The NULLS emulation is an expression, which a set operation's ORDER BY may not hold everywhere: order outside it.
      sql = `SELECT * FROM (${sql}) ${this.quoteIdentifier('alkahest_set')}`;
    }
    if (orderBy.length > 0) sql += ` ORDER BY ${orderBy.map((o) => this.ordering(o, ctx)).join(', ')}`;
    return sql + this.limitOffset(limit, offset, ctx);
  }

  /**
   * INTERSECT ALL / EXCEPT ALL where only the distinct forms exist: number
   * the copies of each row in each query (ROW_NUMBER per distinct row), so
   * that the k-th copy of a row matches only the k-th copy in the other
   * query, apply the distinct form, and drop the numbers. Several queries
   * are combined two at a time, numbering again at each step.
   */
  numberedSetOperation(node: CompoundSelect, ctx: CompileContext): string {
    const { operator, members } = node.state;
    if (members.length > 2) {
      const left = new CompoundSelect({ operator, members: members.slice(0, -1), orderBy: [], limit: undefined, offset: undefined });
      return this.numberedSetOperation(new CompoundSelect({ ...node.state, members: [left, members[members.length - 1]!] }), ctx);
    }
    const keys = node.selectedColumns.map((c) => c.key);
    const number = this.quoteIdentifier('alkahest_n');
    const numbered = (member: Select | CompoundSelect, i: number): string => {
      const alias = this.quoteIdentifier(`alkahest_${i}`);
      // Each column as the database can compare it (partitioned, ordered, and matched by the distinct operator).
      const own = member.selectedColumns.map((c) => this.compared(c.expr, `${alias}.${this.quoteIdentifier(c.key)}`));
      const columns = own.map((c, j) => `${c} AS ${this.quoteIdentifier(keys[j]!)}`).join(', ');
      return `SELECT ${columns}, ROW_NUMBER() OVER (PARTITION BY ${own.join(', ')} ORDER BY ${own.join(', ')}) AS ${number} FROM (${this.visitSubquery(member, ctx)}) ${alias}`;
    };
    const distinct = operator === 'intersect all' ? 'intersect' : 'except';
    const inner = `${numbered(members[0]!, 0)} ${this.setOperatorKeyword(distinct)} ${numbered(members[1]!, 1)}`;
    return `SELECT ${keys.map((k) => this.quoteIdentifier(k)).join(', ')} FROM (${inner}) ${this.quoteIdentifier('alkahest_set')}`;
  }

  /** Refuses a set operator the dialect cannot express, naming it. */
  unsupportedSetOperator(operator: SetOperator, hint: string): never {
    throw new UnsupportedFeatureError(operator.toUpperCase(), this.dialect, hint);
  }
}
