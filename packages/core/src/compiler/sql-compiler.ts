/**
 * The compiler entry point: one `compile()` for every statement kind. A
 * dialect is a subclass that overrides only what it does differently.
 */
import { CompileError } from '../errors';
import type { Node, SubqueryNode } from '../expr/expression';
import type { Shape } from '../cache/shape';
import type { StatementTemplate } from '../cache/template';
import { PrintedSql } from './printed-sql';
import { Expression } from '../expr/expression';
import type { CreateIndex, CreateTable, DropIndex, DropTable } from '../statements/ddl';
import type { Delete, Insert, Update } from '../statements/dml';
import { Select } from '../statements/select';
import type { CompoundSelect } from '../statements/compound';
import type { CompiledQuery, ResultColumn, StatementKind } from './compiled';
import { CompileContext } from './context';
import { AlterCompiler } from './alter-compiler';
import type { AlterTable, CreateSchema, DropSchema } from '../statements/alter';

/** Statements that change the schema. */
export type SchemaStatement = CreateTable | DropTable | CreateIndex | DropIndex | AlterTable | CreateSchema | DropSchema;

/** Anything `compile()` accepts. */
export type Statement = Select | CompoundSelect | Insert | Update | Delete | SchemaStatement | Expression;

export abstract class SqlCompiler extends AlterCompiler {
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
    const ctx = new CompileContext();
    const rendered = this.render(node, ctx);
    const compiled: CompiledQuery = { sql: rendered.sql, params: ctx.params, columns: rendered.columns, statementKind: rendered.statementKind, dialect: rendered.dialect };
    return rendered.readBack === undefined ? compiled : { ...compiled, readBack: rendered.readBack };
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
    return new PrintedSql(this.render(node, ctx).sql, this.dialect);
  }

  /** Renders a statement into `ctx`. */
  private render(node: Statement | Node, ctx: CompileContext): Omit<CompiledQuery, 'params'> {
    let sql: string;
    let statementKind: StatementKind;
    let columns: readonly ResultColumn[] = [];
    let readBack: string | undefined;
    switch (node.kind) {
      case 'select': {
        const select = node as Select;
        sql = this.select(select, ctx);
        statementKind = 'select';
        columns = select.state.columns.map((c) => ({ key: c.key, type: c.expr.type }));
        break;
      }
      case 'compound': {
        const compound = node as unknown as { readonly resultColumns: readonly ResultColumn[] } & SubqueryNode;
        sql = ctx.withScope([], () => this.visitSubquery(compound, ctx));
        statementKind = 'select';
        columns = compound.resultColumns;
        break;
      }
      case 'insert':
        sql = this.withDmlCtes(node as Insert, ctx, (n) => this.insert(n, ctx));
        statementKind = 'insert';
        columns = this.returningColumns(node as Insert);
        readBack = this.returningReadBack(node as Insert);
        break;
      case 'update':
        sql = this.withDmlCtes(node as Update, ctx, (n) => this.update(n, ctx));
        statementKind = 'update';
        columns = this.returningColumns(node as Update);
        break;
      case 'delete':
        sql = this.withDmlCtes(node as Delete, ctx, (n) => this.delete(n, ctx));
        statementKind = 'delete';
        columns = this.returningColumns(node as Delete);
        break;
      case 'create-table':
      case 'drop-table':
      case 'create-index':
      case 'drop-index':
      case 'alter-table':
      case 'create-schema':
      case 'drop-schema':
        sql = this.schemaStatement(node as SchemaStatement);
        statementKind = 'ddl';
        break;
      default:
        if (node instanceof Expression) {
          sql = ctx.withScope([], () => this.expression(node, ctx));
          statementKind = 'raw';
          break;
        }
        throw new CompileError(`cannot compile a ${String(node.kind)} node as a statement`);
    }
    if (ctx.params.length > this.maxParameters) {
      throw new CompileError(
        `this statement has ${ctx.params.length} parameters; ${this.dialect} takes at most ${this.maxParameters} in one statement. ` +
          'Split the IN list or the rows (engine.execute splits a multi-row insert by itself)',
      );
    }
    return readBack === undefined ? { sql, columns, statementKind, dialect: this.dialect } : { sql, columns, statementKind, dialect: this.dialect, readBack };
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
   * the SELECT to run after the INSERT (see {@link CompiledQuery.readBack}).
   */
  returningReadBack(node: Insert): string | undefined {
    void node;
    return undefined;
  }

  /** The result columns of a DML statement with RETURNING; none without. */
  returningColumns(node: Insert | Update | Delete): readonly ResultColumn[] {
    return (node.clauses.returning ?? []).map((c) => ({ key: c.key, type: c.expr.type }));
  }

  /** Whether `node` is a SELECT, for callers that need to know before compiling. */
  static isSelect(node: unknown): node is Select {
    return node instanceof Select;
  }
}
