/**
 * Compiling INSERT, UPDATE and DELETE.
 */
import { CompileError, UnsupportedFeatureError } from '../errors';
import { Expression } from '../expr/expression';
import { Column, ColumnSource } from '../schema/column';
import type { FromItem } from '../schema/from';
import { Table } from '../schema/table';
import { Insert } from '../statements/dml';
import { InsertValues, isExpression, MISSING } from '../statements/insert-values';
import type { Assignment, Delete, InsertSource, Update } from '../statements/dml';
import type { AnyColumn } from '../schema/table';
import type { OnConflict } from '../statements/upsert';
import { withExcluded } from './dml-scope';
import type { SelectedColumn } from '../statements/select';
import { Select } from '../statements/select';
import type { CompileContext } from './context';
import { SetOperationCompiler } from './set-operation-compiler';

/** The source of an `INSERT … SELECT`. */
export type InsertSelectSource = Extract<InsertSource, { readonly kind: 'select' }>;

/**
 * Compiles INSERT, UPDATE and DELETE: rows of values and of defaults,
 * INSERT … SELECT, upserts, RETURNING, multi-table UPDATE and DELETE, and
 * where their WITH goes. A layer of {@link SqlCompiler}.
 */
export abstract class DmlCompiler extends SetOperationCompiler {
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

  /**
   * The VALUES rows of an insert, `(…), (…)`, each in the order of
   * `rows.columns`. Written as one string from the start: building a string
   * per row and joining them would copy every row's text once more.
   */
  valueRows(rows: InsertValues, ctx: CompileContext): string {
    const columns = rows.columns;
    const width = columns.length;
    const slots = ctx.rowSlots?.get(rows);
    const values = rows.values;
    // Rows of plain values only (the common case) need no test of each value.
    const plain = rows.plain;
    let sql = '';
    for (let i = 0, k = 0; i < rows.length; i++) {
      sql += i === 0 ? '(' : '), (';
      for (let j = 0; j < width; j++, k++) {
        if (j > 0) sql += ', ';
        const value = values[k];
        if (!plain && (value === MISSING || isExpression(value))) {
          sql += this.insertValue(rows, i, j, ctx);
          continue;
        }
        // The common case inline: a plain value bound with its column's type.
        const type = columns[j]!.type;
        if (slots !== undefined) ctx.pendingSource = { from: 'bind', slot: slots[k]!, type };
        sql += this.bind(value, type, ctx);
      }
    }
    return sql + ')';
  }

  insertValues(table: string, node: Insert, rows: InsertValues, ctx: CompileContext): string {
    const columns = this.insertColumns(node, rows);
    const values = ctx.withScope([], () => this.valueRows(rows, ctx));
    return `INSERT INTO ${table} (${columns.map((c) => this.quoteIdentifier(c.name)).join(', ')}) VALUES ${values}`;
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
}
