/**
 * The first layer of the Oracle compiler: the release's features and the
 * settings they decide, identifiers, binds and literals, and booleans, which
 * Oracle has as values only from 23ai (a condition where a value is expected,
 * and a value where a condition is). The layers above: expression-compiler.ts,
 * query-compiler.ts, dml-compiler.ts, compiler.ts.
 */
import { CodecTable, CompileContext, Expression, Bind, Param, SqlCompiler, SqlType, formatUtcTimestamp, numberedPlaceholders, isMicrosTimestamp, typeOfValue } from '@alkahest/core/dialect';
import { DATE_FORMAT, oracleCodecs, TIMESTAMP_FORMAT, TIMESTAMP_MICROS_FORMAT, TIMESTAMP_TZ_FORMAT, TIMESTAMP_TZ_MICROS_FORMAT } from './codecs';
import { isBooleanValue, isCondition } from './conditions';
import { oracleIdentifier } from './identifiers';
import { oracleLiteral } from './literals';
import { OracleTypeCompiler } from './type-compiler';
import { OracleCompilerOptions, OracleFeatures, oracleFeatures } from './version';

/** `:1`, `:2`, … made once (a multi-row INSERT writes thousands). */
const COLON_PLACEHOLDERS = numberedPlaceholders(':');

/** Oracle's features, identifiers, binds, literals and booleans: a layer of `OracleCompiler` (compiler.ts). */
export abstract class OracleBaseCompiler extends SqlCompiler {
  readonly dialect = 'oracle';
  readonly codecs: CodecTable;
  /** What the targeted Oracle release can do. */
  readonly features: OracleFeatures;
  /** Oracle's type names for those features (DDL, CAST, reflection). */
  readonly types: OracleTypeCompiler;

  constructor(options: OracleCompilerOptions = {}) {
    super();
    this.features = oracleFeatures(options);
    this.types = new OracleTypeCompiler(this.features);
    this.codecs = oracleCodecs(this.features.nativeBoolean);
    this.supportsWindowClause = this.supportsGroupsFrames = this.supportsFrameExclusion = this.features.windowClause;
  }

  /** 21c+ (23ai here): WINDOW clause, GROUPS, EXCLUDE; before, named windows are written inline. Set by the constructor. */
  override readonly supportsWindowClause: boolean;
  override readonly supportsGroupsFrames: boolean;
  override readonly supportsFrameExclusion: boolean;

  /** Oracle's FLOAT/NUMBER columns store finite numbers only: Infinity and NaN are refused when compiled. */
  override storesNonFinite(value: number): boolean {
    void value;
    return false;
  }

  // ----- identifiers, binds, literals -----

  /** A NULL is bound bare, other values of a date or number in TO_DATE / TO_NUMBER: the SQL depends on the value. */
  override readonly bindsByTypeOnly = false;

  override placeholder(index: number): string {
    return index < COLON_PLACEHOLDERS.length ? COLON_PLACEHOLDERS[index]! : `:${index}`;
  }

  /** See identifiers.ts: lower-case names unquoted in upper case, others quoted as written. */
  override quoteName(name: string): string {
    return oracleIdentifier(name, this.features.maxIdentifierBytes);
  }

  /**
   * Binds a value. Dates and timestamps travel as text converted by an
   * explicit format model, so no NLS setting or time zone can change them;
   * decimals and bigints as text made a NUMBER by `TO_NUMBER`.
   */
  override bind(value: unknown, type: SqlType, ctx: CompileContext): string {
    if (value === null || value === undefined) return super.bind(null, type, ctx);
    const effective = typeOfValue(value, type);
    if (ctx.inlineValues) return this.ddlLiteral(value, effective);
    const placeholder = super.bind(value, type, ctx);
    if (effective.kind === 'date') return `TO_DATE(${placeholder}, ${this.stringLiteral(DATE_FORMAT)})`;
    // Decimals and bigints travel as text (no double rounding): TO_NUMBER makes the bind a NUMBER, so a CASE,
    // COALESCE or UNION that meets it with a NUMBER expression has one type family (else ORA-00932). The text
    // always has a '.' decimal point, which the session's NLS_NUMERIC_CHARACTERS = '.,' (set at connect) reads.
    if (effective.kind === 'numeric' || effective.kind === 'bigint') return `TO_NUMBER(${placeholder})`;
    if (effective.kind === 'timestamp') {
      const micros = isMicrosTimestamp(effective);
      return effective.options.withTimeZone
        ? `TO_TIMESTAMP_TZ(${placeholder}, ${this.stringLiteral(micros ? TIMESTAMP_TZ_MICROS_FORMAT : TIMESTAMP_TZ_FORMAT)})`
        : `TO_TIMESTAMP(${placeholder}, ${this.stringLiteral(micros ? TIMESTAMP_MICROS_FORMAT : TIMESTAMP_FORMAT)})`;
    }
    return placeholder;
  }

  /** A literal of a known type, for DDL (defaults, checks) where binds are not allowed. */
  ddlLiteral(value: unknown, type: SqlType): string {
    if (value === null || value === undefined) return 'NULL';
    if (type.kind === 'date' && typeof value === 'string') return `DATE ${this.stringLiteral(value)}`;
    if (type.kind === 'timestamp' && value instanceof Date) {
      return `TIMESTAMP ${this.stringLiteral(formatUtcTimestamp(value) + (type.options.withTimeZone ? ' +00:00' : ''))}`;
    }
    // A microsecond timestamp's text (with ' +00:00' with time zone) is the literal's.
    if (isMicrosTimestamp(type)) return `TIMESTAMP ${this.stringLiteral(String(this.toDriver(value, type)))}`;
    return this.inlineLiteral(this.toDriver(value, type), type);
  }

  /** A typed literal (`literal()`): see literals.ts for what Oracle writes its own way. */
  override typedLiteral(value: unknown, type: SqlType): string {
    if (value === null || value === undefined) return 'NULL';
    const kind = typeOfValue(value, type).kind;
    if (kind === 'date' || kind === 'timestamp') return this.ddlLiteral(value, type);
    return oracleLiteral(this, value, type) ?? super.typedLiteral(value, type);
  }

  override booleanLiteral(value: boolean): string {
    if (this.features.nativeBoolean) return value ? 'TRUE' : 'FALSE';
    return value ? '1' : '0';
  }

  override timestampLiteral(value: Date): string {
    return `TIMESTAMP ${this.stringLiteral(`${formatUtcTimestamp(value)} +00:00`)}`;
  }

  override bytesLiteral(value: Uint8Array): string {
    return `HEXTORAW(${this.stringLiteral(Buffer.from(value).toString('hex').toUpperCase())})`;
  }

  // ----- conditions and values (no BOOLEAN before 23ai) -----

  /** A boolean value where a condition is expected becomes `value = 1`. */
  override predicate(node: Expression, ctx: CompileContext): string {
    if (!this.features.nativeBoolean && isBooleanValue(node)) return `${super.operand(node, ctx)} = 1`;
    return super.predicate(node, ctx);
  }

  /** A condition where a value is expected becomes `CASE WHEN cond THEN 1 ELSE 0 END`. */
  override value(node: Expression, ctx: CompileContext): string {
    if (!this.features.nativeBoolean && isCondition(node)) return `CASE WHEN ${this.predicate(node, ctx)} THEN 1 ELSE 0 END`;
    return super.value(node, ctx);
  }

  /** A condition used as an operand of an operator (`flag = (a > b)`) is a value too. */
  override operand(node: Expression, ctx: CompileContext): string {
    if (!this.features.nativeBoolean && isCondition(node)) return `(${this.value(node, ctx)})`;
    return super.operand(node, ctx);
  }

  /**
   * Oracle cannot compare, sort, group or DISTINCT a CLOB (text, and JSON
   * before 23ai; ORA-00932): where the database compares values, a CLOB
   * expression is written `TO_CHAR(x)`, a VARCHAR2 that compares exactly up
   * to 4000 bytes (32767 with MAX_STRING_SIZE = EXTENDED) and fails loudly
   * (ORA-22835) beyond, never silently on a prefix. Bound values and
   * JSON_VALUE are VARCHAR2 already and stay as they are.
   */
  override compared(node: Expression, rendered: string): string {
    if (node instanceof Bind || node instanceof Param || node.kind === 'json-extract' || !this.types.isClob(node.type)) return rendered;
    return `TO_CHAR(${rendered})`;
  }
}
