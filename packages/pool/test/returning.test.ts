/**
 * DML with RETURNING through the engine (SQLite): typed rows that also carry
 * rowsAffected, and large inserts in batches that keep ON CONFLICT and
 * RETURNING and concatenate the returned rows.
 */
import { createTable, deleteFrom, excluded, insert, integer, MutationResult, ReturnedRows, select, table, text, update } from '@alkahest/core';
import { createEngine, Engine, ResultOf } from '@alkahest/pool';
import { assertType, type Equal } from '../../core/test/type-helpers';

const notes = table('notes', { id: integer().primaryKey(), title: text().notNull(), hits: integer().notNull().default(0) });

async function withEngine(work: (engine: Engine) => Promise<void>): Promise<void> {
  const engine = createEngine('sqlite::memory:');
  try {
    await engine.execute(createTable(notes));
    await work(engine);
  } finally {
    await engine.close();
  }
}

test('DML with returning() types as rows; without it, as counts', () => {
  const _plain = insert(notes).values({ title: 'a' });
  const _withRows = insert(notes).values({ title: 'a' }).returning(notes.c.id, notes.c.title.as('t'));
  const _updated = update(notes).set({ hits: 1 }).returning(notes.c.hits);
  const _deleted = deleteFrom(notes).returning(notes);
  assertType<Equal<ResultOf<typeof _plain>, MutationResult>>();
  assertType<Equal<ResultOf<typeof _withRows>, ReturnedRows<{ id: number; t: string }>>>();
  assertType<Equal<ResultOf<typeof _updated>, ReturnedRows<{ hits: number }>>>();
  assertType<Equal<ResultOf<typeof _deleted>, ReturnedRows<{ id: number; title: string; hits: number }>>>();
});

test('INSERT, UPDATE and DELETE … RETURNING give rows and rowsAffected', async () => {
  await withEngine(async (engine) => {
    const inserted = await engine.execute(insert(notes).values([{ title: 'a' }, { title: 'b', hits: 4 }]).returning(notes.c.id, notes.c.title.as('t')));
    expect(inserted).toEqual([
      { id: 1, t: 'a' },
      { id: 2, t: 'b' },
    ]);
    expect(inserted.rowsAffected).toBe(2);
    expect(Object.keys(inserted)).toEqual(['0', '1']); // rowsAffected is not enumerable
    const updated = await engine.execute(update(notes).set({ hits: notes.c.hits.plus(1) }).where(notes.c.id.eq(2)).returning(notes.c.hits));
    expect([...updated]).toEqual([{ hits: 5 }]);
    expect(updated.rowsAffected).toBe(1);
    const none = await engine.execute(deleteFrom(notes).where(notes.c.id.eq(99)).returning(notes.c.id));
    expect([...none]).toEqual([]);
    expect(none.rowsAffected).toBe(0);
  });
});

test('a large insert with ON CONFLICT and RETURNING runs in batches that keep both', async () => {
  await withEngine(async (engine) => {
    await engine.execute(insert(notes).values({ id: 1, title: 'first', hits: 1 }));
    // 3 columns: SQLite's 32766 parameters hold 10922 rows, so 12000 rows take two batches.
    const rows = Array.from({ length: 12_000 }, (_, i) => ({ id: i + 1, title: `n${i + 1}`, hits: 1 }));
    const statement = insert(notes)
      .values(rows)
      .onConflict(['id'])
      .doUpdate({ set: { hits: notes.c.hits.plus(excluded(notes.c.hits)) } })
      .returning(notes.c.id, notes.c.hits);
    const result = await engine.execute(statement);
    expect(result.rowsAffected).toBe(12_000);
    expect(result).toHaveLength(12_000);
    expect(result[0]).toEqual({ id: 1, hits: 2 });
    expect(result[11_999]).toEqual({ id: 12_000, hits: 1 });
    expect(await engine.execute(select(notes.c.hits).from(notes).where(notes.c.id.eq(12_000)))).toEqual([{ hits: 1 }]);
  });
});

test('withRows keeps ON CONFLICT and RETURNING', () => {
  const statement = insert(notes).values({ id: 1, title: 'a' }).onConflict(['id']).doNothing().returning(notes.c.id);
  const source = statement.source;
  if (source?.kind !== 'values') throw new Error('expected values');
  const again = statement.withRows(source);
  expect(again.clauses).toBe(statement.clauses);
});
