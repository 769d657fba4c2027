/**
 * Runs one case against one live database: create its tables under the run's
 * prefix, insert its rows, run the statement, compare, and drop everything.
 */
import { MetaData, MutationResult, Statement } from '@alkahest/core';
import type { Engine } from '@alkahest/pool';
import type { ConformanceCase, DialectName, Row, Step } from './case';
import { expectRows } from './rows';

/** An error raised at one step of a case. */
class StepError extends Error {
  constructor(
    readonly step: Step,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
  }
}

async function runStep(step: Step, work: () => Promise<unknown>): Promise<unknown> {
  try {
    return await work();
  } catch (error) {
    throw new StepError(step, error);
  }
}

function sqlOf(engine: Engine, statement: Statement): string {
  try {
    return engine.compile(statement).sql;
  } catch (error) {
    return `(does not compile: ${(error as Error).message})`;
  }
}

function isMutation(value: unknown): value is MutationResult {
  return typeof value === 'object' && value !== null && typeof (value as { rowsAffected?: unknown }).rowsAffected === 'number';
}

/** Runs the case; throws (with the SQL in the message) when it does not behave as stated. */
export async function runLive(engine: Engine, c: ConformanceCase, dialect: DialectName, prefix: string): Promise<void> {
  const inst = c.instantiate((base) => `${prefix}_${base}`);
  const metadata = new MetaData(...inst.tables);
  const outcome = c.outcomeFor(dialect);
  let failed = false;
  try {
    if (c.createTables) await metadata.createAll(engine);
    for (const s of [...inst.seed, ...inst.prepare]) await engine.execute(s);
    let last: unknown;
    try {
      const params = c.params;
      for (const s of inst.statements) last = await runStep('build', () => (params === undefined ? engine.execute(s) : engine.prepare(s).execute(params)));
      if (c.affected !== undefined) {
        if (!isMutation(last)) throw new Error(`expected a DML result with rowsAffected, got ${typeof last}`);
        expect(last.rowsAffected).toBe(c.affected);
      }
      for (const s of inst.then) await runStep('then', () => engine.execute(s));
      if (inst.check) last = await runStep('check', () => engine.execute(inst.check as Statement));
    } catch (error) {
      if (!(error instanceof StepError)) throw error;
      if ('error' in outcome && outcome.at === error.step) {
        expect(error.original).toBeInstanceOf(outcome.error);
        return;
      }
      throw error.original;
    }
    if ('error' in outcome) throw new Error(`expected ${outcome.error.name} at the ${outcome.at} step, but the case ran without error`);
    if (!Array.isArray(last)) throw new Error('the case gave no rows: a case that runs DML needs a check select');
    expectRows(last as Row[], outcome.rows, outcome.ordered);
  } catch (error) {
    failed = true;
    const sql = inst.statements.map((s) => sqlOf(engine, s)).join('\n         ');
    if (error instanceof Error) error.message = `[${dialect}] ${c.name}\n    SQL: ${sql}\n${error.message}`;
    throw error;
  } finally {
    // A failed drop must not hide the failure that came before it.
    await metadata.dropAll(engine, { ifExists: true }).catch((error: unknown) => {
      if (!failed) throw error;
    });
  }
}
