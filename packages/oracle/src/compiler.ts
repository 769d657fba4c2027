/**
 * The Oracle compiler: Oracle 12c+ SQL, with an 11g mode (ROWNUM limits,
 * sequence + trigger identity) and a 23ai mode (native BOOLEAN, JSON and
 * IF [NOT] EXISTS). README.md lists every rule and the decisions behind it.
 */
import {
  AnyColumn,
  Bind,
  Between,
  CodecTable,
  Column,
  CompileContext,
  CompileError,
  CompoundSelect,
  CreateIndex,
  CreateTable,
  DropIndex,
  DropTable,
  Expression,
  FromItem,
  FunctionCall,
  InList,
  Insert,
  InsertValues,
  InvalidValueError,
  Like,
  LockClause,
  Param,
  ReferentialAction,
  SelectState,
  SetOperator,
  SqlCompiler,
  SqlType,
  Table,
  formatUtcTimestamp,
  isMicrosTimestamp,
  typeOfValue,
  UnsupportedFeatureError,
} from '@alkahest/core/dialect';
import { readsAnyOf } from '@alkahest/core/dialect';
import type { ColumnSource, Delete, OnConflict, Update } from '@alkahest/core/dialect';
import { OutBind } from './returning';
import { oracleLiteral } from './literals';
import { oracleMerge } from './merge';
import type { DateAdd, DateExtract, DateTrunc, JsonContains, JsonExtract, JsonIsNull } from '@alkahest/core/dialect';
import { DATE_FORMAT, oracleCodecs, TIMESTAMP_FORMAT, TIMESTAMP_MICROS_FORMAT, TIMESTAMP_TZ_FORMAT, TIMESTAMP_TZ_MICROS_FORMAT } from './codecs';
import { oracleDateAdd, oracleDateExtract, oracleDateTrunc } from './dates';
import { oracleJsonContains, oracleJsonExtract, oracleJsonIsNull } from './json';
import { emptyStringError, isBooleanValue, isCondition, isEmptyString, isNullValue } from './conditions';
import { oracleBinaryOperatorHooks } from './operators';
import type { BinaryOperatorHooks } from '@alkahest/core/dialect';
import { executeImmediate, ignoringError, ORA, plsqlBlock } from './ddl';
import { OracleTypeCompiler } from './type-compiler';
import { oracleIdentifier, storedName } from './identifiers';
import { LimitHost, rowLimitingClause, rownumLimit } from './limit';
import { OracleCompilerOptions, OracleFeatures, oracleFeatures } from './version';
import type { StringAgg } from '@alkahest/core/dialect';
import { oracleDropConstraint, oracleModifyColumn } from './alter';
import { oracleCatalog } from './reflection/catalog';
import type { AlterAction, CatalogReader, CreateSchema, DropSchema, TableName } from '@alkahest/core/dialect';
import { oracleExplain } from './explain';
import type { CompiledQuery, ExplainOptions, ExplainQuery } from '@alkahest/core/dialect';
import type { BitNot, Bitwise, DistinctFrom, RegexMatch } from '@alkahest/core/dialect';

/**
 * Oracle refuses an IN list of more than 1000 expressions (ORA-01795); longer
 * lists are split into OR-ed (NOT IN: AND-ed) lists of this size.
 *
 * @example
 * ```ts
 * users.c.id.in(ids) // ids.length > MAX_IN_LIST → (ID IN (…1000…) OR ID IN (…))
 * ```
 */
export const MAX_IN_LIST = 1000;


/**
 * Compiles statements for Oracle Database.
 *
 * @example
 * ```ts
 * const users = table('users', { id: integer().primaryKey(), name: varchar({ length: 50 }) });
 * new OracleCompiler().compile(select(users.c.name).from(users).where(users.c.id.eq(1)).limit(5)).sql;
 * // SELECT USERS.NAME FROM USERS WHERE USERS.ID = :1 FETCH NEXT :2 ROWS ONLY
 * new OracleCompiler({ version: '11g' }).compile(…);   // ROWNUM instead of FETCH
 * ```
 */
export class OracleCompiler extends SqlCompiler {
  /** Oracle's FLOAT/NUMBER columns store finite numbers only: Infinity and NaN are refused when compiled. */
  override storesNonFinite(value: number): boolean {
    void value;
    return false;
  }

  /** DECODE compares NULL as equal to NULL: `DECODE(a, b, 0, 1) = 1` is IS DISTINCT FROM. */
  override visitDistinctFrom(node: DistinctFrom, ctx: CompileContext): string {
    return `DECODE(${this.compared(node.left, this.expression(node.left, ctx))}, ${this.compared(node.right, this.expression(node.right, ctx))}, 0, 1) = ${node.negated ? 0 : 1}`;
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

  /** Oracle has BITAND only: OR, XOR, shifts and NOT are written with it and arithmetic (SQL Language Reference, "BITAND"). */
  override visitBitwise(node: Bitwise, ctx: CompileContext): string {
    const a = (): string => this.operand(node.left, ctx);
    const b = (): string => this.operand(node.right, ctx);
    const bitand = (): string => `BITAND(${this.expression(node.left, ctx)}, ${this.expression(node.right, ctx)})`;
    switch (node.op) {
      case '&':
        return bitand();
      case '|':
        return `(${a()} + ${b()} - ${bitand()})`;
      case '^':
        return `(${a()} + ${b()} - 2 * ${bitand()})`;
      case '<<':
        return `(${a()} * POWER(2, ${b()}))`;
      case '>>':
        return `FLOOR(${a()} / POWER(2, ${b()}))`;
    }
  }

  /** `~a` is `-1 - a` in two's complement. */
  override visitBitNot(node: BitNot, ctx: CompileContext): string {
    return `(-1 - ${this.operand(node.operand, ctx)})`;
  }

  /** `REGEXP_LIKE(s, p)`, a condition. */
  override visitRegexMatch(node: RegexMatch, ctx: CompileContext): string {
    return `${node.negated ? 'NOT ' : ''}REGEXP_LIKE(${this.expression(node.operand, ctx)}, ${this.expression(node.pattern, ctx)})`;
  }

  /** `EXPLAIN PLAN FOR` then `DBMS_XPLAN.DISPLAY` (explain.ts). */
  override explain(compiled: CompiledQuery, options: ExplainOptions): ExplainQuery {
    return oracleExplain(compiled, options, this.dialect);
  }

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

  // ----- identifiers, binds, literals -----

  /** A NULL is bound bare, other values of a date or number in TO_DATE / TO_NUMBER: the SQL depends on the value. */
  override readonly bindsByTypeOnly = false;

  override placeholder(index: number): string {
    return `:${index}`;
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

  // ----- operators and functions -----

  /** `%` is MOD() (Oracle has no % operator: SQL Language Reference, "MOD"); comparisons with '' are rewritten (operators.ts). */
  override readonly binaryOperatorHooks: BinaryOperatorHooks = oracleBinaryOperatorHooks;

  /** Lists over 1000 items are split: `(x IN (…) OR x IN (…))`, `(x NOT IN (…) AND x NOT IN (…))`. */
  override visitIn(node: InList, ctx: CompileContext): string {
    if (!Array.isArray(node.list)) {
      if (node.list instanceof Param && (ctx.listLengths?.get(node.list.name) ?? 0) > MAX_IN_LIST) {
        throw new InvalidValueError(`parameter :${node.list.name}: Oracle takes at most ${MAX_IN_LIST} values in one IN list`);
      }
      return super.visitIn(node, ctx);
    }
    const list = node.list as readonly Expression[];
    if (list.some(isEmptyString)) throw emptyStringError(node.negated ? 'NOT IN' : 'IN');
    if (list.length <= MAX_IN_LIST) return super.visitIn(node, ctx);
    const parts: string[] = [];
    for (let i = 0; i < list.length; i += MAX_IN_LIST) {
      parts.push(super.visitIn(new InList(node.operand, list.slice(i, i + MAX_IN_LIST), node.negated), ctx));
    }
    return `(${parts.join(node.negated ? ' AND ' : ' OR ')})`;
  }

  override visitBetween(node: Between, ctx: CompileContext): string {
    if (isEmptyString(node.low) || isEmptyString(node.high)) throw emptyStringError('BETWEEN');
    return super.visitBetween(node, ctx);
  }

  /** ILIKE as `UPPER(a) LIKE UPPER(b)`. */
  override visitLike(node: Like, ctx: CompileContext): string {
    if (isEmptyString(node.pattern)) throw emptyStringError('LIKE');
    if (!node.caseInsensitive) return super.visitLike(node, ctx);
    const not = node.negated ? 'NOT ' : '';
    return `UPPER(${this.expression(node.operand, ctx)}) ${not}LIKE UPPER(${this.expression(node.pattern, ctx)})${this.likeEscape(node.escape)}`;
  }

  override currentTimestamp(): string {
    return 'SYSTIMESTAMP';
  }

  /** CURRENT_DATE is a DATE with the time of day, in the session's time zone (UTC): truncated to the day. */
  override currentDate(): string {
    return 'TRUNC(CURRENT_DATE)';
  }

  // ----- JSON (json.ts) and dates (dates.ts) -----

  override visitJsonExtract(node: JsonExtract, ctx: CompileContext): string {
    return oracleJsonExtract(this, node, ctx);
  }

  override visitJsonContains(node: JsonContains, ctx: CompileContext): string {
    return oracleJsonContains(this, node, ctx);
  }

  override visitJsonIsNull(node: JsonIsNull, ctx: CompileContext): string {
    return oracleJsonIsNull(this, node, ctx, () => super.visitJsonIsNull(node, ctx));
  }

  override visitDateExtract(node: DateExtract, ctx: CompileContext): string {
    return oracleDateExtract(this, node, ctx);
  }

  override visitDateAdd(node: DateAdd, ctx: CompileContext): string {
    return oracleDateAdd(this, node, ctx);
  }

  override visitDateTrunc(node: DateTrunc, ctx: CompileContext): string {
    return oracleDateTrunc(this, node, ctx);
  }

  // ----- SELECT -----

  /** Oracle refuses AS before a table alias. */
  override aliasSource(sql: string, alias: string): string {
    return `${sql} ${this.quoteIdentifier(alias)}`;
  }

  override emptyFrom(): string {
    return ' FROM DUAL';
  }

  override limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    if (!this.features.fetchFirst) {
      if (limit !== undefined || offset !== undefined) throw new CompileError('Oracle 11g limits are compiled by selectBody');
      return '';
    }
    return rowLimitingClause(limit, offset, this.limitHost(ctx));
  }

  /** Oracle has no VALUES list (before 23ai): a UNION ALL of SELECTs FROM DUAL stands for it. */
  override supportsValuesLists(): boolean {
    return false;
  }

  /** 12c+: the row-limiting clause's WITH TIES; 11g emulates it with RANK(). */
  override supportsWithTies(): boolean {
    return this.features.fetchFirst;
  }

  override fetchWithTies(limit: Expression, offset: Expression | undefined, ctx: CompileContext): string {
    return rowLimitingClause(limit, offset, this.limitHost(ctx), true);
  }

  override selectBody(state: SelectState, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    if (state.lock !== undefined && (state.limit !== undefined || state.offset !== undefined)) {
      throw new UnsupportedFeatureError('FOR UPDATE with a row limit', this.dialect, 'Oracle refuses FOR UPDATE with FETCH FIRST / ROWNUM (ORA-02014); lock by key instead');
    }
    if (this.features.fetchFirst || (state.limit === undefined && state.offset === undefined)) return super.selectBody(state, from, ctx);
    const inner = super.selectBody({ ...state, limit: undefined, offset: undefined }, from, ctx);
    return rownumLimit(
      inner,
      state.columns.map((c) => c.key),
      state.limit,
      state.offset,
      this.limitHost(ctx),
    );
  }

  private limitHost(ctx: CompileContext): LimitHost {
    return { quoteIdentifier: (name) => this.quoteIdentifier(name), count: (value) => this.rowCountSql(value, ctx) };
  }

  // ----- set operations, CTEs, LATERAL -----

  /**
   * FOR UPDATE [OF table.column] [NOWAIT | SKIP LOCKED]: Oracle names a
   * column of each table whose rows to lock. It has no FOR SHARE, and no
   * FOR UPDATE together with a row limit (ORA-02014).
   */
  override lockClause(lock: LockClause, ctx: CompileContext): string {
    void ctx;
    if (lock.mode === 'share') throw new UnsupportedFeatureError('FOR SHARE', this.dialect, 'Oracle readers never block writers; use FOR UPDATE to lock rows');
    const of = lock.of.length > 0 ? ` OF ${lock.of.map((t) => `${this.quoteIdentifier(t.referenceName)}.${this.quoteIdentifier(t.columns[0]!.name)}`).join(', ')}` : '';
    return ` FOR UPDATE${of}${lock.wait === 'wait' ? '' : ` ${lock.wait.toUpperCase()}`}`;
  }

  /** Oracle compares rows with = in IN lists only: `(a, b) < (c, d)` is written out. */
  override readonly supportsRowComparison = false;

  /** Oracle says MINUS for EXCEPT. */
  override setOperatorKeyword(operator: SetOperator): string {
    return operator === 'except' ? 'MINUS' : super.setOperatorKeyword(operator);
  }

  /** INTERSECT ALL / EXCEPT ALL exist from 21c only: emulated. */
  override readonly supportsSetOperationAll = false;

  /** 11g: ROWNUM around the whole set operation. */
  override compoundTail(body: string, node: CompoundSelect, ctx: CompileContext): string {
    const { limit, offset } = node.state;
    if (this.features.fetchFirst || (limit === undefined && offset === undefined)) return super.compoundTail(body, node, ctx);
    const ordered = super.compoundTail(body, new CompoundSelect({ ...node.state, limit: undefined, offset: undefined }), ctx);
    return rownumLimit(
      ordered,
      node.selectedColumns.map((c) => c.key),
      limit,
      offset,
      this.limitHost(ctx),
    );
  }

  /** WITH goes inside an INSERT … SELECT; an UPDATE or DELETE cannot have one, so each CTE becomes a derived table where it is used. */
  override dmlCtePlacement(node: Insert | Update | Delete): 'prefix' | 'select' | 'inline' {
    return node.kind === 'insert' ? 'select' : 'inline';
  }

  /** Oracle's recursive WITH has no RECURSIVE keyword (and always a column list). */
  override recursiveKeyword(): string {
    return '';
  }

  override lateral(aliasedSubquery: string): string {
    if (!this.features.fetchFirst) throw new UnsupportedFeatureError('LATERAL subqueries', 'oracle 11g', 'LATERAL is Oracle 12c+');
    return super.lateral(aliasedSubquery);
  }

  // ----- INSERT -----

  /** The identity column of a table, if it has one. */
  identityColumn(table: Table): Column | undefined {
    const pk = this.singlePrimaryKey(table);
    return pk?.spec.autoIncrement ? pk : undefined;
  }

  /** Oracle has no DEFAULT VALUES: `INSERT INTO t (pk) VALUES (DEFAULT)` gives every column its default. */
  override insertDefaultValues(table: string, node: Insert): string {
    const column = this.identityColumn(node.table) ?? node.table.columns[0];
    if (column === undefined) throw new CompileError(`insert into ${node.table.name}: the table has no columns`);
    return `INSERT INTO ${table} (${this.quoteIdentifier(column.name)}) VALUES (DEFAULT)`;
  }

  /** Rows of defaults: one SELECT from DUAL per row, its column written as {@link missingValue}. */
  override insertDefaultRows(table: string, node: Insert, count: number, ctx: CompileContext): string {
    const column = this.defaultRowsColumn(node);
    const rows: string[] = [];
    for (let i = 0; i < count; i++) rows.push(`SELECT ${this.missingValue(column, ctx)} FROM DUAL`);
    return `INSERT INTO ${table} (${this.quoteIdentifier(column.name)}) ${rows.join(' UNION ALL ')}`;
  }

  /**
   * A column a row of a multi-row INSERT leaves out: DEFAULT is not allowed in
   * a SELECT, so its default is written out, and NULL lets an identity column
   * (ON NULL) or the 11g trigger generate the key.
   */
  override missingValue(column: Column, ctx: CompileContext): string {
    const d = column.spec.default;
    if (d === undefined || (column.spec.primaryKey && column.spec.autoIncrement)) return 'NULL';
    if ('value' in d) return d.value === null ? 'NULL' : this.bind(d.value, column.type, ctx);
    return this.defaultExpression(column, d.expr, ctx);
  }

  /**
   * Several rows: `INSERT INTO t (…) SELECT … FROM DUAL UNION ALL SELECT … FROM DUAL`.
   * `INSERT ALL INTO … SELECT 1 FROM DUAL` is not used: it evaluates an
   * identity column's sequence once for all its INTO clauses, so every row gets
   * the same key (ORA-00001). NULLs are written as NULL, not bound: a bound
   * NULL is a VARCHAR2, and UNION ALL needs one type per column (ORA-01790).
   */
  override insertValues(table: string, node: Insert, rows: InsertValues, ctx: CompileContext): string {
    if (rows.length === 1) return super.insertValues(table, node, rows, ctx);
    const columns = this.insertColumns(node, rows);
    const selects = ctx.withScope([], () =>
      rows.rows.map((row, i) => {
        const values = columns.map((_column, j) => (isNullValue(row[j]) ? 'NULL' : this.insertValue(rows, i, j, ctx)));
        return `SELECT ${values.join(', ')} FROM DUAL`;
      }),
    );
    return `INSERT INTO ${table} (${columns.map((c) => this.quoteIdentifier(c.name)).join(', ')}) ${selects.join(' UNION ALL ')}`;
  }

  // ----- upsert (MERGE), RETURNING INTO, multi-table UPDATE / DELETE -----

  /** An upsert is a MERGE; other inserts as usual. */
  override insert(node: Insert, ctx: CompileContext): string {
    const onConflict = node.clauses.onConflict;
    if (onConflict === undefined) return super.insert(node, ctx);
    if (node.clauses.returning !== undefined) {
      throw new UnsupportedFeatureError('an upsert with RETURNING', this.dialect, 'Oracle runs an upsert as MERGE, which has no RETURNING before 23ai; select the rows after it');
    }
    return this.merge(node, onConflict, ctx);
  }

  /** The upsert as a MERGE (merge.ts). */
  merge(node: Insert, onConflict: OnConflict, ctx: CompileContext): string {
    return oracleMerge(this, node, onConflict, ctx);
  }

  /**
   * Oracle has no UPDATE … FROM: each value that reads the other tables is a
   * correlated subquery over them, and only rows that have a match change:
   * `SET col = (SELECT expr FROM other WHERE cond) WHERE EXISTS (SELECT 1 FROM other WHERE cond)`.
   * A row matched by several rows of the other tables is an error (ORA-01427).
   */
  override updateFrom(table: string, node: Update, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    const sources: ColumnSource[] = [];
    for (const item of from) this.sourcesOf(item, sources);
    const others = new Set(sources);
    const sets = node.assignments.map((a) => {
      const name = this.quoteIdentifier(a.column.name);
      if (!readsAnyOf(a.value, others)) return `${name} = ${this.value(a.value, ctx)}`;
      // Compiled in the order written: placeholders are numbered as they are met.
      const value = this.value(a.value, ctx);
      const items = from.map((f) => this.fromItem(f, ctx)).join(', ');
      const where = node.condition === undefined ? '' : ` WHERE ${this.predicate(node.condition, ctx)}`;
      return `${name} = (SELECT ${value} FROM ${items}${where})`;
    });
    return `UPDATE ${table} SET ${sets.join(', ')} WHERE ${this.existsIn(from, node.condition, ctx)}`;
  }

  /** Oracle has no DELETE … USING: `DELETE FROM t WHERE EXISTS (SELECT 1 FROM other WHERE …)`. */
  override deleteUsing(table: string, node: Delete, using: readonly FromItem<string, string>[], ctx: CompileContext): string {
    return `DELETE FROM ${table} WHERE ${this.existsIn(using, node.condition, ctx)}`;
  }

  /**
   * `RETURNING a, b INTO :n, :m`: the values come back in OUT binds (see
   * returning.ts), which the driver turns into rows. Oracle returns into
   * binds from a single-row INSERT … VALUES only, and from UPDATE and DELETE.
   */
  override returningClause(node: Insert | Update | Delete, ctx: CompileContext): string {
    const items = node.clauses.returning;
    if (items === undefined) return '';
    if (node.kind === 'insert' && (node.source?.kind !== 'values' || node.source.length !== 1)) {
      throw new UnsupportedFeatureError(
        'RETURNING from an INSERT of several rows or from a SELECT',
        this.dialect,
        'Oracle returns values only from a single-row INSERT … VALUES; insert the rows one at a time, or select them back',
      );
    }
    const qualify = ctx.qualifyColumns;
    ctx.qualifyColumns = false; // RETURNING names the changed table's columns plainly
    let values: string[];
    try {
      values = ctx.withScope(this.dmlSources(node), () => items.map((c) => this.value(c.expr, ctx)));
    } finally {
      ctx.qualifyColumns = qualify;
    }
    const binds = items.map((c) => {
      ctx.params.push(new OutBind(c.expr.type));
      if (ctx.recordSources) ctx.sources.push({ from: 'constant', value: ctx.params[ctx.params.length - 1] });
      return this.placeholder(ctx.params.length);
    });
    return ` RETURNING ${values.join(', ')} INTO ${binds.join(', ')}`;
  }

  // ----- DDL -----

  /**
   * One column of CREATE TABLE, in Oracle's order: `name type [DEFAULT expr |
   * identity_clause] [inline constraints]` (SQL Language Reference, CREATE
   * TABLE, column_definition) — DEFAULT before NOT NULL, unlike what core writes.
   */
  override columnDefinition(column: Column, table: Table): string {
    const single = this.singlePrimaryKey(table);
    const isKey = single === column;
    let sql = `${this.quoteIdentifier(column.name)} ${this.types.columnType(column.type, column)}`;
    if (isKey && column.spec.autoIncrement) sql += this.autoIncrementClause(column);
    sql += this.defaultClause(column);
    if (column.spec.notNull && !isKey) sql += ' NOT NULL';
    if (isKey) sql += ' PRIMARY KEY';
    return sql;
  }

  /** 12c+: an identity that also fills an explicit NULL; 11g: a trigger does it (see createTable). */
  override autoIncrementClause(column: Column): string {
    void column;
    return this.features.identity ? ' GENERATED BY DEFAULT ON NULL AS IDENTITY' : '';
  }

  /** A default expression; `fn.now()` in a TIMESTAMP (UTC wall-clock) column is the UTC time. */
  defaultExpression(column: Column, expr: Expression, ctx: CompileContext): string {
    const isNow = expr instanceof FunctionCall && expr.name === 'now' && expr.args.length === 0;
    if (isNow && column.type.kind === 'timestamp' && !column.type.options.withTimeZone) return 'SYS_EXTRACT_UTC(SYSTIMESTAMP)';
    if (isNow && column.type.kind === 'date') return 'TRUNC(SYSDATE)';
    return `(${ctx.withScope([], () => this.expression(expr, ctx))})`;
  }

  override defaultClause(column: Column): string {
    const d = column.spec.default;
    if (d === undefined) return '';
    if ('value' in d) return ` DEFAULT ${this.ddlLiteral(d.value, column.type)}`;
    return ` DEFAULT ${this.defaultExpression(column, d.expr, new CompileContext(true, false))}`;
  }

  /** NUMBER(1) booleans hold only 0 and 1; JSON text must be JSON (12.1.0.2+). */
  override typeChecks(column: Column): string[] {
    const checks = super.typeChecks(column);
    const name = this.quoteIdentifier(column.name);
    if (column.type.kind === 'boolean' && !this.features.nativeBoolean) checks.push(`CHECK (${name} IN (0, 1))`);
    if (column.type.kind === 'json' && !this.features.nativeJson && this.features.isJsonCheck) checks.push(`CHECK (${name} IS JSON)`);
    return checks;
  }

  /**
   * Oracle has ON DELETE CASCADE and ON DELETE SET NULL only (SQL Language
   * Reference, "constraint", references_clause). RESTRICT and NO ACTION are
   * its default behaviour and are written as nothing; ON UPDATE actions and
   * SET DEFAULT do not exist and are refused.
   */
  override foreignKey(
    name: string | undefined,
    columns: readonly AnyColumn[],
    target: readonly AnyColumn[],
    onDelete?: ReferentialAction,
    onUpdate?: ReferentialAction,
  ): string {
    if (onUpdate !== undefined && onUpdate !== 'no action' && onUpdate !== 'restrict') {
      throw new UnsupportedFeatureError(
        `ON UPDATE ${onUpdate.toUpperCase()}`,
        this.dialect,
        'Oracle has no ON UPDATE referential actions; a referenced key cannot change while rows refer to it',
      );
    }
    if (onDelete === 'set default') {
      throw new UnsupportedFeatureError('ON DELETE SET DEFAULT', this.dialect, 'Oracle supports ON DELETE CASCADE and ON DELETE SET NULL');
    }
    const action = onDelete === 'cascade' || onDelete === 'set null' ? onDelete : undefined;
    return super.foreignKey(name, columns, target, action, undefined);
  }

  /** Native only in 23ai; earlier, a PL/SQL block ignores ORA-00955 (see createTable). */
  override ifNotExists(flag: boolean, what: string): string {
    return this.features.ifExists ? super.ifNotExists(flag, what) : '';
  }

  override ifExists(flag: boolean, what: string): string {
    return this.features.ifExists ? super.ifExists(flag, what) : '';
  }

  /** The 11g sequence that feeds a table's key, named `<table>_seq`. */
  sequenceName(table: Table): string {
    return this.quoteQualified(table.schema, `${table.name}_seq`);
  }

  override createTable(node: CreateTable): string {
    const sql = super.createTable(node);
    const identity = this.identityColumn(node.table);
    if (!this.features.identity && identity !== undefined) {
      const statements = [sql, ...this.identityEmulation(node.table, identity)].map((s) => executeImmediate(s, (t) => this.stringLiteral(t)));
      return node.ifNotExists ? ignoringError(statements, ORA.nameInUse) : plsqlBlock(statements);
    }
    if (node.ifNotExists && !this.features.ifExists) return ignoringError([executeImmediate(sql, (t) => this.stringLiteral(t))], ORA.nameInUse);
    return sql;
  }

  /**
   * 11g has no identity columns: a sequence and a BEFORE INSERT trigger fill
   * the key when it is NULL, the classic emulation.
   */
  identityEmulation(table: Table, column: Column): string[] {
    const sequence = this.sequenceName(table);
    const trigger = this.quoteQualified(table.schema, `${table.name}_trg`);
    this.quoteIdentifier(column.name); // validates
    // The stored name, quoted: safe inside PL/SQL whatever the column is called.
    const col = `"${storedName(column.name)}"`;
    return [
      `CREATE SEQUENCE ${sequence}`,
      `CREATE OR REPLACE TRIGGER ${trigger} BEFORE INSERT ON ${this.quoteQualified(table.schema, table.name)} FOR EACH ROW ` +
        `WHEN (NEW.${col} IS NULL) BEGIN :NEW.${col} := ${sequence}.NEXTVAL; END;`,
    ];
  }

  override dropTable(node: DropTable): string {
    const sql = super.dropTable(node);
    const literal = (t: string): string => this.stringLiteral(t);
    if (!this.features.identity && this.identityColumn(node.table) !== undefined) {
      const dropSequence = `DROP SEQUENCE ${this.sequenceName(node.table)}`;
      if (!node.ifExists) return plsqlBlock([executeImmediate(sql, literal), executeImmediate(dropSequence, literal)]);
      return plsqlBlock([ignoringError([executeImmediate(sql, literal)], ORA.noTable), ignoringError([executeImmediate(dropSequence, literal)], ORA.noSequence)]);
    }
    if (node.ifExists && !this.features.ifExists) return ignoringError([executeImmediate(sql, literal)], ORA.noTable);
    return sql;
  }

  /** The index is created in the table's schema, as DROP INDEX looks for it there. */
  override createIndex(node: CreateIndex): string {
    const { table, index } = node;
    const cols = index.columns.map((k) => this.quoteIdentifier(table.c[k]!.name)).join(', ');
    const sql =
      `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${this.ifNotExists(node.ifNotExists, 'index')}` +
      `${this.quoteQualified(table.schema, index.name)} ON ${this.quoteQualified(table.schema, table.name)} (${cols})`;
    if (node.ifNotExists && !this.features.ifExists) return ignoringError([executeImmediate(sql, (t) => this.stringLiteral(t))], ORA.nameInUse);
    return sql;
  }

  override dropIndex(node: DropIndex): string {
    const sql = super.dropIndex(node);
    if (node.ifExists && !this.features.ifExists) return ignoringError([executeImmediate(sql, (t) => this.stringLiteral(t))], ORA.noIndex);
    return sql;
  }

  override catalogReader(): CatalogReader {
    return oracleCatalog(this);
  }

  /** `ADD (column)`: Oracle has no COLUMN keyword here. */
  override addColumn(target: TableName, column: Extract<AlterAction, { kind: 'add-column' }>['column']): string {
    return `${this.alterPrefix(target)}ADD (${this.addedColumnDefinition(column)})`;
  }

  override alterColumn(target: TableName, a: Extract<AlterAction, { kind: 'alter-column' }>): string {
    return oracleModifyColumn(this, this.alterPrefix(target), a);
  }

  override dropConstraint(target: TableName, a: Extract<AlterAction, { kind: 'drop-constraint' }>): string {
    return oracleDropConstraint(this.alterPrefix(target), a, (n) => this.quoteIdentifier(n));
  }

  override createSchema(node: CreateSchema): string {
    throw new UnsupportedFeatureError(`CREATE SCHEMA ${node.name}`, this.dialect, 'an Oracle schema is a user: CREATE USER, then grant it a quota');
  }

  override dropSchema(node: DropSchema): string {
    throw new UnsupportedFeatureError(`DROP SCHEMA ${node.name}`, this.dialect, 'an Oracle schema is a user: DROP USER');
  }

  // ----- analytics -----

  /** 21c+ (23ai here): WINDOW clause, GROUPS, EXCLUDE; before, named windows are written inline. Set by the constructor. */
  override readonly supportsWindowClause: boolean;
  override readonly supportsGroupsFrames: boolean;
  override readonly supportsFrameExclusion: boolean;
  /** No FILTER: emulated with CASE. */
  override readonly supportsAggregateFilter = false;

  /**
   * `LISTAGG(x, 'sep') WITHIN GROUP (ORDER BY …)` (`ORDER BY NULL` when no
   * order is asked for). The result is a VARCHAR2: past 4000 bytes Oracle
   * fails with ORA-01489.
   */
  override visitStringAgg(node: StringAgg, ctx: CompileContext): string {
    const order = node.orderBy.length === 0 ? 'NULL' : node.orderBy.map((o) => this.ordering(o, ctx)).join(', ');
    return `LISTAGG(${this.value(node.expr, ctx)}, ${this.stringLiteral(node.separator)}) WITHIN GROUP (ORDER BY ${order})`;
  }
}
