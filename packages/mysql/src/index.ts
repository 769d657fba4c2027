/**
 * @alkahest/mysql: the MySQL 8 / MariaDB dialect (compiler) and its mysql2 driver.
 *
 * @packageDocumentation
 */
import { mysqlCapabilities } from './capabilities';
import { CompilingDialect, CompilingDialectOptions, Dialect, DialectModule } from '@alkahest/core/dialect';
import { MysqlCompiler } from './compiler';
import { MysqlDriver } from './driver';
import type { MysqlDialectOptions } from './flavor';
import { MysqlDriverOptions, parseMysqlUrl } from './url';

export * from './codecs';
export * from './compiler';
export * from './driver';
export * from './flavor';
export * from './url';
export * from './load-data';
export * from './reflection/catalog';
export * from './type-compiler';
export * from './capabilities';
export * from './replication';

/**
 * The MySQL dialect, for compiling without an engine.
 *
 * @example
 * ```ts
 * const { sql } = mysqlDialect({ flavor: 'mariadb' }).compile(select(users.c.id).from(users));
 * // SELECT `users`.`id` FROM `users`
 * ```
 */
export function mysqlDialect(options: MysqlDialectOptions = {}, compiling?: CompilingDialectOptions): Dialect {
  return new CompilingDialect(new MysqlCompiler(options), compiling);
}

/** Found by `createEngine('mysql://…')` and `createEngine('mariadb://…')`. */
export const alkahestDialect: DialectModule<MysqlDriverOptions> = {
  name: 'mysql',
  schemes: ['mysql', 'mariadb'],
  capabilities: mysqlCapabilities,
  createDialect: (options, url, compiling) => {
    const flavor = options?.flavor ?? (url === undefined ? undefined : parseMysqlUrl(url).flavor);
    return mysqlDialect(flavor === undefined ? {} : { flavor }, compiling);
  },
  createDriver: (url, options) => new MysqlDriver({ ...parseMysqlUrl(url), ...options }),
};

/**
 * This dialect for `createEngine(url, { dialect: mysql })`: imported statically,
 * so that a bundler includes it (the URL-scheme lookup loads it by name).
 *
 * @example
 * ```ts
 * import { createEngine } from '@alkahest/pool';
 * import { mysql } from '@alkahest/mysql';
 *
 * const engine = createEngine(process.env.DATABASE_URL!, { dialect: mysql });
 * ```
 */
export const mysql = alkahestDialect;
