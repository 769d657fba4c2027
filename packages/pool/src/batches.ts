/**
 * Splitting a multi-row INSERT that has more values than one statement may
 * carry into batches that each fit, to run in one transaction.
 */
import type { Dialect, Insert } from '@alkahest/core';

/**
 * The batches of an INSERT … VALUES too large for one statement, or
 * `undefined` when it fits. Each batch has as many rows as fit in the
 * dialect's parameter limit, counting every column of the table (an upper
 * bound on what a row binds).
 */
export function insertBatches(dialect: Dialect, statement: { readonly kind: string }): Insert[] | undefined {
  if (statement.kind !== 'insert') return undefined;
  const insert = statement as Insert;
  const source = insert.source;
  if (source?.kind !== 'values') return undefined;
  const perRow = Math.max(1, insert.table.columns.length);
  const rowsPerBatch = Math.max(1, Math.floor(dialect.maxParameters / perRow));
  if (source.rows.length <= rowsPerBatch) return undefined;
  const batches: Insert[] = [];
  for (let i = 0; i < source.rows.length; i += rowsPerBatch) {
    batches.push(insert.withRows(source.rows.slice(i, i + rowsPerBatch)));
  }
  return batches;
}
