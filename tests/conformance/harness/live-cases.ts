/**
 * Declaring the live conformance tests of one database: one test per case,
 * counted in the summary, honouring `knownFailure` markers. Used by
 * conformance.test.ts and by the run through PgBouncer.
 */
import type { Engine } from '@alkahest/pool';
import { liveTest, uniqueName } from '../../support/databases';
import { areas } from '../cases';
import type { ConformanceCase, DialectName } from './case';
import { runLive } from './live';
import { record } from './summary';

/** Runs a case live, counting it and honouring a `knownFailure` marker. */
async function liveCase(engine: Engine, c: ConformanceCase, dialect: DialectName, prefix: string, label: string): Promise<void> {
  const target = `${label} (live)`;
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

/** Declares one live test per case for a database (`label` names it in the summary: `postgres (pglite)`). */
export function liveCases(dialect: DialectName, engine: () => Engine, label: string = dialect): void {
  const prefix = uniqueName('ak');
  for (const area of areas) {
    describe(area.name, () => {
      for (const c of area.cases) {
        liveTest(c.name, async () => liveCase(engine(), c, dialect, prefix, label));
      }
    });
  }
}

