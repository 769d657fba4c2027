/**
 * The first layer of the MySQL / MariaDB compiler: the flavour and the
 * settings it decides, backtick-quoted names, string literals that read the
 * same in every sql_mode, and binds cast to exact types. The layers above:
 * expression-compiler.ts, query-compiler.ts, dml-compiler.ts, compiler.ts.
 */
import { checkIdentifier, CompileContext, SqlCompiler, SqlType } from '@alkahest/core/dialect';
import { mysqlCodecs } from './codecs';
import { boundDecimalType } from './decimals';
import type { MysqlDialectOptions, MysqlFlavor } from './flavor';
import { MysqlTypeCompiler } from './type-compiler';

/** MySQL's flavour, identifiers, literals and binds: a layer of `MysqlCompiler` (compiler.ts). */
export abstract class MysqlBaseCompiler extends SqlCompiler {
  readonly dialect = 'mysql';
  readonly codecs = mysqlCodecs;
  readonly flavor: MysqlFlavor;
  readonly types: MysqlTypeCompiler;

  constructor(options: MysqlDialectOptions = {}) {
    super();
    this.flavor = options.flavor ?? 'mysql';
    this.types = new MysqlTypeCompiler(this.flavor, (text) => this.stringLiteral(text));
  }

  /** MySQL and MariaDB store finite floats only: Infinity and NaN are refused when compiled. */
  override storesNonFinite(value: number): boolean {
    void value;
    return false;
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
}
