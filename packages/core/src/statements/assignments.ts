/**
 * `column = value` pairs, as UPDATE … SET and an upsert's DO UPDATE SET hold them.
 */
import { CompileError } from '../errors';
import { Expression, operand } from '../expr/expression';
import type { AnyColumn, Table } from '../schema/table';
import { columnsByKey } from './columns-by-key';

/** A column and the expression (often a bound value) assigned to it. */
export interface Assignment {
  readonly column: AnyColumn;
  readonly value: Expression;
}

/**
 * An assignment as a statement holds it: a node of its own kind, so that walks
 * read its two fields by their declaration rather than by name. Its kind is
 * on the prototype: an assignment has the own fields of an {@link Assignment}
 * and no others.
 * @internal
 */
export class AssignmentNode implements Assignment {
  declare readonly kind: 'assignment';
  constructor(
    readonly column: AnyColumn,
    readonly value: Expression,
  ) {}
}
Object.defineProperty(AssignmentNode.prototype, 'kind', { value: 'assignment' });


/** The statement an error names (a function, so that the hot path builds no text). */
function described(what: string | (() => string)): string {
  return typeof what === 'string' ? what : what();
}

/**
 * Turns `{ key: value }` into checked assignments of `table`'s columns; a
 * value that is not an expression is bound with the column's type, and an
 * untyped `param('x')` takes it.
 *
 * @example
 * ```ts
 * toAssignments(users, { name: 'Ada', age: users.c.age.plus(1) }, 'update users')
 * ```
 */
export function toAssignments(table: Table, row: Record<string, unknown>, what: string | (() => string)): Assignment[] {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new CompileError(`${described(what)}: expected an object of column values`);
  const out: Assignment[] = [];
  const byKey = columnsByKey(table);
  for (const key of Object.keys(row)) {
    const column = byKey.get(key);
    if (!column) throw new CompileError(`${described(what)}: table ${table.name} has no column ${JSON.stringify(key)}`);
    const value = row[key];
    if (value === undefined) continue; // an undefined key is the same as a missing key
    out.push(new AssignmentNode(column, operand(value, column)));
  }
  return out;
}
