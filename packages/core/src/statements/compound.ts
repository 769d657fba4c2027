/**
 * Set operations: UNION [ALL], INTERSECT [ALL], EXCEPT [ALL] of queries.
 */
import { CompileError } from '../errors';
import { Expression, LabelRef, Ordering } from '../expr/expression';
import type { Param } from '../expr/param';
import { checkIdentifier } from '../expr/sql-template';
import { rowCount, Select, SelectedColumn, Subquery } from './select';

/** A set operator. */
export type SetOperator = 'union' | 'union all' | 'intersect' | 'intersect all' | 'except' | 'except all';

/** A query a set operation combines: a SELECT or another set operation. */
export type QueryExpression<Row = Record<string, unknown>> = (Select & { readonly __row: Row }) | CompoundSelect<Row>;

/** The state of a set operation. */
export interface CompoundState {
  readonly operator: SetOperator;
  readonly members: readonly (Select | CompoundSelect)[];
  readonly orderBy: readonly Ordering[];
  readonly limit: Expression | undefined;
  readonly offset: Expression | undefined;
}

/**
 * Queries combined by a set operator. Its columns are the first query's;
 * ORDER BY names them (`asc('name')`). Usable wherever a SELECT is: in FROM
 * with `.as()`, in IN, EXISTS, as a CTE.
 *
 * @example
 * ```ts
 * const everyone = union(select(staff.c.name).from(staff), select(guests.c.name).from(guests)).orderBy(asc('name')).limit(10);
 * ```
 */
export class CompoundSelect<Row = Record<string, unknown>> {
  readonly kind = 'compound';
  declare readonly __row: Row;
  constructor(readonly state: CompoundState) {}

  /** The columns, as the first query names them. */
  get selectedColumns(): readonly SelectedColumn[] {
    return this.state.members[0]!.selectedColumns;
  }

  /** Result columns for decoding rows: the first query's names, each with the first query's type. */
  get resultColumns(): readonly { readonly key: string; readonly type: Expression['type'] }[] {
    return this.selectedColumns.map((c) => ({ key: c.key, type: c.expr.type }));
  }

  /** ORDER BY of the whole result, by column name (`asc('name')`, `desc('n').nullsLast()`). */
  orderBy(...items: (Ordering | string)[]): CompoundSelect<Row> {
    const orderings = items.map((item) => {
      const ordering = typeof item === 'string' ? new Ordering(new LabelRef(item), 'asc', undefined) : item;
      if (!(ordering instanceof Ordering) || !(ordering.expr instanceof LabelRef)) {
        throw new CompileError("a set operation is ordered by the names of its columns: orderBy(asc('name')) or orderBy('name')");
      }
      if (!this.selectedColumns.some((c) => c.key === (ordering.expr as LabelRef).name)) {
        throw new CompileError(`ORDER BY ${JSON.stringify((ordering.expr as LabelRef).name)}: the set operation has no column of that name`);
      }
      return ordering;
    });
    return new CompoundSelect<Row>({ ...this.state, orderBy: [...this.state.orderBy, ...orderings] });
  }
  /** LIMIT of the whole result. */
  limit(count: number | Param): CompoundSelect<Row> {
    return new CompoundSelect<Row>({ ...this.state, limit: rowCount(count, 'limit') });
  }
  /** OFFSET of the whole result. */
  offset(count: number | Param): CompoundSelect<Row> {
    return new CompoundSelect<Row>({ ...this.state, offset: rowCount(count, 'offset') });
  }
  /** This set operation as a named subquery, usable in FROM with columns in `.c`. */
  as<A extends string>(alias: A): Subquery<A, Row> {
    checkIdentifier(alias, 'subquery alias');
    return new Subquery<A, Row>(this, alias);
  }
}

function combine<Row>(operator: SetOperator, queries: readonly QueryExpression<Row>[]): CompoundSelect<Row> {
  if (queries.length < 2) throw new CompileError(`${operator.toUpperCase()} needs at least two queries`);
  const width = queries[0]!.selectedColumns.length;
  queries.forEach((q, i) => {
    if (!(q instanceof Select) && !(q instanceof CompoundSelect)) throw new CompileError(`${operator.toUpperCase()} takes queries; item ${i + 1} is not one`);
    if (q.selectedColumns.length !== width) {
      throw new CompileError(`${operator.toUpperCase()}: query ${i + 1} selects ${q.selectedColumns.length} columns, the first selects ${width}`);
    }
  });
  return new CompoundSelect<Row>({ operator, members: queries as readonly (Select | CompoundSelect)[], orderBy: [], limit: undefined, offset: undefined });
}

/**
 * `a UNION b UNION …`: the rows of every query, duplicates removed.
 *
 * @example
 * ```ts
 * union(select(people.c.city).from(people), select(offices.c.city).from(offices))
 * ```
 */
export function union<Row>(first: QueryExpression<Row>, ...rest: QueryExpression<Row>[]): CompoundSelect<Row> {
  return combine('union', [first, ...rest]);
}
/**
 * `a UNION ALL b …`: every row of every query, duplicates kept.
 *
 * @example
 * ```ts
 * unionAll(select(people.c.city).from(people), select(offices.c.city).from(offices))
 * ```
 */
export function unionAll<Row>(first: QueryExpression<Row>, ...rest: QueryExpression<Row>[]): CompoundSelect<Row> {
  return combine('union all', [first, ...rest]);
}
/**
 * `a INTERSECT b …`: rows in every query, duplicates removed.
 *
 * @example
 * ```ts
 * intersect(select(people.c.city).from(people), select(offices.c.city).from(offices))
 * ```
 */
export function intersect<Row>(first: QueryExpression<Row>, ...rest: QueryExpression<Row>[]): CompoundSelect<Row> {
  return combine('intersect', [first, ...rest]);
}
/**
 * `a INTERSECT ALL b …`: rows in every query, as many times as the query with fewest has them.
 *
 * @example
 * ```ts
 * intersectAll(select(people.c.city).from(people), select(offices.c.city).from(offices))
 * ```
 */
export function intersectAll<Row>(first: QueryExpression<Row>, ...rest: QueryExpression<Row>[]): CompoundSelect<Row> {
  return combine('intersect all', [first, ...rest]);
}
/**
 * `a EXCEPT b …` (MINUS on Oracle): rows of the first query in none of the others, duplicates removed.
 *
 * @example
 * ```ts
 * except(select(people.c.city).from(people), select(offices.c.city).from(offices))
 * ```
 */
export function except<Row>(first: QueryExpression<Row>, ...rest: QueryExpression<Row>[]): CompoundSelect<Row> {
  return combine('except', [first, ...rest]);
}
/**
 * `a EXCEPT ALL b …`: the first query's rows less as many copies as the others have.
 *
 * @example
 * ```ts
 * exceptAll(select(people.c.city).from(people), select(offices.c.city).from(offices))
 * ```
 */
export function exceptAll<Row>(first: QueryExpression<Row>, ...rest: QueryExpression<Row>[]): CompoundSelect<Row> {
  return combine('except all', [first, ...rest]);
}
