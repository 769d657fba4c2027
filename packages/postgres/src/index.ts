/**
 * @alkahest/postgres: the PostgreSQL dialect (compiler) and its pg driver.
 *
 * @packageDocumentation
 */
import { postgresCapabilities } from './capabilities';
import { CompilingDialect, CompilingDialectOptions, Dialect, DialectModule } from '@alkahest/core/dialect';
import { PostgresCompiler } from './compiler';
import { PostgresDriver } from './driver';
import { parsePgliteUrl, PgliteDriver } from './pglite';
import { parsePostgresUrl, PostgresDriverOptions } from './url';

export * from './codecs';
export * from './compiler';
export * from './driver';
export * from './pglite';
export * from './copy';
export * from './url';
export * from './reflection/catalog';
export * from './type-compiler';
export * from './capabilities';
export * from './pgbouncer';
export * from './replication';

/**
 * The PostgreSQL dialect, for compiling without an engine.
 *
 * @example
 * ```ts
 * const { sql, params } = postgresDialect().compile(select(users.c.id).from(users).where(users.c.id.eq(1)));
 * // SELECT "users"."id" FROM "users" WHERE "users"."id" = $1   [1]
 * ```
 */
export function postgresDialect(compiling?: CompilingDialectOptions): Dialect {
  return new CompilingDialect(new PostgresCompiler(), compiling);
}

/**
 * Found by `createEngine('postgres://…')` and `createEngine('postgresql://…')`
 * (the pg driver), and by `createEngine('pglite://…')` (PostgreSQL in the
 * process, with `@electric-sql/pglite` installed).
 */
export const alkahestDialect: DialectModule<PostgresDriverOptions> = {
  name: 'postgres',
  schemes: ['postgres', 'postgresql', 'pglite'],
  capabilities: postgresCapabilities,
  createDialect: (_options, _url, compiling) => postgresDialect(compiling),
  createDriver: (url, options) =>
    /^pglite:/i.test(url)
      ? new PgliteDriver({ ...parsePgliteUrl(url), ...(options?.timezone === undefined ? {} : { timezone: options.timezone }) })
      : new PostgresDriver({ ...parsePostgresUrl(url), ...options }),
};

/**
 * This dialect for `createEngine(url, { dialect: postgres })`: imported statically,
 * so that a bundler includes it (the URL-scheme lookup loads it by name).
 *
 * @example
 * ```ts
 * import { createEngine } from '@alkahest/pool';
 * import { postgres } from '@alkahest/postgres';
 *
 * const engine = createEngine(process.env.DATABASE_URL!, { dialect: postgres });
 * ```
 */
export const postgres = alkahestDialect;
