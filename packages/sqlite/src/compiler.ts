/**
 * The SQLite compiler: standard SQL with SQLite's storage rules.
 */
import type { ValuesQuery } from '@alkahest/core/dialect';
import {
  baseCodecs,
  BinaryOperator,
  COMPARISON_OPERATORS,
  Quantified,
  Select,
  UnsupportedFeatureError,
  CodecTable,
  Column,
  CompoundSelect,
  CompileContext,
  Expression,
  Insert,
  insertBatches,
  parseUtcTimestamp,
  readJsonText,
  formatUtcTimestamp,
  timestampWriter,
  microsText,
  withMicros,
  LockClause,
  RowValue,
  SqlCompiler,
  SqlType,
} from '@alkahest/core/dialect';
import { RawSql } from '@alkahest/core/dialect';
import type { Grouping, SelectState, StringAgg } from '@alkahest/core/dialect';
import { GroupingSet } from '@alkahest/core/dialect';
import type { Delete, FromItem, InsertSelectSource } from '@alkahest/core/dialect';
import type { DateAdd, DateExtract, DateTrunc, JsonContains, JsonExtract, JsonIsNull } from '@alkahest/core/dialect';
import { sqliteDateAdd, sqliteDateExtract, sqliteDateTrunc } from './dates';
import { sqliteJsonContains, sqliteJsonExtract, sqliteJsonIsNull } from './json';
import { checkSqliteAlter } from './alter';
import { sqliteCatalog } from './reflection/catalog';
import { SqliteTypeCompiler } from './type-compiler';
import type { CatalogReader } from '@alkahest/core/dialect';
import type { AlterTable, CreateSchema, DropSchema } from '@alkahest/core/dialect';
import { bindDecimal, bindInteger, readScaledDecimal } from './numbers';
import { sqliteExplain } from './explain';
import type { CompiledQuery, ExplainOptions, ExplainQuery } from '@alkahest/core/dialect';
import { Binary as BinaryNode, Bitwise as BitwiseNode } from '@alkahest/core/dialect';
import type { DistinctFrom, Like } from '@alkahest/core/dialect';

/** How values are stored in SQLite, which has no boolean, date or JSON types. */
export const sqliteCodecs: CodecTable = {
  ...baseCodecs,
  // Integers as 64-bit INTEGERs and decimals as numbers, read back at their declared scale (numbers.ts): better-sqlite3 would bind a number as REAL, a string as TEXT.
  integer: { toDriver: bindInteger, fromDriver: baseCodecs.integer!.fromDriver! },
  smallint: { toDriver: bindInteger, fromDriver: baseCodecs.smallint!.fromDriver! },
  bigint: { toDriver: bindInteger, fromDriver: baseCodecs.bigint!.fromDriver! },
  numeric: { toDriver: bindDecimal, fromDriver: readScaledDecimal },
  boolean: { toDriver: (v) => (v ? 1 : 0), fromDriver: baseCodecs.boolean!.fromDriver! },
  // Timestamps are UTC text shaped like SQL's own: they sort and compare correctly.
  // Text with a four-digit year sorts chronologically; a fifth digit or a sign would not.
  // Microsecond timestamps: the same text with the column's fraction digits.
  timestamp: withMicros({ toDriver: timestampWriter(0, 9999, 'SQLite (timestamps stored as text)'), fromDriver: parseUtcTimestamp }, (type, v) => microsText(type, v)),
  json: { toDriver: (v) => JSON.stringify(v), fromDriver: readJsonText },
};

/**
 * Compiles statements for SQLite 3.39+ (as bundled with better-sqlite3):
 * `?` placeholders, double-quoted identifiers, 0/1 booleans, timestamps as
 * UTC text, `INTEGER PRIMARY KEY` for generated keys.
 */
/** The values one batch of a split INSERT carries on SQLite (see {@link SqliteCompiler.split}). */
export const SQLITE_BATCH_PARAMETERS = 1000;

/** Options of the SQLite compiler. */
export interface SqliteCompilerOptions {
  /**
   * Whether CREATE TABLE (and ADD COLUMN) enforce declared lengths as
   * PostgreSQL and MariaDB do: each `varchar(n)` and `char(n)` column gets
   * `CHECK (length(col) <= n)`, and a longer value fails with
   * `ValueTooLongError`. Off by default: SQLite ignores declared lengths.
   */
  readonly enforceLengths?: boolean;
}

export class SqliteCompiler extends SqlCompiler {
  constructor(private readonly options: SqliteCompilerOptions = {}) {
    super();
  }

  /**
   * With {@link SqliteCompilerOptions.enforceLengths}: `CHECK (length(col) <= n)`
   * for a `varchar(n)` or `char(n)` column (unnamed, so that migrations leave
   * it to the table; the driver classifies its failure as a value too long).
   */
  override typeChecks(column: Column): string[] {
    const checks = super.typeChecks(column);
    const { length } = column.type.options;
    if (this.options.enforceLengths === true && (column.type.kind === 'varchar' || column.type.kind === 'char') && length !== undefined) {
      checks.push(`CHECK (length(${this.quoteIdentifier(column.name)}) <= ${this.numberLiteral(String(length))})`);
    }
    return checks;
  }
  /** SQLite stores the infinities, but a NaN would be stored as NULL: NaN is refused. */
  override storesNonFinite(value: number): boolean {
    return !Number.isNaN(value);
  }

  /** `IS NOT` / `IS` compare NULL as a value in SQLite. */
  override visitDistinctFrom(node: DistinctFrom, ctx: CompileContext): string {
    return `${this.operand(node.left, ctx)} IS ${node.negated ? '' : 'NOT '}${this.operand(node.right, ctx)}`;
  }

  /** SQLite has no XOR: `(a | b) - (a & b)`, a tree of its own operators. */
  override visitBitwise(node: BitwiseNode, ctx: CompileContext): string {
    if (node.op !== '^') return super.visitBitwise(node, ctx);
    const or = new BitwiseNode('|', node.left, node.right, node.type);
    const and = new BitwiseNode('&', node.left, node.right, node.type);
    return this.expression(new BinaryNode('-', or, and, node.type), ctx);
  }

  /**
   * ILIKE as `alkahest_lower(a) LIKE alkahest_lower(b)`: SQLite's `lower()`
   * folds ASCII only, so `'ÉCOLE' ILIKE 'école'` would not match; the
   * driver registers `alkahest_lower` (Unicode's simple lower case, as
   * PostgreSQL's) on every connection (functions.ts).
   */
  override visitLike(node: Like, ctx: CompileContext): string {
    if (!node.caseInsensitive) return super.visitLike(node, ctx);
    const not = node.negated ? 'NOT ' : '';
    return `alkahest_lower(${this.expression(node.operand, ctx)}) ${not}LIKE alkahest_lower(${this.expression(node.pattern, ctx)})${this.likeEscape(node.escape)}`;
  }

  /** `EXPLAIN QUERY PLAN statement` (explain.ts). */
  override explain(compiled: CompiledQuery, options: ExplainOptions): ExplainQuery {
    return sqliteExplain(compiled, options, this.dialect);
  }

  readonly dialect = 'sqlite';
  /** SQLite's SQLITE_MAX_VARIABLE_NUMBER as built into better-sqlite3. */
  override readonly maxParameters = 32766;

  /**
   * A large INSERT runs as batches of at most {@link SQLITE_BATCH_PARAMETERS}
   * values rather than of the parameter limit: every full batch has the same
   * SQL text, so the connection prepares it once and reuses it, where a
   * batch of 32,766 values is a statement SQLite parses and plans afresh
   * (measured: the larger batches took about twice the time of a reused
   * one-row statement).
   */
  override split(node: Parameters<SqlCompiler['split']>[0]): Insert[] | undefined {
    return node instanceof Insert ? insertBatches(node, SQLITE_BATCH_PARAMETERS) : undefined;
  }
  readonly codecs = sqliteCodecs;
  readonly types = new SqliteTypeCompiler();

  override booleanLiteral(value: boolean): string {
    return value ? '1' : '0';
  }

  /** SQLite reads no 'Infinity' text: the infinities are written as numbers past the largest double. */
  override floatLiteral(value: number): string {
    if (value === Infinity) return '9e999';
    if (value === -Infinity) return '-9e999';
    return super.floatLiteral(value);
  }

  override timestampLiteral(value: Date): string {
    return this.stringLiteral(formatUtcTimestamp(value));
  }

  override currentTimestamp(): string {
    // Same text shape as stored timestamps, with milliseconds.
    return "strftime('%Y-%m-%d %H:%M:%f', 'now')";
  }

  override currentDate(): string {
    // UTC, like the stored timestamps.
    return "date('now')";
  }

  // ----- JSON (json.ts) and dates (dates.ts) -----

  override visitJsonExtract(node: JsonExtract, ctx: CompileContext): string {
    return sqliteJsonExtract(this, node, ctx);
  }

  override visitJsonContains(node: JsonContains, ctx: CompileContext): string {
    return sqliteJsonContains(this, node, ctx);
  }

  override visitJsonIsNull(node: JsonIsNull, ctx: CompileContext): string {
    return sqliteJsonIsNull(this, node, ctx);
  }

  override visitDateExtract(node: DateExtract, ctx: CompileContext): string {
    return sqliteDateExtract(this, node, ctx);
  }

  override visitDateAdd(node: DateAdd, ctx: CompileContext): string {
    return sqliteDateAdd(this, node, ctx);
  }

  override visitDateTrunc(node: DateTrunc, ctx: CompileContext): string {
    return sqliteDateTrunc(this, node, ctx);
  }

  /** A VALUES list in FROM: SQLite names its columns column1, column2 …, so a SELECT gives them their names. */
  override valuesFromItem(node: ValuesQuery, alias: string, ctx: CompileContext): string {
    const columns = node.names.map((n, j) => `${this.quoteIdentifier(`column${j + 1}`)} AS ${this.quoteIdentifier(n)}`).join(', ');
    return this.aliasSource(`(SELECT ${columns} FROM (${this.valuesRows(node, ctx)}))`, alias);
  }

  /** SQLite has no FETCH FIRST … WITH TIES: emulated with RANK() in a subquery. */
  override supportsWithTies(): boolean {
    return false;
  }

  override limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    // SQLite has no OFFSET without LIMIT; LIMIT -1 means no limit.
    if (limit === undefined && offset !== undefined) return ` LIMIT -1 OFFSET ${this.rowCountSql(offset, ctx)}`;
    return super.limitOffset(limit, offset, ctx);
  }

  /** SQLite has no DEFAULT in VALUES: a column a row leaves out gets its declared default, or NULL. */
  override missingValue(column: Column, ctx: CompileContext): string {
    const d = column.spec.default;
    if (d === undefined) return 'NULL';
    if ('value' in d) return this.bind(d.value, column.type, ctx);
    return `(${this.expression(d.expr, ctx)})`;
  }

  override insertDefaultValues(table: string, node: Insert): string {
    void node;
    return `INSERT INTO ${table} DEFAULT VALUES`;
  }

  /**
   * An upsert from a SELECT: SQLite would read `ON CONFLICT` as a join's ON
   * unless the SELECT has a WHERE, so one without gets `WHERE true` (SQLite
   * documentation, "UPSERT", parsing ambiguity).
   */
  override insertSelect(table: string, node: Insert, source: InsertSelectSource, ctx: CompileContext): string {
    if (node.clauses.onConflict === undefined || source.select.state.where !== undefined) return super.insertSelect(table, node, source, ctx);
    const select = new Select<never[], string>({ ...source.select.state, where: new RawSql<boolean>(['true'], []) });
    return super.insertSelect(table, node, { ...source, select }, ctx);
  }

  /** SQLite has no DELETE … USING: `DELETE FROM t WHERE EXISTS (SELECT 1 FROM other WHERE …)`. */
  override deleteUsing(table: string, node: Delete, using: readonly FromItem<string, string>[], ctx: CompileContext): string {
    return `DELETE FROM ${table} WHERE ${this.existsIn(using, node.condition, ctx)}`;
  }

  /**
   * SQLite has no ANY / ALL: the comparison is asked of the subquery's rows
   * with EXISTS. Where ANY/ALL would be NULL (a NULL met), this gives false,
   * which filters rows the same way.
   */
  override quantifiedComparison(left: Expression, op: BinaryOperator, right: Quantified, ctx: CompileContext): string {
    if (!COMPARISON_OPERATORS.has(op)) return super.quantifiedComparison(left, op, right, ctx);
    const alias = this.quoteIdentifier('alkahest_q');
    const value = `${alias}.${this.quoteIdentifier(right.query.selectedColumns[0]!.key)}`;
    const rows = `SELECT 1 FROM (${this.visitSubquery(right.query, ctx)}) AS ${alias}`;
    if (right.quantifier === 'any') return `EXISTS (${rows} WHERE ${this.operand(left, ctx)} ${op} ${value})`;
    // `left` is compiled at each place it stands, so that its placeholders follow the text.
    const compare = `NOT (${this.operand(left, ctx)} ${op} ${value})`;
    return `NOT EXISTS (${rows} WHERE ${compare} OR ${value} IS NULL OR ${this.operand(left, ctx)} IS NULL)`;
  }

  /** SQLite's row-value IN takes a subquery on its right: a list of rows becomes `IN (VALUES …)`. */
  override rowsIn(operand: RowValue, rows: readonly string[], negated: boolean, ctx: CompileContext): string {
    return `${this.expression(operand, ctx)} ${negated ? 'NOT ' : ''}IN (VALUES ${rows.join(', ')})`;
  }

  /**
   * SQLite has no row locks: a transaction that writes holds the database's
   * write lock, and alkahest begins transactions with BEGIN IMMEDIATE, which
   * takes it at once. FOR UPDATE / FOR SHARE so add nothing; not waiting
   * (NOWAIT, SKIP LOCKED) cannot be had.
   */
  override lockClause(lock: LockClause, ctx: CompileContext): string {
    void ctx;
    if (lock.wait !== 'wait') {
      throw new UnsupportedFeatureError(`FOR ${lock.mode.toUpperCase()} ${lock.wait.toUpperCase()}`, this.dialect, 'SQLite locks the whole database; a transaction waits for it (busy timeout)');
    }
    return '';
  }

  /** SQLite has neither INTERSECT ALL nor EXCEPT ALL: they are emulated. */
  override readonly supportsSetOperationAll = false;

  /** SQLite does not parenthesize the queries of a set operation: a query that must stand apart is a subquery. */
  override compoundMember(member: Select | CompoundSelect, ctx: CompileContext): string {
    const sql = this.visitSubquery(member, ctx);
    return this.needsOwnParentheses(member) ? `SELECT * FROM (${sql})` : sql;
  }

  override lateral(aliasedSubquery: string): string {
    void aliasedSubquery;
    throw new UnsupportedFeatureError('LATERAL subqueries', this.dialect, 'use a correlated subquery in the select list, or a window function');
  }

  override autoIncrementClause(): string {
    return '';
  }

  override catalogReader(): CatalogReader {
    return sqliteCatalog(this);
  }

  /** What SQLite cannot change in place is refused here and rebuilt by @alkahest/migrate (see alter.ts). */
  override alterTable(node: AlterTable): string {
    checkSqliteAlter(node);
    return super.alterTable(node);
  }

  override createSchema(node: CreateSchema): string {
    throw new UnsupportedFeatureError(`CREATE SCHEMA ${node.name}`, this.dialect, 'a SQLite schema is an attached database file: ATTACH DATABASE it');
  }

  override dropSchema(node: DropSchema): string {
    throw new UnsupportedFeatureError(`DROP SCHEMA ${node.name}`, this.dialect, 'a SQLite schema is an attached database file: DETACH DATABASE it');
  }

  // ----- analytics -----

  /** SQLite's CAST knows only storage classes: INTEGER, REAL, NUMERIC, TEXT, BLOB. */
  /**
   * A number of no declared type (raw SQL, `sql\`${n}\``) is bound as given
   * (a REAL): the integer and decimal codecs apply where a type says what the
   * value is.
   */
  override toDriver(value: unknown, type: SqlType): unknown {
    if (type.kind === 'unknown' && typeof value === 'number') return value;
    return super.toDriver(value, type);
  }

  /** `GROUP_CONCAT(x, sep ORDER BY …)` (ORDER BY inside the call: SQLite 3.44+). */
  override visitStringAgg(node: StringAgg, ctx: CompileContext): string {
    return `GROUP_CONCAT(${this.value(node.expr, ctx)}, ${this.stringLiteral(node.separator)}${this.aggregateOrderBy(node, ctx)})`;
  }

  override groupByClause(state: SelectState, ctx: CompileContext): string {
    const set = state.groupBy.find((g): g is GroupingSet => g instanceof GroupingSet);
    if (set !== undefined) {
      const name = set.type === 'sets' ? 'GROUPING SETS' : set.type.toUpperCase();
      throw new UnsupportedFeatureError(name, this.dialect, 'SQLite has no grouping sets: UNION ALL one GROUP BY per grouping');
    }
    return super.groupByClause(state, ctx);
  }

  override visitGrouping(node: Grouping, ctx: CompileContext): string {
    void node;
    void ctx;
    throw new UnsupportedFeatureError('GROUPING()', this.dialect, 'SQLite has no ROLLUP, CUBE or GROUPING SETS');
  }
}
