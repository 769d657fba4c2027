import { InvalidIdentifierError, InvalidValueError } from '../errors';
import { builtinTypes } from '../types/sql-type';
import type { Read } from '../types/decimal';
import type { ResultColumn } from '../compiler/compiled';
import { ColumnBuilder } from '../schema/column';
import { bindValue, Expression } from './expression';

/** Column definitions declaring the result columns of a raw statement, in the order its SQL gives them. */
export type RawColumns = { readonly [key: string]: ColumnBuilder<unknown, boolean, boolean, boolean> };

/** The row a raw statement's declared columns give: NOT NULL columns without `| null`, decimals as `string`. */
export type RawRowOf<B> = {
  -readonly [K in keyof B]: B[K] extends { readonly __brand: { value: infer T; notNull: infer N } } ? Read<T> | (N extends true ? never : null) : unknown;
};

/**
 * A raw SQL fragment: literal text parts with expressions between them.
 * Executed as a statement, it gives the driver's rows as they are (`T` when
 * written `sql<T>`…``), unless {@link RawSql.returns} declares its columns.
 */
export class RawSql<T = unknown> extends Expression<T> {
  readonly kind = 'raw';
  readonly type = builtinTypes.unknown;
  constructor(
    /** The template's literal text, one more part than `values`. */
    readonly strings: readonly string[],
    /** What stood in each `${}`: an expression, identifier or bound value. */
    readonly values: readonly Expression[],
    /** The declared result columns, decoded like a SELECT's; none: rows as the driver gives them. */
    readonly resultColumns: readonly ResultColumn[] = [],
  ) {
    super();
  }
  override describe(): string {
    return 'sql`…` fragment';
  }
  /**
   * Declares the columns the statement returns, in the order its SQL gives
   * them: rows are then decoded by these types, as a SELECT's are (a count is
   * a `number` on every database, a numeric an exact string), and typed.
   *
   * @example
   * ```ts
   * const rows = await engine.execute(sql`SELECT count(*), max(price) FROM books`.returns({ n: integer().notNull(), top: numeric() }));
   * // rows: { n: number; top: string | null }[]
   * ```
   */
  returns<B extends RawColumns>(columns: B): RawSql<RawRowOf<B>> {
    const declared = Object.entries(columns).map(([key, builder]) => {
      if (!(builder instanceof ColumnBuilder)) throw new InvalidValueError(`returns(): ${key} must be a column type such as integer() or text()`);
      return { key, type: builder.spec.type };
    });
    if (declared.length === 0) throw new InvalidValueError('returns() needs at least one column');
    return new RawSql<RawRowOf<B>>(this.strings, this.values, declared);
  }
}

/** A quoted identifier, possibly qualified (`"schema"."table"`). */
export class Identifier extends Expression<unknown> {
  readonly kind = 'identifier';
  readonly type = builtinTypes.unknown;
  constructor(readonly parts: readonly string[]) {
    super();
  }
}

/** SQL text spliced in verbatim. Only reachable through {@link sql.unsafe}. */
export class UnsafeText extends Expression<unknown> {
  readonly kind = 'unsafe-text';
  readonly type = builtinTypes.unknown;
  constructor(readonly text: string) {
    super();
  }
}

/** Checks a name before it becomes a quoted identifier: quoting escapes everything but NUL. @internal */
export function checkIdentifier(name: unknown, what = 'identifier'): string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new InvalidIdentifierError(`${what} must be a non-empty string, got ${typeof name === 'string' ? 'an empty string' : typeof name}`);
  }
  if (name.includes('\u0000')) throw new InvalidIdentifierError(`${what} ${JSON.stringify(name)} contains a NUL character`);
  return name;
}

interface SqlTag {
  /**
   * A raw SQL fragment. Every interpolation is bound as a parameter, or compiled
   * as an expression when it is one: text never reaches SQL unbound.
   *
   * @example
   * ```ts
   * const since = new Date('2024-01-01');
   * select(users.c.id).from(users).where(sql<boolean>`${users.c.createdAt} > ${since}`)
   * ```
   */
  <T = unknown>(strings: TemplateStringsArray, ...values: unknown[]): RawSql<T>;
  /** A quoted identifier; several parts make a qualified name: `sql.id('app', 'users')`. */
  id(...parts: string[]): Identifier;
  /**
   * Splices text into SQL **unescaped and unbound**. Never pass anything a user
   * could influence: that is SQL injection.
   */
  unsafe(text: string): UnsafeText;
}

/**
 * Whether `strings` is the strings array JavaScript makes for a tagged
 * template: frozen, with a frozen `raw` of the same length held in a
 * read-only, non-enumerable property. An array built at run time (from JSON,
 * or `s.raw = s`) has none of these, so text it carries cannot reach SQL
 * unbound by calling `sql` as a plain function.
 */
function isTemplateStringsArray(strings: unknown): strings is TemplateStringsArray {
  if (!Array.isArray(strings) || !Object.isFrozen(strings)) return false;
  const raw = Object.getOwnPropertyDescriptor(strings, 'raw');
  if (raw === undefined || raw.enumerable !== false || raw.writable !== false || raw.configurable !== false) return false;
  const rawStrings: unknown = raw.value;
  return (
    Array.isArray(rawStrings) &&
    rawStrings !== strings &&
    Object.isFrozen(rawStrings) &&
    rawStrings.length === strings.length &&
    strings.every((part, i) => (typeof part === 'string' || part === undefined) && typeof rawStrings[i] === 'string')
  );
}

function tag<T>(strings: TemplateStringsArray, ...values: unknown[]): RawSql<T> {
  if (!isTemplateStringsArray(strings)) {
    throw new InvalidValueError('sql must be used as a tagged template (sql`...`), not called with an array: use sql.unsafe() for text built at run time');
  }
  if (values.length !== strings.length - 1) throw new InvalidValueError(`sql\`…\` got ${values.length} values for ${strings.length} text parts`);
  if (strings.some((part) => part === undefined)) throw new InvalidValueError('sql`…` has an invalid escape sequence in its text');
  const nodes = values.map((v, i) => (v instanceof Expression ? v : bindValue(v, builtinTypes.unknown, `sql\`…\` value #${i + 1}`)));
  return new RawSql<T>([...strings], nodes);
}

/** The `sql` tagged template for raw fragments; see {@link SqlTag}. */
export const sql: SqlTag = Object.assign(tag, {
  id: (...parts: string[]) => {
    if (parts.length === 0) throw new InvalidIdentifierError('sql.id() needs at least one name');
    return new Identifier(parts.map((p) => checkIdentifier(p)));
  },
  unsafe: (text: string) => {
    if (typeof text !== 'string') throw new InvalidValueError('sql.unsafe() takes a string');
    return new UnsafeText(text);
  },
});
