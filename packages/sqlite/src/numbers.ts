/**
 * How numbers are bound for SQLite. better-sqlite3 binds every JavaScript
 * number as a REAL (a double), and alkahest's decimals are strings, which
 * SQLite binds as TEXT. A REAL turns integer arithmetic into floating point
 * (`big - 1` loses digits past 2^53); a TEXT compared with a value that has
 * no column affinity (an aggregate, an arithmetic result) is "greater than
 * any number" (SQLite, Datatypes, "Comparison Expressions"), so
 * `HAVING SUM(x) > '250'` is never true. Integers are therefore bound as
 * 64-bit INTEGERs, and decimals as numbers: an INTEGER when whole and within
 * 64 bits, else the nearest REAL — the value SQLite itself makes of decimal
 * text stored in a NUMERIC column (Datatypes, "Type Affinity"), so what is
 * stored does not change, and comparisons and arithmetic are numeric.
 *
 * A REAL keeps 15 to 17 significant digits: a decimal that no double holds
 * exactly as written (`'1234567890.123456789'`, or a whole number past 64
 * bits) is refused with an InvalidValueError rather than rounded, so what
 * is read back is what was written. Decimals are read back at their
 * declared scale (`numeric(10, 2)` holding 14 reads `'14.00'`, as on
 * PostgreSQL and MariaDB): see {@link readScaledDecimal}.
 */
import { InvalidValueError } from '@alkahest/core/dialect';
import type { SqlType } from '@alkahest/core/dialect';

const MIN_INT64 = -(2n ** 63n);
const MAX_INT64 = 2n ** 63n - 1n;
const DECIMAL_PARTS = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

function fitsInt64(value: bigint): boolean {
  return value >= MIN_INT64 && value <= MAX_INT64;
}

/** An integer value as a 64-bit INTEGER (a JavaScript number would be bound as REAL). */
export function bindInteger(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    const exact = BigInt(value);
    return fitsInt64(exact) ? exact : value;
  }
  return value;
}

/** A decimal as an INTEGER when it is a whole number within 64 bits, else as the nearest REAL. */
export function bindDecimal(value: unknown): unknown {
  if (typeof value === 'bigint') return fitsInt64(value) ? value : Number(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (typeof value !== 'string') return value;
  const parts = DECIMAL_PARTS.exec(value.trim());
  if (parts === null) return value;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = parts;
  // value = ±digits × 10^scale, with no leading or trailing zeros in digits.
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  let scale = Number(exponent) - fraction.length;
  const trimmed = digits.replace(/0+$/, '');
  scale += digits.length - trimmed.length;
  digits = trimmed;
  if (digits === '') return 0n;
  if (scale >= 0 && digits.length + scale <= 19) {
    const exact = BigInt(`${sign === '-' ? '-' : ''}${digits}${'0'.repeat(scale)}`);
    if (fitsInt64(exact)) return exact;
  }
  const double = Number(value);
  if (!sameDecimal(String(double), value.trim())) {
    throw new InvalidValueError(
      `${value}: SQLite stores a decimal as a 64-bit integer or a double, and no double holds it exactly (it would be ${String(double)}); keep decimals to 15 significant digits on SQLite`,
    );
  }
  return double;
}

/** A decimal written as sign, digits without leading or trailing zeros, and the power of ten they are multiplied by. */
function canonical(text: string): string | undefined {
  const parts = DECIMAL_PARTS.exec(text);
  if (parts === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = parts;
  const all = `${whole}${fraction}`;
  const digits = all.replace(/^0+/, '').replace(/0+$/, '');
  if (digits === '') return '0';
  const trailing = all.replace(/0+$/, '').length;
  // The power of ten of the last significant digit.
  const power = Number(exponent) + whole.length - trailing;
  return `${sign === '-' ? '-' : ''}${digits}e${power}`;
}

function sameDecimal(a: string, b: string): boolean {
  const x = canonical(a);
  return x !== undefined && x === canonical(b);
}

/** Plain decimal digits of a finite double's shortest form (no exponent). */
function plainText(value: number): string {
  const text = String(value);
  const parts = DECIMAL_PARTS.exec(text);
  if (parts === null || parts[4] === undefined) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = parts;
  const digits = `${whole}${fraction}`;
  const point = whole.length + Number(exponent);
  const body =
    point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? `${digits}${'0'.repeat(point - digits.length)}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${sign}${body}`;
}

/** `text` (plain decimal digits) with exactly `scale` decimals: zeros added, or digits rounded half away from zero. */
function atScale(text: string, scale: number): string {
  const negative = text.startsWith('-');
  const [digitsBefore = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const whole = digitsBefore === '' ? '0' : digitsBefore;
  if (fraction.length <= scale) return `${negative ? '-' : ''}${whole}${scale === 0 ? '' : `.${fraction.padEnd(scale, '0')}`}`;
  let digits = BigInt(`${whole}${fraction.slice(0, scale)}`);
  if (fraction.charCodeAt(scale) >= 53 /* '5' */) digits += 1n;
  const all = digits.toString().padStart(scale + 1, '0');
  const rounded = scale === 0 ? all : `${all.slice(0, all.length - scale)}.${all.slice(all.length - scale)}`;
  return `${negative && digits !== 0n ? '-' : ''}${rounded}`;
}

/** A double's shortest decimal form at `scale` decimals; the common cases (no exponent, no rounding) without parsing. */
function numberAtScale(value: number, scale: number): string {
  const text = String(value);
  if (text.includes('e')) return atScale(plainText(value), scale);
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  if (decimals === scale) return text;
  if (decimals > scale) return atScale(text, scale);
  return dot < 0 ? `${text}.${'0'.repeat(scale)}` : `${text}${'0'.repeat(scale - decimals)}`;
}

/**
 * Reads a decimal at its type's declared scale. SQLite keeps no scale: 14
 * in a `numeric(10, 2)` column is the INTEGER 14, and a sum of such values
 * is computed in floating point (0.1 + 0.2 is 0.30000000000000004). The
 * value is given the declared number of decimals, as PostgreSQL and MariaDB
 * give it: zeros are added, and further digits rounded half away from zero
 * (PostgreSQL rounds a value to its column's scale when it stores it; SQLite
 * stores it as given). Without a declared scale (a quotient, an average, a
 * CASE whose branches differ in scale) the value is read as SQLite gives it
 * (`'14'`, `'14.5'`).
 *
 * @example
 * ```ts
 * readScaledDecimal(14n, new SqlType('numeric', { precision: 10, scale: 2 })); // '14.00'
 * readScaledDecimal(0.30000000000000004, new SqlType('numeric', { precision: 10, scale: 2 })); // '0.30'
 * ```
 * @internal
 */
export function readScaledDecimal(value: unknown, type: SqlType): unknown {
  const scale = type.options.scale ?? (type.options.precision === undefined ? undefined : 0);
  if (scale === undefined) return typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;
  if (typeof value === 'bigint') return scale === 0 ? value.toString() : `${value}.${'0'.repeat(scale)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? numberAtScale(value, scale) : value;
  // Text SQLite could not read as a number (stored by other means): as it is, unless plain decimal digits.
  return typeof value === 'string' && /^-?\d*\.?\d*$/.test(value) && /\d/.test(value) ? atScale(value, scale) : value;
}
