/**
 * Compiling what a statement reads from: FROM items and joins, WITH and its
 * CTEs, VALUES lists.
 */
import { CompileError, UnsupportedFeatureError } from '../errors';
import type { Bind, SubqueryNode } from '../expr/expression';
import { ValuesQuery, valuesAsSelects } from '../statements/values-query';
import type { ColumnSource } from '../schema/column';
import { FromItem, Join } from '../schema/from';
import { Table } from '../schema/table';
import type { Delete, Insert, Update } from '../statements/dml';
import { Subquery } from '../statements/select';
import { CommonTableExpression, CteQuery } from '../statements/cte';
import type { CompileContext } from './context';
import { AnalyticsCompiler } from './analytics-compiler';

/**
 * Compiles FROM items (tables, subqueries, LATERAL, joins), WITH and its
 * CTEs, and VALUES lists. A layer of {@link SqlCompiler}.
 */
export abstract class FromCompiler extends AnalyticsCompiler {
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
}
