/**
 * Reflection: what a database's catalog says about its tables, and the
 * contract by which a dialect package gives its catalog statements and their
 * decoding. The statements are run elsewhere (`@alkahest/migrate`), so that a
 * dialect package never runs anything itself.
 */
import type { Expression } from '../expr/expression';
import { sql } from '../expr/sql-template';
import type { SqlType } from '../types/sql-type';
import type { Column, ColumnDefault, ReferentialAction } from './column';
import type { Table } from './table';

/** A column as the catalog describes it. */
export interface ReflectedColumn {
  readonly name: string;
  /** The catalog's type mapped back to alkahest's types (each dialect's rules in its type compiler, `type-compiler.ts`). */
  readonly type: SqlType;
  /** The type as the catalog writes it (`character varying(20)`, `tinyint(1)`), for messages. */
  readonly nativeType: string;
  readonly nullable: boolean;
  /** The server default: a value where the catalog holds a literal, else the expression's SQL text. */
  readonly default?: ColumnDefault;
  /** Identity, AUTO_INCREMENT, a serial's sequence, SQLite's rowid alias. */
  readonly autoIncrement: boolean;
  readonly comment?: string;
}

/** A named constraint over columns (SQL names). */
export interface ReflectedKey {
  readonly name?: string;
  readonly columns: readonly string[];
}

/** A foreign key, with the table it references. */
export interface ReflectedForeignKey {
  readonly name?: string;
  readonly columns: readonly string[];
  readonly references: { readonly table: string; readonly schema?: string; readonly columns: readonly string[] };
  readonly onDelete?: ReferentialAction;
  readonly onUpdate?: ReferentialAction;
}

/** An index that is not a constraint's own. `expressions[i]` is set where part `i` is an expression, not a column. */
export interface ReflectedIndex {
  readonly name: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  readonly expressions?: readonly (string | undefined)[];
}

/** A CHECK constraint, with its condition as the catalog writes it. */
export interface ReflectedCheck {
  readonly name?: string;
  readonly sql: string;
}

/** A table (or view) as the catalog describes it. */
export interface ReflectedTable {
  readonly name: string;
  readonly schema?: string;
  /** A view: read-only. */
  readonly view: boolean;
  readonly columns: readonly ReflectedColumn[];
  readonly primaryKey?: ReflectedKey;
  readonly uniques: readonly ReflectedKey[];
  readonly foreignKeys: readonly ReflectedForeignKey[];
  readonly indexes: readonly ReflectedIndex[];
  readonly checks: readonly ReflectedCheck[];
  readonly comment?: string;
}

/** Rows as a raw query gives them. */
export type CatalogRows = readonly Record<string, unknown>[];

/** Statements to run, in order, and the decoding of their rows. */
export interface CatalogQuery<R> {
  readonly statements: readonly Expression[];
  decode(results: readonly CatalogRows[]): R;
}

/** A table name the catalog lists. */
export interface CatalogTableName {
  readonly name: string;
  readonly view: boolean;
}

/**
 * What a dialect package gives for reflection (`Dialect.catalog`): its
 * catalog statements with their decoding, and how its DDL writes a column's
 * type and default — two columns are the same to a diff when the dialect
 * writes them the same, which is where the catalog's losses (SQLite's
 * affinity, a boolean stored as NUMBER(1)) stop mattering.
 */
export interface CatalogReader {
  /** The tables and views of a schema (the connection's current one when not given). */
  tableNames(schema?: string): CatalogQuery<readonly CatalogTableName[]>;
  /** One table's columns, keys, indexes and checks. */
  table(name: string, schema?: string, view?: boolean): CatalogQuery<ReflectedTable>;
  /** The DDL type of a column, as CREATE TABLE writes it. */
  columnTypeSql(column: Column): string;
  /** The DEFAULT clause of a column, as CREATE TABLE writes it ('' for none). */
  defaultSql(column: Column): string;
  /** A CHECK condition over a table's columns, as CREATE TABLE writes it (without `CHECK (…)`). */
  checkSql(condition: Expression<boolean>, table: Table): string;
}

/** A catalog value as text ('' for NULL). @internal */
export function catalogText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Catalog rows grouped by a field (a constraint's or an index's rows, one per column), in their order. @internal */
export function groupRows(rows: CatalogRows | undefined, key: string): Map<string, CatalogRows[number][]> {
  const out = new Map<string, CatalogRows[number][]>();
  for (const r of rows ?? []) {
    const k = catalogText(r[key]);
    const list = out.get(k);
    if (list === undefined) out.set(k, [r]);
    else list.push(r);
  }
  return out;
}

/** Splits SQL text on commas outside parentheses and quotes (type lists, CREATE TABLE bodies). @internal */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== undefined) {
      if (ch === quote) quote = text[i + 1] === quote ? (i++, quote) : undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`' || ch === '[') quote = ch === '[' ? ']' : ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== '') parts.push(last);
  return parts;
}

/**
 * A default the catalog writes as a SQL literal, as a value of the column's
 * type: `'it''s'` → `it's`, `42` → 42 (bigint for bigint columns, a decimal
 * string for numeric ones), `true`/`1` for booleans. Anything else is an
 * expression, kept as text.
 *
 * @example
 * ```ts
 * literalDefault("'draft'", new SqlType('varchar', { length: 10 })); // { value: 'draft' }
 * literalDefault('now()', new SqlType('timestamp'));                // { expr: sql.unsafe('now()') }
 * ```
 */
export function literalDefault(text: string, type: SqlType): ColumnDefault {
  const t = text.trim();
  const parsed = parseLiteral(t, type);
  return 'sql' in parsed ? { expr: sql.unsafe(parsed.sql) } : parsed;
}

const NUMBER_KINDS: ReadonlySet<string> = new Set(['integer', 'smallint', 'bigint', 'real', 'double', 'numeric']);

function parseLiteral(text: string, type: SqlType): { readonly value: unknown } | { readonly sql: string } {
  // A number written as a string literal ('9' for a bigint) is the number.
  const t = NUMBER_KINDS.has(type.kind) && /^'[-+]?\d+(\.\d+)?'$/.test(text) ? text.slice(1, -1) : text;
  const quoted = /^'((?:[^']|'')*)'$/.exec(t);
  const number = /^[-+]?\d+(\.\d+)?$/.test(t);
  switch (type.kind) {
    case 'integer':
    case 'smallint':
      return number && Number.isSafeInteger(Number(t)) ? { value: Number(t) } : { sql: t };
    case 'bigint':
      return /^[-+]?\d+$/.test(t) ? { value: BigInt(t) } : { sql: t };
    case 'real':
    case 'double':
      return number ? { value: Number(t) } : { sql: t };
    case 'numeric':
      return number ? { value: t.replace(/^\+/, '') } : quoted && /^[-+]?\d+(\.\d+)?$/.test(quoted[1]!) ? { value: quoted[1]! } : { sql: t };
    case 'boolean': {
      const b = /^(true|1|'1'|'t'|'true')$/i.test(t) ? true : /^(false|0|'0'|'f'|'false')$/i.test(t) ? false : undefined;
      return b === undefined ? { sql: t } : { value: b };
    }
    case 'text':
    case 'varchar':
    case 'char':
    case 'enum':
    case 'uuid':
    case 'date':
    case 'time':
      return quoted ? { value: quoted[1]!.replace(/''/g, "'") } : { sql: t };
    default:
      return { sql: t };
  }
}
