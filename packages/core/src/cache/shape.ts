/**
 * The shape of a statement: everything that decides its SQL text, and nothing
 * that does not. Two statements of one shape compile to the same SQL, so the
 * SQL of a shape is compiled once (see statement-cache.ts) and only the bound
 * values are taken from each new statement.
 *
 * The shape is written by walking the tree, as a sequence of numbers (with a
 * hash of them for the cache's lookup): strings are numbered once and for
 * all, tables by the identity of their definition and their alias, columns by
 * their table (or subquery alias) and key, SQL types by kind and options; every other
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
import { builtinTypes, SqlType } from '../types/sql-type';
import type { NodeKind } from '../expr/node-kinds';
import { End, kindOrdinal, TreeVisitor, walkTree } from '../expr/walk';
import { checkNestingDepth } from '../compiler/nesting';

/** Structure markers; every other code is a string's number (≥ 0). */
const enum Mark {
  Null = -1,
  Undefined = -2,
  True = -3,
  False = -4,
  ArrayStart = -5,
  ArrayEnd = -6,
  ObjectStart = -9,
  ObjectEnd = -10,
  Bind = -11,
  BindAgain = -12,
  CteAgain = -13,
  Number = -14,
  Other = -15,
}

/**
 * A node is written as the code of its kind, `KIND_BASE - ordinal` (below every
 * mark), then its declared fields: their number is fixed per kind, so no end
 * mark is needed, and no string is looked up for the kind.
 */
const KIND_BASE = -100;
const VALUES_CODE = KIND_BASE - kindOrdinal('values');

/** Every string met, numbered. Statement structure uses few; a flood of distinct aliases resets it (see `generation`). */
let strings = new Map<string, number>();
const MAX_STRINGS = 100_000;
/** Bumped when the string numbers are reset, so that caches drop shapes written with the old numbers. */
export let shapeGeneration = 0;

/** Forgets every number given so far (strings, tables, objects): shapes written before no longer match. */
function resetCodes(): void {
  strings = new Map();
  objectCodes = new WeakMap();
  tableCodes = new WeakMap();
  nextTable = 0;
  shapeGeneration++;
}

function stringCode(text: string): number {
  let code = strings.get(text);
  if (code === undefined) {
    if (strings.size >= MAX_STRINGS) resetCodes();
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

/**
 * Tables and their columns have number ranges of their own, apart from
 * strings (≥ 0), marks and kinds: a table is `TABLE_BASE - n`, a column of it
 * `COLUMN_BASE - (n * KEY_RANGE + key)`, with `key` its key's string number
 * (below {@link MAX_STRINGS}). No string is built for either: an alias made
 * for each statement (`posts.as('p')`) costs two lookups.
 */
const TABLE_BASE = -1_000;
const COLUMN_BASE = -1e7;
const KEY_RANGE = 131_072;
const MAX_TABLES = 100_000;

/** The number of each table by its definition: the table itself, then by alias. */
let tableCodes = new WeakMap<object, { readonly code: number; readonly aliases: Map<string, number> }>();
let nextTable = 0;

function newTableNumber(): number {
  if (nextTable >= MAX_TABLES) resetCodes();
  return nextTable++;
}

/** The number of a table: one per definition and alias (`users.as('u')` built afresh for every statement is still the same). */
function tableNumber(table: Table): number {
  let entry = tableCodes.get(table.definition);
  if (entry === undefined) {
    entry = { code: newTableNumber(), aliases: new Map() };
    tableCodes.set(table.definition, entry);
  }
  const alias = table.alias;
  if (alias === undefined) return entry.code;
  let code = entry.aliases.get(alias);
  if (code === undefined) {
    const generation = shapeGeneration;
    code = newTableNumber();
    // A reset just now dropped `entry`: number the table afresh.
    if (generation !== shapeGeneration) return tableNumber(table);
    entry.aliases.set(alias, code);
  }
  return code;
}

/** The code of a column: of a table by the table's number and its key; of a subquery or CTE by its name, its type and its key. Worked out once per column object, except an alias's. */
function columnCode(column: Column): number {
  const source = column.source;
  let code = objectCodes.get(column);
  if (code !== undefined) return code;
  if (source instanceof Table) {
    const table = tableNumber(source);
    const generation = shapeGeneration;
    const key = stringCode(column.key);
    // A reset of the numbering while numbering the key: the table's number is from before it.
    if (generation !== shapeGeneration) return columnCode(column);
    code = COLUMN_BASE - (table * KEY_RANGE + key);
    // The columns of a table as defined live as long as it: remember their codes. An alias's
    // columns are made afresh with each `as()`, so they are worked out each time (two lookups).
    if (source.alias === undefined) objectCodes.set(column, code);
    return code;
  }
  const name = column.key;
  code = stringCode(`C${source.kind}"${source.referenceName.length}:${source.referenceName}:${column.type.kind}"${name.length}:${name}`);
  objectCodes.set(column, code);
  return code;
}

/** The code of a SQL type (see {@link typeKey}), worked out once per type object. */
let objectCodes = new WeakMap<object, number>();

function typeCode(type: SqlType): number {
  let code = objectCodes.get(type);
  if (code === undefined) {
    code = stringCode(typeKey(type));
    objectCodes.set(type, code);
  }
  return code;
}

/**
 * A SQL type by what it is, its kind and options (a custom type's definition
 * by identity), so that equal types made apart share a shape: `integer()`
 * called for each statement, or the `numeric(12, 2)` of a sum of two
 * columns. The library's own integer (counts, row numbers) stands apart: its
 * values are checked differently (types/validate.ts).
 */
function typeKey(type: SqlType): string {
  let key = `${type === builtinTypes.integer ? 'B' : 'T'}${type.kind}`;
  const options = type.options as Readonly<Record<string, unknown>>;
  for (const name in options) {
    const option = options[name];
    if (option === undefined) continue;
    // Options are numbers, strings, booleans and lists of strings (TypeOptions), or a custom type's definition.
    key += `|${name}=${typeof option === 'object' && option !== null && !Array.isArray(option) ? `@${identityOf(option)}` : JSON.stringify(option)}`;
  }
  return key;
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
  /** The maps and lists below are made when first needed: most statements need none of them. */
  rowSlots: Map<InsertValues, Int32Array> | undefined = undefined;
  /** The deepest nesting met in the expressions of INSERT rows, which are walked apart. */
  nested = 0;
  params: string[] | undefined = undefined;
  listParams: string[] | undefined = undefined;
  private ctes: Map<object, number> | undefined = undefined;

  private push(code: number): void {
    this.codes.push(code);
    // FNV-1a over the codes.
    this.hash = Math.imul(this.hash ^ code, 16777619);
  }

  node(node: object, kind: NodeKind, ordinal: number): boolean {
    switch (kind) {
      case 'bind':
        this.writeBind(node as Bind);
        return false;
      case 'values':
        this.writeRows(node as InsertValues);
        return false;
      case 'column':
        this.push(columnCode(node as Column));
        return false;
      case 'table':
        this.push(TABLE_BASE - tableNumber(node as Table));
        return false;
      case 'param':
        this.noteParam(node as Param);
        break;
      case 'cte': {
        // A CTE is written out once (where it is declared or first met) and referred
        // to by number after: a recursive CTE's query refers to the CTE itself.
        const ctes = (this.ctes ??= new Map());
        const seen = ctes.get(node);
        if (seen !== undefined) {
          this.push(Mark.CteAgain);
          this.push(seen);
          return false;
        }
        ctes.set(node, ctes.size);
        break;
      }
    }
    this.push(KIND_BASE - ordinal);
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
        else if (value instanceof SqlType) this.push(typeCode(value));
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
    // A node's fields are as many as its kind declares: its end needs no mark.
    if (end !== End.Node) this.push(end === End.Array ? Mark.ArrayEnd : Mark.ObjectEnd);
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
    this.push(typeCode(bind.type));
  }

  /**
   * An INSERT's rows: its columns, then row by row each plain value as a
   * bound value of its column's type (a slot, in `rowSlots`), each expression
   * walked as a node, each left-out column as such.
   */
  private writeRows(source: InsertValues): void {
    this.push(VALUES_CODE);
    const columns = source.columns;
    const width = columns.length;
    this.push(Mark.ArrayStart);
    for (let j = 0; j < width; j++) this.push(columnCode(columns[j]!));
    this.push(Mark.ArrayEnd);
    const values = source.values;
    const slots = new Int32Array(source.length * width).fill(-1);
    this.push(Mark.ArrayStart);
    for (let i = 0; i < source.length; i++) {
      this.push(Mark.ArrayStart);
      for (let j = 0; j < width; j++) {
        const value = values[i * width + j];
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
    this.push(Mark.ArrayEnd);
    (this.rowSlots ??= new Map()).set(source, slots);
  }

  /** The names in `params`, for a constant-time check: a statement may name thousands (a bulk load's multi-row INSERT). */
  private paramNames: Set<string> | undefined = undefined;

  private noteParam(param: Param): void {
    const names = (this.paramNames ??= new Set());
    if (!names.has(param.name)) {
      names.add(param.name);
      (this.params ??= []).push(param.name);
    }
    const lists = (this.listParams ??= []);
    if (param.list && !lists.includes(param.name)) lists.push(param.name);
  }
}

/** Writes the shape of `statement`, refusing a tree nested deeper than a compile can go. */
function writeShape(statement: object): ShapeWriter {
  const writer = new ShapeWriter();
  const depth = walkTree(statement, writer, true);
  checkNestingDepth(Math.max(depth, writer.nested + 2));
  return writer;
}

const NO_ROW_SLOTS: ReadonlyMap<InsertValues, Int32Array> = new Map();
const NO_NAMES: readonly string[] = [];

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
    rowSlots: writer.rowSlots ?? NO_ROW_SLOTS,
    params: writer.params ?? NO_NAMES,
    listParams: writer.listParams ?? NO_NAMES,
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
