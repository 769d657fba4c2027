/**
 * Compiling SELECT, INSERT, UPDATE and DELETE.
 */
import { CompileError } from '../errors';
import { Expression, LabelRef, Node, SubqueryNode } from '../expr/expression';
import { Column, ColumnSource } from '../schema/column';
import { FromItem, Join } from '../schema/from';
import { Table } from '../schema/table';
import type { Assignment, Delete, Insert, Update } from '../statements/dml';
import { Select, SelectState, Subquery } from '../statements/select';
import type { CompileContext } from './context';
import { ExpressionCompiler } from './expression-compiler';

/** Collects the sources of the columns in an expression (for an implicit FROM). */
function collectSources(node: unknown, into: Set<ColumnSource>): void {
  if (node instanceof Column) {
    into.add(node.source);
    return;
  }
  if (node === null || typeof node !== 'object' || node instanceof Select || !('kind' in node)) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => collectSources(v, into));
    else if (value instanceof Expression) collectSources(value, into);
  }
}

export abstract class StatementCompiler extends ExpressionCompiler {
  // ----- FROM -----

  /** The sources a FROM item makes visible. */
  sourcesOf(item: FromItem<string, string>, into: ColumnSource[] = []): ColumnSource[] {
    if (item instanceof Join) {
      this.sourcesOf(item.left, into);
      this.sourcesOf(item.right, into);
    } else if (item instanceof Table || item instanceof Subquery) {
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
    if (item instanceof Subquery) return this.aliasSource(`(${this.visitSubquery(item.select, ctx)})`, item.alias);
    if (item instanceof Join) return this.join(item, ctx);
    throw new CompileError(`cannot use a ${item.kind} in FROM`);
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
    throw new CompileError(`cannot use a ${node.kind} as a subquery`);
  }

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
    return state.columns
      .map(({ key, expr }) => {
        const sql = this.value(expr, ctx);
        const natural = expr instanceof Column && expr.name === key;
        return natural ? sql : `${sql} AS ${this.quoteIdentifier(key)}`;
      })
      .join(', ');
  }

  /** LIMIT / OFFSET; dialects override the form. */
  limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    let out = '';
    if (limit !== undefined) out += ` LIMIT ${this.expression(limit, ctx)}`;
    if (offset !== undefined) out += ` OFFSET ${this.expression(offset, ctx)}`;
    return out;
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

  select(node: Select<never[], string> | Select, ctx: CompileContext): string {
    const state = node.state;
    const from = this.selectFrom(state, ctx);
    const sources: ColumnSource[] = [];
    for (const item of from) this.sourcesOf(item, sources);
    return ctx.withScope(sources, () => this.selectBody(state, from, ctx));
  }

  /** The SELECT text once FROM is known and its sources are in scope. */
  selectBody(state: SelectState, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    let sql = `SELECT ${state.distinct ? 'DISTINCT ' : ''}${this.selectList(state, ctx)}`;
    sql += from.length > 0 ? ` FROM ${from.map((f) => this.fromItem(f, ctx)).join(', ')}` : this.emptyFrom();
    if (state.where) sql += ` WHERE ${this.predicate(state.where, ctx)}`;
    if (state.groupBy.length > 0) sql += ` GROUP BY ${state.groupBy.map((g) => this.expression(g, ctx)).join(', ')}`;
    if (state.having) sql += ` HAVING ${this.predicate(state.having, ctx)}`;
    if (state.orderBy.length > 0) sql += ` ORDER BY ${this.orderBy(state, ctx)}`;
    sql += this.limitOffset(state.limit, state.offset, ctx);
    return sql;
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

  insert(node: Insert, ctx: CompileContext): string {
    const table = this.targetTable(node.table, 'insert into');
    const source = node.source;
    if (source === undefined) throw new CompileError(`insert into ${node.table.name} has no values: call values(), defaultValues() or fromSelect()`);
    if (source.kind === 'default-values') return this.insertDefaultValues(table, node);
    if (source.kind === 'select') {
      const cols = source.columns.map((c) => this.quoteIdentifier(c.name)).join(', ');
      return `INSERT INTO ${table} (${cols}) ${ctx.withScope([], () => this.select(source.select, ctx))}`;
    }
    return this.insertValues(table, node, source.rows, ctx);
  }

  /** The columns a multi-row insert names: every key any row gives, in table order. */
  insertColumns(node: Insert, rows: readonly (readonly Assignment[])[]): Column[] {
    const used = new Set<string>();
    for (const row of rows) for (const a of row) used.add(a.column.key);
    if (used.size === 0) {
      throw new CompileError(`insert into ${node.table.name}: no row gives any column; use defaultValues() to insert a row of defaults`);
    }
    return node.table.columns.filter((c) => used.has(c.key));
  }

  /** The VALUES tuples of an insert, one per row, columns in `columns` order. */
  valueTuples(columns: readonly Column[], rows: readonly (readonly Assignment[])[], ctx: CompileContext): string[] {
    return rows.map((row) => {
      const values = columns.map((col) => {
        const a = row.find((x) => x.column.key === col.key);
        return a ? this.value(a.value, ctx) : this.missingValue(col, ctx);
      });
      return `(${values.join(', ')})`;
    });
  }

  insertValues(table: string, node: Insert, rows: readonly (readonly Assignment[])[], ctx: CompileContext): string {
    const columns = this.insertColumns(node, rows);
    const tuples = ctx.withScope([], () => this.valueTuples(columns, rows, ctx));
    return `INSERT INTO ${table} (${columns.map((c) => this.quoteIdentifier(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`;
  }

  // ----- UPDATE / DELETE -----

  update(node: Update, ctx: CompileContext): string {
    const table = this.targetTable(node.table, 'update');
    if (node.assignments.length === 0) throw new CompileError(`update ${node.table.name} sets nothing: call set()`);
    return ctx.withScope([node.table], () => {
      const sets = node.assignments.map((a) => `${this.quoteIdentifier(a.column.name)} = ${this.value(a.value, ctx)}`).join(', ');
      const where = node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : '';
      return `UPDATE ${table} SET ${sets}${where}`;
    });
  }

  delete(node: Delete, ctx: CompileContext): string {
    const table = this.targetTable(node.table, 'delete from');
    return ctx.withScope([node.table], () => `DELETE FROM ${table}${node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : ''}`);
  }

  /** Whether a node is a statement this layer compiles. */
  isDml(node: Node): boolean {
    return node.kind === 'select' || node.kind === 'insert' || node.kind === 'update' || node.kind === 'delete';
  }
}
