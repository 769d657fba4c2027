/**
 * The PostgreSQL compiler.
 */
import { CompileContext, DateAdd, DateExtract, DateTrunc, Expression, JsonContains, JsonExtract, JsonIsNull, Like, Param, RowValue, SqlCompiler } from '@alkahest/core/dialect';
import { Case, Cast } from '@alkahest/core/dialect';
import { Column, CompileError, Delete, Insert, numberedPlaceholders, Update } from '@alkahest/core/dialect';
import type { AlterAction, CatalogReader } from '@alkahest/core/dialect';
import { postgresCatalog } from './reflection/catalog';
import { PostgresTypeCompiler } from './type-compiler';
import { postgresCodecs } from './codecs';
import { pgDateAdd, pgDateExtract, pgDateTrunc } from './dates';
import { pgJsonContains, pgJsonExtract, pgJsonIsNull } from './json';
import { postgresExplain } from './explain';
import type { CompiledQuery, ExplainOptions, ExplainQuery } from '@alkahest/core/dialect';
import type { Bind, Bitwise, RegexMatch, RegexReplace } from '@alkahest/core/dialect';

/** `$1`, `$2`, … made once (a multi-row INSERT writes thousands). */
const DOLLAR_PLACEHOLDERS = numberedPlaceholders('$');

/**
 * Compiles statements for PostgreSQL 12+: `$n` placeholders, native ILIKE,
 * identity columns, JSONB, BYTEA.
 *
 * @example
 * ```ts
 * new PostgresCompiler().compile(select(users.c.id).from(users).where(users.c.name.ilike('a%'))).sql
 * // SELECT "users"."id" FROM "users" WHERE "users"."name" ILIKE $1
 * ```
 */
export class PostgresCompiler extends SqlCompiler {
  /** XOR is `#` in PostgreSQL (`^` is exponentiation). */
  override visitBitwise(node: Bitwise, ctx: CompileContext): string {
    if (node.op !== '^') return super.visitBitwise(node, ctx);
    return `${this.operand(node.left, ctx)} # ${this.operand(node.right, ctx)}`;
  }

  /** POSIX regular expressions: `~` and `!~`. */
  override visitRegexMatch(node: RegexMatch, ctx: CompileContext): string {
    return `${this.operand(node.operand, ctx)} ${node.negated ? '!~' : '~'} ${this.operand(node.pattern, ctx)}`;
  }

  /** `REGEXP_REPLACE(s, p, r, 'g')`: every match, as on the other databases. */
  override visitRegexReplace(node: RegexReplace, ctx: CompileContext): string {
    return `REGEXP_REPLACE(${this.expression(node.operand, ctx)}, ${this.expression(node.pattern, ctx)}, ${this.expression(node.replacement, ctx)}, 'g')`;
  }

  /** `EXPLAIN [(ANALYZE, FORMAT JSON)] statement` (explain.ts). */
  override explain(compiled: CompiledQuery, options: ExplainOptions): ExplainQuery {
    return postgresExplain(compiled, options);
  }

  readonly dialect = 'postgres';
  readonly codecs = postgresCodecs;
  readonly types = new PostgresTypeCompiler();

  override readonly supportsDistinctOn = true;

  /** A VALUES list's first row is cast to the column types: PostgreSQL would otherwise read its placeholders as text. */
  override valuesCell(value: Bind, row: number, ctx: CompileContext): string {
    return row === 0 ? this.expression(new Cast(value, value.type), ctx) : super.valuesCell(value, row, ctx);
  }

  /** A data-modifying CTE: `WITH moved AS (DELETE … RETURNING …)`. */
  override dataModifyingCte(node: Insert | Update | Delete, ctx: CompileContext): string {
    if (node.clauses.returning === undefined) throw new CompileError(`a ${node.kind.toUpperCase()} in WITH needs .returning()`);
    if (node.kind === 'insert') return this.insert(node, ctx);
    return node.kind === 'update' ? this.update(node, ctx) : this.delete(node, ctx);
  }

  /**
   * RETURNING; an INSERT without one returns its generated key, so that the
   * engine reports it as `insertId` from the same statement (the driver reads
   * it from the first row: see driver.ts). Only for a single generated
   * integer primary key that the inserted rows leave to the database.
   */
  override returningClause(node: Insert | Update | Delete, ctx: CompileContext): string {
    if (node.kind !== 'insert' || node.clauses.returning !== undefined) return super.returningClause(node, ctx);
    const key = this.generatedKey(node);
    return key === undefined ? '' : ` RETURNING ${this.quoteIdentifier(key.name)}`;
  }

  /** The generated key an INSERT leaves to the database, if its table has one. */
  private generatedKey(node: Insert): Column | undefined {
    const key = this.singlePrimaryKey(node.table);
    if (key === undefined || !key.spec.autoIncrement) return undefined;
    const source = node.source;
    if (source?.kind === 'values' && source.sets(key)) return undefined;
    if (source?.kind === 'select' && source.columns.some((c) => c.key === key.key)) return undefined;
    return key;
  }

  override placeholder(index: number): string {
    return index < DOLLAR_PLACEHOLDERS.length ? DOLLAR_PLACEHOLDERS[index]! : `$${index}`;
  }

  override readonly listParamsByLength = false;

  /** A list parameter is one array value: `x = ANY($1)`, one statement for every length. */
  override listParamIn(operand: Expression, list: Param, negated: boolean, ctx: CompileContext): string {
    if (operand instanceof RowValue) return this.rowListParamIn(operand, list, negated, ctx);
    ctx.pendingSource = { from: 'param', name: list.name, type: list.type, array: true };
    const placeholder = this.bind(undefined, list.type, ctx);
    return `${this.operand(operand, ctx)} ${negated ? '<> ALL' : '= ANY'}(${placeholder})`;
  }

  /**
   * `(a, b) IN (:rows)`: one array per tuple item, zipped back into rows by
   * `unnest`, so one statement serves every length. unnest cannot infer an
   * array's type from a parameter, so each is cast to its item's type.
   */
  private rowListParamIn(operand: RowValue, list: Param, negated: boolean, ctx: CompileContext): string {
    const arrays = operand.items.map((item, field) => {
      const type = list.type.kind === 'unknown' ? item.type : list.type;
      if (type.kind === 'unknown') throw new CompileError(`parameter :${list.name}: the type of tuple item #${field + 1} is unknown; give it one (cast(…))`);
      ctx.pendingSource = { from: 'param', name: list.name, type, array: true, field, width: operand.items.length };
      return `CAST(${this.bind(undefined, type, ctx)} AS ${this.types.castType(type)}[])`;
    });
    return `${this.expression(operand, ctx)} ${negated ? 'NOT ' : ''}IN (SELECT * FROM unnest(${arrays.join(', ')}))`;
  }

  override visitLike(node: Like, ctx: CompileContext): string {
    if (!node.caseInsensitive) return super.visitLike(node, ctx);
    const not = node.negated ? 'NOT ' : '';
    return `${this.operand(node.operand, ctx)} ${not}ILIKE ${this.operand(node.pattern, ctx)}${this.likeEscape(node.escape)}`;
  }

  /**
   * A string literal that means the same whatever `standard_conforming_strings`
   * is: text with a backslash becomes an escape string `E'…'`, whose rules do
   * not depend on that setting.
   */
  override stringLiteral(text: string): string {
    const quoted = super.stringLiteral(text);
    return text.includes('\\') ? `E${quoted.replace(/\\/g, '\\\\')}` : quoted;
  }

  // ----- JSON (json.ts) and dates (dates.ts) -----

  override visitJsonExtract(node: JsonExtract, ctx: CompileContext): string {
    return pgJsonExtract(this, node, ctx);
  }

  override visitJsonContains(node: JsonContains, ctx: CompileContext): string {
    return pgJsonContains(this, node, ctx);
  }

  override visitJsonIsNull(node: JsonIsNull, ctx: CompileContext): string {
    return pgJsonIsNull(this, node, ctx);
  }

  override visitDateExtract(node: DateExtract, ctx: CompileContext): string {
    return pgDateExtract(this, node, ctx);
  }

  override visitDateAdd(node: DateAdd, ctx: CompileContext): string {
    return pgDateAdd(this, node, ctx);
  }

  override visitDateTrunc(node: DateTrunc, ctx: CompileContext): string {
    return pgDateTrunc(this, node, ctx);
  }

  override bytesLiteral(value: Uint8Array): string {
    return `decode('${Buffer.from(value).toString('hex')}', 'hex')`;
  }

  override timestampLiteral(value: Date): string {
    return `TIMESTAMPTZ '${value.toISOString()}'`;
  }

  override catalogReader(): CatalogReader {
    return postgresCatalog(this);
  }

  /** A type change converts the stored values with a cast (`USING "c"::type`), as PostgreSQL does not for most pairs of types. */
  override typeConversion(a: Extract<AlterAction, { kind: 'alter-column' }>): string {
    return ` USING ${this.quoteIdentifier(a.name)}::${this.types.columnType(a.to.type, a.to)}`;
  }

  // ----- analytics -----

  /**
   * A CASE whose results are all parameters would be typed text by
   * PostgreSQL (`SUM(CASE … THEN $1 …)` fails): the first one is cast to the
   * CASE's type, which types them all.
   */
  override visitCase(node: Case, ctx: CompileContext): string {
    const results = [...node.branches.map((b) => b.then), ...(node.otherwise === undefined ? [] : [node.otherwise])];
    const first = node.branches[0];
    if (first === undefined || node.type.kind === 'unknown' || !results.every((r) => r.kind === 'bind')) return super.visitCase(node, ctx);
    const branches = [{ when: first.when, then: new Cast(first.then, node.type) }, ...node.branches.slice(1)];
    return super.visitCase(new Case(node.operand, branches, node.otherwise, node.type), ctx);
  }
}
