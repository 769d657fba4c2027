/**
 * EXPLAIN on SQLite: `EXPLAIN QUERY PLAN statement` (https://www.sqlite.org/eqp.html),
 * whose rows form a tree (id, parent, detail), written here as indented lines.
 * SQLite has neither a JSON plan nor an ANALYZE that runs the statement.
 */
import { explainStep, UnsupportedFeatureError } from '@alkahest/core/dialect';
import type { CompiledQuery, ExplainOptions, ExplainPlan, ExplainQuery } from '@alkahest/core/dialect';

function readTree(rows: readonly Record<string, unknown>[]): ExplainPlan {
  const depth = new Map<number, number>();
  const lines = rows.map((row) => {
    const level = (depth.get(Number(row['parent'])) ?? -1) + 1;
    depth.set(Number(row['id']), level);
    return `${'  '.repeat(level)}${String(row['detail'])}`;
  });
  return { text: lines.join('\n'), rows };
}

export function sqliteExplain(compiled: CompiledQuery, options: ExplainOptions, dialect: string): ExplainQuery {
  if (options.analyze) throw new UnsupportedFeatureError('EXPLAIN ANALYZE', dialect, 'SQLite plans without running the statement (EXPLAIN QUERY PLAN)');
  if (options.format === 'json') throw new UnsupportedFeatureError('EXPLAIN in JSON', dialect, 'SQLite writes its query plan as text rows only');
  return { steps: [explainStep(`EXPLAIN QUERY PLAN ${compiled.sql}`, compiled)], readPlan: readTree };
}
