/**
 * Helpers the DML compilers share: where `excluded(col)` may stand and what
 * it renders as, and which columns an expression reads (for the emulations
 * that must know it: MySQL's left-to-right SET, Oracle's correlated UPDATE).
 */
import { CompileError } from '../errors';
import type { Column, ColumnSource } from '../schema/column';
import { Table } from '../schema/table';
import type { AnyColumn } from '../schema/table';
import type { NodeKind } from '../expr/node-kinds';
import { forEachNode } from '../expr/walk';
import type { CompileContext } from './context';

/** What `excluded(col)` means inside one upsert's DO UPDATE. */
export interface ExcludedScope {
  /** The table inserted into; excluded() must name one of its columns. */
  readonly table: Table;
  /** The SQL of the proposed value of a column: `EXCLUDED."c"`, `VALUES(c)`, `src.c` … */
  readonly render: (column: AnyColumn) => string;
}

const scopes = new WeakMap<CompileContext, ExcludedScope[]>();

/**
 * Runs `render` with `excluded(col)` allowed and rendered by `scope`.
 *
 * @example
 * ```ts
 * withExcluded(ctx, { table, render: (c) => `EXCLUDED.${this.quoteIdentifier(c.name)}` }, () => this.expression(value, ctx))
 * ```
 */
export function withExcluded<R>(ctx: CompileContext, scope: ExcludedScope, render: () => R): R {
  let stack = scopes.get(ctx);
  if (stack === undefined) scopes.set(ctx, (stack = []));
  stack.push(scope);
  try {
    return render();
  } finally {
    stack.pop();
  }
}

/**
 * The SQL of `excluded(column)` here, or a CompileError outside an upsert's
 * DO UPDATE or for a column of another table.
 *
 * @example
 * ```ts
 * excludedSql(ctx, users.c.name) // 'EXCLUDED."name"' inside doUpdate on PostgreSQL
 * ```
 */
export function excludedSql(ctx: CompileContext, column: AnyColumn): string {
  const stack = scopes.get(ctx);
  const scope = stack?.[stack.length - 1];
  if (scope === undefined) throw new CompileError(`${column.describe()}: excluded() can only be used in onConflict(…).doUpdate(…)`);
  const source = column.source;
  if (!(source instanceof Table) || source.definition !== scope.table.definition || source.alias !== undefined) {
    throw new CompileError(`excluded(${column.describe()}): name a column of ${scope.table.name}, the table inserted into`);
  }
  return scope.render(column);
}

const COLUMN: ReadonlySet<NodeKind> = new Set<NodeKind>(['column']);
const NOTHING: ReadonlySet<NodeKind> = new Set();
const EXCLUDED: ReadonlySet<NodeKind> = new Set<NodeKind>(['excluded']);

/**
 * Whether an expression (subqueries included) reads a column of any of `sources`.
 *
 * @example
 * ```ts
 * readsAnyOf(moves.c.city.concat('!'), new Set([moves])) // true
 * ```
 */
export function readsAnyOf(node: unknown, sources: ReadonlySet<ColumnSource>): boolean {
  let found = false;
  forEachNode(node, COLUMN, (column) => (found ||= sources.has((column as Column).source)), NOTHING);
  return found;
}

/**
 * The keys of `table`'s columns an expression reads as they are in the
 * table (not through `excluded()`).
 *
 * @example
 * ```ts
 * columnsRead(users.c.age.plus(excluded(users.c.age)), users) // Set { 'age' }
 * ```
 */
export function columnsRead(node: unknown, table: ColumnSource): Set<string> {
  const keys = new Set<string>();
  forEachNode(node, COLUMN, (column) => (column as Column).source === table && keys.add((column as Column).key), EXCLUDED);
  return keys;
}
