/**
 * The conformance suite: every case runs live on SQLite, PostgreSQL and
 * MariaDB (through tests/support/databases.ts), and is compiled for every
 * dialect against its golden SQL. Oracle runs live only where
 * ALKAHEST_ORACLE_URL points at a server.
 */
import { createEngine, Engine } from '@alkahest/pool';
import { databases, describeDatabase, isReachable, liveTest, uniqueName } from '../support/databases';
import { areas } from './cases';
import { ConformanceCase, DialectName, DIALECTS } from './harness/case';
import { dialectModule } from './harness/dialects';
import { expectGolden } from './harness/golden';
import { runLive } from './harness/live';
import { note, record, summary } from './harness/summary';

afterAll(() => {
  process.stderr.write(summary());
});

/** Runs a case live, counting it and honouring a `knownFailure` marker. */
async function liveCase(engine: Engine, c: ConformanceCase, dialect: DialectName, prefix: string): Promise<void> {
  const target = `${dialect} (live)`;
  const known = c.knownFailureFor(dialect);
  try {
    await runLive(engine, c, dialect, prefix);
  } catch (error) {
    if (known === undefined) {
      record(target, 'failed');
      throw error;
    }
    record(target, 'known-failure');
    process.stderr.write(`!!! KNOWN FAILURE (expected) [${dialect}] ${c.name}: ${known}\n    ${(error as Error).message.split('\n').join('\n    ')}\n`);
    return;
  }
  if (known !== undefined) {
    record(target, 'failed');
    throw new Error(`[${dialect}] ${c.name} is marked knownFailure (${known}) but passes: remove the marker`);
  }
  record(target, 'passed');
}

/** Declares one live test per case for a database. */
function liveCases(dialect: DialectName, engine: () => Engine): void {
  const prefix = uniqueName('ak');
  for (const area of areas) {
    describe(area.name, () => {
      for (const c of area.cases) {
        liveTest(c.name, async () => liveCase(engine(), c, dialect, prefix));
      }
    });
  }
}

describe('live', () => {
  for (const db of databases) {
    const loaded = dialectModule(db.name);
    if ('missing' in loaded) {
      note(`${db.name} (live)`, loaded.missing);
      test(`${db.name}: the dialect package exports alkahestDialect`, () => {
        throw new Error(loaded.missing);
      });
      continue;
    }
    if (!isReachable(db)) note(`${db.name} (live)`, `no server at ${db.url}`);
    describeDatabase(db, (engine) => liveCases(db.name, engine));
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
