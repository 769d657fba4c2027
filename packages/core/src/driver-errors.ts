/**
 * What a driver author needs to turn a driver's error into a typed
 * `DatabaseError`: its SQLSTATE, and its message without the values a
 * database quotes in it.
 */

/**
 * What a driver reads from one of its errors besides its kind: the SQLSTATE
 * it reports (when specific) and its message with every quoted value
 * withheld.
 */
export interface DriverErrorDetails {
  readonly sqlState?: string | undefined;
  readonly message?: string | undefined;
}

/** What stands where a database's message quoted a value. */
export const WITHHELD = '(value withheld)';

/**
 * Replaces what each pattern's capture group 1 matched (a quoted value in a
 * database's message) by {@link WITHHELD}. Patterns must be global.
 *
 * @example
 * ```ts
 * withholdValues("Duplicate entry 'ada@example.com' for key 'email'", [/entry ('(?:[^'\\]|\\.)*')/g])
 * // "Duplicate entry (value withheld) for key 'email'"
 * ```
 */
export function withholdValues(message: string, patterns: readonly RegExp[]): string {
  let out = message;
  for (const pattern of patterns) {
    out = out.replace(pattern, (whole: string, quoted: string | undefined) => (quoted === undefined ? whole : whole.replace(quoted, WITHHELD)));
  }
  return out;
}
