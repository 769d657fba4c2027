/**
 * DISTINCT ON emulated with ROW_NUMBER() for dialects without it:
 *
 * ```sql
 * SELECT <keys> FROM (
 *   SELECT <select list>, <ORDER BY expressions> AS alkahest_o<i>,
 *          ROW_NUMBER() OVER (PARTITION BY <on> ORDER BY <orderings>) AS alkahest_rn
 *   FROM … WHERE … GROUP BY … HAVING …) alkahest_d
 * WHERE alkahest_rn = 1 ORDER BY alkahest_o<i> … LIMIT …
 * ```
 *
 * The first row of each partition in ORDER BY order is the row PostgreSQL's
 * DISTINCT ON keeps; the outer query restores the order and the limit.
 */
import { Expression, Ordering } from '../expr/expression';
import { builtinTypes } from '../types/sql-type';
import { Select, SelectState } from './select';
import { columnsOf, selectFromSubquery } from './wrapped-select';

/** `ROW_NUMBER() OVER (PARTITION BY … ORDER BY …)`, for the emulation only. */
export class RowNumberOver extends Expression<number> {
  readonly kind = 'row-number-over';
  readonly type = builtinTypes.integer;
  constructor(
    readonly partitionBy: readonly Expression[],
    readonly orderBy: readonly Ordering[],
  ) {
    super();
  }
}

/** The SELECT that gives what `state` with DISTINCT ON gives, without DISTINCT ON. */
export function distinctOnEmulation(state: SelectState): Select {
  const orderColumns = state.orderBy.map((o, i) => ({ key: `alkahest_o${i + 1}`, expr: o.expr }));
  const inner = new Select({
    ...state,
    distinctOn: [],
    orderBy: [],
    limit: undefined,
    offset: undefined,
    withTies: false,
    lock: undefined,
    columns: [...state.columns, ...orderColumns, { key: 'alkahest_rn', expr: new RowNumberOver(state.distinctOn, state.orderBy) }],
  }).as('alkahest_d');
  const c = columnsOf(inner);
  return selectFromSubquery(state.columns, inner, {
    lock: state.lock,
    where: c['alkahest_rn']!.eq(1),
    orderBy: state.orderBy.map((o, i) => new Ordering(c[`alkahest_o${i + 1}`]!, o.direction, o.nulls)),
    limit: state.limit,
    offset: state.offset,
    withTies: state.withTies,
  });
}
