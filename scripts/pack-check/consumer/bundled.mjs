// Bundled by esbuild with the dialect imported statically: the bundle must
// hold @alkahest/* itself and need only the driver (better-sqlite3) at run time.
import assert from 'node:assert/strict';
import { table, integer, text, select, insert, createTable } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { sqlite } from '@alkahest/sqlite';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });

// No top-level await: the same file is bundled as CommonJS too.
async function main() {
  const engine = createEngine('sqlite::memory:', { dialect: sqlite });
  try {
    await engine.execute(createTable(notes));
    await engine.execute(insert(notes).values({ body: 'bundled' }));
    assert.deepEqual(await engine.execute(select(notes.c.body).from(notes)), [{ body: 'bundled' }]);
  } finally {
    await engine.close();
  }
  console.log('bundle: ok');
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
