/**
 * Compiling SELECT.
 */
import { CompileError } from '../errors';
import { Expression, LabelRef, SubqueryNode } from '../expr/expression';
import { Column, ColumnSource } from '../schema/column';
import type { FromItem } from '../schema/from';
import { LockClause, Select, SelectState } from '../statements/select';
import { distinctOnEmulation } from '../statements/distinct-on';
import { rowLimitEmulation, withTiesNeedsOrder } from '../statements/row-limit';
import { CompoundSelect } from '../statements/compound';
import type { CompileContext } from './context';
import type { NodeKind } from '../expr/node-kinds';
import { forEachNode } from '../expr/walk';
import { FromCompiler } from './from-compiler';

const COLUMN: ReadonlySet<NodeKind> = new Set<NodeKind>(['column']);
const SUBQUERIES: ReadonlySet<NodeKind> = new Set<NodeKind>(['select', 'compound']);

/** Collects the sources of the columns in an expression, not in its subqueries (for an implicit FROM). */
function collectSources(node: unknown, into: Set<ColumnSource>): void {
  forEachNode(node, COLUMN, (column) => into.add((column as Column).source), SUBQUERIES);
}

/**
 * Compiles SELECT: its FROM (explicit or implied by its columns), select
 * list, row limits (written or emulated), DISTINCT ON and locking. A layer
 * of {@link SqlCompiler}; FROM items, CTEs and VALUES lists are the layer
 * below (compiler/from-compiler.ts), INSERT, UPDATE and DELETE a layer above
 * (compiler/dml-compiler.ts).
 */
export abstract class StatementCompiler extends FromCompiler {
  // ----- SELECT -----

  visitSubquery(node: SubqueryNode, ctx: CompileContext): string {
    if (node instanceof Select) return this.select(node, ctx);
    if (node instanceof CompoundSelect) return this.compound(node, ctx);
    throw new CompileError(`cannot use a ${node.kind} as a subquery`);
  }

  /** A set operation (compiler/set-operation-compiler.ts). */
  abstract compound(node: CompoundSelect, ctx: CompileContext): string;

  /** The FROM items of a select: explicit, or the one table its columns come from. */
  selectFrom(state: SelectState, ctx: CompileContext): readonly FromItem<string, string>[] {
    if (state.from.length > 0) return state.from;
    const sources = new Set<ColumnSource>();
    state.columns.forEach((c) => collectSources(c.expr, sources));
    const own = [...sources].filter((s) => !ctx.isVisible(s));
    if (own.length === 0) return [];
    if (own.length > 1) {
      throw new CompileError(
        `the select list uses ${own.map((s) => s.referenceName).join(', ')}: name the FROM clause with .from() (joins included)`,
      );
    }
    return [own[0] as unknown as FromItem<string, string>];
  }

  /** The select list: each column with an alias when its key is not its natural name. */
  selectList(state: SelectState, ctx: CompileContext): string {
    const comparedRows = state.distinct || state.groupBy.length > 0 || ctx.comparedSelectList;
    ctx.comparedSelectList = false;
    return state.columns
      .map(({ key, expr }) => {
        const value = this.value(expr, ctx);
        // Under DISTINCT and in a set operation the items are compared; under GROUP BY they must match the (compared) grouping keys.
        const sql = comparedRows ? this.compared(expr, value) : value;
        const natural = sql === value && expr instanceof Column && expr.name === key;
        return natural ? sql : `${sql} AS ${this.quoteIdentifier(key)}`;
      })
      .join(', ');
  }

  /** LIMIT / OFFSET; dialects override the form. */
  limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    let out = '';
    if (limit !== undefined) out += ` LIMIT ${this.rowCountSql(limit, ctx)}`;
    if (offset !== undefined) out += ` OFFSET ${this.rowCountSql(offset, ctx)}`;
    return out;
  }

  /** A row count: a bound value, parameter or subquery as it is, any other expression in parentheses (as FETCH FIRST needs it). */
  rowCountSql(count: Expression, ctx: CompileContext): string {
    const sql = this.expression(count, ctx);
    return count.kind === 'bind' || count.kind === 'param' || count.kind === 'scalar-subquery' ? sql : `(${sql})`;
  }

  /** `[OFFSET m ROWS] FETCH FIRST n ROWS WITH TIES` (SQL:2008; PostgreSQL 13+, MariaDB 10.6+, Oracle 12c+). */
  fetchWithTies(limit: Expression, offset: Expression | undefined, ctx: CompileContext): string {
    const skip = offset === undefined ? '' : ` OFFSET ${this.rowCountSql(offset, ctx)} ROWS`;
    return `${skip} FETCH FIRST ${this.rowCountSql(limit, ctx)} ROWS WITH TIES`;
  }

  /** Whether the dialect writes FETCH FIRST … WITH TIES; where it does not, it is emulated with RANK() (statements/row-limit.ts). */
  supportsWithTies(): boolean {
    return true;
  }

  /** Whether LIMIT / OFFSET takes this count as it is; MySQL takes numbers and parameters only, and other counts are emulated. */
  takesRowCount(count: Expression): boolean {
    void count;
    return true;
  }

  /** Whether a SELECT's row limit must be emulated with window functions (statements/row-limit.ts). */
  emulatesRowLimit(state: SelectState): boolean {
    const { limit, offset } = state;
    if (state.withTies) {
      if (state.orderBy.length === 0) throw withTiesNeedsOrder();
      if (!this.supportsWithTies()) return true;
    }
    return (limit !== undefined && !this.takesRowCount(limit)) || (offset !== undefined && !this.takesRowCount(offset));
  }

  /** ORDER BY items; label references must name a selected column. */
  orderBy(state: SelectState, ctx: CompileContext): string {
    for (const o of state.orderBy) {
      const label = o.expr;
      if (label instanceof LabelRef && !state.columns.some((c) => c.key === label.name)) {
        throw new CompileError(`ORDER BY ${JSON.stringify(label.name)}: no selected column has that name`);
      }
    }
    return state.orderBy.map((o) => this.ordering(o, ctx)).join(', ');
  }

  /** Whether SELECT DISTINCT ON exists (PostgreSQL); elsewhere it is emulated. */
  readonly supportsDistinctOn: boolean = false;

  select(node: Select<never[], string> | Select, ctx: CompileContext): string {
    if (node.state.distinctOn.length > 0 && !this.supportsDistinctOn) {
      const { ctes } = node.state;
      return this.withClause(ctes, ctx) + this.select(distinctOnEmulation({ ...node.state, ctes: [] }), ctx);
    }
    if ((node.state.limit !== undefined || node.state.offset !== undefined) && this.emulatesRowLimit(node.state)) {
      return this.withClause(node.state.ctes, ctx) + this.select(rowLimitEmulation(node.state), ctx);
    }
    const state = node.state;
    const from = this.selectFrom(state, ctx);
    const sources: ColumnSource[] = [];
    for (const item of from) this.sourcesOf(item, sources);
    const withClause = this.withClause(state.ctes, ctx);
    return withClause + ctx.withScope(sources, () => this.withWindows(state.windows, ctx, () => this.selectBody(state, from, ctx)));
  }

  /** The SELECT text once FROM is known and its sources are in scope. */
  selectBody(state: SelectState, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    const distinctOn = state.distinctOn.length > 0 ? `DISTINCT ON (${state.distinctOn.map((e) => this.expression(e, ctx)).join(', ')}) ` : '';
    let sql = `SELECT ${state.distinct ? 'DISTINCT ' : ''}${distinctOn}${this.selectList(state, ctx)}`;
    sql += from.length > 0 ? ` FROM ${from.map((f) => this.fromItem(f, ctx)).join(', ')}` : this.emptyFrom();
    const { where, having } = state;
    if (where) sql += ` WHERE ${this.withoutWindows('WHERE', ctx, () => this.predicate(where, ctx))}`;
    sql += this.groupByClause(state, ctx);
    if (having) sql += ` HAVING ${this.withoutWindows('HAVING', ctx, () => this.predicate(having, ctx))}`;
    sql += this.windowClause(state, ctx);
    if (state.orderBy.length > 0) sql += ` ORDER BY ${this.orderBy(state, ctx)}`;
    sql += state.withTies && state.limit !== undefined ? this.fetchWithTies(state.limit, state.offset, ctx) : this.limitOffset(state.limit, state.offset, ctx);
    if (state.lock !== undefined) sql += this.lockClause(state.lock, ctx);
    return sql;
  }

  /** ` FOR UPDATE [OF t] [NOWAIT | SKIP LOCKED]` / ` FOR SHARE …` */
  lockClause(lock: LockClause, ctx: CompileContext): string {
    void ctx;
    const of = lock.of.length > 0 ? ` OF ${lock.of.map((t) => this.quoteIdentifier(t.referenceName)).join(', ')}` : '';
    return ` FOR ${lock.mode === 'update' ? 'UPDATE' : 'SHARE'}${of}${lock.wait === 'wait' ? '' : ` ${lock.wait.toUpperCase()}`}`;
  }
}
