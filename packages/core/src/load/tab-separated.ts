/**
 * The tab-separated text both bulk-load paths stream to the server
 * (PostgreSQL's `COPY … FROM STDIN` text format, MySQL/MariaDB's
 * `LOAD DATA LOCAL INFILE`): one line per row, fields separated by a tab,
 * NULL written `\N`, and in a field the characters that could end a field or
 * a line early escaped with a backslash. The formats differ only in which
 * characters they escape and how they write booleans and bytes.
 */
import { AlkahestError } from '../errors';

/** What one server's tab-separated format writes its own way. */
export interface TabSeparatedFormat {
  /** The statement, for messages (`COPY`, `LOAD DATA`). */
  readonly statement: string;
  /** The characters escaped in a field, each with its escape. */
  readonly escapes: Readonly<Record<string, string>>;
  /** How true and false are written. */
  readonly booleans: readonly [whenTrue: string, whenFalse: string];
  /** How bytes are written, given their hex digits. */
  bytes(hex: string): string;
}

/** The field and line writers of one format. */
export interface TabSeparatedWriter {
  /** One value (already converted by the codecs) as a field. */
  field(value: unknown): string;
  /** Rows as lines, each ended by a newline. */
  lines(rows: readonly (readonly unknown[])[]): string;
}

/**
 * The writers of a tab-separated format. Values arrive converted by the
 * dialect's codecs (text for exact numbers, dates and JSON), as they would
 * be bound; any other kind is refused rather than guessed at.
 *
 * @example
 * ```ts
 * const copy = tabSeparated({ statement: 'COPY', escapes: { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }, booleans: ['t', 'f'], bytes: (hex) => `\\\\x${hex}` });
 * copy.lines([[1, 'a\tb'], [2, null]]); // '1\ta\\tb\n2\t\\N\n'
 * ```
 */
export function tabSeparated(format: TabSeparatedFormat): TabSeparatedWriter {
  const chars = Object.keys(format.escapes)
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');
  const hasSpecial = new RegExp(`[${chars}]`);
  const special = new RegExp(`[${chars}]`, 'g');
  const escape = (c: string): string => format.escapes[c]!;
  const [whenTrue, whenFalse] = format.booleans;
  const field = (value: unknown): string => {
    if (value === null) return '\\N';
    switch (typeof value) {
      case 'string':
        return hasSpecial.test(value) ? value.replace(special, escape) : value;
      case 'number':
      case 'bigint':
        return String(value);
      case 'boolean':
        return value ? whenTrue : whenFalse;
      default:
        if (value instanceof Uint8Array) return format.bytes(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex'));
        throw new AlkahestError(`${format.statement} cannot write ${value instanceof Date ? 'a Date' : `a ${typeof value}`} value: it was not converted by a codec`);
    }
  };
  const lines = (rows: readonly (readonly unknown[])[]): string => {
    let out = '';
    for (const row of rows) {
      for (let i = 0; i < row.length; i++) {
        if (i > 0) out += '\t';
        out += field(row[i]);
      }
      out += '\n';
    }
    return out;
  };
  return { field, lines };
}
