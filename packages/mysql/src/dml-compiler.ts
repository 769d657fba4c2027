/**
 * The MySQL / MariaDB compiler's INSERT, UPDATE and DELETE: rows of defaults,
 * the upsert as ON DUPLICATE KEY UPDATE, assignments ordered as MySQL applies
 * them, multi-table UPDATE and DELETE, and RETURNING (MariaDB's, MySQL's read
 * back by LAST_INSERT_ID()); the checks are in dml.ts. A layer of
 * MysqlCompiler, above query-compiler.ts.
 */
import { Column, CompileContext, CompileError, Insert, Table, UnsupportedFeatureError, withExcluded } from '@alkahest/core/dialect';
import type { AnyColumn, Assignment, Delete, FromItem, InsertSelectSource, OnConflict, Update } from '@alkahest/core/dialect';
import { checkDuplicateKeyTarget, checkIndependentAssignments, orderAssignments } from './dml';
import { MysqlQueryCompiler } from './query-compiler';

/** MySQL's INSERT, upsert, UPDATE, DELETE and RETURNING: a layer of `MysqlCompiler` (compiler.ts). */
export abstract class MysqlDmlCompiler extends MysqlQueryCompiler {
  /**
   * WITH goes inside an INSERT … SELECT (MySQL and MariaDB), before an UPDATE
   * or DELETE on MySQL 8; MariaDB has no WITH on UPDATE / DELETE, so there each
   * CTE becomes a derived table where it is used.
   */
  override dmlCtePlacement(node: Insert | Update | Delete): 'prefix' | 'select' | 'inline' {
    if (node.kind === 'insert') return 'select';
    return this.flavor === 'mysql' ? 'prefix' : 'inline';
  }

  // ----- INSERT -----

  override insertDefaultValues(table: string, node: Insert): string {
    void node;
    return `INSERT INTO ${table} () VALUES ()`;
  }

  /** Rows of defaults: `INSERT INTO t () VALUES (), ()`. */
  override insertDefaultRows(table: string, node: Insert, count: number, ctx: CompileContext): string {
    void node;
    void ctx;
    return `INSERT INTO ${table} () VALUES ${new Array<string>(count).fill('()').join(', ')}`;
  }

  // ----- upsert, RETURNING, multi-table UPDATE / DELETE (see dml.ts) -----

  /** The name MySQL 8 gives the proposed row (`INSERT … AS new`): never the table's own. */
  rowAlias(table: Table): string {
    return table.name.toLowerCase() === 'new' ? 'new_row' : 'new';
  }

  /**
   * An upsert from a SELECT with DO UPDATE on MySQL 8 reads the proposed row
   * through a derived table, `SELECT * FROM (…) AS new`: row aliases are for
   * VALUES only (MySQL manual, INSERT … ON DUPLICATE KEY UPDATE).
   */
  override insertSelect(table: string, node: Insert, source: InsertSelectSource, ctx: CompileContext): string {
    if (this.flavor !== 'mysql' || node.clauses.onConflict?.action.kind !== 'update') return super.insertSelect(table, node, source, ctx);
    const cols = source.columns.map((c) => this.quoteIdentifier(c.name)).join(', ');
    const inner = ctx.withScope([], () => this.select(source.select, ctx));
    return `INSERT INTO ${table} (${cols}) SELECT * FROM (${inner}) AS ${this.quoteIdentifier(this.rowAlias(node.table))}`;
  }

  /**
   * ON CONFLICT as `ON DUPLICATE KEY UPDATE`, which fires on any unique key:
   * allowed only where the target is the one key that can conflict. DO
   * NOTHING sets the key to itself (INSERT IGNORE would hide other errors);
   * a DO UPDATE condition becomes `col = IF(cond, new, col)` for each column,
   * ordered so that the condition reads the row as it was.
   */
  override onConflictClause(node: Insert, onConflict: OnConflict, ctx: CompileContext): string {
    const source = node.source;
    const inserted = source?.kind === 'select' ? source.columns : source?.kind === 'values' ? this.insertColumns(node, source) : [];
    checkDuplicateKeyTarget(node.table, onConflict.target, new Set(inserted.map((c) => c.key)), this.dialect);
    const action = onConflict.action;
    if (action.kind === 'nothing') {
      const key = this.quoteIdentifier(onConflict.target[0]!.name);
      return ` ON DUPLICATE KEY UPDATE ${key} = ${key}`;
    }
    const alias = this.quoteIdentifier(this.rowAlias(node.table));
    let prefix = '';
    let render: (column: AnyColumn) => string;
    if (this.flavor === 'mariadb') {
      render = (c) => `VALUES(${this.quoteIdentifier(c.name)})`;
    } else if (source?.kind === 'select') {
      const keys = source.select.state.columns.map((c) => c.key);
      render = (c) => {
        const at = source.columns.findIndex((x) => x.key === c.key);
        if (at < 0) throw new CompileError(`excluded(${c.describe()}): the INSERT … SELECT does not set ${c.name}`);
        return `${alias}.${this.quoteIdentifier(keys[at]!)}`;
      };
    } else {
      prefix = ` AS ${alias}`;
      render = (c) => `${alias}.${this.quoteIdentifier(c.name)}`;
    }
    const ordered = orderAssignments(node.table, action.set, action.where, this.dialect);
    const sets = ctx.withScope([node.table], () =>
      withExcluded(ctx, { table: node.table, render }, () =>
        ordered
          .map((a) => {
            // Compiled in the order written: placeholders are numbered as they are met.
            if (action.where === undefined) return `${this.quoteIdentifier(a.column.name)} = ${this.value(a.value, ctx)}`;
            const condition = this.predicate(action.where, ctx);
            const value = this.value(a.value, ctx);
            return `${this.quoteIdentifier(a.column.name)} = IF(${condition}, ${value}, ${this.expression(a.column, ctx)})`;
          })
          .join(', '),
      ),
    );
    return `${prefix} ON DUPLICATE KEY UPDATE ${sets}`;
  }

  /** MySQL applies a single-table UPDATE's assignments left to right: ordered so each reads the old values. */
  override assignmentList(table: Table, assignments: readonly Assignment[], ctx: CompileContext): string {
    return super.assignmentList(table, orderAssignments(table, assignments, undefined, this.dialect), ctx);
  }

  /** `UPDATE t, other SET t.col = … WHERE …` */
  override updateFrom(table: string, node: Update, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    checkIndependentAssignments(node.table, node.assignments, this.dialect);
    const items = from.map((f) => this.fromItem(f, ctx)).join(', ');
    const sets = node.assignments.map((a) => `${this.expression(a.column, ctx)} = ${this.value(a.value, ctx)}`).join(', ');
    const where = node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : '';
    return `UPDATE ${table}, ${items} SET ${sets}${where}`;
  }

  /** `DELETE t FROM t, other WHERE …` */
  override deleteUsing(table: string, node: Delete, using: readonly FromItem<string, string>[], ctx: CompileContext): string {
    const items = using.map((f) => this.fromItem(f, ctx)).join(', ');
    const where = node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : '';
    return `DELETE ${table} FROM ${table}, ${items}${where}`;
  }

  /**
   * The generated key column of a single-row INSERT that MySQL can read back
   * (`WHERE key = LAST_INSERT_ID()`), or undefined: one row, no upsert, an
   * AUTO_INCREMENT primary key the row leaves to the database.
   */
  followUpKey(node: Insert): Column | undefined {
    const source = node.source;
    if (source?.kind !== 'values' || source.length !== 1 || node.clauses.onConflict !== undefined) return undefined;
    const key = this.singlePrimaryKey(node.table);
    if (key === undefined || !key.spec.autoIncrement) return undefined;
    return source.sets(key) ? undefined : key;
  }

  /**
   * MySQL 8 has no RETURNING: a single-row INSERT with a generated key is read
   * back on the same connection by LAST_INSERT_ID(), which is per connection
   * and so cannot see another session's insert.
   */
  override returningFollowUp(node: Insert): string | undefined {
    if (this.flavor !== 'mysql' || node.clauses.returning === undefined) return undefined;
    const key = this.followUpKey(node);
    if (key === undefined) return undefined;
    const ctx = new CompileContext();
    const table = this.quoteQualified(node.table.schema, node.table.name);
    const list = ctx.withScope([node.table], () => this.returningList(node.clauses.returning!, ctx));
    if (ctx.params.length > 0) {
      throw new UnsupportedFeatureError('RETURNING with bound values', 'mysql (MySQL 8 flavour)', 'return columns of the inserted row; compute with them after');
    }
    return `SELECT ${list} FROM ${table} WHERE ${this.quoteIdentifier(node.table.referenceName)}.${this.quoteIdentifier(key.name)} = LAST_INSERT_ID()`;
  }

  /** RETURNING: MariaDB 10.5+ on INSERT and single-table DELETE; MySQL 8 reads a generated key's row back. */
  override returningClause(node: Insert | Update | Delete, ctx: CompileContext): string {
    if (node.clauses.returning === undefined) return '';
    if (this.flavor === 'mysql' && node.kind === 'insert' && this.followUpKey(node) !== undefined) return '';
    if (this.flavor === 'mysql') {
      throw new UnsupportedFeatureError(
        'RETURNING',
        'mysql (MySQL 8 flavour)',
        'MySQL has no RETURNING; alkahest reads back a single-row INSERT by its generated AUTO_INCREMENT key, nothing else can be read back safely (MariaDB 10.5+ has RETURNING for INSERT and DELETE: connect with a mariadb:// URL)',
      );
    }
    if (node.kind === 'update') {
      throw new UnsupportedFeatureError(
        'UPDATE … RETURNING',
        'mysql (MariaDB flavour)',
        'MariaDB has RETURNING for INSERT and DELETE only; SELECT the rows in the same transaction after updating them',
      );
    }
    if (node.kind === 'delete' && node.clauses.using !== undefined) {
      throw new UnsupportedFeatureError('DELETE … USING … RETURNING', 'mysql (MariaDB flavour)', 'MariaDB has RETURNING for single-table DELETE only; filter with a subquery in where() instead');
    }
    return super.returningClause(node, ctx);
  }
}
