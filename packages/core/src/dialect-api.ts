/**
 * @alkahest/core/dialect: what a dialect or driver author imports — everything
 * `@alkahest/core` exports, plus the compiler with its hooks, value codecs,
 * the driver contracts and URL helpers.
 *
 * @example
 * ```ts
 * import { CompilingDialect, SqlCompiler, type DialectModule } from '@alkahest/core/dialect';
 * ```
 *
 * @packageDocumentation
 */
export * from './index';
// Helpers the dialects share, kept out of the applications' surface.
export { bindValue, operand } from './expr/expression';
export { andAlso, isNoCondition } from './expr/operators';
export { resolveSelectItems, rowCount } from './statements/select';
export { arithmeticType, checkArithmetic } from './expr/arithmetic';
export { columnSpec } from './schema/column';
export { checkIdentifier } from './expr/sql-template';
export { typeOfValue } from './types/sql-type';
export { wrapDatabaseError } from './database-errors';
export { catalogText, groupRows, splitTopLevel } from './schema/reflection';
export { isDateType, isTimestampTz } from './expr/dates';
export * from './types/validate';
export * from './types/codec';
export { fractionDigits, isMicrosTimestamp, microsText, readMicros, withMicros, formatMicros } from './types/timestamp-micros';
export * from './compiler/compiled';
export * from './compiler/context';
export * from './compiler/dml-scope';
export * from './compiler/insert-batches';
export * from './statements/insert-values';
export * from './compiler/base-compiler';
export { numberedPlaceholders } from './compiler/numbered-placeholders';
export * from './compiler/type-compiler';
export * from './compiler/expression-compiler';
export * from './compiler/statement-compiler';
export * from './compiler/set-operation-compiler';
export * from './compiler/dml-compiler';
export * from './compiler/ddl-compiler';
export * from './compiler/alter-compiler';
export * from './compiler/sql-compiler';
export * from './compiler/dispatch';
export * from './compiler/hooks';
export * from './compiler/nesting';
export * from './expr/node-kinds';
export * from './expr/traversal';
export * from './expr/walk';
export * from './compiler/compiling-dialect';
export * from './compiler/printed-sql';
export * from './compiler/explain';
export * from './dialect';
export * from './driver-errors';
export * from './load/plan';
export * from './load/tab-separated';
export * from './capabilities';
export * from './result';
export * from './server-url';
export * from './replication';
export * from './target-session';
export { DEFAULT_STATEMENT_CACHE_SIZE } from './cache/statement-cache';
