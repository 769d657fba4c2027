/**
 * The MySQL / MariaDB compiler's queries: no FULL JOIN, MariaDB's locks,
 * LATERAL on MySQL only, LIMIT with OFFSET alone, WITH TIES on MariaDB,
 * VALUES lists as SELECTs. A layer of MysqlCompiler, above
 * expression-compiler.ts.
 */
import { CompileContext, Expression, Join, LockClause, UnsupportedFeatureError } from '@alkahest/core/dialect';
import { MysqlExpressionCompiler } from './expression-compiler';

/** MySQL's largest LIMIT: "no limit", for OFFSET without LIMIT. */
const NO_LIMIT = '18446744073709551615';

/** MySQL's joins, locks, LATERAL and row limits: a layer of `MysqlCompiler` (compiler.ts). */
export abstract class MysqlQueryCompiler extends MysqlExpressionCompiler {
  override joinKeyword(join: Join<string, string>): string {
    if (join.joinType === 'full') {
      throw new UnsupportedFeatureError('FULL OUTER JOIN', this.dialect, 'MySQL and MariaDB have no full outer join; combine a LEFT and a RIGHT join with UNION');
    }
    return super.joinKeyword(join);
  }

  /** MariaDB: no OF, and a shared lock is LOCK IN SHARE MODE; MySQL 8 has the standard forms. */
  override lockClause(lock: LockClause, ctx: CompileContext): string {
    if (this.flavor === 'mysql') return super.lockClause(lock, ctx);
    if (lock.of.length > 0) throw new UnsupportedFeatureError(`FOR ${lock.mode.toUpperCase()} OF`, 'mysql (MariaDB flavour)', 'MariaDB locks the rows of every table read');
    const wait = lock.wait === 'wait' ? '' : ` ${lock.wait.toUpperCase()}`;
    return lock.mode === 'update' ? ` FOR UPDATE${wait}` : ` LOCK IN SHARE MODE${wait}`;
  }

  /** LATERAL is MySQL 8.0.14+; MariaDB has none. */
  override lateral(aliasedSubquery: string): string {
    if (this.flavor === 'mariadb') {
      throw new UnsupportedFeatureError('LATERAL subqueries', 'mysql (MariaDB flavour)', 'MariaDB has no LATERAL; use a correlated subquery in the select list');
    }
    return super.lateral(aliasedSubquery);
  }

  override limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    if (limit === undefined && offset !== undefined) return ` LIMIT ${NO_LIMIT} OFFSET ${this.expression(offset, ctx)}`;
    return super.limitOffset(limit, offset, ctx);
  }

  /** MariaDB names a VALUES list's columns after its first row's values, MySQL writes VALUES ROW(…): a UNION ALL of SELECTs stands for it. */
  override supportsValuesLists(): boolean {
    return false;
  }

  /** MariaDB 10.6+ writes FETCH FIRST … WITH TIES; MySQL has none (emulated with RANK()). */
  override supportsWithTies(): boolean {
    return this.flavor === 'mariadb';
  }

  /** LIMIT and OFFSET take numbers and placeholders only: an expression is emulated with ROW_NUMBER(). */
  override takesRowCount(count: Expression): boolean {
    return count.kind === 'bind' || count.kind === 'param';
  }
}
