/**
 * A transaction object, and a nested one, refuses statements once its
 * callback has finished (resolved or thrown): a statement run on it then
 * would run outside the transaction it was written for.
 */
import { AlkahestError, integer, select, sql, table } from '@alkahest/core';
import { createEngine, Engine, Transaction } from '@alkahest/pool';

const one = table('one', { id: integer() });
const query = select(sql`1`.as('n'));
const FINISHED = /this transaction has finished/;

async function withEngine(work: (engine: Engine) => Promise<void>): Promise<void> {
  const engine = createEngine('sqlite::memory:');
  try {
    await work(engine);
  } finally {
    await engine.close();
  }
}

test('a transaction refuses statements after its callback resolved', async () => {
  await withEngine(async (engine) => {
    let kept: Transaction | undefined;
    await engine.transaction(async (tx) => {
      kept = tx;
      expect(await tx.execute(query)).toHaveLength(1);
    });
    expect(() => kept!.execute(query)).toThrow(AlkahestError);
    expect(() => kept!.execute(query)).toThrow(FINISHED);
    expect(() => kept!.stream(query)).toThrow(FINISHED);
    await expect(kept!.transaction(async () => undefined)).rejects.toThrow(FINISHED);
    expect(() => kept!.load(one, [])).toThrow(FINISHED);
  });
});

test('a nested transaction refuses statements once its callback resolved or threw, while the outer one goes on', async () => {
  await withEngine(async (engine) => {
    await engine.transaction(async (tx) => {
      let resolved: Transaction | undefined;
      await tx.transaction(async (inner) => {
        resolved = inner;
      });
      expect(() => resolved!.execute(query)).toThrow(FINISHED);
      let thrown: Transaction | undefined;
      await expect(
        tx.transaction(async (inner) => {
          thrown = inner;
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(() => thrown!.execute(query)).toThrow(FINISHED);
      expect(await tx.execute(query)).toHaveLength(1);
    });
  });
});
