/**
 * The Oracle compiler's INSERT, UPDATE and DELETE: DEFAULT VALUES and rows of
 * several values as SELECTs FROM DUAL, the upsert as a MERGE (merge.ts),
 * UPDATE … FROM and DELETE … USING as EXISTS, RETURNING INTO (returning.ts),
 * and where a DML statement's WITH goes. A layer of OracleCompiler, above
 * query-compiler.ts.
 */
import { Column, CompileContext, CompileError, Expression, FromItem, FunctionCall, Insert, InsertValues, Table, UnsupportedFeatureError, readsAnyOf } from '@alkahest/core/dialect';
import type { ColumnSource, Delete, OnConflict, Update } from '@alkahest/core/dialect';
import { isNullValue } from './conditions';
import { oracleMerge } from './merge';
import { OracleQueryCompiler } from './query-compiler';
import { OutBind } from './returning';

/** Oracle's INSERT, MERGE, UPDATE, DELETE and RETURNING INTO: a layer of `OracleCompiler` (compiler.ts). */
export abstract class OracleDmlCompiler extends OracleQueryCompiler {
  /** WITH goes inside an INSERT … SELECT; an UPDATE or DELETE cannot have one, so each CTE becomes a derived table where it is used. */
  override dmlCtePlacement(node: Insert | Update | Delete): 'prefix' | 'select' | 'inline' {
    return node.kind === 'insert' ? 'select' : 'inline';
  }

  // ----- INSERT -----

  /** The identity column of a table, if it has one. */
  identityColumn(table: Table): Column | undefined {
    const pk = this.singlePrimaryKey(table);
    return pk?.spec.autoIncrement ? pk : undefined;
  }

  /** Oracle has no DEFAULT VALUES: `INSERT INTO t (pk) VALUES (DEFAULT)` gives every column its default. */
  override insertDefaultValues(table: string, node: Insert): string {
    const column = this.identityColumn(node.table) ?? node.table.columns[0];
    if (column === undefined) throw new CompileError(`insert into ${node.table.name}: the table has no columns`);
    return `INSERT INTO ${table} (${this.quoteIdentifier(column.name)}) VALUES (DEFAULT)`;
  }

  /** Rows of defaults: one SELECT from DUAL per row, its column written as {@link missingValue}. */
  override insertDefaultRows(table: string, node: Insert, count: number, ctx: CompileContext): string {
    const column = this.defaultRowsColumn(node);
    const rows: string[] = [];
    for (let i = 0; i < count; i++) rows.push(`SELECT ${this.missingValue(column, ctx)} FROM DUAL`);
    return `INSERT INTO ${table} (${this.quoteIdentifier(column.name)}) ${rows.join(' UNION ALL ')}`;
  }

  /**
   * A column a row of a multi-row INSERT leaves out: DEFAULT is not allowed in
   * a SELECT, so its default is written out, and NULL lets an identity column
   * (ON NULL) or the 11g trigger generate the key.
   */
  override missingValue(column: Column, ctx: CompileContext): string {
    const d = column.spec.default;
    if (d === undefined || (column.spec.primaryKey && column.spec.autoIncrement)) return 'NULL';
    if ('value' in d) return d.value === null ? 'NULL' : this.bind(d.value, column.type, ctx);
    return this.defaultExpression(column, d.expr, ctx);
  }

  /**
   * Several rows: `INSERT INTO t (…) SELECT … FROM DUAL UNION ALL SELECT … FROM DUAL`.
   * `INSERT ALL INTO … SELECT 1 FROM DUAL` is not used: it evaluates an
   * identity column's sequence once for all its INTO clauses, so every row gets
   * the same key (ORA-00001). NULLs are written as NULL, not bound: a bound
   * NULL is a VARCHAR2, and UNION ALL needs one type per column (ORA-01790).
   */
  override insertValues(table: string, node: Insert, rows: InsertValues, ctx: CompileContext): string {
    if (rows.length === 1) return super.insertValues(table, node, rows, ctx);
    const columns = this.insertColumns(node, rows);
    const selects = ctx.withScope([], () =>
      rows.rows.map((row, i) => {
        const values = columns.map((_column, j) => (isNullValue(row[j]) ? 'NULL' : this.insertValue(rows, i, j, ctx)));
        return `SELECT ${values.join(', ')} FROM DUAL`;
      }),
    );
    return `INSERT INTO ${table} (${columns.map((c) => this.quoteIdentifier(c.name)).join(', ')}) ${selects.join(' UNION ALL ')}`;
  }

  /** A default expression; `fn.now()` in a TIMESTAMP (UTC wall-clock) column is the UTC time. */
  defaultExpression(column: Column, expr: Expression, ctx: CompileContext): string {
    const isNow = expr instanceof FunctionCall && expr.name === 'now' && expr.args.length === 0;
    if (isNow && column.type.kind === 'timestamp' && !column.type.options.withTimeZone) return 'SYS_EXTRACT_UTC(SYSTIMESTAMP)';
    if (isNow && column.type.kind === 'date') return 'TRUNC(SYSDATE)';
    return `(${ctx.withScope([], () => this.expression(expr, ctx))})`;
  }

  // ----- upsert (MERGE), RETURNING INTO, multi-table UPDATE / DELETE -----

  /** An upsert is a MERGE; other inserts as usual. */
  override insert(node: Insert, ctx: CompileContext): string {
    const onConflict = node.clauses.onConflict;
    if (onConflict === undefined) return super.insert(node, ctx);
    if (node.clauses.returning !== undefined) {
      throw new UnsupportedFeatureError('an upsert with RETURNING', this.dialect, 'Oracle runs an upsert as MERGE, which has no RETURNING before 23ai; select the rows after it');
    }
    return this.merge(node, onConflict, ctx);
  }

  /** The upsert as a MERGE (merge.ts). */
  merge(node: Insert, onConflict: OnConflict, ctx: CompileContext): string {
    return oracleMerge(this, node, onConflict, ctx);
  }

  /**
   * Oracle has no UPDATE … FROM: each value that reads the other tables is a
   * correlated subquery over them, and only rows that have a match change:
   * `SET col = (SELECT expr FROM other WHERE cond) WHERE EXISTS (SELECT 1 FROM other WHERE cond)`.
   * A row matched by several rows of the other tables is an error (ORA-01427).
   */
  override updateFrom(table: string, node: Update, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    const sources: ColumnSource[] = [];
    for (const item of from) this.sourcesOf(item, sources);
    const others = new Set(sources);
    const sets = node.assignments.map((a) => {
      const name = this.quoteIdentifier(a.column.name);
      if (!readsAnyOf(a.value, others)) return `${name} = ${this.value(a.value, ctx)}`;
      // Compiled in the order written: placeholders are numbered as they are met.
      const value = this.value(a.value, ctx);
      const items = from.map((f) => this.fromItem(f, ctx)).join(', ');
      const where = node.condition === undefined ? '' : ` WHERE ${this.predicate(node.condition, ctx)}`;
      return `${name} = (SELECT ${value} FROM ${items}${where})`;
    });
    return `UPDATE ${table} SET ${sets.join(', ')} WHERE ${this.existsIn(from, node.condition, ctx)}`;
  }

  /** Oracle has no DELETE … USING: `DELETE FROM t WHERE EXISTS (SELECT 1 FROM other WHERE …)`. */
  override deleteUsing(table: string, node: Delete, using: readonly FromItem<string, string>[], ctx: CompileContext): string {
    return `DELETE FROM ${table} WHERE ${this.existsIn(using, node.condition, ctx)}`;
  }

  /**
   * `RETURNING a, b INTO :n, :m`: the values come back in OUT binds (see
   * returning.ts), which the driver turns into rows. Oracle returns into
   * binds from a single-row INSERT … VALUES only, and from UPDATE and DELETE.
   */
  override returningClause(node: Insert | Update | Delete, ctx: CompileContext): string {
    const items = node.clauses.returning;
    if (items === undefined) return '';
    if (node.kind === 'insert' && (node.source?.kind !== 'values' || node.source.length !== 1)) {
      throw new UnsupportedFeatureError(
        'RETURNING from an INSERT of several rows or from a SELECT',
        this.dialect,
        'Oracle returns values only from a single-row INSERT … VALUES; insert the rows one at a time, or select them back',
      );
    }
    const qualify = ctx.qualifyColumns;
    ctx.qualifyColumns = false; // RETURNING names the changed table's columns plainly
    let values: string[];
    try {
      values = ctx.withScope(this.dmlSources(node), () => items.map((c) => this.value(c.expr, ctx)));
    } finally {
      ctx.qualifyColumns = qualify;
    }
    const binds = items.map((c) => {
      ctx.params.push(new OutBind(c.expr.type));
      if (ctx.recordSources) ctx.sources.push({ from: 'constant', value: ctx.params[ctx.params.length - 1] });
      return this.placeholder(ctx.params.length);
    });
    return ` RETURNING ${values.join(', ')} INTO ${binds.join(', ')}`;
  }
}
