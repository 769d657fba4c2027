/**
 * Counts the bind placeholders of compiled SQL, outside string literals,
 * quoted identifiers and comments, so that the golden harness can check that
 * every placeholder has its own value: `?` (SQLite, MySQL), `$n` (PostgreSQL)
 * and `:n` (Oracle), the numbered ones numbered 1..n in the order written.
 */
import type { DialectName } from './case';

/** The placeholders of `sql` in the order written: `?`, or the numbers of `$n` / `:n`. */
export function placeholdersOf(sql: string, dialect: DialectName): (number | '?')[] {
  const found: (number | '?')[] = [];
  const numbered = dialect === 'postgres' ? '$' : dialect === 'oracle' ? ':' : undefined;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      // A quoted run: a doubled quote stays inside (MySQL's backslash escapes are not produced by the compilers).
      i++;
      while (i < sql.length && !(sql[i] === ch && sql[i + 1] !== ch)) i += sql[i] === ch ? 2 : 1;
      i++;
      continue;
    }
    if (ch === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      continue;
    }
    if (numbered === undefined && ch === '?') found.push('?');
    if (numbered !== undefined && ch === numbered && /\d/.test(sql[i + 1] ?? '') && !/[\w$]/.test(sql[i - 1] ?? ' ')) {
      let j = i + 1;
      while (j < sql.length && /\d/.test(sql[j]!)) j++;
      found.push(Number(sql.slice(i + 1, j)));
      i = j;
      continue;
    }
    i++;
  }
  return found;
}

/**
 * Why the placeholders of `sql` do not match `params` (undefined when they do):
 * one placeholder per value, numbered 1..n where the dialect numbers them.
 */
export function placeholderMismatch(sql: string, params: readonly unknown[], dialect: DialectName): string | undefined {
  const found = placeholdersOf(sql, dialect);
  if (found.length !== params.length) return `${found.length} placeholders for ${params.length} values in ${sql}`;
  if (found.every((p) => p === '?')) return undefined;
  const numbers = (found as number[]).slice().sort((a, b) => a - b);
  if (numbers.some((n, k) => n !== k + 1)) return `placeholders ${found.join(', ')} are not numbered 1..${params.length} in ${sql}`;
  return undefined;
}
