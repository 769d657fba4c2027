/**
 * EXPLAIN on PostgreSQL: `EXPLAIN (ANALYZE, FORMAT JSON) statement`, with
 * the statement's own parameters (https://www.postgresql.org/docs/current/sql-explain.html).
 */
import { explainStep, planFromJson, planFromLines } from '@alkahest/core/dialect';
import type { CompiledQuery, ExplainOptions, ExplainQuery } from '@alkahest/core/dialect';

export function postgresExplain(compiled: CompiledQuery, options: ExplainOptions): ExplainQuery {
  const json = options.format === 'json';
  const flags = [...(options.analyze ? ['ANALYZE'] : []), ...(json ? ['FORMAT JSON'] : [])];
  const prefix = flags.length === 0 ? 'EXPLAIN' : `EXPLAIN (${flags.join(', ')})`;
  return { steps: [explainStep(`${prefix} ${compiled.sql}`, compiled)], readPlan: json ? planFromJson : planFromLines };
}
