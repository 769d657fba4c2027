/**
 * The compiler entry point: one `compile()` for every statement kind. A
 * dialect is a subclass that overrides only what it does differently.
 */
import { CompileError, UnsupportedFeatureError } from '../errors';
import type { ExplainOptions, ExplainQuery } from './explain';
import type { Node } from '../expr/expression';
import type { StatementNodeKind, StatementNodes } from '../expr/node-kinds';
import type { Shape } from '../cache/shape';
import type { StatementTemplate } from '../cache/template';
import { PrintedSql } from './printed-sql';
import { Expression } from '../expr/expression';
import type { CreateIndex, CreateTable, DropIndex, DropTable } from '../statements/ddl';
import { Insert } from '../statements/dml';
import type { Delete, Update } from '../statements/dml';
import { insertBatches, sharedBatchSql } from './insert-batches';
import { Select } from '../statements/select';
import { RawSql } from '../expr/sql-template';
import type { CompoundSelect } from '../statements/compound';
import type { CompiledQuery, ResultColumn, StatementKind } from './compiled';
import { CompileContext } from './context';
import { AlterCompiler } from './alter-compiler';
import type { AlterTable, CreateSchema, DropSchema } from '../statements/alter';
import { dispatchExpression } from './dispatch';
import { tooDeepOr } from './nesting';

/** Statements that change the schema. */
export type SchemaStatement = CreateTable | DropTable | CreateIndex | DropIndex | AlterTable | CreateSchema | DropSchema;

/** Anything `compile()` accepts. */
export type Statement = Select | CompoundSelect | Insert | Update | Delete | SchemaStatement | Expression;

/**
 * The compiler a dialect subclasses: it turns any {@link Statement} into SQL
 * text and parameters, overriding only what its database writes differently.
 *
 * @example
 * ```ts
 * class MyCompiler extends SqlCompiler {
 *   readonly dialect = 'mydb';
 *   readonly codecs = baseCodecs;
 *   // override the hooks whose SQL differs, e.g. how a placeholder is written
 * }
 * const dialect = new CompilingDialect(new MyCompiler());
 * ```
 */
export abstract class SqlCompiler extends AlterCompiler {
  /** Compiles any expression through the one dispatch table (compiler/dispatch.ts). */
  expression(node: Expression, ctx: CompileContext): string {
    return dispatchExpression(this, node, ctx);
  }

  /**
   * Compiles a statement to parameterized SQL for this dialect.
   *
   * @example
   * ```ts
   * const { sql, params } = new SqliteCompiler().compile(select(users.c.id).from(users).where(users.c.name.eq('Ada')));
   * // sql: SELECT "users"."id" FROM "users" WHERE "users"."name" = ?   params: ['Ada']
   * ```
   */
  compile(node: Statement | Node): CompiledQuery {
    // A batch of a split INSERT: the SQL its row count has, compiled for an earlier batch, with its own values.
    const shared = node instanceof Insert ? sharedBatchSql(node) : undefined;
    const rows = shared === undefined ? undefined : (node as Insert).source;
    const reused = rows?.kind === 'values' ? shared!.reuse(this, rows) : undefined;
    if (reused !== undefined) return reused;
    const ctx = new CompileContext();
    const { sql, columns, statementKind, followUp } = this.render(node, ctx);
    const compiled: CompiledQuery =
      followUp === undefined
        ? { sql, params: ctx.params, columns, statementKind, dialect: this.dialect }
        : { sql, params: ctx.params, columns, statementKind, dialect: this.dialect, followUp };
    if (rows?.kind === 'values') shared!.remember(rows, compiled);
    return compiled;
  }

  /**
   * Compiles the shape of a statement: SQL and, for each placeholder, where
   * its value comes from (a slot of `shape`, a named parameter, a constant).
   * `listLengths` gives the lengths of list parameters.
   */
  compileTemplate(node: Statement | Node, shape: Shape, listLengths?: ReadonlyMap<string, number>): StatementTemplate {
    const ctx = new CompileContext();
    ctx.recordSources = true;
    ctx.slots = shape.slots;
    ctx.rowSlots = shape.rowSlots;
    ctx.listLengths = listLengths;
    const rendered = this.render(node, ctx);
    return { ...rendered, sources: ctx.sources };
  }

  /**
   * The statement as SQL text with every value written as a literal, for logs
   * and debugging. Each type is written by the dialect's own escaping rules;
   * the result is marked as not for execution, and the engine refuses it.
   *
   * @example
   * ```ts
   * new PostgresCompiler().printSql(select(users.c.id).from(users).where(users.c.name.eq("O'Hara"))).text
   * // SELECT "users"."id" FROM "users" WHERE "users"."name" = 'O''Hara'
   * ```
   */
  printSql(node: Statement | Node): PrintedSql {
    const ctx = new CompileContext(true);
    ctx.printing = true;
    return new PrintedSql(this.render(node, ctx).sql, this.dialect);
  }

  /** Renders a statement into `ctx`; a tree too deep for the stack is an ExpressionTooDeepError, never a RangeError. */
  private render(node: Statement | Node, ctx: CompileContext): Omit<CompiledQuery, 'params'> {
    try {
      return this.renderStatement(node, ctx);
    } catch (error) {
      throw tooDeepOr(error);
    }
  }

  /** Renders a statement through the statement table below. */
  private renderStatement(node: Statement | Node, ctx: CompileContext): Omit<CompiledQuery, 'params'> {
    const renderStatement = statementRenderers[node.kind as StatementNodeKind] as RenderStatement<Statement | Node> | undefined;
    let rendered: RenderedStatement;
    if (renderStatement !== undefined) rendered = renderStatement(this, node, ctx);
    // A raw statement with declared result columns (sql`…`.returns()) is decoded like a SELECT.
    else if (node instanceof Expression) rendered = { sql: ctx.withScope([], () => this.expression(node, ctx)), statementKind: 'raw', columns: node instanceof RawSql ? node.resultColumns : [] };
    else throw new CompileError(`cannot compile a ${String(node.kind)} node as a statement`);
    if (ctx.params.length > this.maxParameters) {
      throw new CompileError(
        `this statement has ${ctx.params.length} parameters; ${this.dialect} takes at most ${this.maxParameters} in one statement. ` +
          'Split the IN list or the rows (engine.execute splits a multi-row insert by itself)',
      );
    }
    const { sql, columns, statementKind, followUp } = rendered;
    return followUp === undefined ? { sql, columns, statementKind, dialect: this.dialect } : { sql, columns, statementKind, dialect: this.dialect, followUp };
  }

  /**
   * A statement too large for one statement of this dialect, in batches that
   * each fit (an INSERT of more rows than {@link maxParameters} allows), or
   * `undefined` when it fits. The engine runs the batches in one transaction.
   */
  split(node: Statement | Node): Insert[] | undefined {
    return node instanceof Insert ? insertBatches(node, this.maxParameters) : undefined;
  }

  /** Compiles a DDL statement (its values written inline). */
  schemaStatement(node: SchemaStatement): string {
    switch (node.kind) {
      case 'create-table':
        return this.createTable(node);
      case 'drop-table':
        return this.dropTable(node);
      case 'create-index':
        return this.createIndex(node);
      case 'drop-index':
        return this.dropIndex(node);
      case 'alter-table':
        return this.alterTable(node);
      case 'create-schema':
        return this.createSchema(node);
      case 'drop-schema':
        return this.dropSchema(node);
    }
  }

  /**
   * For a dialect that emulates INSERT … RETURNING by reading the row back:
   * the SELECT to run after the INSERT (see {@link CompiledQuery.followUp}).
   */
  returningFollowUp(node: Insert): string | undefined {
    void node;
    return undefined;
  }

  /** The result columns of a DML statement with RETURNING; none without. */
  returningColumns(node: Insert | Update | Delete): readonly ResultColumn[] {
    return (node.clauses.returning ?? []).map((c) => ({ key: c.key, type: c.expr.type }));
  }

  /**
   * The statements that ask this database for the plan of `compiled`, and how
   * to read it. Each dialect writes its own; here, none.
   */
  explain(compiled: CompiledQuery, options: ExplainOptions): ExplainQuery {
    void compiled;
    void options;
    throw new UnsupportedFeatureError('EXPLAIN', this.dialect);
  }

  /** Whether `node` is a SELECT, for callers that need to know before compiling. */
  static isSelect(node: unknown): node is Select {
    return node instanceof Select;
  }
}

/** What rendering one statement gives, before the dialect's name and the parameters are added. */
interface RenderedStatement {
  readonly sql: string;
  readonly statementKind: StatementKind;
  readonly columns: readonly ResultColumn[];
  readonly followUp?: string | undefined;
}

type RenderStatement<N> = (compiler: SqlCompiler, node: N, ctx: CompileContext) => RenderedStatement;

const ddl = (sql: string): RenderedStatement => ({ sql, statementKind: 'ddl', columns: [] });

/** One renderer per statement kind, typed over the closed union: a statement kind without one does not compile. */
const statementRenderers: { readonly [K in StatementNodeKind]: RenderStatement<StatementNodes[K]> } = {
  select: (c, node, ctx) => ({ sql: c.select(node, ctx), statementKind: 'select', columns: node.state.columns.map((col) => ({ key: col.key, type: col.expr.type })) }),
  compound: (c, node, ctx) => ({ sql: ctx.withScope([], () => c.visitSubquery(node, ctx)), statementKind: 'select', columns: node.resultColumns }),
  insert: (c, node, ctx) => ({
    sql: c.withDmlCtes(node, ctx, (n) => c.insert(n, ctx)),
    statementKind: 'insert',
    columns: c.returningColumns(node),
    followUp: c.returningFollowUp(node),
  }),
  update: (c, node, ctx) => ({ sql: c.withDmlCtes(node, ctx, (n) => c.update(n, ctx)), statementKind: 'update', columns: c.returningColumns(node) }),
  delete: (c, node, ctx) => ({ sql: c.withDmlCtes(node, ctx, (n) => c.delete(n, ctx)), statementKind: 'delete', columns: c.returningColumns(node) }),
  'create-table': (c, node) => ddl(c.schemaStatement(node)),
  'drop-table': (c, node) => ddl(c.schemaStatement(node)),
  'create-index': (c, node) => ddl(c.schemaStatement(node)),
  'drop-index': (c, node) => ddl(c.schemaStatement(node)),
  'alter-table': (c, node) => ddl(c.schemaStatement(node)),
  'create-schema': (c, node) => ddl(c.schemaStatement(node)),
  'drop-schema': (c, node) => ddl(c.schemaStatement(node)),
};
