/**
 * The alkahest demo: builds a small schema on in-memory SQLite, runs a few
 * statements, and prints each statement's SQL for every dialect alongside the
 * rows SQLite returns.
 *
 * Run it with `npm run demo`.
 */
import { and, CompiledQuery, deleteFrom, desc, Dialect, fn, insert, select, Statement, update } from '@alkahest/core';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { createEngine } from '@alkahest/pool';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { metadata, posts, users } from './schema';

/** Every dialect alkahest has, compile-only: the demo runs on SQLite alone. */
const dialects: readonly Dialect[] = [postgres.createDialect(), mysql.createDialect(), oracle.createDialect()];

function show(title: string, compiled: CompiledQuery, others: readonly [string, CompiledQuery | Error][]): void {
  console.log(`\n=== ${title}`);
  console.log(`  sqlite    ${compiled.sql}`);
  console.log(`            params ${JSON.stringify(compiled.params, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
  for (const [name, other] of others) {
    console.log(`  ${name.padEnd(9)} ${other instanceof Error ? `(${other.message})` : other.sql}`);
  }
}

async function main(): Promise<void> {
  const engine = createEngine('sqlite::memory:');
  try {
    const run = async (title: string, statement: Statement): Promise<unknown> => {
      const others = dialects.map((d): [string, CompiledQuery | Error] => {
        try {
          return [d.name, d.compile(statement)];
        } catch (error) {
          return [d.name, error as Error];
        }
      });
      show(title, engine.compile(statement), others);
      const result = await engine.execute(statement);
      if (result !== undefined) console.log('  result   ', result);
      return result;
    };

    for (const statement of metadata.createStatements()) await run('create', statement);

    await run(
      'insert users',
      insert(users).values([
        { name: 'Ada', email: 'ada@example.com', age: 36 },
        { name: 'Alan', email: 'alan@example.com', age: 41 },
        { name: 'Grace', email: 'grace@example.com', age: 22, active: false },
      ]),
    );
    await run(
      'insert posts',
      insert(posts).values([
        { userId: 1, title: 'Notes on the analytical engine' },
        { userId: 1, title: 'sql for poets' },
        { userId: 2, title: 'Computing machinery and intelligence' },
        { userId: 2, title: 'On computable numbers, with an sql appendix' },
        { userId: 3, title: 'The first bug' },
      ]),
    );

    const rows = await run(
      'posts per user over 25 with sql in the title',
      select(users.c.name, fn.count(posts.c.id).as('n'))
        .from(users.join(posts, posts.c.userId.eq(users.c.id)))
        .where(and(users.c.age.gt(25), posts.c.title.ilike('%sql%')))
        .groupBy(users.c.name)
        .orderBy(desc('n'), users.c.name.asc())
        .limit(10),
    );
    // The rows are typed: { name: string; n: number }[]
    void (rows as { name: string; n: number }[]);

    await run(
      'everyone, with their latest post if any',
      select(users.c.name, fn.max(posts.c.createdAt).as('latest'))
        .from(users.leftJoin(posts, posts.c.userId.eq(users.c.id)))
        .groupBy(users.c.name)
        .orderBy(users.c.name),
    );
    await run('birthday', update(users).set({ age: users.c.age.plus(1) }).where(users.c.name.eq('Ada')));
    await run('inactive users leave', deleteFrom(users).where(users.c.active.eq(false)));
    await run('who is left', select(users.c.id, users.c.name, users.c.age, users.c.active).from(users).orderBy(users.c.id));
  } finally {
    await engine.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
