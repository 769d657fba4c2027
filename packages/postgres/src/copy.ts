/**
 * `engine.load()` on PostgreSQL: `COPY … FROM STDIN` in the text format
 * (PostgreSQL documentation, "COPY", File Formats › Text Format). Each row is
 * one line, its fields separated by a tab, NULL written `\N`; in a field a
 * backslash, newline, carriage return and tab are written as the escapes
 * `\\`, `\n`, `\r`, `\t`, so no value can end a field, a line or the data
 * (`\.`) early. Values arrive already converted by the codecs (text for
 * exact numbers, dates and JSON), as they would be bound.
 */
import { AlkahestError, LoadPlan } from '@alkahest/core/dialect';

const HAS_SPECIAL = /[\\\n\r\t]/;
const SPECIAL = /[\\\n\r\t]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escape = (c: string): string => ESCAPES[c]!;

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
export function copyField(value: unknown): string {
  if (value === null) return '\\N';
  switch (typeof value) {
    case 'string':
      return HAS_SPECIAL.test(value) ? value.replace(SPECIAL, escape) : value;
    case 'number':
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    default:
      if (value instanceof Uint8Array) return `\\\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
      // The codecs give only the kinds above; anything else is refused rather than guessed at.
      throw new AlkahestError(`COPY cannot write ${value instanceof Date ? 'a Date' : `a ${typeof value}`} value: it was not converted by a codec`);
  }
}

/**
 * Rows as the lines of COPY's text format.
 *
 * @example
 * ```ts
 * copyLines([[1, 'Ada'], [2, null]]); // '1\tAda\n2\t\\N\n'
 * ```
 */
export function copyLines(rows: readonly (readonly unknown[])[]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += '\t';
      out += copyField(row[i]);
    }
    out += '\n';
  }
  return out;
}

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
