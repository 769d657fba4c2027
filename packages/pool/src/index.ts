/**
 * @alkahest/pool: `createEngine`, the tarn-based pool, execution and transactions.
 *
 * @packageDocumentation
 */
export * from './engine';
export * from './options';
export * from './result-types';
export { schemeOf, loadDialectModule } from './resolve-dialect';
