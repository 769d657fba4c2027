/**
 * The rows of an `INSERT … VALUES`, kept lean: one array of values per row,
 * in the order of the columns the rows name, each value checked once when the
 * statement is built. A plain value stays a plain value (no node per value):
 * the compiler binds it with its column's type, the statement shape gives it
 * a slot, and a large insert is split by slicing the arrays. An expression
 * (`users.c.age.plus(1)`) stays the expression it is; an untyped `param('x')`
 * takes its column's type, so its value is checked and converted as the
 * column's (a JSON object for a json column).
 */
import { CompileError, InvalidValueError } from '../errors';
import { Expression, operand } from '../expr/expression';
import type { Node } from '../expr/expression';
import type { Column } from '../schema/column';
import type { AnyColumn, Table } from '../schema/table';
import { checkBindValue } from '../types/validate';
import { columnsByKey } from './columns-by-key';

/** A column a row leaves out (its key missing or `undefined`): the database's default applies. */
export const MISSING: unique symbol = Symbol('alkahest.insert.missing');

/** What a row holds for one column: a checked plain value, an expression, or {@link MISSING}. */
export type InsertValue = unknown;


/**
 * Whether `row`'s keys are `keys`, in that order. for-in reads them from the
 * object's hidden class without making an array (Object.keys would make one a
 * row); it also yields inherited enumerable keys, which makes a row that has
 * them differ, and the caller then reads the row's own keys.
 */
function hasKeys(row: object, keys: readonly string[]): boolean {
  let n = 0;
  for (const key in row) {
    if (key !== keys[n]) return false;
    n++;
  }
  return n === keys.length;
}

/**
 * Whether a row's value is an expression node rather than a plain value
 * (typeof first: `instanceof` asked of a string or number costs more).
 *
 * @example
 * ```ts
 * isExpression(users.c.age.plus(1)); // true
 * isExpression(42);                  // false
 * ```
 */
export function isExpression(value: unknown): value is Expression {
  return typeof value === 'object' && value !== null && value instanceof Expression;
}

/** Checks a plain value for a column, as every bound value is checked (see types/validate.ts). */
function checkValue(value: unknown, column: AnyColumn): void {
  if (value !== null && typeof value === 'object' && 'kind' in value && !(value instanceof Date) && !Array.isArray(value) && column.type.kind !== 'json') {
    throw new InvalidValueError(`${column.describe()}: a ${String((value as Node).kind)} node cannot be used as a value here`);
  }
  checkBindValue(column.type, value, column);
}

/**
 * The VALUES rows of an INSERT. Build it with {@link InsertValues.of};
 * {@link InsertValues.slice} gives a batch of its rows.
 */
export class InsertValues {
  readonly kind = 'values';
  private constructor(
    /** The columns any row gives, in the table's order (none when every value is undefined: an error when compiled). */
    readonly columns: readonly Column[],
    /**
     * Every row's values one after the other, `columns.length` a row: a
     * checked value, an expression, or {@link MISSING}. One array for all
     * rows: a large insert allocates no array per row.
     */
    readonly values: readonly InsertValue[],
    /** How many rows. */
    readonly length: number,
    /** The expressions among the values, row by row (what a walk of the tree visits). */
    readonly expressions: readonly Expression[],
    /**
     * Whether every value is a plain value: no expression, no column left
     * out. Rows of plain values compile to SQL that depends on their number
     * only (see compiler/insert-batches.ts).
     */
    readonly plain: boolean,
  ) {}

  /** Row `i`'s value for column `j` (of {@link columns}). */
  value(i: number, j: number): InsertValue {
    return this.values[i * this.columns.length + j];
  }

  /** The rows as one array each (made on each call: the hot paths read {@link values}). */
  get rows(): readonly (readonly InsertValue[])[] {
    const width = this.columns.length;
    return Array.from({ length: this.length }, (_, i) => this.values.slice(i * width, (i + 1) * width));
  }

  /** Whether any row gives `column` a value. */
  sets(column: AnyColumn): boolean {
    return this.columns.some((c) => c.key === column.key);
  }

  /** Whether every row gives `column` a value (none leaves it to the database's default). */
  setsInEveryRow(column: AnyColumn): boolean {
    const j = this.columns.findIndex((c) => c.key === column.key);
    if (j < 0) return false;
    for (let i = 0; i < this.length; i++) if (this.value(i, j) === MISSING) return false;
    return true;
  }

  /** Rows `from` to `to` (exclusive), with the same columns. */
  slice(from: number, to: number): InsertValues {
    const width = this.columns.length;
    const end = Math.min(to, this.length);
    const values = this.values.slice(from * width, end * width);
    const expressions = this.expressions.length === 0 ? [] : values.filter(isExpression);
    return new InsertValues(this.columns, values, Math.max(0, end - from), expressions, this.plain);
  }

  /**
   * Checks `{ key: value }` rows against `table` and keeps them lean. A key
   * the table lacks, a row that is not an object and a value its column
   * cannot hold are errors here, at build time, naming the row or column.
   */
  static of(table: Table, list: readonly Record<string, unknown>[]): InsertValues {
    const byKey = columnsByKey(table);
    const where = (i: number): string => `insert into ${table.name}, row ${i + 1}`;
    // The columns: every key some row gives a value to. Rows usually name the same keys as the one
    // before, and once each of those keys has had a value, such a row adds nothing.
    const used = new Set<string>();
    let first: readonly string[] = [];
    let previous: readonly string[] = [];
    let previousDone = false;
    for (let i = 0; i < list.length; i++) {
      const row = list[i];
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new CompileError(`${where(i)}: expected an object of column values`);
      let keys = previous;
      if (i === 0 || !hasKeys(row, previous)) {
        keys = Object.keys(row);
        for (const key of keys) if (!byKey.has(key)) throw new CompileError(`${where(i)}: table ${table.name} has no column ${JSON.stringify(key)}`);
        if (i === 0) first = keys;
      } else if (previousDone) continue;
      let done = true;
      for (const key of keys) {
        if (used.has(key)) continue;
        if (row[key] !== undefined) used.add(key);
        else done = false;
      }
      previous = keys;
      previousDone = done;
    }
    const columns = (table.columns as readonly Column[]).filter((c) => used.has(c.key));
    const width = columns.length;
    // Where each of the first row's keys goes among the columns (-1: a key no row gives a value),
    // and whether its keys name every column: then a row with the same keys is read key by key.
    const slotOf = first.map((key) => columns.findIndex((c) => c.key === key));
    const sameAsFirst = columns.every((_, j) => slotOf.includes(j));
    const values = new Array<InsertValue>(list.length * width);
    const expressions: Expression[] = [];
    let missing = false;
    for (let i = 0, k = 0; i < list.length; i++, k += width) {
      const row = list[i]!;
      // The common row: the first row's keys in its order, plain values only, read by for-in
      // (each read is a load at a known place, where row[column.key] is a lookup by name).
      if (sameAsFirst) {
        let n = 0;
        let plain = true;
        for (const key in row) {
          if (key !== first[n]) {
            plain = false;
            break;
          }
          const j = slotOf[n++]!;
          if (j < 0) continue;
          const value = row[key];
          if (value === undefined || isExpression(value)) {
            plain = false;
            break;
          }
          checkValue(value, columns[j]!);
          values[k + j] = value;
        }
        if (plain && n === first.length) continue;
      }
      // Any other row: column by column, by name.
      for (let j = 0; j < width; j++) {
        const column = columns[j]!;
        const value = row[column.key];
        if (value === undefined) {
          values[k + j] = MISSING;
          missing = true;
        } else if (isExpression(value)) {
          const typed = operand(value, column);
          values[k + j] = typed;
          expressions.push(typed);
        } else {
          checkValue(value, column);
          values[k + j] = value;
        }
      }
    }
    return new InsertValues(columns, values, list.length, expressions, !missing && expressions.length === 0);
  }
}
