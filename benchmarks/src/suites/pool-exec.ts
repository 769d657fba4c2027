/**
 * Suites 2b and 2c: PostgreSQL and MariaDB, select by primary key from
 * concurrent callers over a pool; throughput against the raw driver's pool.
 */
import { createEngine } from '@alkahest/pool';
import { eq, sql as drizzleSql } from 'drizzle-orm';
import { drizzle as drizzleMysql } from 'drizzle-orm/mysql2';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import knexFactory from 'knex';
import { Kysely, MysqlDialect, PostgresDialect } from 'kysely';
import * as mysqlCallback from 'mysql2';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { concurrency, mysqlDriverUrl, mysqlUrl, pgUrl, poolSize, poolTiming, tableNames, userRows as userCount } from '../config';
import { createUsersSql, dropTableSql, seedUsersSql, selectByIdSql } from '../fixtures/data';
import type { ExecVariant } from '../harness/exec-variant';
import { runInterleaved } from '../harness/interleave';
import { oneLine, progress } from '../harness/log';
import { sampleThroughput } from '../harness/measure';
import { addComparison, applyTarget, Baseline, failedRow, ratioTarget, setRatios, SuiteResult, Target } from '../harness/results';
import { idCycle } from '../harness/rng';
import { alkahestSelectById, alkahestTables } from '../peers/alkahest';
import { alkahestPrepared } from '../peers/alkahest-prepared';
import { drizzleMysqlUsers, drizzlePgTables } from '../peers/drizzle';
import type { KyselyUsersDb } from '../peers/kysely';

const table = tableNames.users;
const alkahest = () => alkahestTables({ users: table, posts: tableNames.posts }).users;

/** The PostgreSQL variants; `raw pg named prepared` is the baseline, `raw pg pool.query` the comparison. */
function pgVariants(): ExecVariant[] {
  const text = selectByIdSql('postgres', table);
  const newPool = () => new pg.Pool({ connectionString: pgUrl, max: poolSize });
  const users = drizzlePgTables({ users: table, posts: tableNames.posts }).users;
  return [
    {
      name: 'raw pg pool.query',
      open: async () => {
        const pool = newPool();
        return { byId: async (id) => (await pool.query(text, [id])).rows, close: () => pool.end() };
      },
    },
    {
      name: 'raw pg named prepared',
      open: async () => {
        const pool = newPool();
        return { byId: async (id) => (await pool.query({ name: 'bench_user_by_id', text, values: [id] })).rows, close: () => pool.end() };
      },
    },
    {
      name: 'knex',
      open: async () => {
        const k = knexFactory({ client: 'pg', connection: pgUrl, pool: { min: 0, max: poolSize } });
        return { byId: (id) => k(table).select('id', 'name', 'email').where('id', id), close: () => k.destroy() };
      },
    },
    {
      name: 'kysely',
      open: async () => {
        const db = new Kysely<KyselyUsersDb>({ dialect: new PostgresDialect({ pool: newPool() }) });
        return { byId: (id) => db.selectFrom(table).select(['id', 'name', 'email']).where('id', '=', id).execute(), close: () => db.destroy() };
      },
    },
    {
      name: 'drizzle',
      open: async () => {
        const pool = newPool();
        const db = drizzlePg(pool);
        return {
          byId: (id) => db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, id)).execute(),
          close: () => pool.end(),
        };
      },
    },
    {
      name: 'drizzle prepared',
      open: async () => {
        const pool = newPool();
        const db = drizzlePg(pool);
        const prepared = db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(eq(users.id, drizzleSql.placeholder('id')))
          .prepare('bench_drizzle_user_by_id');
        return { byId: (id) => prepared.execute({ id }), close: () => pool.end() };
      },
    },
    ...alkahestVariants(pgUrl),
  ];
}

/** The MariaDB variants; the faster of raw `pool.query` / `pool.execute` per round is the baseline. */
function mysqlVariants(): ExecVariant[] {
  const text = selectByIdSql('mysql', table);
  const uri = mysqlDriverUrl(mysqlUrl);
  const newPool = () => mysql.createPool({ uri, connectionLimit: poolSize });
  const users = drizzleMysqlUsers(table);
  return [
    {
      name: 'raw mysql2 pool.query',
      open: async () => {
        const pool = newPool();
        return { byId: async (id) => (await pool.query(text, [id]))[0], close: () => pool.end() };
      },
    },
    {
      name: 'raw mysql2 pool.execute',
      open: async () => {
        const pool = newPool();
        return { byId: async (id) => (await pool.execute(text, [id]))[0], close: () => pool.end() };
      },
    },
    {
      name: 'knex',
      open: async () => {
        const k = knexFactory({ client: 'mysql2', connection: uri, pool: { min: 0, max: poolSize } });
        return { byId: (id) => k(table).select('id', 'name', 'email').where('id', id), close: () => k.destroy() };
      },
    },
    {
      name: 'kysely',
      open: async () => {
        const db = new Kysely<KyselyUsersDb>({ dialect: new MysqlDialect({ pool: mysqlCallback.createPool({ uri, connectionLimit: poolSize }) }) });
        return { byId: (id) => db.selectFrom(table).select(['id', 'name', 'email']).where('id', '=', id).execute(), close: () => db.destroy() };
      },
    },
    {
      name: 'drizzle',
      open: async () => {
        const pool = newPool();
        const db = drizzleMysql(pool);
        return {
          byId: (id) => db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, id)).execute(),
          close: () => pool.end(),
        };
      },
    },
    {
      name: 'drizzle prepared',
      open: async () => {
        const pool = newPool();
        const db = drizzleMysql(pool);
        const prepared = db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(eq(users.id, drizzleSql.placeholder('id')))
          .prepare();
        return { byId: (id) => prepared.execute({ id }), close: () => pool.end() };
      },
    },
    ...alkahestVariants(mysqlUrl),
  ];
}

function alkahestVariants(url: string): ExecVariant[] {
  return [
    {
      name: 'alkahest',
      open: async () => {
        const engine = createEngine(url, { pool: { max: poolSize } });
        const users = alkahest();
        return { byId: (id) => engine.execute(alkahestSelectById(users, id)), close: () => engine.close() };
      },
    },
    {
      name: 'alkahest prepared',
      open: async () => {
        const engine = createEngine(url, { pool: { max: poolSize } });
        try {
          return { byId: alkahestPrepared(engine, alkahest()), close: () => engine.close() };
        } catch (error) {
          await engine.close();
          throw error;
        }
      },
    },
  ];
}

/** Runs SQL on the database with its raw driver (setup and teardown). */
type Admin = { readonly run: (sql: string) => Promise<void>; readonly end: () => Promise<void> };

async function pgAdmin(): Promise<Admin> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  return { run: async (sql) => void (await client.query(sql)), end: () => client.end() };
}

async function mysqlAdmin(): Promise<Admin> {
  const connection = await mysql.createConnection({ uri: mysqlDriverUrl(mysqlUrl), connectTimeout: 3_000 });
  return { run: async (sql) => void (await connection.query(sql)), end: () => connection.end() };
}

export interface PoolSuiteSpec {
  readonly id: string;
  readonly title: string;
  readonly database: 'postgres' | 'mysql';
  /** What the target is measured against: the raw driver's fastest path, per round. */
  readonly baseline: Baseline;
  /** Described in the suite's text. */
  readonly baselineText: string;
  /** Shown beside each ratio for comparison: raw `pool.query`. */
  readonly comparison: string;
  readonly target: Target;
  readonly admin: () => Promise<Admin>;
  readonly variants: () => ExecVariant[];
}

export const postgresPoolSuite: PoolSuiteSpec = {
  id: 'pg-exec',
  title: '2b. PostgreSQL execution (select by PK, 10 concurrent callers, pool of 10)',
  database: 'postgres',
  baseline: { variant: 'raw pg named prepared' },
  baselineText: 'raw pg named prepared statements (`{ name, text, values }`), the driver\'s fastest path',
  comparison: 'raw pg pool.query',
  target: ratioTarget(0.95, 'raw named prepared throughput', 'ops/s'),
  admin: pgAdmin,
  variants: pgVariants,
};

export const mysqlPoolSuite: PoolSuiteSpec = {
  id: 'mysql-exec',
  title: '2c. MariaDB execution (select by PK, 10 concurrent callers, pool of 10)',
  database: 'mysql',
  baseline: { fastestOf: ['raw mysql2 pool.query', 'raw mysql2 pool.execute'], label: 'faster of raw query()/execute()' },
  baselineText: 'the faster of raw mysql2 `pool.query` and `pool.execute` in each round',
  comparison: 'raw mysql2 pool.query',
  target: ratioTarget(0.95, 'raw fastest path throughput', 'ops/s'),
  admin: mysqlAdmin,
  variants: mysqlVariants,
};

export async function runPoolExecSuite(spec: PoolSuiteSpec): Promise<SuiteResult> {
  const caseName = 'select by PK';
  const suite: SuiteResult = {
    id: spec.id,
    title: spec.title,
    description:
      `Queries per second completed by ${concurrency} concurrent callers, each awaiting its query before sending the next, ` +
      `over a pool of ${poolSize} connections (variants measured in interleaved rounds, each round opening a new pool and warming it up), reading ${userCount} rows by random primary key. Baseline: ${spec.baselineText}. ` +
      `Ratio: the median over rounds of throughput over the baseline's in the same round (higher is better); the notes give the ratio to ${spec.comparison} too.`,
    rows: [],
  };
  let admin: Admin;
  try {
    admin = await spec.admin();
  } catch (error) {
    suite.skipped = `database not reachable (${oneLine(error)})`;
    progress(`${spec.id}: skipped: ${suite.skipped}`);
    return suite;
  }
  const rows = suite.rows;
  try {
    await admin.run(dropTableSql(spec.database, table));
    await admin.run(createUsersSql(spec.database, table));
    await admin.run(seedUsersSql(spec.database, table, userCount));
    const variants = spec.variants();
    const outcomes = await runInterleaved(
      spec.id,
      variants,
      poolTiming.runs,
      (opened) => {
        const next = idCycle(userCount);
        return sampleThroughput(() => opened.byId(next()), concurrency, poolTiming);
      },
      (qps) => `${Math.round(qps)}/s`,
    );
    for (const variant of variants) {
      const outcome = outcomes.get(variant.name)!;
      const target = variant.name.startsWith('alkahest') ? spec.target : undefined;
      rows.push(
        'summary' in outcome
          ? { suite: spec.id, caseName, variant: variant.name, unit: 'ops/s', summary: outcome.summary }
          : failedRow(spec.id, caseName, variant.name, 'ops/s', outcome.failure, target),
      );
    }
  } finally {
    await admin.run(dropTableSql(spec.database, table)).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
  setRatios(rows, spec.baseline);
  addComparison(rows, { variant: spec.comparison });
  for (const row of rows) if (row.variant.startsWith('alkahest')) applyTarget(row, spec.target);
  return suite;
}
