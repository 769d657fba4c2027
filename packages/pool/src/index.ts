/**
 * @alkahest/pool: `createEngine`, the tarn-based pool, execution, transactions.
 *
 * @packageDocumentation
 */
export * from './engine';
export * from './events';
export * from './options';
export { ConnectionPool, PoolStatus, PoolTimeoutError, PooledConnection } from './pool';
export * from './result-types';
export * from './prepared';
export * from './retry';
export { ExecuteOptions, Executor, StreamOptions } from './session';
export * from './transaction';
export { schemeOf, loadDialectModule } from './resolve-dialect';
