/**
 * @alkahest/core: schema, the immutable expression tree, statement builders,
 * the base SQL compiler and the contracts dialects and the pool implement.
 *
 * @packageDocumentation
 */
export * from './errors';
export { CheckViolationError, ConnectionLostError, DataError, DeadlockError, DivisionByZeroError, ForeignKeyViolationError, InvalidDatetimeError, InvalidTextRepresentationError, NotNullViolationError, NumericOutOfRangeError, OutcomeUnknownError, QueryTimeoutError, SchemaChangedError, SerializationFailureError, SqlSyntaxError, UniqueViolationError, ValueTooLongError, isRetryable, type DatabaseErrorKind } from './database-errors';
export { SqlType, builtinTypes, type JsOf, type TypeKind, type TypeOptions } from './types/sql-type';
export * from './types/decimal';
export type { Microseconds, TimestampMode } from './types/timestamp-micros';
export * from './types/json-null';
export { Aliased, Between, Binary, Bind, BitNot, Bitwise, Concat, DistinctFrom, Expression, FunctionCall, InList, IsNull, LabelRef, Like, Logical, Not, Ordering, RegexMatch, RegexReplace, type BinaryOperator, type BitwiseOperator, type LikeOptions, type ListParam, type Node, type NullOf, type Of, type Operand, type SubqueryNode } from './expr/expression';
export { type Arithmetic, type ArithmeticError, type ArithmeticOperand, type ArithmeticValue, type IsNumeric, type ValueOfOperand } from './expr/arithmetic';
export * from './expr/sources';
export { and, asc, desc, not, or } from './expr/operators';
export * from './expr/functions';
export * from './expr/json';
export { CurrentDate, DATE_UNITS, DateAdd, DateExtract, DateTrunc, calendarMonths, dates, type DateAmount, type DateField, type DateFunctions, type DateInterval, type DateTruncUnit, type DateUnit } from './expr/dates';
export * from './expr/window';
export * from './expr/aggregates';
export * from './expr/conditional';
export * from './expr/grouping-sets';
export * from './expr/param';
export * from './expr/subqueries';
export * from './expr/row-value';
export { Identifier, RawSql, UnsafeText, sql, type RawColumns, type RawRowOf } from './expr/sql-template';
export { dateValue, decimalValue, val, type ConstantType, type ConstantValue, type Widened } from './expr/values';
export { Literal, literal } from './expr/literal';
export { Column, ColumnBuilder, type ColumnCheck, type ColumnDefault, type ColumnReference, type ColumnSource, type ColumnSpec, type ReferentialAction, type ServerValue } from './schema/column';
export * from './schema/column-types';
export * from './schema/custom-type';
export * from './schema/decimal-column';
export * from './expr/custom-function';
export * from './schema/from';
export * from './schema/table';
export * from './schema/metadata';
export { literalDefault, type CatalogQuery, type CatalogReader, type CatalogRows, type CatalogTableName, type ReflectedCheck, type ReflectedColumn, type ReflectedForeignKey, type ReflectedIndex, type ReflectedKey, type ReflectedTable } from './schema/reflection';
export * from './statements/result-types';
export { Select, SelectState, Subquery, select, selectOne, type LockClause, type LockNeeds, type LimitOptions, type LockOptions, type RowCount, type SelectStateFields, type SelectedColumn, type SubqueryColumns } from './statements/select';
export * from './statements/compound';
export * from './statements/cte';
export { ValuesQuery, values, type ValuesColumns, type ValuesInputRow, type ValuesRowType } from './statements/values-query';
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
