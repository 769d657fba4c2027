/**
 * @alkahest/migrate: reflection into MetaData, schema diff, generated
 * TypeScript migrations, the runner with its lock and checksums, and the
 * `alkahest` CLI.
 *
 * @packageDocumentation
 */
export * from './migration';
export * from './errors';
export * from './source';
export * from './versions';
export * from './locks';
export * from './runner';
export * from './reflect';
export * from './model';
export * from './diff';
export * from './sqlite-batch';
export * from './code';
export * from './generate';
export * from './pull';
export * from './config';
export * from './commands';
