/**
 * The one meaning of a LIKE pattern (see docs/values.md): `%` any run of
 * characters, `_` one character, and the escape character (backslash unless
 * another is given) before `%`, `_` or itself. An escape before anything else
 * means a different thing on each database (PostgreSQL and MySQL drop it,
 * Oracle raises ORA-01424), so a bound pattern with one is refused.
 */
import { InvalidValueError } from '../errors';

/** The escape character of a LIKE without an `escape` option. */
export const DEFAULT_LIKE_ESCAPE = '\\';

/**
 * Throws an {@link InvalidValueError} when the escape character in `pattern`
 * is not followed by `%`, `_` or itself.
 *
 * @example
 * ```ts
 * checkLikePattern('100\\%', '\\');   // fine: a literal 100%
 * checkLikePattern('C:\\dir', '\\');  // throws: write C:\\\\dir for a backslash
 * ```
 */
export function checkLikePattern(pattern: string, escape: string): void {
  // Most patterns hold no escape character at all: nothing to check, nothing to split.
  if (!pattern.includes(escape)) return;
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== escape) continue;
    const next = chars[i + 1];
    if (next === '%' || next === '_' || next === escape) {
      i++;
      continue;
    }
    const what = next === undefined ? 'ends the pattern' : `is followed by ${JSON.stringify(next)}`;
    throw new InvalidValueError(
      `LIKE pattern ${JSON.stringify(pattern)}: the escape character ${JSON.stringify(escape)} ${what}; it may only precede %, _ or itself (write it twice for the character itself)`,
    );
  }
}
