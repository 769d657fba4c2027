/**
 * Suite 6: bulk loading. alkahest's `engine.load(table, rows)` (COPY FROM
 * STDIN on PostgreSQL, LOAD DATA LOCAL INFILE on MariaDB, one prepared INSERT
 * on SQLite) against the fastest hand-written multi-row VALUES batches (sized
 * to the driver's parameter limit, in one transaction), in interleaved rounds;
 * then, per database, one load of 1,000,000 rows from an async generator in a
 * process of its own, with its peak RSS growth.
 */
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine, Engine } from '@alkahest/pool';
import { sql as alkSql } from '@alkahest/core';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { bulkRows, bulkRuns, mysqlDriverUrl, mysqlUrl, pgUrl, prefix, quick } from '../config';
import { createUsersSql, Database as Db, dropTableSql, NewUser, userRows } from '../fixtures/data';
import { oneLine, progress } from '../harness/log';
import { consume } from '../harness/measure';
import { outcomeRows, runRounds } from '../harness/rounds';
import { applyTarget, ceilingTarget, failedRow, ratioTarget, ResultRow, setRatios, SuiteResult } from '../harness/results';
import { summarize } from '../harness/stats';
import { alkahestTables } from '../peers/alkahest';
import type { LoadJob, LoadReport } from './bulk-load-worker';

const SUITE = 'bulk-load';
const table = `${prefix}_load`;
const COLUMNS = ['name', 'email', 'age', 'score'] as const;
/** Rows of the memory run: the issue's million (fewer in quick mode). */
const memoryRows = quick ? 200_000 : 1_000_000;
const RUN_TIMEOUT_MS = 300_000;

/** Parameters a statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER, the 16-bit count of the PostgreSQL and MySQL protocols. */
const parameterLimit: Record<Db, number> = { sqlite: 32_766, postgres: 65_535, mysql: 65_535 };

const quote = (db: Db, name: string): string => (db === 'mysql' ? `\`${name}\`` : `"${name}"`);

/** `rows` as multi-row VALUES statements of at most the driver's parameter limit: each one's SQL and values. */
function* batches(db: Db, rows: readonly NewUser[]): Generator<{ readonly text: string; readonly params: (string | number | null)[] }> {
  const perBatch = Math.floor(parameterLimit[db] / COLUMNS.length);
  const texts = new Map<number, string>();
  for (let from = 0; from < rows.length; from += perBatch) {
    const to = Math.min(rows.length, from + perBatch);
    let text = texts.get(to - from);
    if (text === undefined) {
      let n = 0;
      const groups = Array.from({ length: to - from }, () => `(${COLUMNS.map(() => (db === 'postgres' ? `$${++n}` : '?')).join(', ')})`);
      text = `INSERT INTO ${quote(db, table)} (${COLUMNS.map((c) => quote(db, c)).join(', ')}) VALUES ${groups.join(', ')}`;
      texts.set(to - from, text);
    }
    const params: (string | number | null)[] = [];
    for (let i = from; i < to; i++) {
      const r = rows[i]!;
      params.push(r.name, r.email, r.age, r.score);
    }
    yield { text, params };
  }
}

interface Opened {
  readonly loadAll: (rows: readonly NewUser[]) => Promise<void>;
  readonly reset: () => Promise<void>;
  readonly count: () => Promise<number>;
  readonly close: () => Promise<void>;
}

interface LoadVariant {
  readonly name: string;
  readonly handWritten: boolean;
  readonly open: () => Promise<Opened>;
}

function alkahestVariant(db: Db, url: string): LoadVariant {
  return {
    name: 'alkahest engine.load()',
    handWritten: false,
    open: async () => {
      const engine: Engine = createEngine(url, { pool: { max: 1 } });
      const { users } = alkahestTables({ users: table, posts: `${table}_unused` });
      const run = (text: string): Promise<unknown> => engine.execute(alkSql.unsafe(text));
      if (db === 'sqlite') await run(createUsersSql(db, table));
      return {
        loadAll: async (rows) => void (await engine.load(users, rows)),
        reset: async () => void (await run(db === 'postgres' ? `TRUNCATE ${quote(db, table)}` : `DELETE FROM ${quote(db, table)}`)),
        count: async () => Number(((await run(`SELECT COUNT(*) AS n FROM ${quote(db, table)}`)) as { n: unknown }[])[0]?.n),
        close: () => engine.close(),
      };
    },
  };
}

function sqliteVariants(): LoadVariant[] {
  const open = (loadAll: (db: Database.Database, rows: readonly NewUser[]) => void) => async (): Promise<Opened> => {
    const db = new Database(':memory:');
    db.exec(createUsersSql('sqlite', table));
    return {
      loadAll: async (rows) => loadAll(db, rows),
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
    alkahestVariant('sqlite', 'sqlite::memory:'),
  ];
}

function pgVariants(): LoadVariant[] {
  return [
    {
      name: 'hand-written multi-row VALUES',
      handWritten: true,
      open: async () => {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        return {
          loadAll: async (rows) => {
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

function mysqlVariants(): LoadVariant[] {
  const variant = (name: string, method: 'query' | 'execute'): LoadVariant => ({
    name,
    handWritten: true,
    open: async () => {
      const connection = await mysql.createConnection({ uri: mysqlDriverUrl(mysqlUrl) });
      return {
        loadAll: async (rows) => {
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
  return [variant('hand-written multi-row VALUES, query()', 'query'), variant('hand-written multi-row VALUES, execute()', 'execute'), alkahestVariant('mysql', mysqlUrl)];
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

/** Runs one memory job in a child process and waits for its report. */
function runJob(job: LoadJob): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'bulk-load-worker.js'), [JSON.stringify(job)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: LoadReport | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`load run did not finish within ${RUN_TIMEOUT_MS / 1000} s`));
    }, RUN_TIMEOUT_MS);
    child.on('message', (message: LoadReport) => (report = message));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (report === undefined) reject(new Error(`load worker exited with code ${code} without a report`));
      else if (report.error !== undefined) reject(new Error(report.error));
      else resolve(report);
    });
  });
}

const databases: readonly { readonly db: Db; readonly label: string; readonly variants: () => LoadVariant[]; readonly memoryUrl: () => string }[] = [
  { db: 'sqlite', label: 'SQLite (in memory)', variants: sqliteVariants, memoryUrl: () => `sqlite:${path.join(os.tmpdir(), `${table}.db`)}` },
  { db: 'postgres', label: 'PostgreSQL', variants: pgVariants, memoryUrl: () => pgUrl },
  { db: 'mysql', label: 'MariaDB', variants: mysqlVariants, memoryUrl: () => mysqlUrl },
];

export async function runBulkLoadSuite(): Promise<SuiteResult> {
  const rowsToLoad = userRows(bulkRows);
  const fast = ratioTarget(0.5, 'hand-written time (≥ 2× faster)', 's');
  const memoryCeiling = ceilingTarget(64, 'MiB');
  const result: SuiteResult = {
    id: SUITE,
    title: `6. Bulk load (${bulkRows.toLocaleString('en-US')} rows; memory: ${memoryRows.toLocaleString('en-US')})`,
    description:
      `Seconds to load ${bulkRows.toLocaleString('en-US')} rows of four columns into an empty table (emptied before every run, untimed). ` +
      'alkahest: `engine.load(table, rows)` — COPY FROM STDIN on PostgreSQL, LOAD DATA LOCAL INFILE on MariaDB, one prepared INSERT on SQLite, ' +
      'every value checked and converted as a bound value. Hand-written: multi-row VALUES statements sized to the driver\'s parameter limit, in one transaction. ' +
      `Interleaved rounds; ratio: the median over rounds of time over the fastest hand-written variant's in the same round (lower is better); ${bulkRuns} rounds. ` +
      `Then, per database, one \`engine.load()\` of ${memoryRows.toLocaleString('en-US')} rows from an async generator in a process of its own: its peak RSS growth over the RSS before the load.`,
    rows: [],
  };
  for (const { db, label, variants, memoryUrl } of databases) {
    let adminConnection: Admin | undefined;
    try {
      adminConnection = await admin(db);
    } catch (error) {
      progress(`bulk load: ${label}: skipped: database not reachable (${oneLine(error)})`);
      result.rows.push(failedRow(SUITE, label, 'all', 's', `skipped: database not reachable (${oneLine(error)})`));
      continue;
    }
    let group: ResultRow[] = [];
    const target = db === 'sqlite' ? undefined : fast;
    try {
      if (adminConnection !== undefined) {
        await adminConnection.run(dropTableSql(db, table));
        await adminConnection.run(createUsersSql(db, table));
      }
      const list = variants();
      const outcomes = await runRounds<Opened>(
        `bulk load: ${label}`,
        list.map((v) => ({
          name: v.name,
          open: async () => {
            const opened = await v.open();
            if (!quick) {
              await opened.reset();
              await opened.loadAll(rowsToLoad);
            }
            return {
              ...opened,
              close: async () => {
                await opened.reset().catch(() => undefined);
                await opened.close();
              },
            };
          },
        })),
        {
          runs: bulkRuns,
          open: 'once',
          format: (seconds) => `${seconds.toFixed(3)} s`,
          sample: async (opened) => {
            await opened.reset();
            const start = performance.now();
            consume(await opened.loadAll(rowsToLoad));
            const seconds = (performance.now() - start) / 1000;
            const count = await opened.count();
            if (count !== bulkRows) throw new Error(`table holds ${count} rows, expected ${bulkRows}`);
            return seconds;
          },
        },
      );
      group = outcomeRows(SUITE, label, 's', list, outcomes, (name) => (list.find((v) => v.name === name)?.handWritten === false ? target : undefined));
      setRatios(group, { fastestOf: group.filter((r) => r.variant.startsWith('hand-written')).map((r) => r.variant), label: 'fastest hand-written' });
      if (target !== undefined) for (const row of group) if (!row.variant.startsWith('hand-written')) applyTarget(row, target);
      result.rows.push(...group);

      // The memory run: a fresh table, one load of memoryRows rows from an async generator.
      const memoryCase = `${label}: ${memoryRows.toLocaleString('en-US')} rows from an async generator, peak RSS growth`;
      try {
        if (db === 'sqlite') {
          const file = memoryUrl().slice('sqlite:'.length);
          fs.rmSync(file, { force: true });
          const setup = new Database(file);
          setup.exec(createUsersSql('sqlite', table));
          setup.close();
        } else {
          await adminConnection!.run(dropTableSql(db, table));
          await adminConnection!.run(createUsersSql(db, table));
        }
        const report = await runJob({ url: memoryUrl(), table, rows: memoryRows });
        if (report.rows !== memoryRows) throw new Error(`loaded ${report.rows} rows, expected ${memoryRows}`);
        progress(`bulk load: ${label}: ${memoryRows} rows in ${report.seconds.toFixed(1)} s, peak RSS +${report.peakGrowthMiB.toFixed(1)} MiB`);
        const row: ResultRow = {
          suite: SUITE,
          caseName: memoryCase,
          variant: 'alkahest engine.load()',
          unit: 'MiB',
          summary: summarize([report.peakGrowthMiB]),
          extra: `RSS before the load ${report.baselineMiB.toFixed(0)} MiB; ${report.seconds.toFixed(1)} s (${Math.round(memoryRows / report.seconds).toLocaleString('en-US')} rows/s)`,
        };
        applyTarget(row, memoryCeiling);
        result.rows.push(row);
      } catch (error) {
        result.rows.push(failedRow(SUITE, memoryCase, 'alkahest engine.load()', 'MiB', `failed: ${oneLine(error)}`, memoryCeiling));
      } finally {
        if (db === 'sqlite') fs.rmSync(memoryUrl().slice('sqlite:'.length), { force: true });
      }
    } finally {
      if (adminConnection !== undefined) {
        await adminConnection.run(dropTableSql(db, table)).catch(() => undefined);
        await adminConnection.end().catch(() => undefined);
      }
    }
  }
  return result;
}
