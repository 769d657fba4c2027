/**
 * Suite 3: inserting many rows at once. Hand-written batches, the fastest a
 * driver allows (multi-row VALUES sized to its parameter limit, in one
 * transaction), against alkahest's `engine.execute(insert(t).values(allRows))`.
 */
import { insert, sql as alkSql } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { bulkRows, bulkRuns, mysqlDriverUrl, mysqlUrl, pgUrl, quick, tableNames } from '../config';
import { createUsersSql, Database as Db, dropTableSql, NewUser, userRows } from '../fixtures/data';
import { oneLine, progress } from '../harness/log';
import { consume } from '../harness/measure';
import { outcomeRows, runRounds } from '../harness/rounds';
import { applyTarget, failedRow, ratioTarget, ResultRow, setRatios, SuiteResult } from '../harness/results';
import { alkahestTables } from '../peers/alkahest';

const SUITE = 'bulk-insert';
const table = tableNames.bulk;
const COLUMNS = ['name', 'email', 'age', 'score'] as const;

/** Parameters a statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER, the 16-bit count of the PostgreSQL and MySQL protocols. */
const parameterLimit: Record<Db, number> = { sqlite: 32_766, postgres: 65_535, mysql: 65_535 };

function quote(db: Db, name: string): string {
  return db === 'mysql' ? `\`${name}\`` : `"${name}"`;
}

/** `INSERT INTO t (cols) VALUES (…), (…)` for `count` rows, with the driver's placeholders. */
function multiRowInsert(db: Db, count: number): string {
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
function* batches(db: Db, rows: readonly NewUser[]): Generator<{ readonly text: string; readonly params: Values }> {
  const perBatch = Math.floor(parameterLimit[db] / COLUMNS.length);
  const texts = new Map<number, string>();
  for (let from = 0; from < rows.length; from += perBatch) {
    const to = Math.min(rows.length, from + perBatch);
    let text = texts.get(to - from);
    if (text === undefined) texts.set(to - from, (text = multiRowInsert(db, to - from)));
    yield { text, params: flatten(rows, from, to) };
  }
}

interface BulkVariant {
  readonly name: string;
  readonly handWritten: boolean;
  readonly open: () => Promise<{
    readonly insertAll: (rows: readonly NewUser[]) => Promise<void>;
    readonly reset: () => Promise<void>;
    readonly count: () => Promise<number>;
    readonly close: () => Promise<void>;
  }>;
}

/** alkahest on a database: one statement with every row. */
function alkahestVariant(db: Db, url: string): BulkVariant {
  return {
    name: 'alkahest',
    handWritten: false,
    open: async () => {
      const engine: Engine = createEngine(url, db === 'sqlite' ? {} : { pool: { max: 2 } });
      const { users } = alkahestTables({ users: table, posts: tableNames.posts });
      const run = async (text: string): Promise<unknown> => engine.execute(alkSql.unsafe(text));
      if (db === 'sqlite') await run(createUsersSql(db, table));
      return {
        insertAll: async (rows) => void (await engine.execute(insert(users).values(rows))),
        reset: async () => void (await run(db === 'postgres' ? `TRUNCATE ${quote(db, table)}` : `DELETE FROM ${quote(db, table)}`)),
        count: async () => {
          const rows = (await run(`SELECT COUNT(*) AS n FROM ${quote(db, table)}`)) as { n: unknown }[];
          return Number(rows[0]?.n);
        },
        close: () => engine.close(),
      };
    },
  };
}

function sqliteVariants(): BulkVariant[] {
  const open = (insertAll: (db: Database.Database, rows: readonly NewUser[]) => void) => async () => {
    const db = new Database(':memory:');
    db.exec(createUsersSql('sqlite', table));
    return {
      insertAll: async (rows: readonly NewUser[]) => insertAll(db, rows),
      reset: async () => void db.exec(`DELETE FROM "${table}"`),
      count: async () => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n,
      close: async () => void db.close(),
    };
  };
  return [
    {
      name: 'hand-written multi-row VALUES',
      handWritten: true,
      open: open((db, rows) => {
        const statements = new Map<string, Database.Statement>();
        db.transaction(() => {
          for (const { text, params } of batches('sqlite', rows)) {
            let stmt = statements.get(text);
            if (stmt === undefined) statements.set(text, (stmt = db.prepare(text)));
            stmt.run(params);
          }
        })();
      }),
    },
    {
      name: 'hand-written one-row statement reused',
      handWritten: true,
      open: open((db, rows) => {
        const stmt = db.prepare(`INSERT INTO "${table}" (name, email, age, score) VALUES (?, ?, ?, ?)`);
        db.transaction(() => {
          for (const r of rows) stmt.run(r.name, r.email, r.age, r.score);
        })();
      }),
    },
    alkahestVariant('sqlite', 'sqlite::memory:'),
  ];
}

function pgVariants(): BulkVariant[] {
  return [
    {
      name: 'hand-written multi-row VALUES',
      handWritten: true,
      open: async () => {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        return {
          insertAll: async (rows) => {
            await client.query('BEGIN');
            try {
              for (const { text, params } of batches('postgres', rows)) await client.query(text, params);
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
    },
    alkahestVariant('postgres', pgUrl),
  ];
}

function mysqlVariants(): BulkVariant[] {
  const variant = (name: string, method: 'query' | 'execute'): BulkVariant => ({
    name,
    handWritten: true,
    open: async () => {
      const connection = await mysql.createConnection({ uri: mysqlDriverUrl(mysqlUrl) });
      return {
        insertAll: async (rows) => {
          await connection.beginTransaction();
          try {
            for (const { text, params } of batches('mysql', rows)) {
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
  });
  return [
    variant('hand-written multi-row VALUES, query()', 'query'),
    variant('hand-written multi-row VALUES, execute()', 'execute'),
    alkahestVariant('mysql', mysqlUrl),
  ];
}

type Admin = { readonly run: (sql: string) => Promise<void>; readonly end: () => Promise<void> };

async function admin(db: Db): Promise<Admin | undefined> {
  if (db === 'sqlite') return undefined;
  if (db === 'postgres') {
    const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3_000 });
    await client.connect();
    return { run: async (s) => void (await client.query(s)), end: () => client.end() };
  }
  const connection = await mysql.createConnection({ uri: mysqlDriverUrl(mysqlUrl), connectTimeout: 3_000 });
  return { run: async (s) => void (await connection.query(s)), end: () => connection.end() };
}

const databases: readonly { readonly db: Db; readonly label: string; readonly variants: () => BulkVariant[] }[] = [
  { db: 'sqlite', label: 'SQLite (in memory)', variants: sqliteVariants },
  { db: 'postgres', label: 'PostgreSQL', variants: pgVariants },
  { db: 'mysql', label: 'MariaDB', variants: mysqlVariants },
];

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
  for (const { db, label, variants } of databases) {
    const caseName = label;
    let adminConnection: Admin | undefined;
    try {
      adminConnection = await admin(db);
    } catch (error) {
      progress(`bulk insert: ${label}: skipped: database not reachable (${oneLine(error)})`);
      result.rows.push(failedRow(SUITE, caseName, 'all', 's', `skipped: database not reachable (${oneLine(error)})`));
      continue;
    }
    let group: ResultRow[] = [];
    try {
      if (adminConnection !== undefined) {
        await adminConnection.run(dropTableSql(db, table));
        await adminConnection.run(createUsersSql(db, table));
      }
      const list = variants();
      type Opened = Awaited<ReturnType<BulkVariant['open']>>;
      const outcomes = await runRounds<Opened>(`bulk insert: ${label}`, list.map((v) => ({
        name: v.name,
        open: async () => {
          const opened = await v.open();
          if (!quick) {
            // A warm-up run, untimed.
            await opened.reset();
            await opened.insertAll(rowsToInsert);
          }
          return { ...opened, close: async () => {
            await opened.reset().catch(() => undefined);
            await opened.close();
          } };
        },
      })), {
        runs: bulkRuns,
        open: 'once',
        format: (seconds) => `${seconds.toFixed(3)} s`,
        sample: async (opened) => {
          await opened.reset();
          const start = performance.now();
          consume(await opened.insertAll(rowsToInsert));
          const seconds = (performance.now() - start) / 1000;
          const count = await opened.count();
          if (count !== bulkRows) throw new Error(`table holds ${count} rows, expected ${bulkRows}`);
          return seconds;
        },
      });
      group = outcomeRows(SUITE, caseName, 's', list, outcomes, (name) => (list.find((v) => v.name === name)?.handWritten === false ? target : undefined));
    } finally {
      if (adminConnection !== undefined) {
        await adminConnection.run(dropTableSql(db, table)).catch(() => undefined);
        await adminConnection.end().catch(() => undefined);
      }
    }
    setRatios(group, { fastestOf: group.filter((r) => r.variant.startsWith('hand-written')).map((r) => r.variant), label: 'fastest hand-written' });
    for (const row of group) if (row.variant === 'alkahest') applyTarget(row, target);
    result.rows.push(...group);
  }
  return result;
}
