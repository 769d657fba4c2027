import { CompileError } from '../errors';
import type { ColumnSource } from '../schema/column';

/**
 * The mutable state of one compilation: parameters collected so far and the
 * FROM sources visible at the current point. A new context is made for every
 * compile, so compilers themselves hold no per-statement state.
 */
export class CompileContext {
  /** Driver-ready values, in placeholder order. */
  readonly params: unknown[] = [];
  /** Visible sources, innermost scope last. `undefined` disables the check (raw DDL fragments). */
  private readonly scopes: Set<ColumnSource>[] = [];

  constructor(
    /** Render values as literals instead of binding them (DDL, where binds are not allowed). */
    readonly inlineValues = false,
    /** Qualify column names with their table (`"users"."id"`). */
    public qualifyColumns = true,
  ) {}

  /** Runs `render` with `sources` visible on top of the enclosing scopes. */
  withScope<R>(sources: Iterable<ColumnSource>, render: () => R): R {
    this.scopes.push(new Set(sources));
    try {
      return render();
    } finally {
      this.scopes.pop();
    }
  }

  /** Whether a source is visible here. */
  isVisible(source: ColumnSource): boolean {
    for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopes[i]!.has(source)) return true;
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
