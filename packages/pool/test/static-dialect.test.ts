/**
 * createEngine(url, { dialect }): a dialect imported statically, next to the
 * URL-scheme lookup.
 */
import { integer, select, table, text } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { postgres } from '@alkahest/postgres';
import { sqlite } from '@alkahest/sqlite';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });

describe('createEngine with a statically imported dialect', () => {
  it('runs queries through the dialect it was given', async () => {
    const engine = createEngine('sqlite::memory:', { dialect: sqlite });
    try {
      expect(engine.dialect.name).toBe('sqlite');
      expect(await engine.execute(select(notes.c.id).from(notes).limit(1)).catch((error: Error) => error.message)).toMatch(/no such table: notes/);
    } finally {
      await engine.close();
    }
  });

  it('refuses a URL whose scheme the dialect does not serve', () => {
    expect(() => createEngine('sqlite::memory:', { dialect: postgres })).toThrow(
      'the postgres dialect does not serve sqlite: URLs; it serves postgres:, postgresql:, pglite:',
    );
  });

  it('finds the same dialect from the URL scheme alone', async () => {
    const engine = createEngine('sqlite::memory:');
    try {
      expect(engine.dialect.name).toBe('sqlite');
    } finally {
      await engine.close();
    }
  });
});
