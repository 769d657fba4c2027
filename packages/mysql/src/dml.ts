/**
 * What MySQL's DML needs worked out before it is written: which unique key
 * ON DUPLICATE KEY UPDATE can fire on, and an order of SET assignments that
 * gives the standard result although MySQL applies them left to right.
 */
import { AnyColumn, Assignment, columnsRead, Expression, Table, UnsupportedFeatureError } from '@alkahest/core/dialect';

/** One unique key of a table: its column keys, and whether it is a generated single-column primary key. */
export interface UniqueKey {
  readonly columns: readonly string[];
  readonly generated: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k) => b.includes(k));

/**
 * The unique keys declared on a table: its primary key, UNIQUE columns,
 * UNIQUE constraints and unique indexes (each set of columns once).
 *
 * @example
 * ```ts
 * uniqueKeys(users) // [{ columns: ['id'], generated: true }, { columns: ['email'], generated: false }]
 * ```
 */
export function uniqueKeys(table: Table): UniqueKey[] {
  const keys: UniqueKey[] = [];
  const add = (columns: readonly string[], generated = false): void => {
    if (!keys.some((k) => sameSet(k.columns, columns))) keys.push({ columns, generated });
  };
  const definition = table.definition;
  if (definition.primaryKey) add(definition.primaryKey.columns);
  for (const column of table.columns) if (column.spec.primaryKey) add([column.key], column.spec.autoIncrement);
  for (const column of table.columns) if (column.spec.unique !== false) add([column.key]);
  for (const unique of definition.unique) add(unique.columns);
  for (const index of definition.indexes) if (index.unique) add(index.columns);
  return keys;
}

/**
 * Checks that ON DUPLICATE KEY UPDATE, which fires on a duplicate in ANY
 * unique key, means the same as ON CONFLICT (target): the target must be one
 * of the table's unique keys and every other key unable to conflict. A
 * generated (AUTO_INCREMENT) primary key the INSERT does not set cannot.
 *
 * @example
 * ```ts
 * checkDuplicateKeyTarget(users, [users.c.email], new Set(['email', 'name']), 'mysql');
 * ```
 */
export function checkDuplicateKeyTarget(table: Table, target: readonly AnyColumn[], inserted: ReadonlySet<string>, dialect: string): void {
  const targetKeys = target.map((c) => c.key);
  const keys = uniqueKeys(table);
  const named = `ON CONFLICT (${targetKeys.join(', ')}) on ${table.name}`;
  if (!keys.some((k) => sameSet(k.columns, targetKeys))) {
    throw new UnsupportedFeatureError(
      named,
      dialect,
      `MySQL's ON DUPLICATE KEY UPDATE fires on a unique key, and (${targetKeys.join(', ')}) is not the primary key or a unique constraint declared on the table`,
    );
  }
  const others = keys.filter((k) => !sameSet(k.columns, targetKeys) && !(k.generated && !inserted.has(k.columns[0]!)));
  if (others.length > 0) {
    throw new UnsupportedFeatureError(
      `${named}, a table with other unique keys`,
      dialect,
      `ON DUPLICATE KEY UPDATE fires on a duplicate in any unique key, also (${others.map((k) => k.columns.join(', ')).join('), (')}); ` +
        'it can stand for ON CONFLICT only on a table with a single unique key. Update or insert in two statements in a transaction instead',
    );
  }
}

/**
 * SET assignments in an order where each value, and `condition`, reads the
 * columns as they were before the statement: a column is assigned only after
 * every other value that reads it, and the columns `condition` reads last.
 * Throws when no order does it (two assignments read each other, or the
 * condition reads two columns that are set).
 *
 * @example
 * ```ts
 * // set({ a: t.c.b, b: excluded(t.c.b) }) is written as b last: `a` = old b
 * orderAssignments(t, assignments, undefined, 'mysql')
 * ```
 */
export function orderAssignments(table: Table, assignments: readonly Assignment[], condition: Expression | undefined, dialect: string): Assignment[] {
  const set = new Set(assignments.map((a) => a.column.key));
  // before.get(k): the keys that must be assigned before k (they read k).
  const before = new Map<string, Set<string>>(assignments.map((a) => [a.column.key, new Set<string>()]));
  for (const a of assignments) {
    for (const read of columnsRead(a.value, table)) if (read !== a.column.key && set.has(read)) before.get(read)!.add(a.column.key);
  }
  if (condition !== undefined) {
    for (const read of columnsRead(condition, table)) {
      if (!set.has(read)) continue;
      for (const a of assignments) if (a.column.key !== read) before.get(read)!.add(a.column.key);
    }
  }
  const ordered: Assignment[] = [];
  const pending = [...assignments];
  while (pending.length > 0) {
    const next = pending.findIndex((a) => [...before.get(a.column.key)!].every((k) => ordered.some((o) => o.column.key === k)));
    if (next < 0) {
      throw new UnsupportedFeatureError(
        `SET of ${table.name} where values or the condition read several of the columns being set (${pending.map((a) => a.column.name).join(', ')})`,
        dialect,
        'MySQL applies assignments left to right, so later ones would see new values; set these columns in separate statements',
      );
    }
    ordered.push(pending.splice(next, 1)[0]!);
  }
  return ordered;
}

/**
 * Checks that no value of a multi-table UPDATE reads a column another
 * assignment sets: MySQL gives no order for those assignments.
 *
 * @example
 * ```ts
 * checkIndependentAssignments(people, assignments, 'mysql')
 * ```
 */
export function checkIndependentAssignments(table: Table, assignments: readonly Assignment[], dialect: string): void {
  const set = new Set(assignments.map((a) => a.column.key));
  for (const a of assignments) {
    const reads = [...columnsRead(a.value, table)].filter((k) => k !== a.column.key && set.has(k));
    if (reads.length > 0) {
      throw new UnsupportedFeatureError(
        `a multi-table UPDATE of ${table.name} whose value for ${a.column.name} reads ${reads.join(', ')}, also set`,
        dialect,
        'MySQL applies the assignments of a multi-table UPDATE in no given order; set these columns in separate statements',
      );
    }
  }
}
