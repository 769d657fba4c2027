/**
 * `engine.load()` on MySQL/MariaDB: `LOAD DATA LOCAL INFILE` fed from a
 * stream (mysql2's `infileStreamFactory`; no file is ever opened, whatever
 * name the server asks for). The data is tab-separated lines (MariaDB
 * Knowledge Base / MySQL Reference Manual, "LOAD DATA INFILE"): NULL is
 * `\N`; in a field a backslash, tab, newline, carriage return and NUL are
 * escaped (`\\`, `\t`, `\n`, `\r`, `\0`), so no value ends a field or a line
 * early or reads as NULL. Bytes go as hex through `UNHEX()`, so no character
 * set conversion touches them. The separators are hex literals in the SQL, so
 * the statement means the same under NO_BACKSLASH_ESCAPES.
 */
import { LoadPlan, tabSeparated } from '@alkahest/core/dialect';

/** LOAD DATA's text: NUL escaped too; booleans as 1 and 0; bytes as hex for the column's UNHEX(). */
const loadData = tabSeparated({
  statement: 'LOAD DATA',
  escapes: { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0' },
  booleans: ['1', '0'],
  bytes: (hex) => hex,
});

/**
 * One value as a field of the load's data.
 *
 * @example
 * ```ts
 * loadDataField('a\tb');            // 'a\\tb'
 * loadDataField(null);              // '\\N'
 * loadDataField(Buffer.from('hi')); // '6869' (the column is set with UNHEX)
 * ```
 */
export const loadDataField: (value: unknown) => string = loadData.field;

/**
 * Rows as the lines of the load's data.
 *
 * @example
 * ```ts
 * loadDataLines([[1, 'Ada'], [2, null]]); // '1\tAda\n2\t\\N\n'
 * ```
 */
export const loadDataLines: (rows: readonly (readonly unknown[])[]) => string = loadData.lines;

/**
 * The LOAD DATA statement of a load. Byte columns are read into a variable
 * and set with `UNHEX()`.
 *
 * @example
 * ```ts
 * loadDataSql(plan);
 * // LOAD DATA LOCAL INFILE 'alkahest-load.tsv' INTO TABLE `files` CHARACTER SET utf8mb4
 * //   FIELDS TERMINATED BY X'09' ESCAPED BY X'5C' LINES TERMINATED BY X'0A' (`id`, @c1) SET `body` = UNHEX(@c1)
 * ```
 */
export function loadDataSql(plan: LoadPlan): string {
  const targets: string[] = [];
  const sets: string[] = [];
  plan.columns.forEach((c, i) => {
    if (c.type.kind === 'blob') {
      targets.push(`@c${i}`);
      sets.push(`${c.sql} = UNHEX(@c${i})`);
    } else {
      targets.push(c.sql);
    }
  });
  return (
    `LOAD DATA LOCAL INFILE 'alkahest-load.tsv' INTO TABLE ${plan.table} CHARACTER SET utf8mb4 ` +
    `FIELDS TERMINATED BY X'09' ESCAPED BY X'5C' LINES TERMINATED BY X'0A' (${targets.join(', ')})` +
    (sets.length > 0 ? ` SET ${sets.join(', ')}` : '')
  );
}
