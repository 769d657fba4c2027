/**
 * @alkahest/oracle: the Oracle dialect (compiler for 12c+, with 11g and 23ai
 * modes) and its oracledb thin-mode driver. See README.md for the rules.
 *
 * @packageDocumentation
 */
import { oracleCapabilities } from './capabilities';
import { CompilingDialect, CompilingDialectOptions, Dialect, DialectModule } from '@alkahest/core/dialect';
import { OracleCompiler } from './compiler';
import { OracleDriver, OracleDriverOptions } from './driver';
import { parseOracleUrl } from './url';
import type { OracleCompilerOptions } from './version';

export * from './codecs';
export * from './compiler';
export * from './driver';
export * from './fetch';
export * from './identifiers';
export * from './returning';
export * from './load';
export * from './url';
export * from './reflection/catalog';
export * from './type-compiler';
export * from './capabilities';
export * from './version';

/**
 * Everything `createEngine('oracle://…', { driver })` accepts: driver and compiler options.
 *
 * @example
 * ```ts
 * const options: OracleOptions = { version: '11g', connectTimeout: 10 };
 * ```
 */
export type OracleOptions = Partial<OracleDriverOptions> & OracleCompilerOptions;

/**
 * The Oracle dialect.
 *
 * @example
 * ```ts
 * const { sql, params } = oracleDialect({ version: '11g' }).compile(select(users.c.id).from(users).limit(10));
 * // SELECT * FROM (SELECT USERS.ID FROM USERS) WHERE ROWNUM <= :1   params: [10]
 * ```
 */
export function oracleDialect(options: OracleCompilerOptions = {}, compiling?: CompilingDialectOptions): Dialect {
  return new CompilingDialect(new OracleCompiler(options), compiling);
}

function compilerOptions(options: OracleOptions | undefined): OracleCompilerOptions {
  const out: { -readonly [K in keyof OracleCompilerOptions]: OracleCompilerOptions[K] } = {};
  if (options?.version !== undefined) out.version = options.version;
  if (options?.maxIdentifierBytes !== undefined) out.maxIdentifierBytes = options.maxIdentifierBytes;
  return out;
}

function driverOptions(options: OracleOptions | undefined): Partial<OracleDriverOptions> {
  const out: { -readonly [K in keyof OracleDriverOptions]?: OracleDriverOptions[K] } = {};
  for (const key of ['connectString', 'user', 'password', 'stmtCacheSize', 'connectTimeout'] as const) {
    if (options?.[key] !== undefined) (out as Record<string, unknown>)[key] = options[key];
  }
  return out;
}

/**
 * Found by `createEngine('oracle://…')`. Compiler options (`version`,
 * `maxIdentifierBytes`) go in the engine's `driver` options.
 *
 * @example
 * ```ts
 * const engine = createEngine('oracle://app:secret@db:1521/FREEPDB1', { driver: { version: '12c' } });
 * ```
 */
export const alkahestDialect: DialectModule<OracleOptions> = {
  name: 'oracle',
  schemes: ['oracle'],
  capabilities: oracleCapabilities,
  createDialect: (options, _url, compiling) => oracleDialect(compilerOptions(options), compiling),
  createDriver: (url, options) => new OracleDriver({ ...parseOracleUrl(url), ...driverOptions(options) }),
};

/**
 * This dialect for `createEngine(url, { dialect: oracle })`: imported statically,
 * so that a bundler includes it (the URL-scheme lookup loads it by name).
 *
 * @example
 * ```ts
 * import { createEngine } from '@alkahest/pool';
 * import { oracle } from '@alkahest/oracle';
 *
 * const engine = createEngine(process.env.DATABASE_URL!, { dialect: oracle });
 * ```
 */
export const oracle = alkahestDialect;
