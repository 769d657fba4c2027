/**
 * Oracle identifier rules.
 *
 * Oracle folds unquoted names to upper case, and a quoted name is stored
 * exactly as written (Oracle Database SQL Language Reference, "Database Object
 * Names and Qualifiers"). alkahest maps a name so that what users write in
 * `table()` is what they get:
 *
 * - an all-lower-case name (a letter, then letters, digits, `_`, `$`, `#`)
 *   that is not a reserved word is case-insensitive: it is written unquoted in
 *   upper case (`users` → `USERS`), the name Oracle itself would store, so raw
 *   SQL and other tools can use it without quotes;
 * - any other name (capitals, spaces, punctuation, reserved words) is quoted
 *   exactly as written (`userId` → `"userId"`, `order` → `"order"`);
 * - a name containing `"` is rejected: neither quoted nor unquoted Oracle
 *   identifiers may contain a double quotation mark (same section);
 * - a name longer than the limit in bytes (UTF-8) is rejected: 30 bytes before
 *   Oracle 12.2, 128 bytes from 12.2 on.
 */
import { checkIdentifier, InvalidIdentifierError } from '@alkahest/core/dialect';

/**
 * Oracle SQL reserved words (Oracle Database SQL Language Reference, Appendix D
 * "Oracle SQL Reserved Words"). Keywords that are not reserved (NAME, TYPE,
 * KEY …) may be used unquoted.
 *
 * @example
 * ```ts
 * ORACLE_RESERVED_WORDS.has('ORDER'); // true
 * ```
 */
export const ORACLE_RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'ACCESS ADD ALL ALTER AND ANY AS ASC AUDIT BETWEEN BY CHAR CHECK CLUSTER COLUMN COLUMN_VALUE COMMENT COMPRESS CONNECT ' +
    'CREATE CURRENT DATE DECIMAL DEFAULT DELETE DESC DISTINCT DROP ELSE EXCLUSIVE EXISTS FILE FLOAT FOR FROM GRANT GROUP ' +
    'HAVING IDENTIFIED IMMEDIATE IN INCREMENT INDEX INITIAL INSERT INTEGER INTERSECT INTO IS LEVEL LIKE LOCK LONG ' +
    'MAXEXTENTS MINUS MLSLABEL MODE MODIFY NESTED_TABLE_ID NOAUDIT NOCOMPRESS NOT NOWAIT NULL NUMBER OF OFFLINE ON ONLINE ' +
    'OPTION OR ORDER PCTFREE PRIOR PRIVILEGES PUBLIC RAW RENAME RESOURCE REVOKE ROW ROWID ROWNUM ROWS SELECT SESSION SET ' +
    'SHARE SIZE SMALLINT START SUCCESSFUL SYNONYM SYSDATE TABLE THEN TO TRIGGER UID UNION UNIQUE UPDATE USER VALIDATE ' +
    'VALUES VARCHAR VARCHAR2 VIEW WHENEVER WHERE WITH'
  ).split(' '),
);

/** A name Oracle treats as case-insensitive when written unquoted. */
const CASE_INSENSITIVE = /^[a-z][a-z0-9_$#]*$/;

/**
 * The identifier length limit in bytes: 30 before Oracle 12.2, 128 from 12.2.
 *
 * @example
 * ```ts
 * const limit: IdentifierByteLimit = 30;
 * ```
 */
export type IdentifierByteLimit = 30 | 128;

/**
 * The name Oracle stores for `name` under alkahest's rule: upper case for a
 * case-insensitive name, the name itself otherwise.
 *
 * @example
 * ```ts
 * storedName('users');  // 'USERS'
 * storedName('userId'); // 'userId'
 * ```
 */
export function storedName(name: string): string {
  return isCaseInsensitive(name) ? name.toUpperCase() : name;
}

/**
 * Whether `name` is written unquoted (all lower case, not reserved).
 *
 * @example
 * ```ts
 * isCaseInsensitive('users'); // true
 * isCaseInsensitive('order'); // false (reserved)
 * ```
 */
export function isCaseInsensitive(name: string): boolean {
  return CASE_INSENSITIVE.test(name) && !ORACLE_RESERVED_WORDS.has(name.toUpperCase());
}

/**
 * Renders one identifier for Oracle, or throws an {@link InvalidIdentifierError}
 * naming what is wrong.
 *
 * @example
 * ```ts
 * oracleIdentifier('users', 128);   // USERS
 * oracleIdentifier('userId', 128);  // "userId"
 * oracleIdentifier('order', 128);   // "order"   (reserved word)
 * oracleIdentifier('a"b', 128);     // throws InvalidIdentifierError
 * ```
 */
export function oracleIdentifier(name: string, maxBytes: IdentifierByteLimit): string {
  checkIdentifier(name);
  if (name.includes('"')) {
    throw new InvalidIdentifierError(`Oracle identifiers cannot contain a double quote: ${JSON.stringify(name)}`);
  }
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > maxBytes) {
    throw new InvalidIdentifierError(
      `Oracle identifier ${JSON.stringify(name)} is ${bytes} bytes long; the limit is ${maxBytes} bytes` +
        (maxBytes === 30 ? ' (before Oracle 12.2)' : ''),
    );
  }
  return isCaseInsensitive(name) ? name.toUpperCase() : `"${name}"`;
}
