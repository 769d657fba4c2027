/**
 * Functions SQLite leaves to its host: `REGEXP` (the `x REGEXP p` operator
 * calls `regexp(p, x)`, https://www.sqlite.org/lang_expr.html#regexp) and
 * `regexp_replace`, with JavaScript's regular expressions (compiled patterns
 * are kept, a bounded number, so a query over many rows compiles each once),
 * and `alkahest_lower`, the Unicode lower case ILIKE compares (SQLite's own
 * `lower()` folds ASCII only).
 */

/**
 * What registering the functions needs of a connection: better-sqlite3's
 * `Database.function()`. Declared here so that the public types need no
 * `@types/better-sqlite3` (a better-sqlite3 `Database` is one).
 */
export interface SqliteFunctionHost {
  function(name: string, options: { readonly deterministic?: boolean }, implementation: (...args: never[]) => unknown): unknown;
}

const MAX_PATTERNS = 100;

function compiler(flags: string): (pattern: string) => RegExp {
  const cache = new Map<string, RegExp>();
  return (pattern) => {
    let regex = cache.get(pattern);
    if (regex === undefined) {
      regex = new RegExp(pattern, flags);
      if (cache.size >= MAX_PATTERNS) cache.clear();
      cache.set(pattern, regex);
    }
    return regex;
  };
}

/** Characters whose JavaScript lower case is not the one-to-one mapping PostgreSQL's `lower()` gives. */
const NOT_SIMPLE = /[\u0130\u03a3]/g;
const SIMPLE_LOWER: Readonly<Record<string, string>> = { '\u0130': 'i', '\u03a3': '\u03c3' };

/**
 * Lower case by Unicode's simple (one character to one character) mapping,
 * as PostgreSQL's `lower()` and MariaDB's give: `toLowerCase()` with its two
 * exceptions taken back, the Turkish dotted capital I (`İ`, which it writes
 * as `i` and a combining dot) and the capital sigma at a word's end (`ς`).
 * `ß` stays `ß` (no one-character capital maps to `ss`); the capital `ẞ`
 * becomes `ß`.
 *
 * @example
 * ```ts
 * unicodeLower('ÉCOLE İSTANBUL ΟΔΟΣ'); // 'école istanbul οδοσ'
 * ```
 * @internal
 */
export function unicodeLower(value: string): string {
  return value.replace(NOT_SIMPLE, (c) => SIMPLE_LOWER[c]!).toLowerCase();
}

/**
 * Registers alkahest's functions on a better-sqlite3 connection: `regexp`,
 * `regexp_replace` and `alkahest_lower` (NULL in gives NULL out). The driver
 * does this for every connection it opens; a connection opened elsewhere
 * needs it to run SQL alkahest compiled for SQLite (REGEXP, ILIKE).
 *
 * @example
 * ```ts
 * import Database from 'better-sqlite3';
 *
 * const db = new Database('app.db');
 * registerSqliteFunctions(db);
 * const { sql, params } = sqliteDialect().compile(select(users.c.id).from(users).where(users.c.name.ilike('é%')));
 * db.prepare(sql).all(...params);
 * ```
 */
export function registerSqliteFunctions(db: SqliteFunctionHost): void {
  db.function('alkahest_lower', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? unicodeLower(value) : value));
  const match = compiler('u');
  const global = compiler('gu');
  db.function('regexp', { deterministic: true }, (pattern: unknown, value: unknown) => {
    if (pattern === null || value === null) return null;
    return match(String(pattern)).test(String(value)) ? 1 : 0;
  });
  db.function('regexp_replace', { deterministic: true }, (value: unknown, pattern: unknown, replacement: unknown) => {
    if (value === null || pattern === null || replacement === null) return null;
    return String(value).replace(global(String(pattern)), String(replacement));
  });
}
