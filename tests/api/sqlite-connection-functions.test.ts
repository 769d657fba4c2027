/**
 * Every SQLite connection runs what alkahest compiles for SQLite: `ilike`
 * calls `alkahest_lower()`, which the driver registers on each connection it
 * opens (read-only ones too), and `registerSqliteFunctions` on a
 * better-sqlite3 connection opened by the application.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTable, insert, integer, select, table, text } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { registerSqliteFunctions, sqliteDialect } from '@alkahest/sqlite';

const words = table('words', { id: integer().primaryKey({ autoIncrement: false }), word: text().notNull() });
const query = select(words.c.id).from(words).where(words.c.word.ilike('école%')).orderBy(words.c.id);

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alkahest-fns-'));
  file = join(dir, 'words.db');
  const writer = createEngine(`sqlite:${file}`);
  await writer.execute(createTable(words));
  await writer.execute(insert(words).values([{ id: 1, word: 'ÉCOLE' }, { id: 2, word: 'École normale' }, { id: 3, word: 'collège' }]));
  await writer.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a read-only engine folds case beyond ASCII too', async () => {
  const reader = createEngine(`sqlite:${file}?readonly=true`);
  try {
    expect(await reader.execute(query)).toEqual([{ id: 1 }, { id: 2 }]);
  } finally {
    await reader.close();
  }
});

test('a better-sqlite3 connection opened elsewhere runs the compiled SQL once the functions are registered', () => {
  const db = new Database(file, { readonly: true });
  try {
    const { sql, params } = sqliteDialect().compile(query);
    expect(() => db.prepare(sql).all(...(params as unknown[]))).toThrow(/no such function: alkahest_lower/);
    registerSqliteFunctions(db);
    expect(db.prepare(sql).raw(true).all(...(params as unknown[]))).toEqual([[1], [2]]);
  } finally {
    db.close();
  }
});
