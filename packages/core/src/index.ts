/**
 * @alkahest/core: schema, the immutable expression tree, statement builders,
 * the base SQL compiler and the contracts dialects and the pool implement.
 *
 * @packageDocumentation
 */
export * from './errors';
export * from './database-errors';
export * from './types/sql-type';
export * from './types/decimal';
export * from './types/json-null';
export * from './expr/expression';
export * from './expr/arithmetic';
export * from './expr/sources';
export * from './expr/operators';
export * from './expr/functions';
export * from './expr/json';
export * from './expr/dates';
export * from './expr/window';
export * from './expr/aggregates';
export * from './expr/conditional';
export * from './expr/grouping-sets';
export * from './expr/param';
export * from './expr/subqueries';
export * from './expr/row-value';
export * from './expr/sql-template';
export * from './expr/values';
export * from './schema/column';
export * from './schema/column-types';
export * from './schema/custom-type';
export * from './expr/custom-function';
export * from './schema/from';
export * from './schema/table';
export * from './schema/metadata';
export * from './schema/reflection';
export * from './statements/result-types';
export * from './statements/select';
export * from './statements/compound';
export * from './statements/cte';
export * from './statements/dml';
export * from './statements/assignments';
export * from './statements/upsert';
export * from './statements/returning';
export * from './statements/ddl';
export * from './statements/alter';
export * from './compiler/printed-sql';

// Types an application meets in the engine's signatures (compile results, dialects, cache figures).
export type { CompiledQuery } from './compiler/compiled';
export type { Statement } from './compiler/sql-compiler';
export type { Dialect } from './dialect';
export type { StatementCacheStats } from './cache/statement-cache';
