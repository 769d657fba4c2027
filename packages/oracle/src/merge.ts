/**
 * Oracle's upsert: `INSERT … ON CONFLICT` written as a MERGE (SQL Language
 * Reference, MERGE), since Oracle has no ON CONFLICT.
 */
import { CompileError, UnsupportedFeatureError, withExcluded } from '@alkahest/core/dialect';
import type { AnyColumn, CompileContext, Insert, OnConflict, Table } from '@alkahest/core/dialect';
import { isNullValue } from './conditions';
import type { OracleDmlCompiler } from './dml-compiler';

/** The alias of a MERGE's source rows: `src`, unless the table itself is called so. */
export function mergeSourceAlias(table: Table): string {
  return table.name.toLowerCase() === 'src' ? 'src_row' : 'src';
}

/**
 * `MERGE INTO t USING (SELECT :1 AS ID, … FROM DUAL [UNION ALL …]) src ON
 * (t.id = src.id) [WHEN MATCHED THEN UPDATE SET … [WHERE …]] WHEN NOT MATCHED
 * THEN INSERT (…) VALUES (src.…)`. A key that is NULL matches nothing and is
 * inserted, as ON CONFLICT does.
 *
 * @example
 * ```ts
 * oracleMerge(compiler, insert(users).values({ id: 1, name: 'Ada' }).onConflict([users.c.id]).doNothing(), onConflict, ctx);
 * // MERGE INTO USERS USING (SELECT :1 AS ID, :2 AS NAME FROM DUAL) src ON (USERS.ID = src.ID) WHEN NOT MATCHED THEN INSERT (ID, NAME) VALUES (src.ID, src.NAME)
 * ```
 */
export function oracleMerge(compiler: OracleDmlCompiler, node: Insert, onConflict: OnConflict, ctx: CompileContext): string {
  const table = compiler.targetTable(node.table, 'insert into');
  const source = node.source;
  if (source === undefined || source.kind === 'default-values') throw new CompileError(`insert into ${node.table.name}: onConflict() needs values() or fromSelect()`);
  const alias = compiler.quoteIdentifier(mergeSourceAlias(node.table));
  let columns: readonly AnyColumn[];
  let using: string;
  let sourceName: (column: AnyColumn) => string;
  if (source.kind === 'select') {
    columns = source.columns;
    const keys = source.select.state.columns.map((c) => c.key);
    sourceName = (column) => {
      const at = columns.findIndex((c) => c.key === column.key);
      if (at < 0) throw new CompileError(`excluded(${column.describe()}): the INSERT … SELECT does not set ${column.name}`);
      return compiler.quoteIdentifier(keys[at]!);
    };
    using = ctx.withScope([], () => compiler.select(source.select, ctx));
  } else {
    columns = compiler.insertColumns(node, source);
    sourceName = (column) => {
      if (!columns.some((c) => c.key === column.key)) throw new CompileError(`excluded(${column.describe()}): no row sets ${column.name}`);
      return compiler.quoteIdentifier(column.name);
    };
    using = ctx.withScope([], () =>
      source.rows
        .map((row, i) => {
          const values = columns.map((column, j) => {
            const value = isNullValue(row[j]) ? 'NULL' : compiler.insertValue(source, i, j, ctx);
            return `${value} AS ${compiler.quoteIdentifier(column.name)}`;
          });
          return `SELECT ${values.join(', ')} FROM DUAL`;
        })
        .join(' UNION ALL '),
    );
  }
  const ref = (column: AnyColumn): string => `${alias}.${sourceName(column)}`;
  return ctx.withScope([node.table], () => {
    const on = onConflict.target.map((c) => `${compiler.expression(c, ctx)} = ${ref(c)}`).join(' AND ');
    let sql = `MERGE INTO ${table} USING (${using}) ${alias} ON (${on})`;
    const action = onConflict.action;
    if (action.kind === 'update') {
      const keyed = action.set.filter((a) => onConflict.target.some((c) => c.key === a.column.key));
      if (keyed.length > 0) {
        throw new UnsupportedFeatureError(
          `an upsert that sets its conflict key (${keyed.map((a) => a.column.name).join(', ')})`,
          compiler.dialect,
          'MERGE cannot update the columns of its ON condition (ORA-38104)',
        );
      }
      sql += withExcluded(ctx, { table: node.table, render: ref }, () => {
        const sets = compiler.assignmentList(node.table, action.set, ctx);
        return ` WHEN MATCHED THEN UPDATE SET ${sets}${action.where === undefined ? '' : ` WHERE ${compiler.predicate(action.where, ctx)}`}`;
      });
    }
    const names = columns.map((c) => compiler.quoteIdentifier(c.name)).join(', ');
    return `${sql} WHEN NOT MATCHED THEN INSERT (${names}) VALUES (${columns.map(ref).join(', ')})`;
  });
}
