/**
 * Typed literals on Oracle (`literal()`): dates and timestamps as ANSI
 * literals (no NLS setting reads them), floats as BINARY_DOUBLE / BINARY_FLOAT
 * literals (`1.5E+0D`: a NUMBER literal stops at 1E126), and the limits of
 * Oracle's literals: a string literal holds 4,000 bytes (ORA-01704), so longer
 * text is written as CLOB pieces joined with `||`; a RAW literal 2,000 bytes,
 * so a longer BLOB is refused.
 */
import { SqlType, typeOfValue, UnsupportedFeatureError } from '@alkahest/core/dialect';

/** Bytes in one Oracle string literal (SQL Language Reference, "Text Literals"). */
export const MAX_LITERAL_BYTES = 4000;
/** Bytes of a RAW written as HEXTORAW('…') (its hex text is one string literal). */
export const MAX_RAW_LITERAL_BYTES = MAX_LITERAL_BYTES / 2;

/** What the Oracle compiler lends the literal writers. */
export interface LiteralHost {
  readonly dialect: string;
  readonly features: { readonly nativeJson: boolean };
  stringLiteral(text: string): string;
  toDriver(value: unknown, type: SqlType): unknown;
}

/**
 * The literal of a value Oracle writes its own way, or `undefined` for the
 * portable form (`CAST('…' AS type)`, see `BaseCompiler.typedLiteral`).
 */
export function oracleLiteral(c: LiteralHost, value: unknown, type: SqlType): string | undefined {
  const kind = typeOfValue(value, type).kind;
  // Converted as a bound value is: the checks of its codec (a non-finite float is refused) apply.
  const driverValue = c.toDriver(value, type);
  if (kind === 'real' || kind === 'double') {
    const number = value as number;
    const text = Math.abs(number).toExponential().toUpperCase();
    return `${number < 0 || Object.is(number, -0) ? '-' : ''}${text}${kind === 'real' ? 'F' : 'D'}`;
  }
  if (kind === 'blob') {
    if ((value as Uint8Array).length > MAX_RAW_LITERAL_BYTES) {
      throw new UnsupportedFeatureError(`a ${type.describe()} literal over ${MAX_RAW_LITERAL_BYTES} bytes`, c.dialect, 'a RAW literal holds 2,000 bytes; bind the value with val()');
    }
    return undefined;
  }
  if (typeof driverValue !== 'string' || Buffer.byteLength(driverValue, 'utf8') <= MAX_LITERAL_BYTES) return undefined;
  if (type.options.custom === undefined && (kind === 'text' || (kind === 'json' && !c.features.nativeJson))) return clobLiteral(c, driverValue);
  throw new UnsupportedFeatureError(`a ${type.describe()} literal over ${MAX_LITERAL_BYTES} bytes`, c.dialect, 'a string literal holds 4,000 bytes; use a text() type, or bind the value with val()');
}

/** Text over 4,000 bytes as `(TO_CLOB('…') || TO_CLOB('…') …)`, each piece a literal of at most 4,000 bytes. */
function clobLiteral(c: LiteralHost, text: string): string {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code >= 0x10000 ? 2 : 1;
    // A quote is written twice: count it as two bytes, so no written piece passes the limit.
    const cost = code === 0x27 ? 2 : width;
    if (bytes + cost > MAX_LITERAL_BYTES) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += cost;
    i += units;
  }
  pieces.push(text.slice(start));
  return `(${pieces.map((p) => `TO_CLOB(${c.stringLiteral(p)})`).join(' || ')})`;
}
