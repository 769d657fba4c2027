/**
 * Splitting a multi-row INSERT that binds more values than one statement may
 * carry into batches that each fit (issue: the compiler knows the dialect's
 * parameter limit and what each row binds, so the splitting is its business,
 * not the pool's). The engine runs the batches in one transaction.
 */
import { Expression } from '../expr/expression';
import { countBinds } from '../expr/walk';
import type { Insert } from '../statements/dml';
import type { InsertValues } from '../statements/insert-values';
import type { BaseCompiler } from './base-compiler';
import type { CompiledQuery } from './compiled';

/** A compiled batch without its values. */
type BatchSql = Omit<CompiledQuery, 'params'>;

/**
 * What the batches of one split INSERT of plain rows share: the SQL of a
 * batch of `n` rows, compiled once for the first such batch and reused by
 * the others, which only convert their values (by the same codecs a bound
 * value goes through). Where the compiler's binds depend on the value
 * ({@link BaseCompiler.bindsByTypeOnly}), nothing is reused.
 *
 * @internal
 */
export class SharedBatchSql {
  private readonly byCount = new Map<number, BatchSql>();

  /** The batch compiled from the SQL its row count has, or `undefined` when none is kept yet. */
  reuse(compiler: BaseCompiler, rows: InsertValues): CompiledQuery | undefined {
    if (!compiler.bindsByTypeOnly) return undefined;
    const known = this.byCount.get(rows.length);
    if (known === undefined) return undefined;
    const columns = rows.columns;
    const width = columns.length;
    const values = rows.values;
    const params = new Array<unknown>(values.length);
    for (let k = 0; k < values.length; ) for (let j = 0; j < width; j++, k++) params[k] = compiler.toDriver(values[k], columns[j]!.type);
    return { ...known, params };
  }

  /**
   * Keeps a batch's SQL for the next batch of as many rows, when its
   * parameters are exactly the rows' values (nothing else bound, no follow-up).
   */
  remember(rows: InsertValues, compiled: CompiledQuery): void {
    if (compiled.followUp !== undefined || compiled.params.length !== rows.length * rows.columns.length) return;
    const { sql, columns, statementKind, dialect } = compiled;
    this.byCount.set(rows.length, { sql, columns, statementKind, dialect });
  }
}

const sharedBy = new WeakMap<Insert, SharedBatchSql>();

/** The SQL a batch of a split INSERT shares with the other batches, if it may share any. @internal */
export function sharedBatchSql(insert: Insert): SharedBatchSql | undefined {
  return sharedBy.get(insert);
}

/**
 * The parameters an INSERT binds besides its rows: an upsert's DO UPDATE
 * values (MySQL repeats a DO UPDATE condition in every assignment) and
 * RETURNING expressions (Oracle binds one placeholder per returned column).
 */
function extraParameters(insert: Insert): number {
  const { onConflict, returning } = insert.clauses;
  let extra = 0;
  if (onConflict?.action.kind === 'update') {
    const { set, where } = onConflict.action;
    extra += countBinds(set) + countBinds(where) * (set.length + 1);
  }
  if (returning !== undefined) extra += countBinds(returning) + returning.length;
  return extra;
}

/**
 * The most parameters one row can bind: one per column (a plain value is
 * one, and so is a column the row leaves out where the dialect binds the
 * column's default in its place), plus what an expression binds beyond one.
 */
function parametersPerRow(rows: InsertValues): number {
  const width = rows.columns.length;
  if (rows.expressions.length === 0) return width;
  let most = 0;
  const values = rows.values;
  for (let i = 0; i < rows.length; i++) {
    let extra = 0;
    for (let k = i * width; k < (i + 1) * width; k++) {
      const value = values[k];
      if (value instanceof Expression) extra += Math.max(0, countBinds(value) - 1);
    }
    if (extra > most) most = extra;
  }
  return width + most;
}

/**
 * The batches of an INSERT … VALUES too large for one statement of a dialect
 * taking at most `maxParameters`, or `undefined` when it fits. Each batch has
 * as many rows as fit, counting what a row can bind at most and what ON
 * CONFLICT and RETURNING bind, and keeps the insert's ON CONFLICT and RETURNING.
 *
 * @example
 * ```ts
 * insertBatches(insert(users).values(rows), 65_535) // undefined, or Insert[]
 * ```
 */
export function insertBatches(insert: Insert, maxParameters: number): Insert[] | undefined {
  const source = insert.source;
  if (source?.kind !== 'values') return undefined;
  const width = source.columns.length;
  // Most inserts are far below the limit: no need to count what expressions bind.
  if (source.expressions.length === 0 && insert.clauses.onConflict === undefined && insert.clauses.returning === undefined && source.length * width <= maxParameters) return undefined;
  const extra = extraParameters(insert);
  const perRow = Math.max(1, parametersPerRow(source));
  if (source.length * perRow + extra <= maxParameters) return undefined;
  const rowsPerBatch = Math.max(1, Math.floor((maxParameters - extra) / perRow));
  if (source.length <= rowsPerBatch) return undefined;
  const batches: Insert[] = [];
  // Plain rows without ON CONFLICT or RETURNING: every full batch compiles to the same SQL.
  const { onConflict, returning, ctes } = insert.clauses;
  const shared = source.plain && onConflict === undefined && returning === undefined && ctes === undefined ? new SharedBatchSql() : undefined;
  for (let i = 0; i < source.length; i += rowsPerBatch) {
    const batch = insert.withRows(source.slice(i, i + rowsPerBatch));
    if (shared !== undefined) sharedBy.set(batch, shared);
    batches.push(batch);
  }
  return batches;
}
