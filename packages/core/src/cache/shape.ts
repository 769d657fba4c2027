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

class ShapeWriter {
  key = '';
  readonly binds: Bind[] = [];
  readonly slots = new Map<Bind, number>();
  readonly params: string[] = [];
  readonly listParams: string[] = [];

  visit(value: unknown): void {
    switch (typeof value) {
      case 'string':
        this.key += `"${value.length}:${value}`;
        return;
      case 'number':
      case 'bigint':
        this.key += `#${String(value)}`;
        return;
      case 'boolean':
        this.key += value ? 'T' : 'F';
        return;
      case 'undefined':
        this.key += 'u';
        return;
      case 'object':
        if (value === null) this.key += 'n';
        else this.visitObject(value);
        return;
      default:
        // Functions and symbols never belong in a statement; name them by identity all the same.
        this.key += `!${typeof value}`;
    }
  }

  private visitObject(value: object): void {
    if (value instanceof Bind) return this.visitBind(value);
    if (value instanceof Column) {
      const source = value.source;
      this.key += source instanceof Table ? `C${tableKey(source)}` : `C${source.kind}"${source.referenceName.length}:${source.referenceName}:${value.type.kind}`;
      this.visit(value.key);
      return;
    }
    if (value instanceof Table) {
      this.key += tableKey(value);
      return;
    }
    if (value instanceof SqlType) {
      this.key += `@${identityOf(value)}`;
      return;
    }
    if (Array.isArray(value)) {
      this.key += '[';
      for (const item of value) this.visit(item);
      this.key += ']';
      return;
    }
    if ((value as { kind?: unknown }).kind === 'param') this.noteParam(value as Param);
    this.key += '{';
    for (const field of Object.keys(value)) {
      if (SKIPPED.has(field)) continue;
      this.key += field;
      this.visit((value as Record<string, unknown>)[field]);
    }
    this.key += '}';
  }

  private visitBind(bind: Bind): void {
    const seen = this.slots.get(bind);
    if (seen !== undefined) {
      // The same bound value twice: its placeholders share one slot.
      this.key += `$${seen}`;
      return;
    }
    this.slots.set(bind, this.binds.length);
    this.binds.push(bind);
    this.key += `?${valueClass(bind)}${identityOf(bind.type)}`;
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
  return writer;
}
