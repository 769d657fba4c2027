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
 */

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
  return Number(value);
}
