/**
 * Creates the SSB tables and loads the generated rows through the raw
 * drivers, each its fast plain path: SQLite one prepared INSERT in one
 * transaction; PostgreSQL `INSERT … SELECT * FROM unnest($1::integer[], …)`,
 * one bound array a column, 50,000 rows a statement, in one transaction; MariaDB multi-row VALUES escaped by mysql2
 * (`INSERT … VALUES ?`, 5,000 rows a statement). Then ANALYZE, so that every
 * variant runs on the same statistics.
 */
import type { Database } from 'better-sqlite3';
import type { Connection } from 'mysql2/promise';
import type { PoolClient } from 'pg';
import type { SsbData } from './generate';
import { createTableSql, dropTableSql, ssbColumns, SsbTableNames, ssbTableKeys } from './schema';

type Key = keyof SsbTableNames;
type Row = Readonly<Record<string, unknown>>;

const rowsOf = (data: SsbData, key: Key): readonly Row[] =>
  ({ date: data.dates, customer: data.customers, supplier: data.suppliers, part: data.parts, lineorder: data.lineorders })[key] as unknown as readonly Row[];

const valuesOf = (key: Key, row: Row): unknown[] => ssbColumns[key].map(([name]) => row[name]);

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export function loadSqlite(db: Database, names: SsbTableNames, data: SsbData): void {
  for (const key of ssbTableKeys) {
    db.exec(dropTableSql(key, names));
    db.exec(createTableSql('sqlite', key, names));
    const columns = ssbColumns[key];
    const insert = db.prepare(`INSERT INTO ${names[key]} VALUES (${columns.map(() => '?').join(', ')})`);
    const rows = rowsOf(data, key);
    db.transaction(() => {
      for (const row of rows) insert.run(valuesOf(key, row));
    })();
  }
  db.exec('ANALYZE');
}

export async function loadPostgres(client: PoolClient, names: SsbTableNames, data: SsbData): Promise<void> {
  for (const key of ssbTableKeys) {
    await client.query(dropTableSql(key, names));
    await client.query(createTableSql('postgres', key, names));
  }
  await client.query('BEGIN');
  try {
    for (const key of ssbTableKeys) {
      const columns = ssbColumns[key];
      const arrays = columns.map(([, type], c) => `$${c + 1}::${type === 'int' ? 'integer' : type === 'money' ? 'numeric' : 'text'}[]`);
      const text = `INSERT INTO ${names[key]} SELECT * FROM unnest(${arrays.join(', ')})`;
      for (const batch of chunks(rowsOf(data, key), 50_000)) {
        await client.query(text, columns.map(([name]) => batch.map((row) => row[name])));
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  for (const key of ssbTableKeys) await client.query(`ANALYZE ${names[key]}`);
}

export async function loadMysql(connection: Connection, names: SsbTableNames, data: SsbData): Promise<void> {
  for (const key of ssbTableKeys) {
    await connection.query(dropTableSql(key, names));
    await connection.query(createTableSql('mysql', key, names));
  }
  await connection.query('START TRANSACTION');
  try {
    for (const key of ssbTableKeys) {
      for (const batch of chunks(rowsOf(data, key), 5_000)) {
        await connection.query(`INSERT INTO ${names[key]} VALUES ?`, [batch.map((row) => valuesOf(key, row))]);
      }
    }
    await connection.query('COMMIT');
  } catch (error) {
    await connection.query('ROLLBACK');
    throw error;
  }
  for (const key of ssbTableKeys) await connection.query(`ANALYZE TABLE ${names[key]}`);
}

/** Drops the tables (on any of the three drivers: each takes one SQL string). */
export async function dropSsbTables(run: (sql: string) => unknown, names: SsbTableNames): Promise<void> {
  for (const key of [...ssbTableKeys].reverse()) await run(dropTableSql(key, names));
}
