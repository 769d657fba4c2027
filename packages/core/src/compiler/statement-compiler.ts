/**
 * Compiling SELECT, INSERT, UPDATE and DELETE.
 */
import { CompileError, UnsupportedFeatureError } from '../errors';
import { Expression, LabelRef, Node, SubqueryNode } from '../expr/expression';
import type { Bind } from '../expr/expression';
import { ValuesQuery, valuesAsSelects } from '../statements/values-query';
import { Column, ColumnSource } from '../schema/column';
import { FromItem, Join } from '../schema/from';
import { Table } from '../schema/table';
import { Insert } from '../statements/dml';
import { InsertValues, MISSING } from '../statements/insert-values';
import type { Assignment, Delete, InsertSource, Update } from '../statements/dml';
import type { AnyColumn } from '../schema/table';
import type { OnConflict } from '../statements/upsert';
import { withExcluded } from './dml-scope';
import type { SelectedColumn } from '../statements/select';
import { LockClause, Select, SelectState, Subquery } from '../statements/select';
import { distinctOnEmulation } from '../statements/distinct-on';
import { rowLimitEmulation, withTiesNeedsOrder } from '../statements/row-limit';
import { CompoundSelect } from '../statements/compound';
import { CommonTableExpression, CteQuery } from '../statements/cte';
import type { CompileContext } from './context';
import type { NodeKind } from '../expr/node-kinds';
import { forEachNode } from '../expr/walk';
import { AnalyticsCompiler } from './analytics-compiler';

const COLUMN: ReadonlySet<NodeKind> = new Set<NodeKind>(['column']);
const SUBQUERIES: ReadonlySet<NodeKind> = new Set<NodeKind>(['select', 'compound']);

/** Collects the sources of the columns in an expression, not in its subqueries (for an implicit FROM). */
function collectSources(node: unknown, into: Set<ColumnSource>): void {
  forEachNode(node, COLUMN, (column) => into.add((column as Column).source), SUBQUERIES);
}

/** The source of an `INSERT … SELECT`. */
export type InsertSelectSource = Extract<InsertSource, { readonly kind: 'select' }>;

/**
 * Compiles SELECT, INSERT, UPDATE and DELETE (with upserts, RETURNING,
 * locking and multi-table forms). A layer of {@link SqlCompiler}.
 */
export abstract class StatementCompiler extends AnalyticsCompiler {
  // ----- FROM -----

  /** The sources a FROM item makes visible. */
  sourcesOf(item: FromItem<string, string>, into: ColumnSource[] = []): ColumnSource[] {
    if (item instanceof Join) {
      this.sourcesOf(item.left, into);
      this.sourcesOf(item.right, into);
    } else if (item instanceof Table || item instanceof Subquery || item instanceof CommonTableExpression) {
      into.push(item);
    } else {
      throw new CompileError(`cannot use a ${item.kind} in FROM`);
    }
    return into;
  }

  /** `table AS alias`; Oracle omits AS. */
  aliasSource(sql: string, alias: string): string {
    return `${sql} AS ${this.quoteIdentifier(alias)}`;
  }

  /** A table reference, with its schema and alias. */
  tableReference(table: Table): string {
    const name = this.quoteQualified(table.schema, table.name);
    return table.alias === undefined ? name : this.aliasSource(name, table.alias);
  }

  fromItem(item: FromItem<string, string>, ctx: CompileContext): string {
    if (item instanceof Table) return this.tableReference(item);
    if (item instanceof Subquery) {
      if (item.select instanceof ValuesQuery) return this.valuesFromItem(item.select, item.alias, ctx);
      const sql = this.aliasSource(`(${this.visitSubquery(item.select, ctx)})`, item.alias);
      return item.lateral ? this.lateral(sql) : sql;
    }
    if (item instanceof CommonTableExpression) {
      if (ctx.inlineCtes?.has(item)) {
        if (item.query instanceof ValuesQuery) return this.valuesFromItem(item.query, item.name, ctx);
        return this.aliasSource(`(${this.visitSubquery(item.query as SubqueryNode, ctx)})`, item.name);
      }
      return this.quoteIdentifier(item.name);
    }
    if (item instanceof Join) return this.join(item, ctx);
    throw new CompileError(`cannot use a ${item.kind} in FROM`);
  }

  /** A LATERAL subquery in FROM; dialects without LATERAL refuse it. */
  lateral(aliasedSubquery: string): string {
    return `LATERAL ${aliasedSubquery}`;
  }

  /** `WITH [RECURSIVE] a AS (…), …` before a statement, or ''. */
  withClause(ctes: readonly CommonTableExpression[], ctx: CompileContext): string {
    if (ctes.length === 0) return '';
    const definitions = ctes.map((c) => this.cteDefinition(c, ctx)).join(', ');
    return `WITH ${ctes.some((c) => c.recursive) ? this.recursiveKeyword() : ''}${definitions} `;
  }

  /** `RECURSIVE ` where the dialect writes it (Oracle does not). */
  recursiveKeyword(): string {
    return 'RECURSIVE ';
  }

  /** `name [(columns)] AS (query)` */
  cteDefinition(c: CommonTableExpression, ctx: CompileContext): string {
    if (c.query instanceof ValuesQuery) return this.valuesCte(c.name, c.query, ctx);
    const columns = c.columnNames === undefined ? '' : ` (${c.columnNames.map((n) => this.quoteIdentifier(n)).join(', ')})`;
    return `${this.quoteIdentifier(c.name)}${columns} AS (${ctx.withScope([], () => this.cteQuery(c.query, ctx))})`;
  }

  /** The query of a CTE: a SELECT or set operation, or a data-modifying statement. */
  cteQuery(query: CteQuery, ctx: CompileContext): string {
    if (query.kind === 'insert' || query.kind === 'update' || query.kind === 'delete') return this.dataModifyingCte(query as Insert | Update | Delete, ctx);
    return this.visitSubquery(query as SubqueryNode, ctx);
  }

  /** An INSERT, UPDATE or DELETE … RETURNING inside WITH: PostgreSQL only. */
  dataModifyingCte(node: Insert | Update | Delete, ctx: CompileContext): string {
    void node;
    void ctx;
    throw this.noDataModifyingCtes();
  }

  /** The error for an INSERT, UPDATE or DELETE in WITH where the dialect cannot run one. */
  noDataModifyingCtes(): UnsupportedFeatureError {
    return new UnsupportedFeatureError(
      'data-modifying CTEs (INSERT, UPDATE or DELETE in WITH)',
      this.dialect,
      'run the statements one after the other in a transaction, using RETURNING where the database has it',
    );
  }

  /** Where a DML statement's WITH goes: before it, into its INSERT … SELECT, or nowhere (each CTE inlined as a derived table). */
  dmlCtePlacement(node: Insert | Update | Delete): 'prefix' | 'select' | 'inline' {
    void node;
    return 'prefix';
  }

  /** Compiles an INSERT, UPDATE or DELETE with the CTEs of its `.with()` placed as the dialect needs. */
  withDmlCtes<N extends Insert | Update | Delete>(node: N, ctx: CompileContext, render: (node: N) => string): string {
    const ctes = node.clauses.ctes ?? [];
    if (ctes.length === 0) return render(node);
    const placement = this.dmlCtePlacement(node);
    if (placement === 'prefix') return this.withClause(ctes, ctx) + render(node);
    const insert = node as Insert;
    if (placement === 'select' && insert.kind === 'insert' && insert.source?.kind === 'select') {
      const { select } = insert.source;
      const withCtes = new Select({ ...select.state, ctes: [...ctes, ...select.state.ctes] });
      return render(new Insert(insert.table, { ...insert.source, select: withCtes }, { ...insert.clauses, ctes: [] }) as N);
    }
    for (const c of ctes) {
      if (c.recursive) throw new UnsupportedFeatureError(`WITH RECURSIVE in ${node.kind.toUpperCase()}`, this.dialect, 'select the rows first, or use a subquery');
      if (c.query.kind !== 'select' && c.query.kind !== 'compound' && c.query.kind !== 'values-query') throw this.noDataModifyingCtes();
    }
    const outer = ctx.inlineCtes;
    ctx.inlineCtes = new Set([...(outer ?? []), ...ctes]);
    try {
      return render(node);
    } finally {
      ctx.inlineCtes = outer;
    }
  }

  // ----- VALUES lists (statements/values-query.ts) -----

  /** Whether the dialect has a VALUES list whose columns can be named; else a UNION ALL of SELECTs stands for it (MySQL, Oracle). */
  supportsValuesLists(): boolean {
    return true;
  }

  /** `VALUES (…), (…)`: each value bound with its column's type. */
  valuesRows(node: ValuesQuery, ctx: CompileContext): string {
    return `VALUES ${node.rows.map((row, i) => `(${row.map((value) => this.valuesCell(value, i, ctx)).join(', ')})`).join(', ')}`;
  }

  /** One value of a VALUES list, in row `row`; PostgreSQL casts the first row's, so that the columns have their types. */
  valuesCell(value: Bind, row: number, ctx: CompileContext): string {
    void row;
    return this.expression(value, ctx);
  }

  /** The column names of a VALUES list, quoted: `(a, b)`. */
  valuesNames(node: ValuesQuery): string {
    return `(${node.names.map((n) => this.quoteIdentifier(n)).join(', ')})`;
  }

  /** A VALUES list in FROM: `(VALUES …) AS v (a, b)`; SQLite overrides (its columns are column1, …). */
  valuesFromItem(node: ValuesQuery, alias: string, ctx: CompileContext): string {
    if (!this.supportsValuesLists()) return this.fromItem(new Subquery(valuesAsSelects(node), alias), ctx);
    return `${this.aliasSource(`(${this.valuesRows(node, ctx)})`, alias)} ${this.valuesNames(node)}`;
  }

  /** A VALUES list as a CTE: `v (a, b) AS (VALUES …)`, or `v AS (SELECT … UNION ALL …)`. */
  valuesCte(name: string, node: ValuesQuery, ctx: CompileContext): string {
    if (!this.supportsValuesLists()) return `${this.quoteIdentifier(name)} AS (${ctx.withScope([], () => this.visitSubquery(valuesAsSelects(node), ctx))})`;
    return `${this.quoteIdentifier(name)} ${this.valuesNames(node)} AS (${this.valuesRows(node, ctx)})`;
  }

  /** The keyword of a join type. */
  joinKeyword(join: Join<string, string>): string {
    switch (join.joinType) {
      case 'inner':
        return 'INNER JOIN';
      case 'left':
        return 'LEFT OUTER JOIN';
      case 'right':
        return 'RIGHT OUTER JOIN';
      case 'full':
        return 'FULL OUTER JOIN';
      case 'cross':
        return 'CROSS JOIN';
    }
  }

  join(join: Join<string, string>, ctx: CompileContext): string {
    const right = join.right instanceof Join ? `(${this.join(join.right, ctx)})` : this.fromItem(join.right, ctx);
    const on = join.on === undefined ? '' : ` ON ${this.predicate(join.on, ctx)}`;
    return `${this.fromItem(join.left, ctx)} ${this.joinKeyword(join)} ${right}${on}`;
  }

  /** FROM when a SELECT has none; Oracle says FROM DUAL. */
  emptyFrom(): string {
    return '';
  }

  // ----- SELECT -----

  visitSubquery(node: SubqueryNode, ctx: CompileContext): string {
    if (node instanceof Select) return this.select(node, ctx);
    if (node instanceof CompoundSelect) return this.compound(node, ctx);
    throw new CompileError(`cannot use a ${node.kind} as a subquery`);
  }

  /** A set operation (compiler/set-operation-compiler.ts). */
  abstract compound(node: CompoundSelect, ctx: CompileContext): string;

  /** The FROM items of a select: explicit, or the one table its columns come from. */
  selectFrom(state: SelectState, ctx: CompileContext): readonly FromItem<string, string>[] {
    if (state.from.length > 0) return state.from;
    const sources = new Set<ColumnSource>();
    state.columns.forEach((c) => collectSources(c.expr, sources));
    const own = [...sources].filter((s) => !ctx.isVisible(s));
    if (own.length === 0) return [];
    if (own.length > 1) {
      throw new CompileError(
        `the select list uses ${own.map((s) => s.referenceName).join(', ')}: name the FROM clause with .from() (joins included)`,
      );
    }
    return [own[0] as unknown as FromItem<string, string>];
  }

  /** The select list: each column with an alias when its key is not its natural name. */
  selectList(state: SelectState, ctx: CompileContext): string {
    const comparedRows = state.distinct || state.groupBy.length > 0 || ctx.comparedSelectList;
    ctx.comparedSelectList = false;
    return state.columns
      .map(({ key, expr }) => {
        const value = this.value(expr, ctx);
        // Under DISTINCT and in a set operation the items are compared; under GROUP BY they must match the (compared) grouping keys.
        const sql = comparedRows ? this.compared(expr, value) : value;
        const natural = sql === value && expr instanceof Column && expr.name === key;
        return natural ? sql : `${sql} AS ${this.quoteIdentifier(key)}`;
      })
      .join(', ');
  }

  /** LIMIT / OFFSET; dialects override the form. */
  limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    let out = '';
    if (limit !== undefined) out += ` LIMIT ${this.rowCountSql(limit, ctx)}`;
    if (offset !== undefined) out += ` OFFSET ${this.rowCountSql(offset, ctx)}`;
    return out;
  }

  /** A row count: a bound value, parameter or subquery as it is, any other expression in parentheses (as FETCH FIRST needs it). */
  rowCountSql(count: Expression, ctx: CompileContext): string {
    const sql = this.expression(count, ctx);
    return count.kind === 'bind' || count.kind === 'param' || count.kind === 'scalar-subquery' ? sql : `(${sql})`;
  }

  /** `[OFFSET m ROWS] FETCH FIRST n ROWS WITH TIES` (SQL:2008; PostgreSQL 13+, MariaDB 10.6+, Oracle 12c+). */
  fetchWithTies(limit: Expression, offset: Expression | undefined, ctx: CompileContext): string {
    const skip = offset === undefined ? '' : ` OFFSET ${this.rowCountSql(offset, ctx)} ROWS`;
    return `${skip} FETCH FIRST ${this.rowCountSql(limit, ctx)} ROWS WITH TIES`;
  }

  /** Whether the dialect writes FETCH FIRST … WITH TIES; where it does not, it is emulated with RANK() (statements/row-limit.ts). */
  supportsWithTies(): boolean {
    return true;
  }

  /** Whether LIMIT / OFFSET takes this count as it is; MySQL takes numbers and parameters only, and other counts are emulated. */
  takesRowCount(count: Expression): boolean {
    void count;
    return true;
  }

  /** Whether a SELECT's row limit must be emulated with window functions (statements/row-limit.ts). */
  emulatesRowLimit(state: SelectState): boolean {
    const { limit, offset } = state;
    if (state.withTies) {
      if (state.orderBy.length === 0) throw withTiesNeedsOrder();
      if (!this.supportsWithTies()) return true;
    }
    return (limit !== undefined && !this.takesRowCount(limit)) || (offset !== undefined && !this.takesRowCount(offset));
  }

  /** ORDER BY items; label references must name a selected column. */
  orderBy(state: SelectState, ctx: CompileContext): string {
    for (const o of state.orderBy) {
      const label = o.expr;
      if (label instanceof LabelRef && !state.columns.some((c) => c.key === label.name)) {
        throw new CompileError(`ORDER BY ${JSON.stringify(label.name)}: no selected column has that name`);
      }
    }
    return state.orderBy.map((o) => this.ordering(o, ctx)).join(', ');
  }

  /** Whether SELECT DISTINCT ON exists (PostgreSQL); elsewhere it is emulated. */
  readonly supportsDistinctOn: boolean = false;

  select(node: Select<never[], string> | Select, ctx: CompileContext): string {
    if (node.state.distinctOn.length > 0 && !this.supportsDistinctOn) {
      const { ctes } = node.state;
      return this.withClause(ctes, ctx) + this.select(distinctOnEmulation({ ...node.state, ctes: [] }), ctx);
    }
    if ((node.state.limit !== undefined || node.state.offset !== undefined) && this.emulatesRowLimit(node.state)) {
      return this.withClause(node.state.ctes, ctx) + this.select(rowLimitEmulation(node.state), ctx);
    }
    const state = node.state;
    const from = this.selectFrom(state, ctx);
    const sources: ColumnSource[] = [];
    for (const item of from) this.sourcesOf(item, sources);
    const withClause = this.withClause(state.ctes, ctx);
    return withClause + ctx.withScope(sources, () => this.withWindows(state.windows, ctx, () => this.selectBody(state, from, ctx)));
  }

  /** The SELECT text once FROM is known and its sources are in scope. */
  selectBody(state: SelectState, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    const distinctOn = state.distinctOn.length > 0 ? `DISTINCT ON (${state.distinctOn.map((e) => this.expression(e, ctx)).join(', ')}) ` : '';
    let sql = `SELECT ${state.distinct ? 'DISTINCT ' : ''}${distinctOn}${this.selectList(state, ctx)}`;
    sql += from.length > 0 ? ` FROM ${from.map((f) => this.fromItem(f, ctx)).join(', ')}` : this.emptyFrom();
    const { where, having } = state;
    if (where) sql += ` WHERE ${this.withoutWindows('WHERE', ctx, () => this.predicate(where, ctx))}`;
    sql += this.groupByClause(state, ctx);
    if (having) sql += ` HAVING ${this.withoutWindows('HAVING', ctx, () => this.predicate(having, ctx))}`;
    sql += this.windowClause(state, ctx);
    if (state.orderBy.length > 0) sql += ` ORDER BY ${this.orderBy(state, ctx)}`;
    sql += state.withTies && state.limit !== undefined ? this.fetchWithTies(state.limit, state.offset, ctx) : this.limitOffset(state.limit, state.offset, ctx);
    if (state.lock !== undefined) sql += this.lockClause(state.lock, ctx);
    return sql;
  }

  /** ` FOR UPDATE [OF t] [NOWAIT | SKIP LOCKED]` / ` FOR SHARE …` */
  lockClause(lock: LockClause, ctx: CompileContext): string {
    void ctx;
    const of = lock.of.length > 0 ? ` OF ${lock.of.map((t) => this.quoteIdentifier(t.referenceName)).join(', ')}` : '';
    return ` FOR ${lock.mode === 'update' ? 'UPDATE' : 'SHARE'}${of}${lock.wait === 'wait' ? '' : ` ${lock.wait.toUpperCase()}`}`;
  }

  // ----- INSERT -----

  /** The table named by INSERT/UPDATE/DELETE (aliases are not allowed there). */
  targetTable(table: Table, what: string): string {
    if (table.alias !== undefined) throw new CompileError(`${what} ${table.alias}: give the table itself, not an alias`);
    return this.quoteQualified(table.schema, table.name);
  }

  /**
   * The value of a column a multi-row INSERT leaves out. Standard SQL says
   * `DEFAULT`; dialects without it (SQLite) render the column's default.
   */
  missingValue(column: Column, ctx: CompileContext): string {
    void column;
    void ctx;
    return 'DEFAULT';
  }

  /** `INSERT INTO t DEFAULT VALUES`, or the dialect's equivalent. */
  insertDefaultValues(table: string, node: Insert): string {
    void node;
    return `INSERT INTO ${table} DEFAULT VALUES`;
  }

  /** The column rows of defaults name: the table's auto-incrementing key, else its first column. */
  defaultRowsColumn(node: Insert): Column {
    const columns = node.table.columns as readonly Column[];
    const column = columns.find((c) => c.spec.primaryKey && c.spec.autoIncrement) ?? columns[0];
    if (column === undefined) throw new CompileError(`insert into ${node.table.name}: the table has no columns`);
    return column;
  }

  /**
   * Several rows of defaults (`insert(t).values([{}, {}])`): `INSERT INTO t
   * (c) VALUES (DEFAULT), (DEFAULT)`, with `c` from {@link defaultRowsColumn}
   * written as {@link missingValue} (SQLite: NULL or its default); MySQL
   * writes `() , ()`, Oracle a UNION ALL of SELECTs from DUAL.
   */
  insertDefaultRows(table: string, node: Insert, count: number, ctx: CompileContext): string {
    const column = this.defaultRowsColumn(node);
    const tuples: string[] = [];
    for (let i = 0; i < count; i++) tuples.push(`(${this.missingValue(column, ctx)})`);
    return `INSERT INTO ${table} (${this.quoteIdentifier(column.name)}) VALUES ${tuples.join(', ')}`;
  }

  insert(node: Insert, ctx: CompileContext): string {
    const table = this.targetTable(node.table, 'insert into');
    const source = node.source;
    if (source === undefined) throw new CompileError(`insert into ${node.table.name} has no values: call values(), defaultValues() or fromSelect()`);
    const onConflict = node.clauses.onConflict;
    let sql: string;
    if (source.kind === 'default-values') {
      if (onConflict) throw new CompileError(`insert into ${node.table.name}: onConflict() needs values() or fromSelect()`);
      sql = this.insertDefaultValues(table, node);
    } else if (source.kind === 'select') {
      sql = this.insertSelect(table, node, source, ctx);
    } else if (source.columns.length === 0) {
      // insert(t).values([{}, {}, {}]): rows of defaults only.
      if (onConflict) throw new CompileError(`insert into ${node.table.name}: onConflict() needs rows that give a column`);
      sql = source.length === 1 ? this.insertDefaultValues(table, node) : this.insertDefaultRows(table, node, source.length, ctx);
    } else {
      sql = this.insertValues(table, node, source, ctx);
    }
    if (onConflict) sql += this.onConflictClause(node, onConflict, ctx);
    return sql + this.returningClause(node, ctx);
  }

  /** `INSERT INTO t (cols) SELECT …` */
  insertSelect(table: string, node: Insert, source: InsertSelectSource, ctx: CompileContext): string {
    void node;
    const cols = source.columns.map((c) => this.quoteIdentifier(c.name)).join(', ');
    return `INSERT INTO ${table} (${cols}) ${ctx.withScope([], () => this.select(source.select, ctx))}`;
  }

  /** An upsert's `ON CONFLICT (keys) DO NOTHING | DO UPDATE SET … [WHERE …]` (PostgreSQL, SQLite). */
  onConflictClause(node: Insert, onConflict: OnConflict, ctx: CompileContext): string {
    const target = onConflict.target.map((c) => this.quoteIdentifier(c.name)).join(', ');
    const action = onConflict.action;
    if (action.kind === 'nothing') return ` ON CONFLICT (${target}) DO NOTHING`;
    const excluded = { table: node.table, render: (c: AnyColumn) => `EXCLUDED.${this.quoteIdentifier(c.name)}` };
    const update = ctx.withScope([node.table], () =>
      withExcluded(ctx, excluded, () => {
        const sets = this.assignmentList(node.table, action.set, ctx);
        return action.where === undefined ? sets : `${sets} WHERE ${this.predicate(action.where, ctx)}`;
      }),
    );
    return ` ON CONFLICT (${target}) DO UPDATE SET ${update}`;
  }

  /** ` RETURNING a, b AS "n"` for a statement with `.returning()`, or ''. */
  returningClause(node: Insert | Update | Delete, ctx: CompileContext): string {
    const items = node.clauses.returning;
    if (items === undefined) return '';
    return ` RETURNING ${ctx.withScope(this.dmlSources(node), () => this.returningList(items, ctx))}`;
  }

  /** A RETURNING list: each item with an alias when its key is not its natural name. */
  returningList(items: readonly SelectedColumn[], ctx: CompileContext): string {
    return items
      .map(({ key, expr }) => {
        const sql = this.value(expr, ctx);
        return expr instanceof Column && expr.name === key ? sql : `${sql} AS ${this.quoteIdentifier(key)}`;
      })
      .join(', ');
  }

  /** The sources a DML statement makes visible: its table, and the tables of FROM / USING. */
  dmlSources(node: Insert | Update | Delete): ColumnSource[] {
    const sources: ColumnSource[] = [node.table];
    const extra = node.kind === 'update' ? node.clauses.from : node.kind === 'delete' ? node.clauses.using : undefined;
    for (const item of extra ?? []) this.sourcesOf(item, sources);
    return sources;
  }

  /** The columns a multi-row insert names: every key any row gives, in table order. */
  insertColumns(node: Insert, rows: InsertValues): Column[] {
    if (rows.columns.length === 0) {
      throw new CompileError(`insert into ${node.table.name}: no row gives any column; use defaultValues() to insert a row of defaults`);
    }
    return rows.columns as Column[];
  }

  /**
   * One value of an INSERT's rows (row `i`, column `j`): a plain value bound
   * with its column's type, an expression compiled as a value, or for a
   * column the row leaves out, {@link missingValue}.
   */
  insertValue(rows: InsertValues, i: number, j: number, ctx: CompileContext): string {
    const value = rows.value(i, j);
    const column = rows.columns[j]!;
    if (value === MISSING) return this.missingValue(column, ctx);
    if (value instanceof Expression) return this.value(value, ctx);
    const slots = ctx.rowSlots?.get(rows);
    if (slots !== undefined) ctx.pendingSource = { from: 'bind', slot: slots[i * rows.columns.length + j]!, type: column.type };
    return this.bind(value, column.type, ctx);
  }

  /** The VALUES tuples of an insert, one per row, in the order of `rows.columns`. */
  valueTuples(rows: InsertValues, ctx: CompileContext): string[] {
    const columns = rows.columns;
    const width = columns.length;
    const slots = ctx.rowSlots?.get(rows);
    const values = rows.values;
    const out = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      let sql = '(';
      for (let j = 0; j < width; j++) {
        if (j > 0) sql += ', ';
        const value = values[i * width + j];
        if (value === MISSING || value instanceof Expression) {
          sql += this.insertValue(rows, i, j, ctx);
          continue;
        }
        // The common case inline: a plain value bound with its column's type.
        const type = columns[j]!.type;
        if (slots !== undefined) ctx.pendingSource = { from: 'bind', slot: slots[i * width + j]!, type };
        sql += this.bind(value, type, ctx);
      }
      out[i] = sql + ')';
    }
    return out;
  }

  insertValues(table: string, node: Insert, rows: InsertValues, ctx: CompileContext): string {
    const columns = this.insertColumns(node, rows);
    const tuples = ctx.withScope([], () => this.valueTuples(rows, ctx));
    return `INSERT INTO ${table} (${columns.map((c) => this.quoteIdentifier(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`;
  }

  // ----- UPDATE / DELETE -----

  update(node: Update, ctx: CompileContext): string {
    const table = this.targetTable(node.table, 'update');
    if (node.assignments.length === 0) throw new CompileError(`update ${node.table.name} sets nothing: call set()`);
    const from = node.clauses.from ?? [];
    return ctx.withScope(this.dmlSources(node), () => {
      if (from.length > 0) return this.updateFrom(table, node, from, ctx) + this.returningClause(node, ctx);
      // Parts are compiled in the order they are written: placeholders are numbered as they are met.
      const sets = this.assignmentList(node.table, node.assignments, ctx);
      const where = node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : '';
      return `UPDATE ${table} SET ${sets}${where}${this.returningClause(node, ctx)}`;
    });
  }

  /** `col = value, …` of UPDATE SET and DO UPDATE SET (MySQL orders them: it applies them left to right). */
  assignmentList(table: Table, assignments: readonly Assignment[], ctx: CompileContext): string {
    void table;
    return assignments.map((a) => `${this.quoteIdentifier(a.column.name)} = ${this.value(a.value, ctx)}`).join(', ');
  }

  /** `UPDATE t SET … FROM other WHERE …` (PostgreSQL, SQLite 3.33+); MySQL and Oracle override. */
  updateFrom(table: string, node: Update, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    const sets = this.assignmentList(node.table, node.assignments, ctx);
    const items = from.map((f) => this.fromItem(f, ctx)).join(', ');
    const where = node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : '';
    return `UPDATE ${table} SET ${sets} FROM ${items}${where}`;
  }

  delete(node: Delete, ctx: CompileContext): string {
    const table = this.targetTable(node.table, 'delete from');
    const using = node.clauses.using ?? [];
    return ctx.withScope(this.dmlSources(node), () => {
      if (using.length > 0) return this.deleteUsing(table, node, using, ctx) + this.returningClause(node, ctx);
      return `DELETE FROM ${table}${node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : ''}${this.returningClause(node, ctx)}`;
    });
  }

  /** `DELETE FROM t USING other WHERE …` (PostgreSQL); other dialects override. */
  deleteUsing(table: string, node: Delete, using: readonly FromItem<string, string>[], ctx: CompileContext): string {
    const items = using.map((f) => this.fromItem(f, ctx)).join(', ');
    const where = node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : '';
    return `DELETE FROM ${table} USING ${items}${where}`;
  }

  /** `EXISTS (SELECT 1 FROM items [WHERE condition])`: how DELETE … USING and Oracle's UPDATE … FROM are emulated. */
  existsIn(items: readonly FromItem<string, string>[], condition: Expression | undefined, ctx: CompileContext): string {
    const from = items.map((f) => this.fromItem(f, ctx)).join(', ');
    const where = condition === undefined ? '' : ` WHERE ${this.predicate(condition, ctx)}`;
    return `EXISTS (SELECT 1 FROM ${from}${where})`;
  }

  /** Whether a node is a statement this layer compiles. */
  isDml(node: Node): boolean {
    return node.kind === 'select' || node.kind === 'insert' || node.kind === 'update' || node.kind === 'delete';
  }
}
