/**
 * The compiler entry point: one `compile()` for every statement kind. A
 * dialect is a subclass that overrides only what it does differently.
 */
import { CompileError } from '../errors';
import type { Node } from '../expr/expression';
import { Expression } from '../expr/expression';
import type { CreateIndex, CreateTable, DropIndex, DropTable } from '../statements/ddl';
import type { Delete, Insert, Update } from '../statements/dml';
import { Select } from '../statements/select';
import type { CompiledQuery, ResultColumn, StatementKind } from './compiled';
import { CompileContext } from './context';
import { DdlCompiler } from './ddl-compiler';

/** Anything `compile()` accepts. */
export type Statement = Select | Insert | Update | Delete | CreateTable | DropTable | CreateIndex | DropIndex | Expression;

export abstract class SqlCompiler extends DdlCompiler {
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
    let sql: string;
    let statementKind: StatementKind;
    let columns: readonly ResultColumn[] = [];
    switch (node.kind) {
      case 'select': {
        const select = node as Select;
        sql = this.select(select, ctx);
        statementKind = 'select';
        columns = select.state.columns.map((c) => ({ key: c.key, type: c.expr.type }));
        break;
      }
      case 'insert':
        sql = this.insert(node as Insert, ctx);
        statementKind = 'insert';
        break;
      case 'update':
        sql = this.update(node as Update, ctx);
        statementKind = 'update';
        break;
      case 'delete':
        sql = this.delete(node as Delete, ctx);
        statementKind = 'delete';
        break;
      case 'create-table':
        sql = this.createTable(node as CreateTable);
        statementKind = 'ddl';
        break;
      case 'drop-table':
        sql = this.dropTable(node as DropTable);
        statementKind = 'ddl';
        break;
      case 'create-index':
        sql = this.createIndex(node as CreateIndex);
        statementKind = 'ddl';
        break;
      case 'drop-index':
        sql = this.dropIndex(node as DropIndex);
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
    return { sql, params: ctx.params, columns, statementKind, dialect: this.dialect };
  }

  /** Whether `node` is a SELECT, for callers that need to know before compiling. */
  static isSelect(node: unknown): node is Select {
    return node instanceof Select;
  }
}
