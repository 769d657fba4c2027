/**
 * Row limits a dialect cannot write, emulated with window functions: `FETCH
 * FIRST n ROWS WITH TIES` where the dialect lacks it (SQLite, MySQL, Oracle
 * 11g), and LIMIT / OFFSET counts that are expressions where the dialect takes
 * only numbers and parameters there (MySQL, MariaDB):
 *
 * ```sql
 * SELECT <keys> FROM (
 *   SELECT <select list>, ROW_NUMBER() OVER (ORDER BY <orderings>) AS alkahest_rn
 *          [, RANK() OVER (ORDER BY <orderings>) AS alkahest_rk]      -- WITH TIES
 *   FROM … WHERE … GROUP BY … HAVING …) alkahest_l
 * WHERE alkahest_rn > <offset> AND alkahest_rn <= <offset> + <limit>   -- alkahest_rk with ties
 * ORDER BY alkahest_rn
 * ```
 *
 * A row's RANK() is 1 + the number of rows before it in ORDER BY order, so
 * `rank <= offset + n` keeps the first offset + n rows and every row tied with
 * the last of them, as WITH TIES does; `row_number > offset` skips the offset.
 * A SELECT DISTINCT is made a subquery first, so that the row numbers count
 * distinct rows.
 */
import { CompileError } from '../errors';
import { Binary, Expression, LabelRef, Ordering } from '../expr/expression';
import { andAlso } from '../expr/operators';
import { win } from '../expr/window';
import { Select, SelectedColumn, SelectState } from './select';
import { columnsOf, selectFromSubquery } from './wrapped-select';

/** The error for WITH TIES without ORDER BY: the ties are ORDER BY's peers. */
export function withTiesNeedsOrder(): CompileError {
  return new CompileError('limit(n, { withTies: true }) (FETCH FIRST … WITH TIES) needs ORDER BY: rows tie by the ORDER BY keys; call orderBy()');
}

/** An ordering with a label (`desc('n')`) turned into the selected expression it names, for a window's ORDER BY. */
function resolveLabel(o: Ordering, columns: readonly SelectedColumn[]): Ordering {
  const label = o.expr;
  if (!(label instanceof LabelRef)) return o;
  const column = columns.find((c) => c.key === label.name);
  if (column === undefined) throw new CompileError(`ORDER BY ${JSON.stringify(label.name)}: no selected column has that name`);
  return new Ordering(column.expr, o.direction, o.nulls);
}

/** A SELECT DISTINCT as a subquery (with its ORDER BY expressions as columns), and a plain state reading it. */
function distinctFirst(state: SelectState): SelectState {
  const orderColumns = state.orderBy.map((o, i) => ({ key: `alkahest_o${i + 1}`, expr: resolveLabel(o, state.columns).expr }));
  const inner = new Select({ ...state, orderBy: [], limit: undefined, offset: undefined, withTies: false, lock: undefined, columns: [...state.columns, ...orderColumns] }).as('alkahest_d');
  const c = columnsOf(inner);
  const orderBy = state.orderBy.map((o, i) => new Ordering(c[`alkahest_o${i + 1}`]!, o.direction, o.nulls));
  return selectFromSubquery(state.columns, inner, { orderBy, lock: state.lock, limit: state.limit, offset: state.offset, withTies: state.withTies }).state;
}

/** The SELECT that gives what `state` (its CTEs aside) gives, its LIMIT / OFFSET / WITH TIES written with window functions. */
export function rowLimitEmulation(state: SelectState): Select {
  if (state.withTies && state.orderBy.length === 0) throw withTiesNeedsOrder();
  const source = state.distinct ? distinctFirst(state) : state;
  const window = { orderBy: source.orderBy.map((o) => resolveLabel(o, source.columns)) };
  const numbers = [{ key: 'alkahest_rn', expr: win.rowNumber().over(window) }];
  if (state.withTies) numbers.push({ key: 'alkahest_rk', expr: win.rank().over(window) });
  const inner = new Select({
    ...source,
    ctes: [],
    orderBy: [],
    limit: undefined,
    offset: undefined,
    withTies: false,
    lock: undefined,
    columns: [...source.columns, ...numbers],
  }).as('alkahest_l');
  const c = columnsOf(inner);
  const rowNumber = c['alkahest_rn']!;
  const { limit, offset } = state;
  let where: Expression<boolean> | undefined;
  if (offset !== undefined) where = rowNumber.gt(offset);
  if (limit !== undefined) {
    const last = offset === undefined ? limit : new Binary<number>('+', offset, limit, limit.type);
    where = andAlso(where, (state.withTies ? c['alkahest_rk']! : rowNumber).lte(last));
  }
  return selectFromSubquery(state.columns, inner, { lock: state.lock, where, orderBy: [rowNumber.asc()] });
}
