/**
 * The Oracle compiler's queries: FROM DUAL, table aliases without AS, row
 * limits (limit.ts: FETCH FIRST on 12c+, ROWNUM on 11g), FOR UPDATE, set
 * operations (MINUS), recursive WITH and LATERAL. A layer of OracleCompiler,
 * above expression-compiler.ts.
 */
import { CompileContext, CompileError, CompoundSelect, Expression, FromItem, LockClause, SelectState, SetOperator, UnsupportedFeatureError } from '@alkahest/core/dialect';
import { OracleExpressionCompiler } from './expression-compiler';
import { LimitHost, rowLimitingClause, rownumLimit } from './limit';

/** Oracle's SELECT, row limits, locks and set operations: a layer of `OracleCompiler` (compiler.ts). */
export abstract class OracleQueryCompiler extends OracleExpressionCompiler {
  // ----- SELECT -----

  /** Oracle refuses AS before a table alias. */
  override aliasSource(sql: string, alias: string): string {
    return `${sql} ${this.quoteIdentifier(alias)}`;
  }

  override emptyFrom(): string {
    return ' FROM DUAL';
  }

  override limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    if (!this.features.fetchFirst) {
      if (limit !== undefined || offset !== undefined) throw new CompileError('Oracle 11g limits are compiled by selectBody');
      return '';
    }
    return rowLimitingClause(limit, offset, this.limitHost(ctx));
  }

  /** Oracle has no VALUES list (before 23ai): a UNION ALL of SELECTs FROM DUAL stands for it. */
  override supportsValuesLists(): boolean {
    return false;
  }

  /** 12c+: the row-limiting clause's WITH TIES; 11g emulates it with RANK(). */
  override supportsWithTies(): boolean {
    return this.features.fetchFirst;
  }

  override fetchWithTies(limit: Expression, offset: Expression | undefined, ctx: CompileContext): string {
    return rowLimitingClause(limit, offset, this.limitHost(ctx), true);
  }

  override selectBody(state: SelectState, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    if (state.lock !== undefined && (state.limit !== undefined || state.offset !== undefined)) {
      throw new UnsupportedFeatureError('FOR UPDATE with a row limit', this.dialect, 'Oracle refuses FOR UPDATE with FETCH FIRST / ROWNUM (ORA-02014); lock by key instead');
    }
    if (this.features.fetchFirst || (state.limit === undefined && state.offset === undefined)) return super.selectBody(state, from, ctx);
    const inner = super.selectBody({ ...state, limit: undefined, offset: undefined }, from, ctx);
    return rownumLimit(
      inner,
      state.columns.map((c) => c.key),
      state.limit,
      state.offset,
      this.limitHost(ctx),
    );
  }

  private limitHost(ctx: CompileContext): LimitHost {
    return { quoteIdentifier: (name) => this.quoteIdentifier(name), count: (value) => this.rowCountSql(value, ctx) };
  }

  // ----- locks, set operations, CTEs, LATERAL -----

  /**
   * FOR UPDATE [OF table.column] [NOWAIT | SKIP LOCKED]: Oracle names a
   * column of each table whose rows to lock. It has no FOR SHARE, and no
   * FOR UPDATE together with a row limit (ORA-02014).
   */
  override lockClause(lock: LockClause, ctx: CompileContext): string {
    void ctx;
    if (lock.mode === 'share') throw new UnsupportedFeatureError('FOR SHARE', this.dialect, 'Oracle readers never block writers; use FOR UPDATE to lock rows');
    const of = lock.of.length > 0 ? ` OF ${lock.of.map((t) => `${this.quoteIdentifier(t.referenceName)}.${this.quoteIdentifier(t.columns[0]!.name)}`).join(', ')}` : '';
    return ` FOR UPDATE${of}${lock.wait === 'wait' ? '' : ` ${lock.wait.toUpperCase()}`}`;
  }

  /** Oracle says MINUS for EXCEPT. */
  override setOperatorKeyword(operator: SetOperator): string {
    return operator === 'except' ? 'MINUS' : super.setOperatorKeyword(operator);
  }

  /** INTERSECT ALL / EXCEPT ALL exist from 21c only: emulated. */
  override readonly supportsSetOperationAll = false;

  /** 11g: ROWNUM around the whole set operation. */
  override compoundTail(body: string, node: CompoundSelect, ctx: CompileContext): string {
    const { limit, offset } = node.state;
    if (this.features.fetchFirst || (limit === undefined && offset === undefined)) return super.compoundTail(body, node, ctx);
    const ordered = super.compoundTail(body, new CompoundSelect({ ...node.state, limit: undefined, offset: undefined }), ctx);
    return rownumLimit(
      ordered,
      node.selectedColumns.map((c) => c.key),
      limit,
      offset,
      this.limitHost(ctx),
    );
  }

  /** Oracle's recursive WITH has no RECURSIVE keyword (and always a column list). */
  override recursiveKeyword(): string {
    return '';
  }

  override lateral(aliasedSubquery: string): string {
    if (!this.features.fetchFirst) throw new UnsupportedFeatureError('LATERAL subqueries', 'oracle 11g', 'LATERAL is Oracle 12c+');
    return super.lateral(aliasedSubquery);
  }
}
