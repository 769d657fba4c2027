/**
 * The exact type a bound decimal is cast to on MySQL/MariaDB. Casting it to
 * the type of the column it meets (DECIMAL(15, 2)) would round the value to
 * that column's scale before the comparison or the arithmetic: 0.049 became
 * 0.05 and `SUM(q) * 0.0001` became 0. The cast keeps as many fraction digits
 * as DECIMAL can (30, MySQL's largest scale) while leaving room for the
 * column's integer digits (65 in all).
 */
import type { SqlType } from '@alkahest/core/dialect';

/** MySQL's largest DECIMAL precision and scale (Reference Manual, "Fixed-Point Types"). */
const MAX_PRECISION = 65;
const MAX_SCALE = 30;

/**
 * `DECIMAL(65, s)`: s is 30 unless the type met needs more than 35 integer
 * digits (a DECIMAL(38, 0) key leaves 27).
 *
 * @example
 * ```ts
 * boundDecimalType(new SqlType('numeric', { precision: 15, scale: 2 })); // 'DECIMAL(65, 30)'
 * boundDecimalType(new SqlType('numeric', { precision: 38, scale: 0 })); // 'DECIMAL(65, 27)'
 * ```
 */
export function boundDecimalType(type: SqlType): string {
  const { precision, scale = 0 } = type.options;
  const integerDigits = precision === undefined ? 0 : Math.max(precision - scale, 0);
  return `DECIMAL(${MAX_PRECISION}, ${Math.min(MAX_SCALE, MAX_PRECISION - integerDigits)})`;
}
