/**
 * @alkahest/sqlite: the SQLite dialect (compiler) and its better-sqlite3 driver.
 *
 * @packageDocumentation
 */
import { sqliteCapabilities } from './capabilities';
import { CompilingDialect, CompilingDialectOptions, Dialect, DialectModule } from '@alkahest/core/dialect';
import { SqliteCompiler, SqliteCompilerOptions } from './compiler';
import { SqliteDriver, SqliteDriverOptions } from './driver';
import { parseSqliteUrl } from './url';

export * from './compiler';
export * from './driver';
export * from './url';
export * from './reflection/catalog';
export * from './type-compiler';
export * from './capabilities';
export { registerSqliteFunctions, type SqliteFunctionHost } from './functions';

/** Options of {@link sqliteDialect}: the statement cache's, and the compiler's. */
export interface SqliteDialectOptions extends CompilingDialectOptions, SqliteCompilerOptions {}

/**
 * The SQLite dialect.
 *
 * @example
 * ```ts
 * const { sql, params } = sqliteDialect().compile(select(users.c.id).from(users));
 * // Declared varchar / char lengths enforced by CHECKs in CREATE TABLE:
 * const strict = sqliteDialect({ enforceLengths: true });
 * ```
 */
export function sqliteDialect(options: SqliteDialectOptions = {}): Dialect {
  const { enforceLengths, ...compiling } = options;
  return new CompilingDialect(new SqliteCompiler(enforceLengths === undefined ? {} : { enforceLengths }), compiling);
}

/** Found by `createEngine('sqlite:…')`. */
export const alkahestDialect: DialectModule<Partial<SqliteDriverOptions>> = {
  name: 'sqlite',
  schemes: ['sqlite'],
  capabilities: sqliteCapabilities,
  createDialect: (options, url, compiling) => {
    const enforceLengths = options?.enforceLengths ?? (url === undefined ? undefined : parseSqliteUrl(url).enforceLengths);
    return sqliteDialect({ ...compiling, ...(enforceLengths === undefined ? {} : { enforceLengths }) });
  },
  createDriver: (url, options) => new SqliteDriver({ ...parseSqliteUrl(url), ...options }),
};

/**
 * This dialect for `createEngine(url, { dialect: sqlite })`: imported statically,
 * so that a bundler includes it (the URL-scheme lookup loads it by name).
 *
 * @example
 * ```ts
 * import { createEngine } from '@alkahest/pool';
 * import { sqlite } from '@alkahest/sqlite';
 *
 * const engine = createEngine(process.env.DATABASE_URL!, { dialect: sqlite });
 * ```
 */
export const sqlite = alkahestDialect;
