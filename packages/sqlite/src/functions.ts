/**
 * Functions SQLite leaves to its host: `REGEXP` (the `x REGEXP p` operator
 * calls `regexp(p, x)`, https://www.sqlite.org/lang_expr.html#regexp) and
 * `regexp_replace`, with JavaScript's regular expressions. Compiled patterns
 * are kept, a bounded number, so a query over many rows compiles each once.
 */
import type BetterSqlite3 from 'better-sqlite3';

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

/** Registers `regexp` and `regexp_replace` on a connection; NULL in gives NULL out. */
export function registerSqliteFunctions(db: BetterSqlite3.Database): void {
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
