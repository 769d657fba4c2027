/**
 * Oracle DDL pieces: the PL/SQL wrappers that emulate `IF [NOT] EXISTS`
 * before 23ai. (Type names are in type-compiler.ts.)
 */

/** Oracle error numbers the DDL emulations swallow. */
export const ORA = {
  /** ORA-00955: name is already used by an existing object. */
  nameInUse: 955,
  /** ORA-00942: table or view does not exist. */
  noTable: 942,
  /** ORA-01418: specified index does not exist. */
  noIndex: 1418,
  /** ORA-02289: sequence does not exist. */
  noSequence: 2289,
} as const;

/** `EXECUTE IMMEDIATE '…';` for one DDL statement (quotes doubled). */
export function executeImmediate(sql: string, stringLiteral: (text: string) => string): string {
  return `EXECUTE IMMEDIATE ${stringLiteral(sql)};`;
}

/**
 * A PL/SQL block running `statements` and ignoring the Oracle error `code`
 * (as SQLCODE, negative), the pre-23ai way to say IF [NOT] EXISTS.
 *
 * @example
 * ```ts
 * ignoringError(["EXECUTE IMMEDIATE 'DROP TABLE T';"], 942)
 * // BEGIN EXECUTE IMMEDIATE 'DROP TABLE T'; EXCEPTION WHEN OTHERS THEN IF SQLCODE != -942 THEN RAISE; END IF; END;
 * ```
 */
export function ignoringError(statements: readonly string[], code: number): string {
  return `BEGIN ${statements.join(' ')} EXCEPTION WHEN OTHERS THEN IF SQLCODE != -${code} THEN RAISE; END IF; END;`;
}

/** A PL/SQL block running `statements` in order. */
export function plsqlBlock(statements: readonly string[]): string {
  return `BEGIN ${statements.join(' ')} END;`;
}
