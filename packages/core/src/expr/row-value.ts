/**
 * Row values: `(a, b)` compared as a whole, `(a, b) > (1, 2)`,
 * `(a, b) IN ((1, 2), (3, 4))`.
 */
import { CompileError } from '../errors';
import { builtinTypes } from '../types/sql-type';
import { BinaryOperator, Expression, InList, ListParam, operand, SubqueryNode } from './expression';
import { Param } from './param';

/** The JavaScript values of a tuple of expressions. */
export type TupleValues<E extends readonly Expression[]> = { readonly [K in keyof E]: E[K] extends Expression<infer T> ? T | Expression<T> : never };

/** A row value compared with another: `(a, b) op (c, d)`. */
export class RowComparison extends Expression<boolean> {
  readonly kind = 'row-comparison';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly op: BinaryOperator,
    readonly left: RowValue,
    readonly right: RowValue,
  ) {
    super();
  }
}

/**
 * A row of expressions, compared element by element in order (the first
 * difference decides): native where the dialect has row values, written out
 * with AND / OR where it does not (Oracle's `<`, `>`).
 *
 * @example
 * ```ts
 * tuple(people.c.age, people.c.id).gt([40, 2])            // keyset pagination
 * tuple(orders.c.personId, orders.c.item).in([[1, 'book'], [3, 'pen']])
 * ```
 */
export class RowValue<E extends readonly Expression[] = readonly Expression[]> extends Expression<unknown> {
  readonly kind = 'row-value';
  readonly type = builtinTypes.unknown;
  constructor(readonly items: E) {
    super();
    if (items.length < 2) throw new CompileError('tuple() takes at least two expressions');
  }

  private row(values: TupleValues<E> | RowValue): RowValue {
    if (values instanceof RowValue) {
      if (values.items.length !== this.items.length) throw new CompileError(`a tuple of ${this.items.length} compared with one of ${values.items.length}`);
      return values;
    }
    if (!Array.isArray(values) || values.length !== this.items.length) {
      throw new CompileError(`a tuple of ${this.items.length} needs ${this.items.length} values`);
    }
    return new RowValue(this.items.map((item, i) => operand(values[i], item)));
  }

  /** `(a, b) = (x, y)` */
  override eq(other: TupleValues<E> | RowValue): Expression<boolean> {
    return new RowComparison('=', this, this.row(other));
  }
  /** `(a, b) <> (x, y)` */
  override ne(other: TupleValues<E> | RowValue): Expression<boolean> {
    return new RowComparison('<>', this, this.row(other));
  }
  /** `(a, b) < (x, y)` */
  override lt(other: TupleValues<E> | RowValue): Expression<boolean> {
    return new RowComparison('<', this, this.row(other));
  }
  /** `(a, b) <= (x, y)` */
  override lte(other: TupleValues<E> | RowValue): Expression<boolean> {
    return new RowComparison('<=', this, this.row(other));
  }
  /** `(a, b) > (x, y)` */
  override gt(other: TupleValues<E> | RowValue): Expression<boolean> {
    return new RowComparison('>', this, this.row(other));
  }
  /** `(a, b) >= (x, y)` */
  override gte(other: TupleValues<E> | RowValue): Expression<boolean> {
    return new RowComparison('>=', this, this.row(other));
  }
  /**
   * `(a, b) IN ((x, y), …)`, `IN (subquery)` selecting as many columns, or
   * `IN (:rows)` with a list parameter whose value is an array of rows
   * (`[[1, 'book'], [3, 'pen']]`), given when the prepared query runs.
   */
  override in(list: readonly TupleValues<E>[] | SubqueryNode | ListParam): Expression<boolean> {
    return new InList(this, this.rows(list), false);
  }
  /** `(a, b) NOT IN (…)` */
  override notIn(list: readonly TupleValues<E>[] | SubqueryNode | ListParam): Expression<boolean> {
    return new InList(this, this.rows(list), true);
  }

  private rows(list: readonly TupleValues<E>[] | SubqueryNode | ListParam): readonly RowValue[] | SubqueryNode | Param {
    if (Array.isArray(list)) return list.map((row: TupleValues<E>) => this.row(row));
    // Each element of a row parameter takes the type of the item it meets (see listParamIn).
    if (list instanceof Param) return list.asList();
    return list as SubqueryNode;
  }
}

/**
 * A row value of two or more expressions.
 *
 * @example
 * ```ts
 * select(people.c.id).from(people).where(tuple(people.c.age, people.c.id).gt([40, 2])).orderBy(people.c.age, people.c.id)
 * ```
 */
export function tuple<const E extends readonly Expression[]>(...items: E): RowValue<E> {
  for (const item of items) if (!(item instanceof Expression)) throw new CompileError('tuple() takes expressions');
  return new RowValue<E>(items);
}
