/**
 * The PostgreSQL compiler.
 */
import { CompileContext, Column, Expression, Like, Param, SqlCompiler, SqlType } from '@alkahest/core';
import { postgresCodecs } from './codecs';

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
  readonly dialect = 'postgres';
  readonly codecs = postgresCodecs;

  override placeholder(index: number): string {
    return `$${index}`;
  }

  /** A list parameter is one array value: `x = ANY($1)`, one statement for every length. */
  override listParamIn(operand: Expression, list: Param, negated: boolean, ctx: CompileContext): string {
    ctx.pendingSource = { from: 'param', name: list.name, type: list.type, array: true };
    const placeholder = this.bind(undefined, list.type, ctx);
    return `${this.operand(operand, ctx)} ${negated ? '<> ALL' : '= ANY'}(${placeholder})`;
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

  override bytesLiteral(value: Uint8Array): string {
    return `decode('${Buffer.from(value).toString('hex')}', 'hex')`;
  }

  override timestampLiteral(value: Date): string {
    return `TIMESTAMPTZ '${value.toISOString()}'`;
  }

  override columnType(type: SqlType, column: Column): string {
    switch (type.kind) {
      case 'json':
        return 'JSONB';
      case 'blob':
        return 'BYTEA';
      case 'timestamp':
        return type.options.withTimeZone ? 'TIMESTAMPTZ' : 'TIMESTAMP';
      default:
        return super.columnType(type, column);
    }
  }
}
