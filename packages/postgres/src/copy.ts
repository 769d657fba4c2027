/**
 * `engine.load()` on PostgreSQL: `COPY … FROM STDIN` in the text format
 * (PostgreSQL documentation, "COPY", File Formats › Text Format). Each row is
 * one line, its fields separated by a tab, NULL written `\N`; in a field a
 * backslash, newline, carriage return and tab are written as the escapes
 * `\\`, `\n`, `\r`, `\t`, so no value can end a field, a line or the data
 * (`\.`) early. Values arrive already converted by the codecs (text for
 * exact numbers, dates and JSON), as they would be bound.
 */
import { LoadPlan, tabSeparated } from '@alkahest/core/dialect';

/** COPY's text format: booleans as t and f; bytes in bytea's hex input, its backslash escaped. */
const copyText = tabSeparated({
  statement: 'COPY',
  escapes: { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' },
  booleans: ['t', 'f'],
  bytes: (hex) => `\\\\x${hex}`,
});

/**
 * One value as a field of COPY's text format.
 *
 * @example
 * ```ts
 * copyField('a\tb');              // 'a\\tb'
 * copyField(null);                // '\\N'
 * copyField(Buffer.from('hi'));   // '\\\\x6869' (bytea's hex input, its backslash escaped)
 * ```
 */
export const copyField: (value: unknown) => string = copyText.field;

/**
 * Rows as the lines of COPY's text format.
 *
 * @example
 * ```ts
 * copyLines([[1, 'Ada'], [2, null]]); // '1\tAda\n2\t\\N\n'
 * ```
 */
export const copyLines: (rows: readonly (readonly unknown[])[]) => string = copyText.lines;

/**
 * The COPY statement of a load; `source` is `STDIN` for the pg driver and
 * `'/dev/blob'` for PGlite.
 *
 * @example
 * ```ts
 * copySql(plan, 'STDIN'); // COPY "users" ("id", "name") FROM STDIN
 * ```
 */
export function copySql(plan: LoadPlan, source: 'STDIN' | "'/dev/blob'"): string {
  return `COPY ${plan.table} (${plan.columns.map((c) => c.sql).join(', ')}) FROM ${source}`;
}

/** The lines of each batch, for a stream: COPY's text of a batch at a time. @internal */
export async function* copyChunks(batches: AsyncIterable<readonly (readonly unknown[])[]>): AsyncGenerator<string, void, undefined> {
  for await (const batch of batches) yield copyLines(batch);
}
