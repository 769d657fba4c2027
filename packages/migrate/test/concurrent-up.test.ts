/**
 * Five processes run `up` at once against one database: each migration is
 * applied exactly once (PostgreSQL advisory lock, MariaDB GET_LOCK, SQLite's
 * write lock held for the whole run).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropTable, integer, select, table, varchar } from '@alkahest/core';
import { createEngine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const child = join(__dirname, 'fixtures', 'concurrent-up.js');
const root = join(__dirname, '..', '..', '..');

function runChild(url: string, prefix: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [child, url, prefix], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as string[]);
    });
  });
}

beforeAll(() => {
  // The processes load the built packages.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'packages/migrate'], { cwd: root });
}, 120_000);

const dir = mkdtempSync(join(tmpdir(), 'alkahest-concurrent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const db of databases) {
  // Separate processes cannot share an in-memory SQLite database: a file it is.
  const url = db.name === 'sqlite' ? `sqlite:${join(dir, 'shared.db')}` : db.url;
  describeDatabase(db, () => {
    liveTest(
      `${db.name}: five concurrent up runs apply each migration exactly once`,
      async () => {
        const prefix = uniqueName('cc');
        const engine = createEngine(url);
        try {
          const results = await Promise.all(Array.from({ length: 5 }, () => runChild(url, prefix)));
          // Together the runs applied every migration once; each one was applied by one run.
          expect(results.flat().sort()).toEqual(['0001_log', '0002', '0003', '0004']);
          const log = table(`${prefix}_log`, { id: integer(), migration: varchar({ length: 40 }) });
          const rows = await engine.execute(select(log.c.migration).from(log).orderBy(log.c.id));
          expect(rows.map((r) => r.migration)).toEqual(['0001_log', '0002', '0003', '0004']);
          const versions = table(`${prefix}_versions`, { id: varchar({ length: 255 }) });
          expect((await engine.execute(select(versions.c.id).from(versions).orderBy(versions.c.id))).map((r) => r.id)).toEqual(['0001_log', '0002', '0003', '0004']);
          await engine.execute(dropTable(log));
          await engine.execute(dropTable(versions));
        } finally {
          await engine.close();
        }
      },
      120_000,
    );
  });
}
