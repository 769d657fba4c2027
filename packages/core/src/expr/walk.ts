/**
 * The one walker of the tree: every traversal (statement shape, columns read,
 * sources of an implicit FROM, bound values counted) is this loop with its own
 * visitor. It reads each node's fields from its declaration (expr/traversal.ts)
 * and keeps its own stack, so a tree of any depth is walked without a stack
 * overflow; it reports the deepest nesting of nodes it met.
 */
import { generatedFunction } from '../generated-function';
import { SqlType, TypeKind } from '../types/sql-type';
import type { NodeKind } from './node-kinds';
import { traversals } from './traversal';

/** What `TreeVisitor.end` closes. */
export const enum End {
  Node = 1,
  Array = 2,
  Object = 3,
}

/**
 * What a walk reports. A children-only walk calls `node` alone; a walk with
 * values (the statement shape) calls every method, in the order met.
 */
export interface TreeVisitor {
  /**
   * A node of a declared kind: true walks its fields, false leaves it as a leaf
   * (a column, a table, a node seen before). `ordinal` numbers the kind (see
   * {@link kindOrdinal}), for visitors that write kinds as numbers.
   */
  node(node: object, kind: NodeKind, ordinal: number): boolean;
  /** A value that is no node: a primitive, a SQL type, a Date, a byte array. */
  value?(value: unknown): void;
  /** An array starts (its items follow, then `end(End.Array)`). */
  arrayStart?(): void;
  /** A plain object starts (each field's name and value follow, then `end(End.Object)`). */
  objectStart?(): void;
  /** The name of the plain-object field whose value comes next. */
  field?(name: string): void;
  /** The end of a node whose fields were walked, of an array, or of a plain object. */
  end?(end: End): void;
}

/** Fields of plain objects that never change the SQL: derived views and phantom types (compared directly: this runs for every field). */
function isSkippedField(name: string): boolean {
  return name === 'c' || name === '__value' || name === '__row';
}

interface FieldLists {
  /** The kind's number: its place in the declarations, stable for the life of the process. */
  readonly ordinal: number;
  /** The fields a walk with values reads, in declaration order. */
  readonly all: readonly string[];
  /** The fields that hold child nodes. */
  readonly children: readonly string[];
  /** Walks the fields of `all` of a node of this kind. */
  readonly readAll: FieldReader;
  /** Walks the fields of `children` of a node of this kind. */
  readonly readChildren: FieldReader;
}

/**
 * Walks the declared fields of one node, in order: each primitive is reported
 * to `visitor.value` (when `values`), each object walked by `walk`. Returns the
 * deepest nesting of nodes in the fields.
 */
type FieldReader = (node: Record<string, unknown>, visitor: TreeVisitor, values: boolean, budget: number, walk: typeof walkRecursive) => number;

/**
 * A reader of these fields. Each kind gets its own function, written out from
 * its declaration, so that each field is read at a property access of its own:
 * one that sees one class of node, which the engine makes a direct load. A
 * loop reading `node[name]` for every kind is one access that sees every class
 * of node, and every read there is a slow lookup (the walk took half again as
 * long). The field names come from `traversals` (this package's own
 * declarations, checked to be identifiers), never from a statement. Where a
 * runtime refuses code generation (a content security policy), the loop.
 */
function fieldReader(fields: readonly string[]): FieldReader {
  for (const field of fields) if (!/^[A-Za-z_$][\w$]*$/.test(field)) throw new Error(`traversals: ${JSON.stringify(field)} is not a field name`);
  const body = fields.map((f) => `x = n.${f}; if (x === null || typeof x !== 'object') { if (values) visitor.value(x); } else { t = walk(x, visitor, values, budget); if (t > d) d = t; }`);
  return generatedFunction<FieldReader>(['n', 'visitor', 'values', 'budget', 'walk'], `let d = 0, x, t;\n${body.join('\n')}\nreturn d;`) ?? fieldLoop(fields);
}

/** The reader of {@link fieldReader} as a loop over the names, for a runtime without code generation. @internal */
export function fieldLoop(fields: readonly string[]): FieldReader {
  return (node, visitor, values, budget, walk) => {
    let deepest = 0;
    for (let i = 0; i < fields.length; i++) {
      const field = node[fields[i]!];
      if (field === null || typeof field !== 'object') {
        if (values) visitor.value!(field);
        continue;
      }
      const d = walk(field, visitor, values, budget);
      if (d > deepest) deepest = d;
    }
    return deepest;
  };
}

/** The field lists of each kind, by kind (an object without prototype: no kind can reach one of Object's members). */
const fieldLists: Readonly<Record<string, FieldLists | undefined>> = Object.assign(
  Object.create(null) as Record<string, FieldLists>,
  Object.fromEntries(
    Object.entries(traversals).map(([kind, declared], ordinal) => {
      const entries = Object.entries(declared as Record<string, string>);
      const all = entries.filter(([, role]) => role !== 'skip').map(([f]) => f);
      const children = entries.filter(([, role]) => role === 'child').map(([f]) => f);
      return [kind, { ordinal, all, children, readAll: fieldReader(all), readChildren: fieldReader(children) }];
    }),
  ),
);

/**
 * The number of a declared kind (what `TreeVisitor.node` is given as `ordinal`).
 *
 * @example
 * ```ts
 * kindOrdinal('values') // the same number for as long as the process runs
 * ```
 */
export function kindOrdinal(kind: NodeKind): number {
  return fieldLists[kind]!.ordinal;
}

/**
 * No SQL type's kind is a node's kind, so a declared kind is a node's and the
 * walk needs no class check for it: a type kind named like a node kind would
 * make this constant fail to type-check.
 */
const TYPE_KINDS_ARE_NOT_NODE_KINDS: [Extract<TypeKind, NodeKind>] extends [never] ? true : never = true;
void TYPE_KINDS_ARE_NOT_NODE_KINDS;

/** Whether a value is walked as a plain object (field names included) rather than as a leaf value. */
function isPlainRecord(value: object): boolean {
  return !(value instanceof SqlType || value instanceof Date || value instanceof Uint8Array);
}

/** What {@link open} found a value to be. */
const enum Opened {
  /** Reported whole (a primitive, a SQL type), or a node the visitor keeps closed. */
  Leaf = 0,
  Array = 1,
  Node = 2,
  Object = 3,
}

/** The declared fields {@link open} found to read in a node, and their reader; read right after the call. */
let openedFields: readonly string[] = [];
let openedReader: FieldReader = fieldLoop([]);

/**
 * Reports `value` to the visitor as far as it is reported on its own (a leaf,
 * or the start of an array or plain object, or the node itself) and says what
 * is to be read inside it.
 */
function open(value: unknown, visitor: TreeVisitor, values: boolean): Opened {
  if (value === null || typeof value !== 'object') {
    if (values) visitor.value!(value);
    return Opened.Leaf;
  }
  if (Array.isArray(value)) {
    if (values) visitor.arrayStart!();
    return Opened.Array;
  }
  // A plain object (a statement's state, a clause) is the most common container: no class checks for it.
  if (value.constructor !== Object) {
    const kind = (value as { readonly kind?: unknown }).kind;
    // A SQL type has a kind too, but never a node's (see TYPE_KINDS_ARE_NOT_NODE_KINDS); plain clause
    // objects ({ kind: 'values' }) were left out above.
    const declared = typeof kind === 'string' ? fieldLists[kind] : undefined;
    if (declared !== undefined) {
      if (!visitor.node(value, kind as NodeKind, declared.ordinal)) return Opened.Leaf;
      openedFields = values ? declared.all : declared.children;
      openedReader = values ? declared.readAll : declared.readChildren;
      return Opened.Node;
    }
    if (!isPlainRecord(value)) {
      if (values) visitor.value!(value);
      return Opened.Leaf;
    }
  }
  // A plain object or an undeclared class: walked by field name.
  if (values) visitor.objectStart!();
  return Opened.Object;
}

/** Nesting the walk follows by recursion (fast) before it goes on with a stack of its own (any depth). */
const RECURSION_BUDGET = 200;

/**
 * Walks `root` depth-first in field order, calling `visitor`; with `values`
 * false only child fields are walked and only `visitor.node` is called.
 * Returns the deepest nesting of nodes met.
 *
 * Shallow parts are walked by recursion, which is fastest; below
 * {@link RECURSION_BUDGET} levels the walk goes on with a stack of its own,
 * so a tree of any depth is walked without a stack overflow. Both report the
 * same events in the same order.
 *
 * @example
 * ```ts
 * let binds = 0;
 * walkTree(statement, { node: (n, kind) => (kind === 'bind' ? (binds++, false) : kind !== 'table') }, false);
 * ```
 */
export function walkTree(root: unknown, visitor: TreeVisitor, values: boolean): number {
  return walkRecursive(root, visitor, values, RECURSION_BUDGET);
}

/** The walk by recursion, `budget` levels at most; returns the deepest nesting of nodes in `value`. */
function walkRecursive(value: unknown, visitor: TreeVisitor, values: boolean, budget: number): number {
  if (budget === 0) return walkWithStack(value, visitor, values);
  const opened = open(value, visitor, values);
  if (opened === Opened.Leaf) return 0;
  let deepest = 0;
  if (opened === Opened.Array) {
    const items = value as readonly unknown[];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      // A primitive is reported here, without a call of its own (most fields hold one).
      if (item === null || typeof item !== 'object') {
        if (values) visitor.value!(item);
        continue;
      }
      const d = walkRecursive(item, visitor, values, budget - 1);
      if (d > deepest) deepest = d;
    }
    if (values) visitor.end!(End.Array);
    return deepest;
  }
  const record = value as Record<string, unknown>;
  if (opened === Opened.Object) {
    for (const name in record) {
      if (isSkippedField(name)) continue;
      if (values) visitor.field!(name);
      const field = record[name];
      if (field === null || typeof field !== 'object') {
        if (values) visitor.value!(field);
        continue;
      }
      const d = walkRecursive(field, visitor, values, budget - 1);
      if (d > deepest) deepest = d;
    }
    if (values) visitor.end!(End.Object);
    return deepest;
  }
  deepest = openedReader(record, visitor, values, budget - 1, walkRecursive);
  if (values) visitor.end!(End.Node);
  return deepest + 1;
}

/**
 * The walk with a stack of its own: one frame per open container (node,
 * array or plain object) with the position of the next field to read, so
 * that the depth is bounded by memory only.
 */
function walkWithStack(root: unknown, visitor: TreeVisitor, values: boolean): number {
  const containers: unknown[] = [];
  /** The fields to read of a node or plain object; undefined for an array. */
  const fieldNames: (readonly string[] | undefined)[] = [];
  const positions: number[] = [];
  const kinds: Opened[] = [];
  let top = -1;
  let depth = 0;
  let deepest = 0;
  let next: unknown = root;
  for (;;) {
    // Open `next`: report it, and push a frame when there is something inside to read.
    const opened = open(next, visitor, values);
    if (opened !== Opened.Leaf) {
      top++;
      containers[top] = next;
      fieldNames[top] = opened === Opened.Array ? undefined : opened === Opened.Node ? openedFields : Object.keys(next as object);
      positions[top] = 0;
      kinds[top] = opened;
      if (opened === Opened.Node && ++depth > deepest) deepest = depth;
    }
    // Find the next value to open: the next field of the innermost frame, closing the frames that are done.
    let found = false;
    while (top >= 0 && !found) {
      const container = containers[top] as Record<string, unknown> & unknown[];
      const fields = fieldNames[top];
      const position = positions[top]!;
      const length = fields === undefined ? container.length : fields.length;
      if (position >= length) {
        const kind = kinds[top]!;
        if (kind === Opened.Node) depth--;
        if (values) visitor.end!(kind === Opened.Node ? End.Node : kind === Opened.Array ? End.Array : End.Object);
        containers[top--] = undefined;
        continue;
      }
      positions[top] = position + 1;
      if (fields === undefined) {
        next = container[position];
        found = true;
        continue;
      }
      const name = fields[position]!;
      if (kinds[top] === Opened.Object) {
        if (isSkippedField(name)) continue;
        if (values) visitor.field!(name);
      }
      next = container[name];
      found = true;
    }
    if (!found) return deepest;
  }
}

/**
 * Calls `visit` for each node of the kinds in `kinds` in a part of a tree (each
 * node once), not descending into nodes of the kinds in `prune`.
 * @internal
 */
export function forEachNode(root: unknown, kinds: ReadonlySet<NodeKind>, visit: (node: object) => void, prune: ReadonlySet<NodeKind> = NO_KINDS): void {
  const seen = new Set<object>();
  walkTree(
    root,
    {
      node(node, kind) {
        if (seen.has(node)) return false;
        seen.add(node);
        if (kinds.has(kind)) {
          visit(node);
          return false;
        }
        return !prune.has(kind) && kind !== 'table';
      },
    },
    false,
  );
}

const NO_KINDS: ReadonlySet<NodeKind> = new Set();

const BIND_KIND: ReadonlySet<NodeKind> = new Set<NodeKind>(['bind']);

/**
 * The number of distinct bound values in a part of a statement (for sizing
 * INSERT batches to a dialect's parameter limit).
 *
 * @example
 * ```ts
 * countBinds(users.c.age.plus(1).gt(2)) // 2
 * ```
 */
export function countBinds(root: unknown): number {
  let count = 0;
  forEachNode(root, BIND_KIND, () => count++);
  return count;
}
