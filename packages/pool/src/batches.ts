/**
 * Splitting a multi-row INSERT that has more values than one statement may
 * carry into batches that each fit, to run in one transaction.
 */
import { Bind, Dialect, Insert } from '@alkahest/core';

/** Counts the bound values in a part of a statement. */
function bindsIn(node: unknown, seen = new Set<object>()): number {
  if (node === null || typeof node !== 'object' || seen.has(node)) return 0;
  seen.add(node);
  if (node instanceof Bind) return 1;
  if ((node as { kind?: unknown }).kind === 'table' || (node as { kind?: unknown }).kind === 'column') return 0;
  let count = 0;
  for (const value of Array.isArray(node) ? node : Object.values(node)) count += bindsIn(value, seen);
  return count;
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
    extra += bindsIn(set) + bindsIn(where) * (set.length + 1);
  }
  if (returning !== undefined) extra += bindsIn(returning) + returning.length;
  return extra;
}

/**
 * The batches of an INSERT … VALUES too large for one statement, or
 * `undefined` when it fits. Each batch has as many rows as fit in the
 * dialect's parameter limit, counting every column of the table (an upper
 * bound on what a row binds) and what ON CONFLICT and RETURNING bind. Each
 * batch keeps the insert's ON CONFLICT and RETURNING.
 */
export function insertBatches(dialect: Dialect, statement: { readonly kind: string }): Insert[] | undefined {
  if (statement.kind !== 'insert') return undefined;
  const insert = statement as Insert;
  const source = insert.source;
  if (source?.kind !== 'values') return undefined;
  const perRow = Math.max(1, insert.table.columns.length);
  const rowsPerBatch = Math.max(1, Math.floor((dialect.maxParameters - extraParameters(insert)) / perRow));
  if (source.rows.length <= rowsPerBatch) return undefined;
  const batches: Insert[] = [];
  for (let i = 0; i < source.rows.length; i += rowsPerBatch) {
    batches.push(insert.withRows(source.rows.slice(i, i + rowsPerBatch)));
  }
  return batches;
}
