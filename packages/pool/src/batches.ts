/**
 * Splitting a multi-row INSERT that has more values than one statement may
 * carry into batches that each fit, to run in one transaction.
 */
import { Bind, countBinds, Dialect, Insert } from '@alkahest/core/dialect';

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
 * The most parameters one row can bind: a bound value is one, an expression
 * as many as it holds, and a column the row leaves out one (SQLite binds the
 * column's default in its place).
 */
function parametersPerRow(rows: readonly (readonly { readonly column: { readonly key: string }; readonly value: unknown }[])[]): number {
  const columns = new Set<string>();
  let most = 0;
  let previous: readonly { readonly column: { readonly key: string } }[] = [];
  for (const row of rows) {
    // Rows usually name the same columns in the same order as the one before: only new ones are added.
    const same = row.length === previous.length && row.every((a, i) => a.column === previous[i]!.column);
    let count = 0;
    for (const assignment of row) {
      if (!same) columns.add(assignment.column.key);
      count += assignment.value instanceof Bind ? 1 : countBinds(assignment.value);
    }
    most = Math.max(most, count - row.length);
    previous = row;
  }
  // Each named column binds at least one value per row, more where an expression holds several.
  return columns.size + most;
}

/**
 * The batches of an INSERT … VALUES too large for one statement, or
 * `undefined` when it fits. Each batch has as many rows as fit in the
 * dialect's parameter limit, counting what a row can bind at most (see
 * parametersPerRow) and what ON CONFLICT and RETURNING bind. Each
 * batch keeps the insert's ON CONFLICT and RETURNING.
 */
export function insertBatches(dialect: Dialect, statement: { readonly kind: string }): Insert[] | undefined {
  if (statement.kind !== 'insert') return undefined;
  const insert = statement as Insert;
  const source = insert.source;
  if (source?.kind !== 'values') return undefined;
  const limit = dialect.maxParameters;
  // Most inserts are far below the limit: no need to count.
  if (source.rows.length * insert.table.columns.length + extraParameters(insert) <= limit) return undefined;
  const perRow = Math.max(1, parametersPerRow(source.rows));
  const rowsPerBatch = Math.max(1, Math.floor((dialect.maxParameters - extraParameters(insert)) / perRow));
  if (source.rows.length <= rowsPerBatch) return undefined;
  const batches: Insert[] = [];
  for (let i = 0; i < source.rows.length; i += rowsPerBatch) {
    batches.push(insert.withRows(source.rows.slice(i, i + rowsPerBatch)));
  }
  return batches;
}
