/**
 * SQL text with values written inline: for reading, never for running.
 */

/**
 * A statement printed with its values as literals, by
 * {@link SqlCompiler.printSql}. It is not a statement: the engine refuses
 * it, and `sql\`\`` cannot embed it.
 *
 * @example
 * ```ts
 * console.log(String(compiler.printSql(query)));
 * ```
 */
export class PrintedSql {
  readonly kind = 'printed-sql';
  /** Always true: this text is for people, not for a database. */
  readonly notForExecution = true;
  constructor(
    readonly text: string,
    readonly dialect: string,
  ) {}
  toString(): string {
    return this.text;
  }
}
