/**
 * The lowest layer of the compiler: quoting identifiers, binding values and
 * rendering literals. Dialects override the hooks here for their own rules.
 */
import { CompileError, UnsupportedFeatureError } from '../errors';
import { checkIdentifier } from '../expr/sql-template';
import type { CodecTable } from '../types/codec';
import { SqlType, typeOfValue } from '../types/sql-type';
import type { CompileContext } from './context';
import type { TypeCompiler } from './type-compiler';

/** A whole number written into SQL (type sizes, frame offsets), checked first. @internal */
export function wholeNumber(value: unknown, what: string): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new CompileError(`${what} must be a non-negative integer, got ${String(value)}`);
  return String(value);
}

const SAFE_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The root of the compiler: quoting identifiers, writing literals and
 * placeholders, and the dialect's names for types. The first layer of
 * {@link SqlCompiler}, which a dialect subclasses.
 */
export abstract class BaseCompiler {
  /** The dialect's name, used in messages and in compiled queries. */
  abstract readonly dialect: string;
  /** How values cross this dialect's driver. */
  abstract readonly codecs: CodecTable;
  /** The dialect's type names, for DDL, CAST and reflection (one object per dialect). */
  abstract readonly types: TypeCompiler<never>;

  /** The bind placeholder for the parameter at 1-based `index`. */
  placeholder(index: number): string {
    void index;
    return '?';
  }

  /** Quotes one identifier part, doubling embedded quotes. */
  quoteIdentifier(name: string): string {
    let quoted = this.quotedNames.get(name);
    if (quoted === undefined) {
      quoted = this.quoteName(name);
      // Names are few in practice; a flood of distinct aliases must not grow this without bound.
      if (this.quotedNames.size >= 10_000) this.quotedNames.clear();
      this.quotedNames.set(name, quoted);
    }
    return quoted;
  }

  /** Identifiers already quoted by {@link quoteName}, which is a pure function of the name. */
  private readonly quotedNames = new Map<string, string>();

  /** Quotes one identifier (dialects override this, not quoteIdentifier, which caches it). */
  quoteName(name: string): string {
    checkIdentifier(name);
    return `"${name.replace(/"/g, '""')}"`;
  }

  /**
   * The schemas tables are written in, by the schema they were defined in
   * (`''` for tables defined without one); `null` writes no schema. Set by
   * the engine's `schemaMap` option (SQLAlchemy's schema_translate_map).
   */
  schemaMap: Readonly<Record<string, string | null>> | undefined = undefined;

  /** Quotes a possibly schema-qualified name, its schema translated by {@link BaseCompiler.schemaMap}. */
  quoteQualified(defined: string | undefined, name: string): string {
    const map = this.schemaMap;
    const key = defined ?? '';
    const schema = map !== undefined && Object.prototype.hasOwnProperty.call(map, key) ? (map[key] ?? undefined) : defined;
    return schema === undefined ? this.quoteIdentifier(name) : `${this.quoteIdentifier(schema)}.${this.quoteIdentifier(name)}`;
  }

  /** Converts a value for the driver with the type's codec. */
  toDriver(value: unknown, type: SqlType): unknown {
    if (value === null) return null;
    const custom = type.options.custom;
    if (custom?.toDriver !== undefined) value = custom.toDriver(value);
    if (typeof value === 'number' && !Number.isFinite(value) && !this.storesNonFinite(value)) {
      throw new UnsupportedFeatureError(`${String(value)} in a float column`, this.dialect, 'the database stores finite numbers only');
    }
    const effective = typeOfValue(value, type);
    const codec = this.codecs[effective.kind];
    return codec?.toDriver ? codec.toDriver(value, effective) : value;
  }

  /** Whether the database stores this non-finite float (PostgreSQL stores Infinity, -Infinity and NaN). */
  storesNonFinite(value: number): boolean {
    void value;
    return true;
  }

  /** Binds a value: pushes it and returns its placeholder, or renders a literal when values are inlined. */
  bind(value: unknown, type: SqlType, ctx: CompileContext): string {
    const source = ctx.pendingSource;
    ctx.pendingSource = undefined;
    if (source?.from === 'param') {
      if (ctx.inlineValues) throw new CompileError(`parameter :${source.name} has no value to write inline`);
      ctx.params.push(undefined);
      ctx.sources.push(source.type === type ? source : { ...source, type });
      return this.placeholder(ctx.params.length);
    }
    const driverValue = this.toDriver(value, type);
    if (ctx.inlineValues) return this.inlineLiteral(driverValue, type);
    ctx.params.push(driverValue);
    if (ctx.recordSources) ctx.sources.push(source?.from === 'bind' ? (source.type === type ? source : { ...source, type }) : { from: 'constant', value: driverValue });
    return this.placeholder(ctx.params.length);
  }

  /** A value written inline (printing, DDL): exact numbers carried as text are written as numbers. */
  inlineLiteral(driverValue: unknown, type: SqlType): string {
    if ((type.kind === 'bigint' || type.kind === 'numeric') && typeof driverValue === 'string') return this.numberLiteral(driverValue);
    return this.literal(driverValue);
  }

  /**
   * A value of a known type written as a literal of that type (`literal()`):
   * converted by the type's codec as a bound value is, then written with the
   * dialect's escaping and cast to the type, so the database reads the type
   * the statement declares (`CAST(1.5e+0 AS DOUBLE PRECISION)`, `CAST('…' AS
   * DATE)`). Booleans and bytes are written as the dialect's own literals.
   * Dialects override it for a type they write otherwise or refuse.
   */
  typedLiteral(value: unknown, type: SqlType): string {
    if (value === null || value === undefined) return 'NULL';
    const driverValue = this.toDriver(value, type);
    const kind = typeOfValue(value, type).kind;
    if (kind === 'boolean') return typeof driverValue === 'boolean' ? this.booleanLiteral(driverValue) : this.literal(driverValue);
    if (kind === 'blob') return this.bytesLiteral(driverValue as Uint8Array);
    const text = kind === 'real' || kind === 'double' ? this.floatLiteral(value as number) : this.inlineLiteral(driverValue, type);
    return `CAST(${text} AS ${this.types.castType(type)})`;
  }

  /**
   * A float as a literal: exponent notation, which every dialect reads as
   * the nearest double (`1.5e+0`); -0 and non-finite values (where the
   * database stores them) as text the cast reads (`'-0'`, `'Infinity'`).
   */
  floatLiteral(value: number): string {
    if (Object.is(value, -0) || !Number.isFinite(value)) return this.stringLiteral(String(Object.is(value, -0) ? '-0' : value));
    return value.toExponential();
  }

  /** A string literal; the base form doubles single quotes (standard SQL). */
  stringLiteral(text: string): string {
    if (text.includes('\u0000')) throw new CompileError('a string literal cannot contain a NUL character');
    return `'${text.replace(/'/g, "''")}'`;
  }

  /** A boolean literal. */
  booleanLiteral(value: boolean): string {
    return value ? 'TRUE' : 'FALSE';
  }

  /** A timestamp literal for a Date (UTC). */
  timestampLiteral(value: Date): string {
    return `TIMESTAMP ${this.stringLiteral(value.toISOString().replace('T', ' ').replace('Z', ''))}`;
  }

  /** A binary literal. */
  bytesLiteral(value: Uint8Array): string {
    return `X'${Buffer.from(value).toString('hex')}'`;
  }

  /**
   * Renders a driver-ready value as a SQL literal, for DDL (where binds are
   * not allowed) and for printing. Every branch escapes or validates.
   */
  literal(value: unknown): string {
    if (value === null || value === undefined) return 'NULL';
    switch (typeof value) {
      case 'boolean':
        return this.booleanLiteral(value);
      case 'number':
        if (!Number.isFinite(value)) throw new CompileError(`cannot write ${value} as a SQL literal`);
        return String(value);
      case 'bigint':
        return value.toString();
      case 'string':
        return this.stringLiteral(value);
      default:
        if (value instanceof Date) return this.timestampLiteral(value);
        if (value instanceof Uint8Array) return this.bytesLiteral(value);
        throw new CompileError(`cannot write ${typeof value} as a SQL literal`);
    }
  }

  /** Most parameters one statement may have (the driver's or server's limit). */
  readonly maxParameters: number = 65535;

  /**
   * Whether {@link bind} writes the same SQL for every value of a type (a
   * placeholder, perhaps in a cast the type calls for), so that only the
   * parameters differ between two statements whose values differ. The
   * batches of a split INSERT of plain rows then share one SQL text,
   * compiled once (compiler/insert-batches.ts). A dialect whose binds
   * depend on the value (Oracle writes NULL bare, a date in TO_DATE) says no.
   */
  readonly bindsByTypeOnly: boolean = true;

  /** A numeric literal from validated text (used by LIMIT emulations and DDL). */
  numberLiteral(text: string): string {
    if (!SAFE_NUMBER.test(text)) throw new CompileError(`${JSON.stringify(text)} is not a number`);
    return text;
  }
}
