/**
 * Suite 2a: SQLite in memory, select by primary key, each call awaited
 * before the next; time per query against better-sqlite3's cached statement.
 */
import { sql as alkSql } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import Database from 'better-sqlite3';
import { eq, sql as drizzleSql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import knexFactory from 'knex';
import { Kysely, SqliteDialect } from 'kysely';
import { sqliteTiming, tableNames, userRows as userCount } from '../config';
import { createUsersSql, seedUsersSql, selectByIdSql } from '../fixtures/data';
import type { ExecVariant } from '../harness/exec-variant';
import { runInterleaved } from '../harness/interleave';
import { sampleSerialLatency } from '../harness/measure';
import { applyTarget, failedRow, ratioTarget, ResultRow, setRatios, SuiteResult, Target } from '../harness/results';
import { idCycle } from '../harness/rng';
import { alkahestSelectById, alkahestTables } from '../peers/alkahest';
import { alkahestPrepared } from '../peers/alkahest-prepared';
import { drizzleSqliteUsers } from '../peers/drizzle';
import type { KyselyUsersDb } from '../peers/kysely';

const SUITE = 'sqlite-exec';
const CASE = 'select by PK (in memory)';
const table = tableNames.users;

/** A fresh in-memory database holding the users table. */
function seededDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.exec(createUsersSql('sqlite', table));
  db.exec(seedUsersSql('sqlite', table, userCount));
  return db;
}

const variants: readonly ExecVariant[] = [
  {
    name: 'raw better-sqlite3',
    open: async () => {
      const db = seededDatabase();
      const stmt = db.prepare(selectByIdSql('sqlite', table));
      return { byId: async (id) => stmt.get(id), close: async () => void db.close() };
    },
  },
  {
    name: 'alkahest',
    open: async () => {
      const engine = createEngine('sqlite::memory:');
      await engine.execute(alkSql.unsafe(createUsersSql('sqlite', table)));
      await engine.execute(alkSql.unsafe(seedUsersSql('sqlite', table, userCount)));
      const { users } = alkahestTables({ users: table, posts: tableNames.posts });
      return { byId: (id) => engine.execute(alkahestSelectById(users, id)), close: () => engine.close() };
    },
  },
  {
    name: 'alkahest prepared',
    open: async () => {
      const engine = createEngine('sqlite::memory:');
      await engine.execute(alkSql.unsafe(createUsersSql('sqlite', table)));
      await engine.execute(alkSql.unsafe(seedUsersSql('sqlite', table, userCount)));
      const { users } = alkahestTables({ users: table, posts: tableNames.posts });
      const byId = alkahestPrepared(engine, users);
      return { byId, close: () => engine.close() };
    },
  },
  {
    name: 'knex',
    open: async () => {
      const k = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
      await k.raw(createUsersSql('sqlite', table));
      await k.raw(seedUsersSql('sqlite', table, userCount));
      return { byId: (id) => k(table).select('id', 'name', 'email').where('id', id), close: () => k.destroy() };
    },
  },
  {
    name: 'kysely',
    open: async () => {
      const db = new Kysely<KyselyUsersDb>({ dialect: new SqliteDialect({ database: seededDatabase() }) });
      return { byId: (id) => db.selectFrom(table).select(['id', 'name', 'email']).where('id', '=', id).execute(), close: () => db.destroy() };
    },
  },
  {
    name: 'drizzle',
    open: async () => {
      const client = seededDatabase();
      const db = drizzle(client);
      const users = drizzleSqliteUsers(table);
      return {
        byId: async (id) => db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, id)).all(),
        close: async () => void client.close(),
      };
    },
  },
  {
    name: 'drizzle prepared',
    open: async () => {
      const client = seededDatabase();
      const db = drizzle(client);
      const users = drizzleSqliteUsers(table);
      const prepared = db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, drizzleSql.placeholder('id')))
        .prepare();
      return { byId: async (id) => prepared.all({ id }), close: async () => void client.close() };
    },
  },
];

const targets: Readonly<Record<string, Target>> = {
  alkahest: ratioTarget(2, 'raw time', 'µs/op'),
  'alkahest prepared': ratioTarget(1.1, 'raw time', 'µs/op'),
};

export async function runSqliteExecSuite(): Promise<SuiteResult> {
  const rows: ResultRow[] = [];
  const outcomes = await runInterleaved(
    'sqlite exec',
    variants,
    sqliteTiming.runs,
    (opened) => {
      const next = idCycle(userCount);
      return sampleSerialLatency(() => opened.byId(next()), sqliteTiming);
    },
    (us) => `${us.toFixed(2)} µs`,
  );
  for (const variant of variants) {
    const outcome = outcomes.get(variant.name)!;
    rows.push(
      'summary' in outcome
        ? { suite: SUITE, caseName: CASE, variant: variant.name, unit: 'µs/op', summary: outcome.summary }
        : failedRow(SUITE, CASE, variant.name, 'µs/op', outcome.failure, targets[variant.name]),
    );
  }
  setRatios(rows, { variant: 'raw better-sqlite3' });
  for (const row of rows) {
    const target = targets[row.variant];
    if (target !== undefined) applyTarget(row, target);
  }
  return {
    id: SUITE,
    title: '2a. SQLite execution (in memory, select by PK, awaited in turn)',
    description:
      `Microseconds per query, each awaited before the next (variants measured in interleaved rounds, each round reopening and warming up every variant), reading ${userCount} rows by random primary key. Baseline: ` +
      'better-sqlite3\'s cached statement `stmt.get(id)` in an async function. alkahest builds the statement afresh on every ' +
      'call (`engine.execute(select(...).where(users.c.id.eq(id)))`). Ratio: the median over rounds of time over raw time in the same round (lower is better).',
    rows,
  };
}
