/**
 * EXPLAIN on Oracle: `EXPLAIN PLAN FOR statement` fills PLAN_TABLE, then
 * `DBMS_XPLAN.DISPLAY` writes it as text lines
 * (https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/EXPLAIN-PLAN.html).
 * EXPLAIN PLAN parses the statement without its bind values. Oracle gives
 * no JSON plan, and an executed plan needs the statement run with
 * GATHER_PLAN_STATISTICS, which alkahest does not do for you.
 */
import { explainStep, planFromLines, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { CompiledQuery, ExplainOptions, ExplainQuery } from '@alkahest/core/dialect';

export function oracleExplain(compiled: CompiledQuery, options: ExplainOptions, dialect: string): ExplainQuery {
  if (options.analyze) throw new UnsupportedFeatureError('EXPLAIN ANALYZE', dialect, 'run the statement with the GATHER_PLAN_STATISTICS hint and read DBMS_XPLAN.DISPLAY_CURSOR');
  if (options.format === 'json') throw new UnsupportedFeatureError('EXPLAIN in JSON', dialect, 'DBMS_XPLAN writes plans as text');
  return {
    steps: [explainStep(`EXPLAIN PLAN FOR ${compiled.sql}`, compiled, []), explainStep('SELECT PLAN_TABLE_OUTPUT FROM TABLE(DBMS_XPLAN.DISPLAY())', compiled, [])],
    readPlan: planFromLines,
  };
}
