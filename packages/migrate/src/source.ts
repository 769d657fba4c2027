/**
 * Migration sources: a directory of migration files, or migrations in code.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { loadModule } from './load-module';
import type { MigrationEntry, MigrationModule, MigrationSource } from './migration';
import { MigrationError } from './errors';

/** SHA-256 of a text, in hex. @internal */
export function checksumOf(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

const EXTENSIONS = new Set(['.ts', '.js', '.cjs', '.mjs', '.mts', '.cts']);

/**
 * Every migration file of a directory (`.ts` or `.js`, not `.d.ts`), in the
 * order of their names. The checksum is of the file's text.
 *
 * @example
 * ```ts
 * const migrator = new Migrator(engine, directorySource('migrations'));
 * ```
 */
export function directorySource(directory: string): MigrationSource {
  const dir = resolve(directory);
  return {
    async list(): Promise<readonly MigrationEntry[]> {
      let files: string[];
      try {
        files = await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const chosen = files.filter((f) => EXTENSIONS.has(extname(f)) && !f.endsWith('.d.ts') && !f.endsWith('.map')).sort();
      const ids = new Map<string, string>();
      const entries: MigrationEntry[] = [];
      for (const file of chosen) {
        const id = basename(file, extname(file));
        const twin = ids.get(id);
        if (twin !== undefined) throw new MigrationError(`two files hold migration ${id}: ${twin} and ${file}`);
        ids.set(id, file);
        const path = join(dir, file);
        const text = await readFile(path, 'utf8');
        entries.push({ id, checksum: checksumOf(text), load: async () => checkModule(id, await loadModule(path)) });
      }
      return entries;
    },
  };
}

/**
 * Migrations given in code, by id. The checksum is of `up` and `down`'s source text.
 *
 * @example
 * ```ts
 * const migrator = new Migrator(engine, inlineSource({
 *   '0001_users': { up: async (m) => { await m.execute(createTable(users)); }, down: async (m) => { await m.execute(dropTable(users)); } },
 * }));
 * ```
 */
export function inlineSource(migrations: Readonly<Record<string, MigrationModule>>): MigrationSource {
  const entries = Object.keys(migrations)
    .sort()
    .map((id): MigrationEntry => {
      const m = migrations[id]!;
      return { id, checksum: checksumOf(`${m.up.toString()}\n${m.down?.toString() ?? ''}\n${m.destructive === true}`), load: async () => checkModule(id, m) };
    });
  return { list: async () => entries };
}

function checkModule(id: string, loaded: unknown): MigrationModule {
  const m = loaded as Partial<MigrationModule> | undefined;
  if (m === undefined || typeof m.up !== 'function') throw new MigrationError(`migration ${id} exports no up() function`);
  if (m.down !== undefined && typeof m.down !== 'function') throw new MigrationError(`migration ${id}: down is not a function`);
  return m as MigrationModule;
}
