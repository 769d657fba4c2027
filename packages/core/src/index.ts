/**
 * @alkahest/core: schema, the immutable expression tree, statement builders,
 * the base SQL compiler and the contracts dialects and the pool implement.
 *
 * @packageDocumentation
 */
export * from './errors';
export * from './database-errors';
export * from './types/sql-type';
export * from './types/validate';
export * from './types/codec';
export * from './types/json-null';
export * from './expr/expression';
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
export * from './expr/node-kinds';
export * from './schema/column';
export * from './schema/column-types';
export * from './schema/from';
export * from './schema/table';
export * from './schema/metadata';
export * from './statements/result-types';
export * from './statements/select';
export * from './statements/compound';
export * from './statements/cte';
export * from './statements/dml';
export * from './statements/assignments';
export * from './statements/upsert';
export * from './statements/returning';
export * from './compiler/dml-scope';
export * from './statements/ddl';
export * from './statements/alter';
export * from './compiler/compiled';
export * from './compiler/context';
export * from './compiler/base-compiler';
export * from './compiler/expression-compiler';
export * from './compiler/statement-compiler';
export * from './compiler/set-operation-compiler';
export * from './compiler/ddl-compiler';
export * from './compiler/alter-compiler';
export * from './compiler/sql-compiler';
export * from './compiler/dispatch';
export * from './compiler/compiling-dialect';
export * from './compiler/printed-sql';
export * from './cache/shape';
export * from './cache/statement-cache';
export * from './cache/template';
export * from './dialect';
export * from './capabilities';
export * from './result';
export * from './server-url';
