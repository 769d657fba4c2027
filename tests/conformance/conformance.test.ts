/**
 * The conformance suite: every case runs live on SQLite, PostgreSQL,
 * MariaDB and PostgreSQL in the process with PGlite (through
 * tests/support/databases.ts), and is compiled for every
 * dialect against its golden SQL. Oracle runs live only where
 * ALKAHEST_ORACLE_URL points at a server.
 */
import { createEngine, Engine } from '@alkahest/pool';
import { databases, describeDatabase, isReachable, pglite } from '../support/databases';
import { areas } from './cases';
import { DIALECTS } from './harness/case';
import { dialectModule } from './harness/dialects';
import { expectGolden } from './harness/golden';
import { liveCases } from './harness/live-cases';
import { note, record, summary } from './harness/summary';

afterAll(() => {
  process.stderr.write(summary());
});

describe('live', () => {
  // PGlite is the fourth live database: PostgreSQL's dialect, in the process.
  for (const db of [...databases, pglite]) {
    const loaded = dialectModule(db.name);
    if ('missing' in loaded) {
      note(`${db.name} (live)`, loaded.missing);
      test(`${db.name}: the dialect package exports alkahestDialect`, () => {
        throw new Error(loaded.missing);
      });
      continue;
    }
    const label = db.label ?? db.name;
    if (!isReachable(db)) note(`${label} (live)`, `no server at ${db.url}`);
    describeDatabase(db, (engine) => liveCases(db.name, engine, label));
  }

  const oracleUrl = process.env.ALKAHEST_ORACLE_URL;
  if (oracleUrl === undefined) {
    note('oracle (live)', 'ALKAHEST_ORACLE_URL is not set (golden SQL only)');
    process.stderr.write('\n!!! CONFORMANCE: Oracle runs as golden SQL only: set ALKAHEST_ORACLE_URL to run its cases live\n\n');
  } else {
    describe('oracle', () => {
      let engine: Engine | undefined;
      beforeAll(() => {
        engine = createEngine(oracleUrl);
      });
      afterAll(async () => engine?.close());
      liveCases('oracle', () => {
        if (!engine) throw new Error('oracle engine not ready');
        return engine;
      });
    });
  }
});

describe('golden SQL', () => {
  for (const dialect of DIALECTS) {
    describe(dialect, () => {
      const loaded = dialectModule(dialect);
      if ('missing' in loaded) {
        note(`${dialect} (golden SQL)`, loaded.missing);
        test(`the dialect package exports alkahestDialect`, () => {
          throw new Error(loaded.missing);
        });
        return;
      }
      const compiler = loaded.module.createDialect();
      for (const area of areas) {
        describe(area.name, () => {
          for (const c of area.cases) {
            test(c.name, () => {
              try {
                expectGolden(compiler, dialect, c);
              } catch (error) {
                record(`${dialect} (golden SQL)`, 'failed');
                throw error;
              }
              record(`${dialect} (golden SQL)`, 'passed');
            });
          }
        });
      }
    });
  }
});
