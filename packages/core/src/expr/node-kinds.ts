/**
 * The closed set of node kinds. Every class of the tree is named here by its
 * `kind`, so that a compiler's dispatch table (compiler/dispatch.ts) and the
 * declared fields of each node (expr/traversal.ts) are checked for
 * completeness by the type checker: a kind without a visit method or without
 * declared fields does not compile.
 *
 * Adding a node kind: add its class here (expressions in
 * {@link ExpressionNodes}, anything else in {@link OtherNodes}), then the
 * type checker points at the tables that need an entry.
 */
import type { FilteredAggregate, StringAgg } from './aggregates';
import type { Case, Cast } from './conditional';
import type { CustomCall } from './custom-function';
import type { CurrentDate, DateAdd, DateExtract, DateTrunc } from './dates';
import type { Aliased, Between, Binary, Bind, BitNot, Bitwise, Concat, DistinctFrom, FunctionCall, InList, IsNull, LabelRef, Like, Logical, Not, Ordering, RegexMatch, RegexReplace } from './expression';
import type { TypedExpression } from './functions';
import type { Grouping, GroupingSet } from './grouping-sets';
import type { JsonContains, JsonExtract, JsonIsNull } from './json';
import type { Literal } from './literal';
import type { Param } from './param';
import type { RowComparison, RowValue } from './row-value';
import type { Identifier, RawSql, UnsafeText } from './sql-template';
import type { Exists, Quantified, ScalarSubquery } from './subqueries';
import type { Over, WindowCall, WindowSpec } from './window';
import type { Column } from '../schema/column';
import type { Join } from '../schema/from';
import type { Table } from '../schema/table';
import type { CompoundSelect } from '../statements/compound';
import type { CommonTableExpression } from '../statements/cte';
import type { AlterTable, CreateSchema, DropSchema } from '../statements/alter';
import type { CreateIndex, CreateTable, DropIndex, DropTable } from '../statements/ddl';
import type { RowNumberOver } from '../statements/distinct-on';
import type { Delete, Insert, Update } from '../statements/dml';
import type { InsertValues } from '../statements/insert-values';
import type { Select, SelectedColumnNode, SelectState, Subquery } from '../statements/select';
import type { Excluded } from '../statements/upsert';
import type { ValuesQuery } from '../statements/values-query';
import type { AssignmentNode } from '../statements/assignments';

/** The expression node classes, by kind. */
export interface ExpressionNodes {
  'aggregate-filter': FilteredAggregate;
  between: Between;
  binary: Binary;
  bind: Bind;
  'bit-not': BitNot;
  bitwise: Bitwise;
  case: Case;
  cast: Cast;
  column: Column;
  concat: Concat;
  'current-date': CurrentDate;
  'custom-call': CustomCall;
  'date-add': DateAdd;
  'date-extract': DateExtract;
  'date-trunc': DateTrunc;
  'distinct-from': DistinctFrom;
  excluded: Excluded;
  exists: Exists;
  function: FunctionCall;
  grouping: Grouping;
  identifier: Identifier;
  in: InList;
  'is-null': IsNull;
  'json-contains': JsonContains;
  'json-extract': JsonExtract;
  'json-is-null': JsonIsNull;
  'label-ref': LabelRef;
  like: Like;
  literal: Literal;
  logical: Logical;
  not: Not;
  over: Over;
  param: Param;
  quantified: Quantified;
  raw: RawSql;
  'regex-match': RegexMatch;
  'regex-replace': RegexReplace;
  'row-comparison': RowComparison;
  'row-number-over': RowNumberOver;
  'row-value': RowValue;
  'scalar-subquery': ScalarSubquery;
  'string-agg': StringAgg;
  typed: TypedExpression<unknown>;
  'unsafe-text': UnsafeText;
}

/** The statement node classes, by kind: what `compile()` accepts besides an expression. */
export interface StatementNodes {
  select: Select;
  compound: CompoundSelect;
  insert: Insert;
  update: Update;
  delete: Delete;
  'create-table': CreateTable;
  'drop-table': DropTable;
  'create-index': CreateIndex;
  'drop-index': DropIndex;
  'alter-table': AlterTable;
  'create-schema': CreateSchema;
  'drop-schema': DropSchema;
}

/** The other node classes, by kind: parts of statements that are neither expressions nor statements. */
export interface OtherNodes {
  aliased: Aliased;
  assignment: AssignmentNode;
  cte: CommonTableExpression;
  'grouping-set': GroupingSet;
  join: Join<string, string>;
  ordering: Ordering;
  'select-state': SelectState;
  'selected-column': SelectedColumnNode;
  subquery: Subquery;
  table: Table;
  values: InsertValues;
  'values-query': ValuesQuery;
  'window-call': WindowCall;
  'window-spec': WindowSpec;
}

/** Every node class, by kind. */
export type NodesByKind = ExpressionNodes & StatementNodes & OtherNodes;

/** The kind of an expression node. */
export type ExpressionKind = keyof ExpressionNodes;
/** The kind of a statement. */
export type StatementNodeKind = keyof StatementNodes;
/** The kind of any node of the tree. */
export type NodeKind = keyof NodesByKind;
