/**
 * The CLI's configuration: `alkahest.config.{ts,js,cjs,json}` in the working
 * directory (or `--config`), with `DATABASE_URL` for the database.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MetaData, Table } from '@alkahest/core';
import { MigrationError } from './errors';
import { loadModule } from './load-module';

/**
 * What `alkahest.config.ts` exports (as default or as `config`).
 *
 * @example
 * ```ts
 * // alkahest.config.ts
 * export default { schema: './src/schema.ts', migrations: './migrations' };
 * ```
 */
export interface AlkahestConfig {
  /** The database; `DATABASE_URL` when not given. */
  readonly url?: string;
  /** The module exporting the application's tables: a `MetaData` (`metadata` or default export) or tables. */
  readonly schema?: string;
  /** The directory of migration files (default `migrations`). */
  readonly migrations?: string;
  /** The versions table (default `alkahest_migrations`). */
  readonly tableName?: string;
  /** The database schema to compare and pull (PostgreSQL schema, MySQL database). */
  readonly dbSchema?: string;
}

const NAMES = ['alkahest.config.ts', 'alkahest.config.js', 'alkahest.config.cjs', 'alkahest.config.json'];

/** The configuration, with paths resolved against the working directory. @internal */
export async function loadConfig(cwd: string, path: string | undefined, env: NodeJS.ProcessEnv): Promise<AlkahestConfig & { readonly migrations: string }> {
  const file = path !== undefined ? resolve(cwd, path) : NAMES.map((n) => resolve(cwd, n)).find((p) => existsSync(p));
  let config: AlkahestConfig = {};
  if (file !== undefined) {
    if (!existsSync(file)) throw new MigrationError(`no config file ${file}`);
    if (file.endsWith('.json')) config = JSON.parse(readFileSync(file, 'utf8')) as AlkahestConfig;
    else {
      const loaded = (await loadModule(file)) as { default?: AlkahestConfig; config?: AlkahestConfig };
      config = loaded.config ?? loaded.default ?? (loaded as AlkahestConfig);
    }
  }
  const url = env['DATABASE_URL'] ?? config.url;
  return {
    ...config,
    ...(url === undefined ? {} : { url }),
    migrations: resolve(cwd, config.migrations ?? 'migrations'),
    ...(config.schema === undefined ? {} : { schema: resolve(cwd, config.schema) }),
  };
}

/** The application's tables from the schema module. @internal */
export async function loadMetadata(path: string): Promise<MetaData> {
  const loaded = (await loadModule(path)) as Record<string, unknown>;
  for (const key of ['metadata', 'default']) if (loaded[key] instanceof MetaData) return loaded[key];
  const tables = Object.values(loaded).filter((v): v is Table => v instanceof Table && v.alias === undefined);
  if (tables.length === 0) throw new MigrationError(`${path} exports no MetaData and no tables`);
  return new MetaData(...tables);
}
