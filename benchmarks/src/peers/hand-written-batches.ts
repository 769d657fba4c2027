/**
 * The hand-written baseline of the bulk suites: multi-row VALUES statements
 * sized to the driver's parameter limit, all in one transaction, straight on
 * better-sqlite3, pg and mysql2 (MariaDB with both `query()` and `execute()`).
 */
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { mysqlDriverUrl, mysqlUrl, pgUrl } from '../config';
import { createUsersSql, Database as Db, NewUser } from '../fixtures/data';
import type { BulkOpened, BulkVariant } from '../harness/bulk-rounds';

const COLUMNS = ['name', 'email', 'age', 'score'] as const;

/** Parameters a statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER, the 16-bit count of the PostgreSQL and MySQL protocols. */
const parameterLimit: Record<Db, number> = { sqlite: 32_766, postgres: 65_535, mysql: 65_535 };

/** A name quoted for the database. */
export function quote(db: Db, name: string): string {
  return db === 'mysql' ? `\`${name}\`` : `"${name}"`;
}

/** `INSERT INTO t (cols) VALUES (…), (…)` for `count` rows, with the driver's placeholders. */
function multiRowInsert(db: Db, table: string, count: number): string {
  const cols = COLUMNS.map((c) => quote(db, c)).join(', ');
  const groups: string[] = [];
  let n = 0;
  for (let r = 0; r < count; r++) {
    const marks = COLUMNS.map(() => (db === 'postgres' ? `$${++n}` : '?'));
    groups.push(`(${marks.join(', ')})`);
  }
  return `INSERT INTO ${quote(db, table)} (${cols}) VALUES ${groups.join(', ')}`;
}

/** A batch's values, row after row. */
type Values = (string | number | null)[];

function flatten(rows: readonly NewUser[], from: number, to: number): Values {
  const out: Values = [];
  for (let i = from; i < to; i++) {
    const r = rows[i]!;
    out.push(r.name, r.email, r.age, r.score);
  }
  return out;
}

/** `rows` split into batches of at most the driver's parameter limit: each batch's SQL and values. */
function* batches(db: Db, table: string, rows: readonly NewUser[]): Generator<{ readonly text: string; readonly params: Values }> {
  const perBatch = Math.floor(parameterLimit[db] / COLUMNS.length);
  const texts = new Map<number, string>();
  for (let from = 0; from < rows.length; from += perBatch) {
    const to = Math.min(rows.length, from + perBatch);
    let text = texts.get(to - from);
    if (text === undefined) texts.set(to - from, (text = multiRowInsert(db, table, to - from)));
    yield { text, params: flatten(rows, from, to) };
  }
}

/** A hand-written SQLite variant on a database in memory of its own: `writeAll` runs on the open better-sqlite3 handle. */
export function sqliteVariant(name: string, table: string, writeAll: (db: Database.Database, rows: readonly NewUser[]) => void): BulkVariant {
  return {
    name,
    handWritten: true,
    open: async (): Promise<BulkOpened> => {
      const db = new Database(':memory:');
      db.exec(createUsersSql('sqlite', table));
      return {
        writeAll: async (rows) => writeAll(db, rows),
        reset: async () => void db.exec(`DELETE FROM "${table}"`),
        count: async () => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n,
        close: async () => void db.close(),
      };
    },
  };
}

function sqliteBatches(table: string): BulkVariant {
  return sqliteVariant('hand-written multi-row VALUES', table, (db, rows) => {
    const statements = new Map<string, Database.Statement>();
    db.transaction(() => {
      for (const { text, params } of batches('sqlite', table, rows)) {
        let stmt = statements.get(text);
        if (stmt === undefined) statements.set(text, (stmt = db.prepare(text)));
        stmt.run(params);
      }
    })();
  });
}

function pgBatches(table: string): BulkVariant {
  return {
    name: 'hand-written multi-row VALUES',
    handWritten: true,
    open: async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      return {
        writeAll: async (rows) => {
          await client.query('BEGIN');
          try {
            for (const { text, params } of batches('postgres', table, rows)) await client.query(text, params);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        },
        reset: async () => void (await client.query(`TRUNCATE "${table}"`)),
        count: async () => Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0]?.n),
        close: () => client.end(),
      };
    },
  };
}

function mysqlBatches(table: string, name: string, method: 'query' | 'execute'): BulkVariant {
  return {
    name,
    handWritten: true,
    open: async () => {
      const connection = await mysql.createConnection({ uri: mysqlDriverUrl(mysqlUrl) });
      return {
        writeAll: async (rows) => {
          await connection.beginTransaction();
          try {
            for (const { text, params } of batches('mysql', table, rows)) {
              if (method === 'query') await connection.query(text, params);
              else await connection.execute(text, params);
            }
            await connection.commit();
          } catch (error) {
            await connection.rollback();
            throw error;
          }
        },
        reset: async () => void (await connection.query(`TRUNCATE TABLE \`${table}\``)),
        count: async () => Number((await connection.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${table}\``))[0][0]?.['n']),
        close: () => connection.end(),
      };
    },
  };
}

/** The hand-written multi-row VALUES variants of a database, writing into `table`. */
export function handWrittenBatches(db: Db, table: string): BulkVariant[] {
  if (db === 'sqlite') return [sqliteBatches(table)];
  if (db === 'postgres') return [pgBatches(table)];
  return [
    mysqlBatches(table, 'hand-written multi-row VALUES, query()', 'query'),
    mysqlBatches(table, 'hand-written multi-row VALUES, execute()', 'execute'),
  ];
}
