/**
 * What SQLite keeps only in the CREATE TABLE text it stores: constraint
 * names, CHECK conditions, and the parts of an expression index.
 */
import { splitTopLevel } from '@alkahest/core/dialect';

/** A table-level constraint read from CREATE TABLE. */
export interface ParsedConstraint {
  readonly name?: string;
  readonly kind: 'primary-key' | 'unique' | 'foreign-key' | 'check';
  /** Column names (keys), or the CHECK condition. */
  readonly columns: readonly string[];
  readonly check?: string;
}

const NAME = String.raw`("(?:[^"]|"")+"|\x60(?:[^\x60]|\x60\x60)+\x60|\[[^\]]+\]|[A-Za-z_][A-Za-z0-9_$]*)`;

/** An identifier as written, unquoted. */
export function unquote(name: string): string {
  const t = name.trim();
  if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  if (t.startsWith('`')) return t.slice(1, -1).replace(/``/g, '`');
  if (t.startsWith('[')) return t.slice(1, -1);
  return t;
}

/** The text between the first `(` and its matching `)`, and what follows it. */
export function parenthesized(text: string, from = 0): { inner: string; end: number } | undefined {
  const open = text.indexOf('(', from);
  if (open < 0) return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
  }
  return undefined;
}

function names(list: string): string[] {
  return splitTopLevel(list).map((n) => unquote(n.replace(/\s+(ASC|DESC)$/i, '').replace(/\s+COLLATE\s+\S+$/i, '')));
}

/**
 * The table-level constraints of a CREATE TABLE statement, and the CHECKs
 * written on its columns.
 *
 * @example
 * ```ts
 * parseConstraints('CREATE TABLE t (a INT, CONSTRAINT "ck_a" CHECK (a > 0))');
 * // [{ name: 'ck_a', kind: 'check', columns: [], check: 'a > 0' }]
 * ```
 */
export function parseConstraints(createSql: string): ParsedConstraint[] {
  const body = parenthesized(createSql);
  if (body === undefined) return [];
  const out: ParsedConstraint[] = [];
  for (const part of splitTopLevel(body.inner)) {
    const named = new RegExp(`^CONSTRAINT\\s+${NAME}\\s+`, 'i').exec(part);
    const name = named ? unquote(named[1]!) : undefined;
    const rest = named ? part.slice(named[0].length) : part;
    const keyword = /^(PRIMARY\s+KEY|UNIQUE|FOREIGN\s+KEY|CHECK)\b/i.exec(rest)?.[1]?.toUpperCase().replace(/\s+/g, ' ');
    const list = parenthesized(rest)?.inner ?? '';
    const base = name === undefined ? {} : { name };
    if (keyword === 'PRIMARY KEY') out.push({ ...base, kind: 'primary-key', columns: names(list) });
    else if (keyword === 'UNIQUE') out.push({ ...base, kind: 'unique', columns: names(list) });
    else if (keyword === 'FOREIGN KEY') out.push({ ...base, kind: 'foreign-key', columns: names(list) });
    else if (keyword === 'CHECK') out.push({ ...base, kind: 'check', columns: [], check: list.trim() });
    else {
      // A column definition: CHECKs written on it.
      let at = 0;
      for (;;) {
        const found = /\b(?:CONSTRAINT\s+("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)\s+)?CHECK\s*\(/i.exec(part.slice(at));
        if (!found) break;
        const start = at + found.index;
        const inner = parenthesized(part, start + found[0].length - 1);
        if (!inner) break;
        out.push({ ...(found[1] === undefined ? {} : { name: unquote(found[1]) }), kind: 'check', columns: [], check: inner.inner.trim() });
        at = inner.end;
      }
    }
  }
  return out;
}

/** The parts of `CREATE INDEX … ON t (a, lower(b))`, as written. */
export function indexParts(createIndexSql: string): string[] {
  const on = /\bON\s+/i.exec(createIndexSql);
  const list = on ? parenthesized(createIndexSql, on.index) : undefined;
  return list === undefined ? [] : splitTopLevel(list.inner);
}
