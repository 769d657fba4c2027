/**
 * EXPLAIN: the statements that ask a database for a statement's plan, and
 * how the plan is read from their rows. Each dialect's compiler writes its
 * own (EXPLAIN (FORMAT JSON), EXPLAIN QUERY PLAN, EXPLAIN PLAN FOR + DBMS_XPLAN).
 */
import type { CompiledQuery } from './compiled';

/** Options of `engine.explain()`. */
export interface ExplainOptions {
  /**
   * Run the statement and report what it did (`EXPLAIN ANALYZE`). The
   * statement really runs: an INSERT, UPDATE or DELETE changes data (run it
   * in a transaction you roll back).
   */
  readonly analyze?: boolean;
  /** `text` (default), or `json` where the database writes its plan as JSON (PostgreSQL, MySQL, MariaDB). */
  readonly format?: 'text' | 'json';
}

/** A plan as a database gave it. */
export interface ExplainPlan {
  /** The plan as text (for `json`, the JSON written out). */
  readonly text: string;
  /** The plan parsed, for `format: 'json'`. */
  readonly json?: unknown;
  /** The rows the database answered with, as its driver gave them. */
  readonly rows: readonly Record<string, unknown>[];
}

/** What a dialect runs for EXPLAIN: statements on one connection, the last one's rows holding the plan. */
export interface ExplainQuery {
  readonly steps: readonly CompiledQuery[];
  readPlan(rows: readonly Record<string, unknown>[]): ExplainPlan;
}

/**
 * A raw statement of an EXPLAIN, with the explained statement's parameters.
 *
 * @example
 * ```ts
 * const compiled = dialect.compile(select(users.c.id).from(users));
 * const explain = explainStep(`EXPLAIN ${compiled.sql}`, compiled); // same parameters, statementKind 'raw'
 * ```
 */
export function explainStep(sql: string, from: CompiledQuery, params: readonly unknown[] = from.params): CompiledQuery {
  return { sql, params, columns: [], statementKind: 'raw', dialect: from.dialect };
}

/**
 * The plan of a database answering one text column per row (PostgreSQL, Oracle's DBMS_XPLAN): its lines joined.
 *
 * @example
 * ```ts
 * planFromLines([{ 'QUERY PLAN': 'Seq Scan on users' }, { 'QUERY PLAN': '  Filter: (id = 1)' }]).text;
 * // 'Seq Scan on users\n  Filter: (id = 1)'
 * ```
 */
export function planFromLines(rows: readonly Record<string, unknown>[]): ExplainPlan {
  const text = rows.map((row) => String(Object.values(row)[0] ?? '')).join('\n');
  return { text, rows };
}

/**
 * The plan of a database answering one JSON text value (or an already parsed one).
 *
 * @example
 * ```ts
 * planFromJson([{ plan: '[{"Plan":{"Node Type":"Seq Scan"}}]' }]).json; // [{ Plan: { 'Node Type': 'Seq Scan' } }]
 * ```
 */
export function planFromJson(rows: readonly Record<string, unknown>[]): ExplainPlan {
  const value = rows.length === 0 ? undefined : Object.values(rows[0]!)[0];
  const json = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return { text: JSON.stringify(json, null, 2), json, rows };
}

/**
 * The plan of a database answering a table (MySQL's, MariaDB's EXPLAIN): one line per row, `column=value` pairs.
 *
 * @example
 * ```ts
 * planFromTable([{ id: 1, table: 'users', type: 'const' }]).text; // 'id=1 table=users type=const'
 * ```
 */
export function planFromTable(rows: readonly Record<string, unknown>[]): ExplainPlan {
  const text = rows
    .map((row) =>
      Object.entries(row)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' '),
    )
    .join('\n');
  return { text, rows };
}
