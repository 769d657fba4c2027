/**
 * Numbered placeholders (`$1`, `:1`) made once: a statement of thousands of
 * values (a multi-row INSERT) writes each placeholder as a string already
 * made rather than formatting its number again.
 */

/** How many numbered placeholders are made ahead; past this, each is formatted when asked for. */
const MADE_AHEAD = 1024;

/**
 * The placeholders `prefix` + 0 … `prefix` + 1023, indexed by number.
 *
 * @example
 * ```ts
 * const DOLLAR = numberedPlaceholders('$');
 * const placeholder = (index: number) => DOLLAR[index] ?? `$${index}`;
 * placeholder(3); // '$3'
 * ```
 */
export function numberedPlaceholders(prefix: string): readonly string[] {
  return Array.from({ length: MADE_AHEAD }, (_, i) => `${prefix}${i}`);
}
