/**
 * The shape of a statement: everything that decides its SQL text, and nothing
 * that does not. Two statements of one shape compile to the same SQL, so the
 * SQL of a shape is compiled once (see statement-cache.ts) and only the bound
 * values are taken from each new statement.
 *
 * The shape is written by walking the tree, as a sequence of numbers (with a
 * hash of them for the cache's lookup): strings are numbered once and for
 * all, tables by the identity of their definition and their alias, columns by
 * their table (or subquery alias) and key, SQL types by identity; every other
 * node is written as its kind and the fields its class declares
 * (expr/traversal.ts), through the one walker (expr/walk.ts), so that a new
 * kind of node is covered without code here. A bound value adds only the facts about its value that a
 * dialect may let change the SQL: whether it is NULL or an empty string
 * (Oracle compares '' as NULL), and for a value of unknown type its
 * JavaScript type (it picks the conversion).
 *
 * Numbers rather than a string key: building and hashing a long string from
 * many small pieces cost more than compiling a simple statement.
 */
import { Bind, Expression } from '../expr/expression';
import { InsertValues, MISSING } from '../statements/insert-values';
import type { Param } from '../expr/param';
import { Column } from '../schema/column';
import { Table } from '../schema/table';
import { SqlType } from '../types/sql-type';
import type { NodeKind } from '../expr/node-kinds';
import { End, TreeVisitor, walkTree } from '../expr/walk';
import { checkNestingDepth } from '../compiler/nesting';

/** Structure markers; every other code is a string's number (≥ 0). */
const enum Mark {
  Null = -1,
  Undefined = -2,
  True = -3,
  False = -4,
  ArrayStart = -5,
  ArrayEnd = -6,
  NodeStart = -7,
  NodeEnd = -8,
  ObjectStart = -9,
  ObjectEnd = -10,
  Bind = -11,
  BindAgain = -12,
  CteAgain = -13,
  Number = -14,
  Other = -15,
}

/** Every string met, numbered. Statement structure uses few; a flood of distinct aliases resets it (see `generation`). */
let strings = new Map<string, number>();
const MAX_STRINGS = 100_000;
/** Bumped when the string numbers are reset, so that caches drop shapes written with the old numbers. */
export let shapeGeneration = 0;

function stringCode(text: string): number {
  let code = strings.get(text);
  if (code === undefined) {
    if (strings.size >= MAX_STRINGS) {
      strings = new Map();
      objectCodes = new WeakMap();
      shapeGeneration++;
    }
    code = strings.size;
    strings.set(text, code);
  }
  return code;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** A number naming an object for as long as it lives. */
function identityOf(object: object): number {
  let id = identities.get(object);
  if (id === undefined) {
    id = ++nextIdentity;
    identities.set(object, id);
  }
  return id;
}

/** The code of a column, table or SQL type, worked out once per object. */
let objectCodes = new WeakMap<object, number>();

function objectCode(value: Column | Table | SqlType): number {
  let code = objectCodes.get(value);
  if (code === undefined) {
    code = stringCode(objectName(value));
    objectCodes.set(value, code);
  }
  return code;
}

/**
 * A table by its definition (shared by all its aliases) and alias: `users.as('u')`
 * built afresh for every statement is still the same name.
 */
function tableName(table: Table): string {
  const alias = table.alias;
  return `T${identityOf(table.definition)}${alias === undefined ? '' : `"${alias.length}:${alias}`}`;
}

function objectName(value: Column | Table | SqlType): string {
  if (value instanceof Column) {
    const source = value.source;
    const name = value.key;
    return source instanceof Table
      ? `C${tableName(source)}"${name.length}:${name}`
      : `C${source.kind}"${source.referenceName.length}:${source.referenceName}:${value.type.kind}"${name.length}:${name}`;
  }
  if (value instanceof Table) return tableName(value);
  return `@${identityOf(value)}`;
}

/** A statement's cache key and the values that fill its compiled SQL. */
export interface Shape {
  /** The shape as numbers: equal codes, equal SQL. */
  readonly codes: readonly number[];
  /** A hash of `codes`, for the cache's lookup. */
  readonly hash: number;
  /** The string numbering the codes were written with (see {@link shapeGeneration}). */
  readonly generation: number;
  /** The bound values, in the order the walk met them: slot `i` holds `values[i]`. */
  readonly values: readonly unknown[];
  /** The slot of each bound value. */
  readonly slots: ReadonlyMap<Bind, number>;
  /** The slots of an INSERT's plain row values: row `i`, column `j` at `i * columns + j` (-1 where no plain value is). */
  readonly rowSlots: ReadonlyMap<InsertValues, Int32Array>;
  /** Names of the named parameters (`param()`) met. */
  readonly params: readonly string[];
  /** Names of the list parameters (`x.in(param('ids'))`), whose lengths change the SQL. */
  readonly listParams: readonly string[];
}

/** What class of value a bound value is, as far as the SQL can tell. */
function valueClass(v: unknown, type: SqlType): number {
  if (v === null || v === undefined) return 1;
  if (v === '') return 2;
  if (type.kind !== 'unknown') return 3;
  if (v instanceof Date) return 4;
  if (v instanceof Uint8Array) return 5;
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? 6 : 7;
    case 'bigint':
      return 8;
    case 'boolean':
      return 9;
    case 'string':
      return 10;
    default:
      return 11;
  }
}

/**
 * Writes a statement's shape from the one walker's events (expr/walk.ts): each
 * node as its kind then its declared fields, plain objects field by field with
 * their names, so no two statements that compile differently share a shape.
 */
class ShapeWriter implements TreeVisitor {
  readonly codes: number[] = [];
  hash = 0x811c9dc5;
  readonly values: unknown[] = [];
  readonly slots = new Map<Bind, number>();
  readonly rowSlots = new Map<InsertValues, Int32Array>();
  /** The deepest nesting met in the expressions of INSERT rows, which are walked apart. */
  nested = 0;
  readonly params: string[] = [];
  readonly listParams: string[] = [];
  private readonly ctes = new Map<object, number>();

  private push(code: number): void {
    this.codes.push(code);
    // FNV-1a over the codes.
    this.hash = Math.imul(this.hash ^ code, 16777619);
  }

  node(node: object, kind: NodeKind): boolean {
    switch (kind) {
      case 'bind':
        this.writeBind(node as Bind);
        return false;
      case 'values':
        this.writeRows(node as InsertValues);
        return false;
      case 'column':
      case 'table':
        this.push(objectCode(node as Column | Table));
        return false;
      case 'param':
        this.noteParam(node as Param);
        break;
      case 'cte': {
        // A CTE is written out once (where it is declared or first met) and referred
        // to by number after: a recursive CTE's query refers to the CTE itself.
        const seen = this.ctes.get(node);
        if (seen !== undefined) {
          this.push(Mark.CteAgain);
          this.push(seen);
          return false;
        }
        this.ctes.set(node, this.ctes.size);
        break;
      }
    }
    this.push(Mark.NodeStart);
    this.push(stringCode(kind));
    return true;
  }

  value(value: unknown): void {
    switch (typeof value) {
      case 'string':
        this.push(stringCode(value));
        return;
      case 'number':
      case 'bigint':
        this.push(Mark.Number);
        this.push(stringCode(String(value)));
        return;
      case 'boolean':
        this.push(value ? Mark.True : Mark.False);
        return;
      case 'undefined':
        this.push(Mark.Undefined);
        return;
      case 'object':
        if (value === null) this.push(Mark.Null);
        else if (value instanceof SqlType) this.push(objectCode(value));
        // Dates and bytes stand in SQL only as bound values, which the shape leaves out.
        else this.push(Mark.Other);
        return;
      default:
        // Functions and symbols never belong in a statement.
        this.push(Mark.Other);
    }
  }

  arrayStart(): void {
    this.push(Mark.ArrayStart);
  }

  objectStart(): void {
    this.push(Mark.ObjectStart);
  }

  field(name: string): void {
    this.push(stringCode(name));
  }

  end(end: End): void {
    this.push(end === End.Node ? Mark.NodeEnd : end === End.Array ? Mark.ArrayEnd : Mark.ObjectEnd);
  }

  private writeBind(bind: Bind): void {
    const seen = this.slots.get(bind);
    if (seen !== undefined) {
      // The same bound value twice: its placeholders share one slot.
      this.push(Mark.BindAgain);
      this.push(seen);
      return;
    }
    this.slots.set(bind, this.values.length);
    this.values.push(bind.value);
    this.push(Mark.Bind);
    this.push(valueClass(bind.value, bind.type));
    this.push(objectCode(bind.type));
  }

  /**
   * An INSERT's rows: its columns, then row by row each plain value as a
   * bound value of its column's type (a slot, in `rowSlots`), each expression
   * walked as a node, each left-out column as such.
   */
  private writeRows(source: InsertValues): void {
    this.push(Mark.NodeStart);
    this.push(stringCode('values'));
    const columns = source.columns;
    const width = columns.length;
    this.push(Mark.ArrayStart);
    for (let j = 0; j < width; j++) this.push(objectCode(columns[j]!));
    this.push(Mark.ArrayEnd);
    const rows = source.rows;
    const slots = new Int32Array(rows.length * width).fill(-1);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      this.push(Mark.ArrayStart);
      for (let j = 0; j < width; j++) {
        const value = row[j];
        if (value === MISSING) this.push(Mark.Undefined);
        else if (value instanceof Expression) {
          const depth = walkTree(value, this, true);
          if (depth > this.nested) this.nested = depth;
        } else {
          slots[i * width + j] = this.values.length;
          this.values.push(value);
          this.push(Mark.Bind);
          this.push(valueClass(value, columns[j]!.type));
        }
      }
      this.push(Mark.ArrayEnd);
    }
    this.push(Mark.NodeEnd);
    this.rowSlots.set(source, slots);
  }

  /** The names in `params`, for a constant-time check: a statement may name thousands (a bulk load's multi-row INSERT). */
  private readonly paramNames = new Set<string>();

  private noteParam(param: Param): void {
    if (!this.paramNames.has(param.name)) {
      this.paramNames.add(param.name);
      this.params.push(param.name);
    }
    if (param.list && !this.listParams.includes(param.name)) this.listParams.push(param.name);
  }
}

/** Writes the shape of `statement`, refusing a tree nested deeper than a compile can go. */
function writeShape(statement: object): ShapeWriter {
  const writer = new ShapeWriter();
  const depth = walkTree(statement, writer, true);
  checkNestingDepth(Math.max(depth, writer.nested + 2));
  return writer;
}

/** Walks a statement once, for its cache key and its bound values. */
export function shapeOf(statement: object): Shape {
  let generation = shapeGeneration;
  let writer = writeShape(statement);
  if (generation !== shapeGeneration) {
    // The string numbering was reset during the walk: walk again with the new one.
    generation = shapeGeneration;
    writer = writeShape(statement);
  }
  return {
    codes: writer.codes,
    hash: writer.hash,
    generation,
    values: writer.values,
    slots: writer.slots,
    rowSlots: writer.rowSlots,
    params: writer.params,
    listParams: writer.listParams,
  };
}

/** Whether two shapes are the same (same codes, written with the same string numbering). */
export function sameShape(a: Shape, b: Pick<Shape, 'codes' | 'generation'>): boolean {
  if (a.generation !== b.generation || a.codes.length !== b.codes.length) return false;
  const x = a.codes;
  const y = b.codes;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
