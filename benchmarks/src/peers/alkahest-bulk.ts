/**
 * alkahest's side of the bulk suites: an engine on the database and the
 * suite's own write (`execute(insert…)` or `load()`), with the same emptying
 * and counting as the hand-written variants.
 */
import { sql as alkSql } from '@alkahest/core';
import { createEngine, Engine, EngineOptions } from '@alkahest/pool';
import { createUsersSql, Database as Db, NewUser } from '../fixtures/data';
import type { BulkVariant } from '../harness/bulk-rounds';
import { AlkahestUsers, alkahestTables } from './alkahest';
import { quote } from './hand-written-batches';

export interface AlkahestBulkSpec {
  /** The variant's name in the results. */
  readonly name: string;
  readonly db: Db;
  readonly url: string;
  readonly table: string;
  readonly engine: Omit<EngineOptions, 'url'>;
  /** The timed write of every row. */
  readonly writeAll: (engine: Engine, users: AlkahestUsers, rows: readonly NewUser[]) => Promise<unknown>;
}

/** An alkahest bulk variant (on SQLite, it creates the table in its own database in memory). */
export function alkahestBulkVariant(spec: AlkahestBulkSpec): BulkVariant {
  const { db, table } = spec;
  return {
    name: spec.name,
    handWritten: false,
    open: async () => {
      const engine: Engine = createEngine(spec.url, spec.engine);
      const { users } = alkahestTables({ users: table, posts: `${table}_unused` });
      const run = (text: string): Promise<unknown> => engine.execute(alkSql.unsafe(text));
      if (db === 'sqlite') await run(createUsersSql(db, table));
      return {
        writeAll: async (rows) => void (await spec.writeAll(engine, users, rows)),
        reset: async () => void (await run(db === 'postgres' ? `TRUNCATE ${quote(db, table)}` : `DELETE FROM ${quote(db, table)}`)),
        count: async () => Number(((await run(`SELECT COUNT(*) AS n FROM ${quote(db, table)}`)) as { n: unknown }[])[0]?.n),
        close: () => engine.close(),
      };
    },
  };
}
