/**
 * What each node class holds, declared once (as SQLAlchemy's
 * `_traverse_internals`): for every data field, whether it holds child nodes
 * (`child`: a node, an array of nodes, or a plain object holding nodes), data
 * that decides the SQL (`value`: strings, numbers, flags, SQL types), or
 * nothing that does (`skip`: derived views and caches). The table is typed
 * over the closed union of kinds and over each class's fields, so a new kind
 * or a new field without a declaration does not compile.
 *
 * One walker (`walkTree`, below) serves every traversal from these
 * declarations: the statement shape (cache key), the columns an expression
 * reads (DML scope checks), the sources of an implicit FROM, and the count
 * of bound values (INSERT batching). It keeps its own stack, so a tree of any
 * depth is walked without a stack overflow.
 */
import type { NodeKind, NodesByKind } from './node-kinds';

/** What a field of a node holds. */
export type FieldRole = 'child' | 'value' | 'skip';

/** The data fields of a node class: not methods, not `kind`, not phantom `__` fields. */
type DataFields<N> = Exclude<{ [F in keyof N]-?: N[F] extends (...args: never[]) => unknown ? never : F }[keyof N], 'kind' | `__${string}`> & string;

/** The declaration of one node class: every data field with its role. */
export type Traversal<N> = { readonly [F in DataFields<N>]: FieldRole };

/** Every node class's declaration, by kind. */
export const traversals: { readonly [K in NodeKind]: Traversal<NodesByKind[K]> } = {
  // Expressions. `type` is a value: a statement's SQL may depend on it (casts, binds).
  'aggregate-filter': { aggregate: 'child', condition: 'child', type: 'value' },
  between: { operand: 'child', low: 'child', high: 'child', negated: 'value', type: 'value' },
  binary: { op: 'value', left: 'child', right: 'child', type: 'value' },
  bind: { value: 'skip', type: 'value' },
  'bit-not': { operand: 'child', type: 'value' },
  bitwise: { op: 'value', left: 'child', right: 'child', type: 'value' },
  case: { operand: 'child', branches: 'child', otherwise: 'child', type: 'value' },
  cast: { expr: 'child', type: 'value' },
  // A column is a leaf: every walk treats it as a whole (the shape names it by its source and key).
  column: { source: 'skip', key: 'skip', name: 'skip', spec: 'skip', type: 'skip' },
  concat: { parts: 'child', type: 'value' },
  'current-date': { type: 'value' },
  // A custom function's definition is named by its key (unique per definition).
  'custom-call': { definition: 'skip', key: 'value', args: 'child', type: 'value' },
  'date-add': { operand: 'child', amounts: 'value', type: 'value' },
  'date-extract': { field: 'value', operand: 'child', type: 'value' },
  'date-trunc': { unit: 'value', operand: 'child', type: 'value' },
  'distinct-from': { left: 'child', right: 'child', negated: 'value', type: 'value' },
  excluded: { column: 'child', type: 'value' },
  exists: { query: 'child', negated: 'value', type: 'value' },
  function: { name: 'value', args: 'child', type: 'value', star: 'value', distinct: 'value' },
  grouping: { args: 'child', type: 'value' },
  identifier: { parts: 'value', type: 'value' },
  in: { operand: 'child', list: 'child', negated: 'value', type: 'value' },
  'is-null': { operand: 'child', negated: 'value', type: 'value' },
  'json-contains': { operand: 'child', value: 'child', type: 'value' },
  'json-extract': { operand: 'child', path: 'value', asText: 'value', type: 'value' },
  'json-is-null': { operand: 'child', type: 'value' },
  'label-ref': { name: 'value', type: 'value' },
  like: { operand: 'child', pattern: 'child', escape: 'value', negated: 'value', caseInsensitive: 'value', type: 'value' },
  // A literal's value is in the SQL text: its key (the value as text) is part of the shape.
  literal: { value: 'skip', key: 'value', type: 'value' },
  logical: { op: 'value', items: 'child', type: 'value' },
  not: { operand: 'child', type: 'value' },
  over: { call: 'child', window: 'child', type: 'value' },
  param: { name: 'value', type: 'value', list: 'value' },
  quantified: { quantifier: 'value', query: 'child', type: 'value' },
  raw: { strings: 'value', values: 'child', type: 'value', resultColumns: 'value' },
  'regex-match': { operand: 'child', pattern: 'child', negated: 'value', type: 'value' },
  'regex-replace': { operand: 'child', pattern: 'child', replacement: 'child', type: 'value' },
  'row-comparison': { op: 'value', left: 'child', right: 'child', type: 'value' },
  'row-number-over': { partitionBy: 'child', orderBy: 'child', type: 'value' },
  'row-value': { items: 'child', type: 'value' },
  'scalar-subquery': { query: 'child', type: 'value' },
  'string-agg': { expr: 'child', separator: 'value', orderBy: 'child', type: 'value' },
  typed: { inner: 'child', type: 'value' },
  'unsafe-text': { text: 'value', type: 'value' },
  // Statements.
  select: { state: 'child', selectedColumns: 'skip' },
  compound: { state: 'child', selectedColumns: 'skip', resultColumns: 'skip' },
  insert: { table: 'child', source: 'child', clauses: 'child', selectedColumns: 'skip' },
  update: { table: 'child', assignments: 'child', condition: 'child', clauses: 'child', selectedColumns: 'skip' },
  delete: { table: 'child', condition: 'child', clauses: 'child', selectedColumns: 'skip' },
  'create-table': { table: 'child', ifNotExists: 'value' },
  'drop-table': { table: 'child', ifExists: 'value' },
  'create-index': { table: 'child', index: 'child', ifNotExists: 'value' },
  'drop-index': { table: 'child', index: 'child', ifExists: 'value' },
  'alter-table': { table: 'value', action: 'child' },
  'create-schema': { name: 'value', ifNotExists: 'value' },
  'drop-schema': { name: 'value', ifExists: 'value' },
  // Parts of statements.
  aliased: { expr: 'child', alias: 'value' },
  assignment: { column: 'child', value: 'child' },
  cte: { name: 'value', query: 'child', recursive: 'value', columnNames: 'value', c: 'skip', referenceName: 'skip' },
  'grouping-set': { type: 'value', sets: 'child' },
  join: { left: 'child', right: 'child', joinType: 'value', on: 'child' },
  ordering: { expr: 'child', direction: 'value', nulls: 'value' },
  'select-state': {
    ctes: 'child',
    columns: 'child',
    from: 'child',
    distinct: 'value',
    distinctOn: 'child',
    lock: 'child',
    where: 'child',
    groupBy: 'child',
    windows: 'child',
    having: 'child',
    orderBy: 'child',
    limit: 'child',
    offset: 'child',
    withTies: 'value',
  },
  'selected-column': { key: 'value', expr: 'child' },
  subquery: { select: 'child', alias: 'value', lateral: 'value', c: 'skip', referenceName: 'skip' },
  table: { definition: 'skip', alias: 'skip', c: 'skip', columns: 'skip', name: 'skip', schema: 'skip', referenceName: 'skip' },
  // An INSERT's rows: plain values are no nodes; the shape writes them itself (cache/shape.ts), other walks see the expressions.
  values: { columns: 'skip', values: 'skip', rows: 'skip', expressions: 'child', length: 'skip', plain: 'skip' },
  // A VALUES list: its names and types decide the SQL, its rows are bound values.
  'values-query': { names: 'value', types: 'value', rows: 'child', selectedColumns: 'skip' },
  'window-call': { name: 'value', args: 'child', count: 'value', defaultValue: 'child', type: 'value' },
  'window-spec': { partitionBy: 'child', orderBy: 'child', frame: 'value' },
};
