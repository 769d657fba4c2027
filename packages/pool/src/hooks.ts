/**
 * Engine hooks: a function that transforms every statement before it is
 * compiled (a tenant filter, a soft-delete condition) and one that
 * transforms every result row after it is decoded (camelCase keys). They sit
 * between the engine and its dialect, so every path — execute, stream,
 * prepare, compile, explain, transactions — sees them.
 */
import type { CompiledQuery, Dialect, ExplainOptions, ExplainQuery, LoadPlan, PreparedStatement, PrintedSql, ResultColumn, Statement, StatementCacheStats, Table } from '@alkahest/core/dialect';

/** A result row as hooks see it. */
export type HookRow = Record<string, unknown>;

/** Hooks of an engine (`createEngine(url, { hooks })`). */
export interface EngineHooks {
  /**
   * Runs on every statement before it is compiled and returns the statement
   * to compile instead (or the same one). It runs before the statement
   * cache, so what it adds is part of the cache key.
   */
  readonly statement?: (statement: Statement) => Statement;
  /**
   * Runs on every result row after its values are decoded: a SELECT's, a
   * RETURNING's, raw SQL's. The row types the engine gives stay those of the
   * statement: a hook that renames keys changes what TypeScript cannot see.
   */
  readonly row?: (row: HookRow) => HookRow;
}

/**
 * The dialect seen through hooks. Statements go through `statement` before
 * the inner dialect compiles them; decoders add `row` after their own.
 */
export class HookedDialect implements Dialect {
  /** Present where the inner dialect explains. */
  readonly explain: ((statement: Statement, options?: ExplainOptions) => ExplainQuery) | undefined;
  /** Raw SQL's rows without declared columns: only the row hook applies. */
  readonly mapRow: ((row: HookRow) => HookRow) | undefined;
  /**
   * Present where the inner dialect loads. A load writes rows, not a
   * statement, and reads none back: neither hook applies to it.
   */
  readonly loadPlan: ((table: Table, columns: readonly string[]) => LoadPlan) | undefined;

  constructor(
    readonly inner: Dialect,
    private readonly hooks: EngineHooks,
  ) {
    const explain = inner.explain?.bind(inner);
    this.explain = explain === undefined ? undefined : (statement, options) => explain(this.transform(statement), options);
    this.mapRow = hooks.row;
    this.loadPlan = inner.loadPlan?.bind(inner);
  }

  get name(): string {
    return this.inner.name;
  }
  get maxParameters(): number {
    return this.inner.maxParameters;
  }
  get catalog(): Dialect['catalog'] {
    return this.inner.catalog;
  }

  private transform(statement: Statement): Statement {
    return this.hooks.statement === undefined ? statement : this.hooks.statement(statement);
  }

  compile(statement: Statement): CompiledQuery {
    return this.inner.compile(this.transform(statement));
  }
  prepare(statement: Statement): PreparedStatement {
    return this.inner.prepare(this.transform(statement));
  }
  cacheStats(): StatementCacheStats {
    return this.inner.cacheStats();
  }
  printSql(statement: Statement): PrintedSql {
    return this.inner.printSql(this.transform(statement));
  }
  rowDecoder(columns: readonly ResultColumn[]): (row: readonly unknown[]) => HookRow {
    const decode = this.inner.rowDecoder(columns);
    const hook = this.hooks.row;
    return hook === undefined ? decode : (row) => hook(decode(row));
  }

}
