/**
 * EXPLAIN on MySQL and MariaDB. Both take `EXPLAIN [FORMAT=JSON] statement`;
 * with analyze, MariaDB runs `ANALYZE [FORMAT=JSON] statement`
 * (https://mariadb.com/kb/en/analyze-statement/) and MySQL 8.0.18+
 * `EXPLAIN ANALYZE statement`, which MySQL writes as a text tree only.
 */
import { explainStep, planFromJson, planFromLines, planFromTable, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { CompiledQuery, ExplainOptions, ExplainQuery } from '@alkahest/core/dialect';
import type { MysqlFlavor } from './flavor';

export function mysqlExplain(compiled: CompiledQuery, options: ExplainOptions, flavor: MysqlFlavor, dialect: string): ExplainQuery {
  const json = options.format === 'json';
  if (options.analyze && flavor === 'mariadb') {
    return { steps: [explainStep(`ANALYZE ${json ? 'FORMAT=JSON ' : ''}${compiled.sql}`, compiled)], readPlan: json ? planFromJson : planFromTable };
  }
  if (options.analyze) {
    if (json) throw new UnsupportedFeatureError('EXPLAIN ANALYZE in JSON', dialect, 'MySQL writes EXPLAIN ANALYZE as a text tree only');
    return { steps: [explainStep(`EXPLAIN ANALYZE ${compiled.sql}`, compiled)], readPlan: planFromLines };
  }
  return { steps: [explainStep(`EXPLAIN ${json ? 'FORMAT=JSON ' : ''}${compiled.sql}`, compiled)], readPlan: json ? planFromJson : planFromTable };
}
