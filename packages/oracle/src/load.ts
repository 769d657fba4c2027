/**
 * `engine.load()` on Oracle: the plan's one-row INSERT run by oracledb's
 * `executeMany()` for each batch, with bind definitions (node-oracledb
 * documentation, "Batch Statement and Bulk Copy Operations"): oracledb then
 * sends the whole batch in one round trip instead of guessing each
 * column's type from its first row.
 */
import type OracleDB from 'oracledb';

/** The oracledb constants a load's bind definitions use. */
export type LoadConstants = Pick<typeof OracleDB, 'DB_TYPE_NUMBER' | 'DB_TYPE_VARCHAR' | 'DB_TYPE_CLOB' | 'DB_TYPE_RAW' | 'DB_TYPE_BLOB' | 'DB_TYPE_BOOLEAN'>;

/** The longest VARCHAR2 / RAW a bind may carry (with MAX_STRING_SIZE = EXTENDED); longer values go as LOBs. */
const MAX_INLINE = 32767;

/**
 * One bind definition per column for a batch of converted rows: numbers as
 * NUMBER, booleans as BOOLEAN (23ai), text as VARCHAR2 sized to the batch's
 * longest value in bytes (CLOB past 32767), bytes as RAW (BLOB past 32767).
 * A column of NULLs only, or of numbers mixed with text, binds as text
 * (numbers are then written as text, which Oracle converts exactly).
 *
 * @example
 * ```ts
 * loadBindDefs(oracledb, [[1, 'Ada'], [2, null]], 2);
 * // [{ type: DB_TYPE_NUMBER }, { type: DB_TYPE_VARCHAR, maxSize: 3 }]
 * ```
 */
export function loadBindDefs(lib: LoadConstants, rows: readonly (readonly unknown[])[], columns: number): { defs: OracleDB.BindDefinition[]; rows: unknown[][] } {
  const defs: OracleDB.BindDefinition[] = [];
  const textColumns: number[] = [];
  for (let c = 0; c < columns; c++) {
    let numbers = 0;
    let booleans = 0;
    let bytes = 0;
    let others = 0;
    let size = 1;
    for (const row of rows) {
      const value = row[c];
      if (value === null || value === undefined) continue;
      if (typeof value === 'number') numbers++;
      else if (typeof value === 'boolean') booleans++;
      else if (value instanceof Uint8Array) {
        bytes++;
        size = Math.max(size, value.byteLength);
      } else {
        others++;
        size = Math.max(size, Buffer.byteLength(String(value)));
      }
    }
    if (numbers > 0 && booleans + bytes + others === 0) defs.push({ type: lib.DB_TYPE_NUMBER });
    else if (booleans > 0 && numbers + bytes + others === 0) defs.push({ type: lib.DB_TYPE_BOOLEAN });
    else if (bytes > 0 && numbers + booleans + others === 0) defs.push(size > MAX_INLINE ? { type: lib.DB_TYPE_BLOB } : { type: lib.DB_TYPE_RAW, maxSize: size });
    else {
      if (numbers > 0) textColumns.push(c);
      if (numbers > 0) for (const row of rows) size = Math.max(size, typeof row[c] === 'number' ? String(row[c]).length : 0);
      defs.push(size > MAX_INLINE ? { type: lib.DB_TYPE_CLOB } : { type: lib.DB_TYPE_VARCHAR, maxSize: size });
    }
  }
  if (textColumns.length === 0) return { defs, rows: rows as unknown[][] };
  // Numbers in a column bound as text are sent as their text.
  const converted = rows.map((row) => row.map((value, c) => (typeof value === 'number' && textColumns.includes(c) ? String(value) : value)));
  return { defs, rows: converted };
}
