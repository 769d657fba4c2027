import { CompileError } from '../errors';
import type { Bind } from '../expr/expression';
import type { InsertValues } from '../statements/insert-values';
import type { ColumnSource } from '../schema/column';
import type { SqlType } from '../types/sql-type';

/**
 * Where one parameter of a compiled statement gets its value, so that the
 * compiled SQL can be reused for a statement of the same shape with other
 * values (see `cache/`): a bound value of the tree (by its place in the
 * shape), a named parameter given at run time, or a constant the compiler
 * itself chose (a column default, for example).
 */
export type ParamSource =
  | { readonly from: 'bind'; readonly slot: number; readonly type: SqlType }
  | {
      readonly from: 'param';
      readonly name: string;
      readonly type: SqlType;
      /** For a list parameter expanded into several placeholders: which element. */
      readonly element?: number;
      /** For a list parameter sent as one array value (PostgreSQL's `= ANY($1)`). */
      readonly array?: boolean;
      /** For a list of rows (`(a, b) IN (:rows)`): which value of each row. */
      readonly field?: number;
      /** For a list of rows: how many values each row has. */
      readonly width?: number;
    }
  | { readonly from: 'constant'; readonly value: unknown };

/**
 * The mutable state of one compilation: parameters collected so far and the
 * FROM sources visible at the current point. A new context is made for every
 * compile, so compilers themselves hold no per-statement state.
 */
export class CompileContext {
  /** Driver-ready values, in placeholder order (`undefined` for named parameters). */
  readonly params: unknown[] = [];
  /** Whether to record {@link sources} (for a template of a statement shape; a one-off compile needs none). */
  recordSources = false;
  /** Where each parameter's value comes from, in placeholder order. */
  readonly sources: ParamSource[] = [];
  /** Set just before {@link BaseCompiler.bind} by whoever knows where the value comes from. */
  pendingSource: ParamSource | undefined = undefined;
  /** Bound values of the tree by identity, numbered in shape order (see shapeOf). */
  slots: ReadonlyMap<Bind, number> | undefined = undefined;
  /** The slots of INSERT rows' plain values (see Shape.rowSlots). */
  rowSlots: ReadonlyMap<InsertValues, Int32Array> | undefined = undefined;
  /** CTEs written as derived tables where they are used (a dialect without WITH on the statement). */
  inlineCtes: ReadonlySet<object> | undefined = undefined;
  /** The lengths of list parameters, known when a prepared query runs. */
  listLengths: ReadonlyMap<string, number> | undefined = undefined;
  /** The named windows of the SELECTs being compiled, innermost last. */
  readonly windowScopes: (readonly unknown[])[] = [];
  /** The clause being compiled when window functions may not appear in it (WHERE, GROUP BY, HAVING). */
  windowsForbiddenIn: string | undefined = undefined;
  /** Values are inlined for a reader (printSql), not for DDL: a dialect writes what it wraps around a bound value too. */
  printing = false;
  /**
   * The next select list is compared as rows (a member of UNION, INTERSECT
   * or EXCEPT without ALL): its items go through `compared`. Read and reset
   * by the select list it is meant for.
   */
  comparedSelectList = false;
  /** Visible sources, innermost scope last (scopes hold a handful: arrays beat sets here). */
  private readonly scopes: (readonly ColumnSource[])[] = [];

  constructor(
    /** Render values as literals instead of binding them (DDL, where binds are not allowed; printing). */
    readonly inlineValues = false,
    /** Qualify column names with their table (`"users"."id"`). */
    public qualifyColumns = true,
  ) {}

  /** Runs `render` with `sources` visible on top of the enclosing scopes. */
  withScope<R>(sources: readonly ColumnSource[], render: () => R): R {
    this.scopes.push(sources);
    try {
      return render();
    } finally {
      this.scopes.pop();
    }
  }

  /** Whether a source is visible here. */
  isVisible(source: ColumnSource): boolean {
    for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopes[i]!.includes(source)) return true;
    return false;
  }

  /** Throws unless `source` is visible: a column of a table the statement does not name. */
  checkVisible(source: ColumnSource, column: string): void {
    if (!this.isVisible(source)) {
      throw new CompileError(
        `column ${source.referenceName}.${column} refers to ${source.kind === 'subquery' ? 'subquery' : 'table'} ${source.referenceName}, which is not in the FROM clause of this statement`,
      );
    }
  }
}
