/**
 * The shape of a statement: everything that decides its SQL text, and nothing
 * that does not. Two statements of one shape compile to the same SQL, so the
 * SQL of a shape is compiled once (see statement-cache.ts) and only the bound
 * values are taken from each new statement.
 *
 * The key is written by walking the tree. Tables are named by the identity of
 * their definition and their alias, columns by their table (or subquery
 * alias) and key, SQL types by identity; every other node is
 * written out field by field, so that a new kind of node is covered without
 * code here. A bound value adds its slot and only the facts about its value
 * that a dialect may let change the SQL: whether it is NULL or an empty
 * string (Oracle compares '' as NULL), and for a value of unknown type its
 * JavaScript type (it picks the conversion).
 */
import { Bind } from '../expr/expression';
import type { Param } from '../expr/param';
import { Column } from '../schema/column';
import { Table } from '../schema/table';
import { SqlType } from '../types/sql-type';

/** Fields that never change the SQL: derived views and phantom types. */
const SKIPPED: ReadonlySet<string> = new Set(['c', '__value', '__row']);

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
 * A table by its definition (shared by all its aliases) and alias: `users.as('u')`
 * built afresh for every statement is still the same name.
 */
function tableKey(table: Table): string {
  const alias = table.alias;
  return `T${identityOf(table.definition)}${alias === undefined ? '' : `"${alias.length}:${alias}`}`;
}

/** A statement's cache key and the values that fill its compiled SQL. */
export interface Shape {
  readonly key: string;
  /** The bound values, in the order the walk met them: slot `i` is `binds[i]`. */
  readonly binds: readonly Bind[];
  /** The slot of each bound value. */
  readonly slots: ReadonlyMap<Bind, number>;
  /** Names of the named parameters (`param()`) met. */
  readonly params: readonly string[];
  /** Names of the list parameters (`x.in(param('ids'))`), whose lengths change the SQL. */
  readonly listParams: readonly string[];
}

/** What class of value a bound value is, as far as the SQL can tell. */
function valueClass(bind: Bind): string {
  const v = bind.value;
  if (v === null || v === undefined) return 'N';
  if (v === '') return 'E';
  if (bind.type.kind !== 'unknown') return 'V';
  if (v instanceof Date) return 'D';
  if (v instanceof Uint8Array) return 'B';
  return typeof v === 'number' ? (Number.isInteger(v) ? 'I' : 'F') : (typeof v).charAt(0);
}

/** Tokens of objects named by identity (columns, tables, types), computed once per object. */
const tokens = new WeakMap<object, string>();

function tokenOf(value: Column | Table | SqlType): string {
  let token = tokens.get(value);
  if (token === undefined) {
    if (value instanceof Column) {
      const source = value.source;
      const name = value.key;
      token =
        source instanceof Table
          ? `C${tableKey(source)}"${name.length}:${name}`
          : `C${source.kind}"${source.referenceName.length}:${source.referenceName}:${value.type.kind}"${name.length}:${name}`;
    } else if (value instanceof Table) {
      token = tableKey(value);
    } else {
      token = `@${identityOf(value)}`;
    }
    tokens.set(value, token);
  }
  return token;
}

/**
 * The fields written for an object: a class's fields are the same for all its
 * instances (and its kind says which class it is), so they are listed once per
 * class; plain objects (statement states) are listed each time, with names.
 */
const classFields = new Map<unknown, readonly string[]>();

function fieldsOf(value: object): readonly string[] | undefined {
  const constructor = value.constructor;
  if (constructor === Object || constructor === undefined) return undefined;
  let fields = classFields.get(constructor);
  if (fields === undefined) {
    fields = Object.keys(value).filter((field) => !SKIPPED.has(field));
    classFields.set(constructor, fields);
  }
  return fields;
}

class ShapeWriter {
  /** The key's pieces: joined once at the end, into a flat string that hashes fast. */
  private readonly parts: string[] = [];
  readonly binds: Bind[] = [];
  readonly slots = new Map<Bind, number>();
  readonly params: string[] = [];
  readonly listParams: string[] = [];
  private readonly ctes = new Map<object, number>();

  get key(): string {
    return this.parts.join('');
  }

  visit(value: unknown): void {
    switch (typeof value) {
      case 'string':
        this.parts.push('"' + value.length + ':' + value);
        return;
      case 'number':
      case 'bigint':
        this.parts.push('#' + String(value));
        return;
      case 'boolean':
        this.parts.push(value ? 'T' : 'F');
        return;
      case 'undefined':
        this.parts.push('u');
        return;
      case 'object':
        if (value === null) this.parts.push('n');
        else this.visitObject(value);
        return;
      default:
        // Functions and symbols never belong in a statement; name them by identity all the same.
        this.parts.push('!' + typeof value);
    }
  }

  private visitObject(value: object): void {
    if (value instanceof Bind) return this.visitBind(value);
    if (value instanceof Column || value instanceof Table || value instanceof SqlType) {
      this.parts.push(tokenOf(value));
      return;
    }
    if (Array.isArray(value)) {
      this.parts.push('[');
      for (let i = 0; i < value.length; i++) this.visit(value[i]);
      this.parts.push(']');
      return;
    }
    const kind = (value as { kind?: unknown }).kind;
    if (kind === 'param') this.noteParam(value as Param);
    if (kind === 'cte') {
      // A CTE is written out once (where it is declared or first met) and referred
      // to by number after: a recursive CTE's query refers to the CTE itself.
      const seen = this.ctes.get(value);
      if (seen !== undefined) {
        this.parts.push('^' + seen);
        return;
      }
      this.ctes.set(value, this.ctes.size);
    }
    const record = value as Record<string, unknown>;
    const fields = fieldsOf(value);
    if (fields !== undefined) {
      // A class instance: its kind first, then its fields in their fixed order.
      this.parts.push('<' + String(kind));
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!;
        if (field !== 'kind') this.visit(record[field]);
      }
      this.parts.push('>');
      return;
    }
    this.parts.push('{');
    for (const field in record) {
      if (SKIPPED.has(field)) continue;
      this.parts.push(field);
      this.visit(record[field]);
    }
    this.parts.push('}');
  }

  private visitBind(bind: Bind): void {
    const seen = this.slots.get(bind);
    if (seen !== undefined) {
      // The same bound value twice: its placeholders share one slot.
      this.parts.push('$' + seen);
      return;
    }
    this.slots.set(bind, this.binds.length);
    this.binds.push(bind);
    this.parts.push('?' + valueClass(bind) + tokenOf(bind.type));
  }

  private noteParam(param: Param): void {
    if (!this.params.includes(param.name)) this.params.push(param.name);
    if (param.list && !this.listParams.includes(param.name)) this.listParams.push(param.name);
  }
}

/** Walks a statement once, for its cache key and its bound values. */
export function shapeOf(statement: object): Shape {
  const writer = new ShapeWriter();
  writer.visit(statement);
  return { key: writer.key, binds: writer.binds, slots: writer.slots, params: writer.params, listParams: writer.listParams };
}
