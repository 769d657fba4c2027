/**
 * Suite 3: inserting many rows at once. Hand-written batches, the fastest a
 * driver allows (multi-row VALUES sized to its parameter limit, in one
 * transaction; on SQLite also one reused single-row statement), against
 * alkahest's `engine.execute(insert(t).values(allRows))`.
 */
import { insert } from '@alkahest/core';
import { bulkRows, bulkRuns, quick, tableNames } from '../config';
import { Database as Db, userRows } from '../fixtures/data';
import { bulkDatabases, BulkVariant, measureBulk, withBulkTable } from '../harness/bulk-rounds';
import { ratioTarget, SuiteResult } from '../harness/results';
import { alkahestBulkVariant } from '../peers/alkahest-bulk';
import { handWrittenBatches, sqliteVariant } from '../peers/hand-written-batches';

const SUITE = 'bulk-insert';
const table = tableNames.bulk;

/** SQLite only: one single-row INSERT prepared once and run per row, in one transaction. */
const oneRowReused = (): BulkVariant =>
  sqliteVariant('hand-written one-row statement reused', table, (db, rows) => {
    const stmt = db.prepare(`INSERT INTO "${table}" (name, email, age, score) VALUES (?, ?, ?, ?)`);
    db.transaction(() => {
      for (const r of rows) stmt.run(r.name, r.email, r.age, r.score);
    })();
  });

/** alkahest: one statement with every row. */
const alkahest = (db: Db, url: string): BulkVariant =>
  alkahestBulkVariant({
    name: 'alkahest',
    db,
    url,
    table,
    engine: db === 'sqlite' ? {} : { pool: { max: 2 } },
    writeAll: (engine, users, rows) => engine.execute(insert(users).values(rows)),
  });

export async function runBulkInsertSuite(): Promise<SuiteResult> {
  const rowsToInsert = userRows(bulkRows);
  const target = ratioTarget(1.25, 'hand-written time', 's');
  const result: SuiteResult = {
    id: SUITE,
    title: `3. Bulk insert (${bulkRows.toLocaleString('en-US')} rows)`,
    description:
      `Seconds to insert ${bulkRows.toLocaleString('en-US')} rows of four columns into an empty table (emptied before every run, untimed). ` +
      'Hand-written: multi-row VALUES statements sized to the driver\'s parameter limit (SQLite 32,766, PostgreSQL and MySQL 65,535), ' +
      'all in one transaction (and, for SQLite, one reused single-row statement). alkahest: `engine.execute(insert(table).values(allRows))`. ' +
      `Variants are measured in interleaved rounds; ratio: the median over rounds of time over the fastest hand-written variant's in the same round (lower is better). ${bulkRuns} rounds after a warm-up run${quick ? ' (quick mode: fewer rows)' : ''}.`,
    rows: [],
  };
  for (const { db, label, url } of bulkDatabases) {
    const c = { suite: SUITE, what: 'bulk insert', db, label, table };
    await withBulkTable(c, result, async () => {
      const variants = [...handWrittenBatches(db, table), ...(db === 'sqlite' ? [oneRowReused()] : []), alkahest(db, url)];
      result.rows.push(...(await measureBulk(c, variants, rowsToInsert, target)));
    });
  }
  return result;
}
