/**
 * The MySQL / MariaDB compiler.
 */
import {
  checkIdentifier,
  Column,
  CompileContext,
  Expression,
  Concat,
  CompileError,
  CreateIndex,
  DropIndex,
  Insert,
  insertBatches,
  Join,
  LockClause,
  SqlCompiler,
  SqlType,
  Table,
  UnsupportedFeatureError,
} from '@alkahest/core/dialect';
import { baseFunctionHooks, withExcluded } from '@alkahest/core/dialect';
import type { FunctionHook, FunctionHooks } from '@alkahest/core/dialect';
import type { Like } from '@alkahest/core/dialect';
import type { AnyColumn, Assignment, Delete, FromItem, InsertSelectSource, OnConflict, Update } from '@alkahest/core/dialect';
import type { DateAdd, DateExtract, DateTrunc, JsonContains, JsonExtract, JsonIsNull } from '@alkahest/core/dialect';
import { GroupingSet, WindowCall } from '@alkahest/core/dialect';
import type { Grouping, Over, SelectState, StringAgg } from '@alkahest/core/dialect';
import { shiftWithDefault } from './analytics';
import { MysqlTypeCompiler } from './type-compiler';
import { mysqlDropConstraint, mysqlModifyColumn } from './alter';
import { mysqlCatalog } from './reflection/catalog';
import { namedTable } from '@alkahest/core/dialect';
import type { AlterAction, CatalogReader, TableName } from '@alkahest/core/dialect';
import { mysqlCodecs } from './codecs';
import { boundDecimalType } from './decimals';
import { mysqlDateAdd, mysqlDateExtract, mysqlDateTrunc } from './dates';
import { mysqlJsonContains, mysqlJsonExtract, mysqlJsonIsNull } from './json';
import { checkDuplicateKeyTarget, checkIndependentAssignments, orderAssignments } from './dml';
import type { MysqlDialectOptions, MysqlFlavor } from './flavor';
import { mysqlExplain } from './explain';
import type { CompiledQuery, ExplainOptions, ExplainQuery } from '@alkahest/core/dialect';
import type { BitNot, Bitwise, DistinctFrom } from '@alkahest/core/dialect';

/** The values one batch of a split INSERT carries on MySQL and MariaDB (see {@link MysqlCompiler.split}). */
export const MYSQL_BATCH_PARAMETERS = 4000;

/** MySQL's largest LIMIT: "no limit", for OFFSET without LIMIT. */
const NO_LIMIT = '18446744073709551615';

/** Types MySQL stores out of row: their defaults must be written as expressions, `DEFAULT ('x')`. */
const LOB_KINDS = new Set(['text', 'json', 'blob']);

/**
 * Compiles statements for MySQL 8.0+ and MariaDB 10.6+: `?` placeholders,
 * backtick-quoted names, CONCAT(), emulated ILIKE and NULLS FIRST/LAST,
 * AUTO_INCREMENT keys, utf8mb4 tables.
 *
 * Plain LIKE compares exactly (COLLATE utf8mb4_bin), as on every other
 * database; use `ilike` to be case-insensitive.
 *
 * @example
 * ```ts
 * new MysqlCompiler({ flavor: 'mariadb' }).compile(select(users.c.name).from(users).offset(5)).sql
 * // SELECT `users`.`name` FROM `users` LIMIT 18446744073709551615 OFFSET ?
 * ```
 */
export class MysqlCompiler extends SqlCompiler {
  /**
   * A large INSERT runs as batches of at most {@link MYSQL_BATCH_PARAMETERS}
   * values rather than of the protocol's 65,535: every full batch is one
   * prepared statement (mysql2 keeps it per connection, the compiler renders
   * its SQL once), and the server takes statements of a thousand rows or so
   * faster than ones of sixteen thousand.
   */
  override split(node: Parameters<SqlCompiler['split']>[0]): Insert[] | undefined {
    return node instanceof Insert ? insertBatches(node, MYSQL_BATCH_PARAMETERS) : undefined;
  }

  /** MySQL and MariaDB store finite floats only: Infinity and NaN are refused when compiled. */
  override storesNonFinite(value: number): boolean {
    void value;
    return false;
  }

  /** MySQL's bitwise operators give an unsigned BIGINT: cast back to signed, as the other databases answer. */
  override visitBitwise(node: Bitwise, ctx: CompileContext): string {
    return `CAST(${super.visitBitwise(node, ctx)} AS SIGNED)`;
  }

  /** `~a` as a signed number (MySQL's is unsigned: ~5 would be 18446744073709551610). */
  override visitBitNot(node: BitNot, ctx: CompileContext): string {
    return `CAST(${super.visitBitNot(node, ctx)} AS SIGNED)`;
  }

  /** The NULL-safe equality `<=>`: IS NOT DISTINCT FROM; negated for IS DISTINCT FROM. */
  override visitDistinctFrom(node: DistinctFrom, ctx: CompileContext): string {
    const same = `${this.operand(node.left, ctx)} <=> ${this.operand(node.right, ctx)}`;
    return node.negated ? same : `NOT (${same})`;
  }

  /** `EXPLAIN [FORMAT=JSON]`, MariaDB's `ANALYZE`, MySQL's `EXPLAIN ANALYZE` (explain.ts). */
  override explain(compiled: CompiledQuery, options: ExplainOptions): ExplainQuery {
    return mysqlExplain(compiled, options, this.flavor, this.dialect);
  }

  readonly dialect = 'mysql';
  readonly codecs = mysqlCodecs;
  override readonly supportsNullsOrdering = false;
  readonly flavor: MysqlFlavor;
  readonly types: MysqlTypeCompiler;

  constructor(options: MysqlDialectOptions = {}) {
    super();
    this.flavor = options.flavor ?? 'mysql';
    this.types = new MysqlTypeCompiler(this.flavor, (text) => this.stringLiteral(text));
  }

  override quoteName(name: string): string {
    checkIdentifier(name);
    return `\`${name.replace(/`/g, '``')}\``;
  }

  /**
   * A string literal that means the same with and without NO_BACKSLASH_ESCAPES:
   * text with a backslash is written as a utf8mb4 hex literal, which no mode reads differently.
   */
  override stringLiteral(text: string): string {
    if (!text.includes('\\')) return super.stringLiteral(text);
    return `_utf8mb4 X'${Buffer.from(text, 'utf8').toString('hex')}'`;
  }

  /**
   * Binds a value. BIGINT and DECIMAL values are cast to an exact type: the
   * binary protocol sends them as strings, and MySQL would otherwise do the
   * arithmetic and comparisons in double precision, losing digits. A decimal
   * keeps its own digits, not the scale of the column it meets (0.049 against
   * a DECIMAL(15, 2) stays 0.049; see {@link boundDecimalType}). printSql
   * shows the cast around the value, as it is sent.
   */
  override bind(value: unknown, type: SqlType, ctx: CompileContext): string {
    const sql = super.bind(value, type, ctx);
    if (ctx.inlineValues && !ctx.printing) return sql;
    if (type.kind === 'bigint') return `CAST(${sql} AS SIGNED)`;
    if (type.kind === 'numeric') return `CAST(${sql} AS ${boundDecimalType(type)})`;
    return sql;
  }

  /**
   * `a LIKE b COLLATE utf8mb4_bin`: the column's default collation is case-
   * and accent-insensitive ('é' LIKE 'E'); the binary collation of utf8mb4
   * compares code points and still counts `_` as one character.
   */
  override visitLike(node: Like, ctx: CompileContext): string {
    if (node.caseInsensitive) return super.visitLike(node, ctx);
    const not = node.negated ? 'NOT ' : '';
    return `${this.operand(node.operand, ctx)} ${not}LIKE ${this.operand(node.pattern, ctx)} COLLATE utf8mb4_bin${this.likeEscape(node.escape)}`;
  }

  override visitConcat(node: Concat, ctx: CompileContext): string {
    // `||` is logical OR in MySQL unless PIPES_AS_CONCAT is set.
    return `CONCAT(${node.parts.map((p) => this.expression(p, ctx)).join(', ')})`;
  }

  /** LENGTH() counts bytes in MySQL; CHAR_LENGTH() counts characters like everywhere else. */
  override readonly functionHooks: FunctionHooks = new Map<string, FunctionHook>([...baseFunctionHooks, ['length', (c, node, ctx) => c.functionCall(node, ctx, 'CHAR_LENGTH')]]);

  override currentTimestamp(): string {
    return 'CURRENT_TIMESTAMP(3)';
  }

  // ----- JSON (json.ts) and dates (dates.ts) -----

  override visitJsonExtract(node: JsonExtract, ctx: CompileContext): string {
    return mysqlJsonExtract(this, node, ctx);
  }

  override visitJsonContains(node: JsonContains, ctx: CompileContext): string {
    return mysqlJsonContains(this, node, ctx);
  }

  override visitJsonIsNull(node: JsonIsNull, ctx: CompileContext): string {
    return mysqlJsonIsNull(this, node, ctx);
  }

  override visitDateExtract(node: DateExtract, ctx: CompileContext): string {
    return mysqlDateExtract(this, node, ctx);
  }

  override visitDateAdd(node: DateAdd, ctx: CompileContext): string {
    return mysqlDateAdd(this, node, ctx);
  }

  override visitDateTrunc(node: DateTrunc, ctx: CompileContext): string {
    return mysqlDateTrunc(this, node, ctx);
  }

  override joinKeyword(join: Join<string, string>): string {
    if (join.joinType === 'full') {
      throw new UnsupportedFeatureError('FULL OUTER JOIN', this.dialect, 'MySQL and MariaDB have no full outer join; combine a LEFT and a RIGHT join with UNION');
    }
    return super.joinKeyword(join);
  }

  /** MariaDB: no OF, and a shared lock is LOCK IN SHARE MODE; MySQL 8 has the standard forms. */
  override lockClause(lock: LockClause, ctx: CompileContext): string {
    if (this.flavor === 'mysql') return super.lockClause(lock, ctx);
    if (lock.of.length > 0) throw new UnsupportedFeatureError(`FOR ${lock.mode.toUpperCase()} OF`, 'mysql (MariaDB flavour)', 'MariaDB locks the rows of every table read');
    const wait = lock.wait === 'wait' ? '' : ` ${lock.wait.toUpperCase()}`;
    return lock.mode === 'update' ? ` FOR UPDATE${wait}` : ` LOCK IN SHARE MODE${wait}`;
  }

  /**
   * WITH goes inside an INSERT … SELECT (MySQL and MariaDB), before an UPDATE
   * or DELETE on MySQL 8; MariaDB has no WITH on UPDATE / DELETE, so there each
   * CTE becomes a derived table where it is used.
   */
  override dmlCtePlacement(node: Insert | Update | Delete): 'prefix' | 'select' | 'inline' {
    if (node.kind === 'insert') return 'select';
    return this.flavor === 'mysql' ? 'prefix' : 'inline';
  }

  /** LATERAL is MySQL 8.0.14+; MariaDB has none. */
  override lateral(aliasedSubquery: string): string {
    if (this.flavor === 'mariadb') {
      throw new UnsupportedFeatureError('LATERAL subqueries', 'mysql (MariaDB flavour)', 'MariaDB has no LATERAL; use a correlated subquery in the select list');
    }
    return super.lateral(aliasedSubquery);
  }

  override limitOffset(limit: Expression | undefined, offset: Expression | undefined, ctx: CompileContext): string {
    if (limit === undefined && offset !== undefined) return ` LIMIT ${NO_LIMIT} OFFSET ${this.expression(offset, ctx)}`;
    return super.limitOffset(limit, offset, ctx);
  }

  /** MariaDB names a VALUES list's columns after its first row's values, MySQL writes VALUES ROW(…): a UNION ALL of SELECTs stands for it. */
  override supportsValuesLists(): boolean {
    return false;
  }

  /** MariaDB 10.6+ writes FETCH FIRST … WITH TIES; MySQL has none (emulated with RANK()). */
  override supportsWithTies(): boolean {
    return this.flavor === 'mariadb';
  }

  /** LIMIT and OFFSET take numbers and placeholders only: an expression is emulated with ROW_NUMBER(). */
  override takesRowCount(count: Expression): boolean {
    return count.kind === 'bind' || count.kind === 'param';
  }

  override insertDefaultValues(table: string, node: Insert): string {
    void node;
    return `INSERT INTO ${table} () VALUES ()`;
  }

  /** Rows of defaults: `INSERT INTO t () VALUES (), ()`. */
  override insertDefaultRows(table: string, node: Insert, count: number, ctx: CompileContext): string {
    void node;
    void ctx;
    return `INSERT INTO ${table} () VALUES ${new Array<string>(count).fill('()').join(', ')}`;
  }

  // ----- upsert, RETURNING, multi-table UPDATE / DELETE (see dml.ts) -----

  /** The name MySQL 8 gives the proposed row (`INSERT … AS new`): never the table's own. */
  rowAlias(table: Table): string {
    return table.name.toLowerCase() === 'new' ? 'new_row' : 'new';
  }

  /**
   * An upsert from a SELECT with DO UPDATE on MySQL 8 reads the proposed row
   * through a derived table, `SELECT * FROM (…) AS new`: row aliases are for
   * VALUES only (MySQL manual, INSERT … ON DUPLICATE KEY UPDATE).
   */
  override insertSelect(table: string, node: Insert, source: InsertSelectSource, ctx: CompileContext): string {
    if (this.flavor !== 'mysql' || node.clauses.onConflict?.action.kind !== 'update') return super.insertSelect(table, node, source, ctx);
    const cols = source.columns.map((c) => this.quoteIdentifier(c.name)).join(', ');
    const inner = ctx.withScope([], () => this.select(source.select, ctx));
    return `INSERT INTO ${table} (${cols}) SELECT * FROM (${inner}) AS ${this.quoteIdentifier(this.rowAlias(node.table))}`;
  }

  /**
   * ON CONFLICT as `ON DUPLICATE KEY UPDATE`, which fires on any unique key:
   * allowed only where the target is the one key that can conflict. DO
   * NOTHING sets the key to itself (INSERT IGNORE would hide other errors);
   * a DO UPDATE condition becomes `col = IF(cond, new, col)` for each column,
   * ordered so that the condition reads the row as it was.
   */
  override onConflictClause(node: Insert, onConflict: OnConflict, ctx: CompileContext): string {
    const source = node.source;
    const inserted = source?.kind === 'select' ? source.columns : source?.kind === 'values' ? this.insertColumns(node, source) : [];
    checkDuplicateKeyTarget(node.table, onConflict.target, new Set(inserted.map((c) => c.key)), this.dialect);
    const action = onConflict.action;
    if (action.kind === 'nothing') {
      const key = this.quoteIdentifier(onConflict.target[0]!.name);
      return ` ON DUPLICATE KEY UPDATE ${key} = ${key}`;
    }
    const alias = this.quoteIdentifier(this.rowAlias(node.table));
    let prefix = '';
    let render: (column: AnyColumn) => string;
    if (this.flavor === 'mariadb') {
      render = (c) => `VALUES(${this.quoteIdentifier(c.name)})`;
    } else if (source?.kind === 'select') {
      const keys = source.select.state.columns.map((c) => c.key);
      render = (c) => {
        const at = source.columns.findIndex((x) => x.key === c.key);
        if (at < 0) throw new CompileError(`excluded(${c.describe()}): the INSERT … SELECT does not set ${c.name}`);
        return `${alias}.${this.quoteIdentifier(keys[at]!)}`;
      };
    } else {
      prefix = ` AS ${alias}`;
      render = (c) => `${alias}.${this.quoteIdentifier(c.name)}`;
    }
    const ordered = orderAssignments(node.table, action.set, action.where, this.dialect);
    const sets = ctx.withScope([node.table], () =>
      withExcluded(ctx, { table: node.table, render }, () =>
        ordered
          .map((a) => {
            // Compiled in the order written: placeholders are numbered as they are met.
            if (action.where === undefined) return `${this.quoteIdentifier(a.column.name)} = ${this.value(a.value, ctx)}`;
            const condition = this.predicate(action.where, ctx);
            const value = this.value(a.value, ctx);
            return `${this.quoteIdentifier(a.column.name)} = IF(${condition}, ${value}, ${this.expression(a.column, ctx)})`;
          })
          .join(', '),
      ),
    );
    return `${prefix} ON DUPLICATE KEY UPDATE ${sets}`;
  }

  /** MySQL applies a single-table UPDATE's assignments left to right: ordered so each reads the old values. */
  override assignmentList(table: Table, assignments: readonly Assignment[], ctx: CompileContext): string {
    return super.assignmentList(table, orderAssignments(table, assignments, undefined, this.dialect), ctx);
  }

  /** `UPDATE t, other SET t.col = … WHERE …` */
  override updateFrom(table: string, node: Update, from: readonly FromItem<string, string>[], ctx: CompileContext): string {
    checkIndependentAssignments(node.table, node.assignments, this.dialect);
    const items = from.map((f) => this.fromItem(f, ctx)).join(', ');
    const sets = node.assignments.map((a) => `${this.expression(a.column, ctx)} = ${this.value(a.value, ctx)}`).join(', ');
    const where = node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : '';
    return `UPDATE ${table}, ${items} SET ${sets}${where}`;
  }

  /** `DELETE t FROM t, other WHERE …` */
  override deleteUsing(table: string, node: Delete, using: readonly FromItem<string, string>[], ctx: CompileContext): string {
    const items = using.map((f) => this.fromItem(f, ctx)).join(', ');
    const where = node.condition ? ` WHERE ${this.predicate(node.condition, ctx)}` : '';
    return `DELETE ${table} FROM ${table}, ${items}${where}`;
  }

  /**
   * The generated key column of a single-row INSERT that MySQL can read back
   * (`WHERE key = LAST_INSERT_ID()`), or undefined: one row, no upsert, an
   * AUTO_INCREMENT primary key the row leaves to the database.
   */
  followUpKey(node: Insert): Column | undefined {
    const source = node.source;
    if (source?.kind !== 'values' || source.length !== 1 || node.clauses.onConflict !== undefined) return undefined;
    const key = this.singlePrimaryKey(node.table);
    if (key === undefined || !key.spec.autoIncrement) return undefined;
    return source.sets(key) ? undefined : key;
  }

  /**
   * MySQL 8 has no RETURNING: a single-row INSERT with a generated key is read
   * back on the same connection by LAST_INSERT_ID(), which is per connection
   * and so cannot see another session's insert.
   */
  override returningFollowUp(node: Insert): string | undefined {
    if (this.flavor !== 'mysql' || node.clauses.returning === undefined) return undefined;
    const key = this.followUpKey(node);
    if (key === undefined) return undefined;
    const ctx = new CompileContext();
    const table = this.quoteQualified(node.table.schema, node.table.name);
    const list = ctx.withScope([node.table], () => this.returningList(node.clauses.returning!, ctx));
    if (ctx.params.length > 0) {
      throw new UnsupportedFeatureError('RETURNING with bound values', 'mysql (MySQL 8 flavour)', 'return columns of the inserted row; compute with them after');
    }
    return `SELECT ${list} FROM ${table} WHERE ${this.quoteIdentifier(node.table.referenceName)}.${this.quoteIdentifier(key.name)} = LAST_INSERT_ID()`;
  }

  /** RETURNING: MariaDB 10.5+ on INSERT and single-table DELETE; MySQL 8 reads a generated key's row back. */
  override returningClause(node: Insert | Update | Delete, ctx: CompileContext): string {
    if (node.clauses.returning === undefined) return '';
    if (this.flavor === 'mysql' && node.kind === 'insert' && this.followUpKey(node) !== undefined) return '';
    if (this.flavor === 'mysql') {
      throw new UnsupportedFeatureError(
        'RETURNING',
        'mysql (MySQL 8 flavour)',
        'MySQL has no RETURNING; alkahest reads back a single-row INSERT by its generated AUTO_INCREMENT key, nothing else can be read back safely (MariaDB 10.5+ has RETURNING for INSERT and DELETE: connect with a mariadb:// URL)',
      );
    }
    if (node.kind === 'update') {
      throw new UnsupportedFeatureError(
        'UPDATE … RETURNING',
        'mysql (MariaDB flavour)',
        'MariaDB has RETURNING for INSERT and DELETE only; SELECT the rows in the same transaction after updating them',
      );
    }
    if (node.kind === 'delete' && node.clauses.using !== undefined) {
      throw new UnsupportedFeatureError('DELETE … USING … RETURNING', 'mysql (MariaDB flavour)', 'MariaDB has RETURNING for single-table DELETE only; filter with a subquery in where() instead');
    }
    return super.returningClause(node, ctx);
  }

  override typeChecks(column: Column): string[] {
    // ENUM enforces its members itself.
    return column.type.kind === 'enum' ? [] : super.typeChecks(column);
  }

  override autoIncrementClause(): string {
    return ' AUTO_INCREMENT';
  }

  override defaultClause(column: Column): string {
    const sql = super.defaultClause(column);
    const d = column.spec.default;
    if (d !== undefined && 'value' in d && LOB_KINDS.has(column.type.kind)) return sql.replace(/^ DEFAULT (.*)$/s, ' DEFAULT ($1)');
    return sql;
  }

  override tableConstraints(table: Table): string[] {
    for (const column of table.columns) {
      if (column.spec.unique && LOB_KINDS.has(column.type.kind)) {
        throw new UnsupportedFeatureError(`UNIQUE on the ${column.type.kind} column ${table.name}.${column.name}`, this.dialect, 'MySQL cannot index a whole TEXT/BLOB value; use varchar({ length })');
      }
    }
    return super.tableConstraints(table);
  }

  override tableSuffix(): string {
    // utf8mb4_general_ci (MariaDB's default) treats every 4-byte character (emoji) as equal;
    // unicode_520_ci exists on both servers and tells them apart.
    return ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci';
  }

  override ifNotExists(flag: boolean, what: string): string {
    if (flag && what === 'index' && this.flavor === 'mysql') {
      throw new UnsupportedFeatureError('CREATE INDEX IF NOT EXISTS', 'mysql (MySQL 8 flavour)', 'MariaDB has it; MySQL 8 does not');
    }
    return super.ifNotExists(flag, what);
  }

  override ifExists(flag: boolean, what: string): string {
    if (flag && what === 'index' && this.flavor === 'mysql') {
      throw new UnsupportedFeatureError('DROP INDEX IF EXISTS', 'mysql (MySQL 8 flavour)', 'MariaDB has it; MySQL 8 does not');
    }
    return super.ifExists(flag, what);
  }

  override createIndex(node: CreateIndex): string {
    for (const key of node.index.columns) {
      const column = node.table.c[key];
      if (column && LOB_KINDS.has(column.type.kind)) {
        throw new UnsupportedFeatureError(`an index on the ${column.type.kind} column ${node.table.name}.${column.name}`, this.dialect, 'use varchar({ length })');
      }
    }
    return super.createIndex(node);
  }

  override dropIndex(node: DropIndex): string {
    if (node.table.alias !== undefined) throw new CompileError('dropIndex takes the table itself');
    return `DROP INDEX ${this.ifExists(node.ifExists, 'index')}${this.quoteIdentifier(node.index.name)} ON ${this.quoteQualified(node.table.schema, node.table.name)}`;
  }

  override alterColumn(target: TableName, a: Extract<AlterAction, { kind: 'alter-column' }>): string {
    return mysqlModifyColumn(this.alterPrefix(target), this.columnDefinition(a.to, namedTable(target)));
  }

  override catalogReader(): CatalogReader {
    return mysqlCatalog(this, this.flavor);
  }

  override dropConstraint(target: TableName, a: Extract<AlterAction, { kind: 'drop-constraint' }>): string {
    return mysqlDropConstraint(this.alterPrefix(target), a, (n) => this.quoteIdentifier(n));
  }

  // ----- analytics -----

  /** MySQL and MariaDB have ROWS and RANGE frames only, without EXCLUDE, and no FILTER (emulated with CASE). */
  override readonly supportsGroupsFrames = false;
  override readonly supportsFrameExclusion = false;
  override readonly supportsAggregateFilter = false;

  /** LAG / LEAD with a default: MariaDB takes no third argument, so it is emulated there (see analytics.ts). */
  override visitOver(node: Over, ctx: CompileContext): string {
    const call = node.call;
    if (this.flavor !== 'mariadb' || !(call instanceof WindowCall) || call.defaultValue === undefined) return super.visitOver(node, ctx);
    const spec = typeof node.window === 'string' ? this.namedWindow(node.window, ctx) : node.window;
    this.checkWindowUse(call, spec);
    const host = {
      visitOver: (n: Over, c: CompileContext) => super.visitOver(n, c),
      windowReference: this.windowReference.bind(this),
      windowSpecification: this.windowSpecification.bind(this),
      value: this.value.bind(this),
    };
    return shiftWithDefault(host, node, call, spec, ctx);
  }

  /**
   * `GROUP_CONCAT(x ORDER BY … SEPARATOR 'sep')`. The result is cut at
   * group_concat_max_len bytes (MySQL's default: 1024).
   */
  override visitStringAgg(node: StringAgg, ctx: CompileContext): string {
    if (node.separator.includes('\\')) {
      throw new UnsupportedFeatureError('a backslash in a GROUP_CONCAT separator', this.dialect, 'SEPARATOR takes only a plain literal, whose backslashes the sql_mode may or may not read as escapes');
    }
    return `GROUP_CONCAT(${this.value(node.expr, ctx)}${this.aggregateOrderBy(node, ctx)} SEPARATOR ${this.stringLiteral(node.separator)})`;
  }

  /** ROLLUP as `GROUP BY a, b WITH ROLLUP`; no CUBE or GROUPING SETS. */
  override groupByClause(state: SelectState, ctx: CompileContext): string {
    if (!state.groupBy.some((g) => g instanceof GroupingSet)) return super.groupByClause(state, ctx);
    const only = state.groupBy[0];
    if (only instanceof GroupingSet && only.type !== 'rollup') {
      throw new UnsupportedFeatureError(only.type === 'cube' ? 'CUBE' : 'GROUPING SETS', this.dialect, 'MySQL and MariaDB have only ROLLUP (WITH ROLLUP)');
    }
    if (state.groupBy.length !== 1 || !(only instanceof GroupingSet) || only.sets.some((s) => s.length !== 1)) {
      throw new UnsupportedFeatureError('ROLLUP with other GROUP BY items or composite elements', this.dialect, 'MySQL writes ROLLUP only as GROUP BY a, b WITH ROLLUP');
    }
    if (this.flavor === 'mariadb' && state.orderBy.length > 0) {
      throw new UnsupportedFeatureError('ROLLUP with ORDER BY', 'mysql (MariaDB flavour)', 'order the rows outside: select from this query as a subquery');
    }
    return this.withoutWindows('GROUP BY', ctx, () => ` GROUP BY ${only.sets.map((s) => this.expression(s[0]!, ctx)).join(', ')} WITH ROLLUP`);
  }

  override visitGrouping(node: Grouping, ctx: CompileContext): string {
    if (this.flavor === 'mariadb') throw new UnsupportedFeatureError('GROUPING()', 'mysql (MariaDB flavour)', 'MariaDB has no GROUPING(); MySQL 8 has it');
    return super.visitGrouping(node, ctx);
  }
}
