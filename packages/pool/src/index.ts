/**
 * @alkahest/pool: `createEngine`, the tarn-based pool, execution, transactions.
 *
 * @packageDocumentation
 */
export * from './engine';
export * from './events';
export * from './options';
export { ConnectionPool, EngineClosedError, PoolTimeoutError, type PoolStatus, type PooledConnection } from './pool';
export * from './result-types';
export * from './prepared';
export * from './retry';
export type { ExecuteOptions, Executor, StreamOptions } from './session';
export * from './transaction';
export { schemeOf, loadDialectModule } from './resolve-dialect';
export * from './routing';
export type { EngineHooks, HookRow } from './hooks';
export { LOAD_BATCH_SIZE, type LoadOptions, type LoadResult, type LoadSource } from './load';
