/**
 * The alkahest demo: builds a small schema on in-memory SQLite, runs a few
 * statements, and prints each statement's SQL for every dialect alongside the
 * rows SQLite returns.
 *
 * Run it with `npm run demo`.
 */
import { CompiledQuery, Dialect, Statement } from '@alkahest/core';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { createEngine } from '@alkahest/pool';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { exampleStatements } from './statements';

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

    // The rows are typed where a statement is written out: `await engine.execute(select(…))` gives `{ name: string; n: number }[]`.
    for (const { title, statement } of exampleStatements()) await run(title, statement);
  } finally {
    await engine.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
