/**
 * SQLite decimals: read at their declared scale (zeros added, floating-point
 * sums rounded half away from zero), and refused when bound if no double
 * holds them exactly.
 */
import { InvalidValueError, SqlType } from '@alkahest/core';
import { bindDecimal, readScaledDecimal } from '../src/numbers';

const money = new SqlType('numeric', { precision: 10, scale: 2 });
const whole = new SqlType('numeric', { precision: 20 });

describe('readScaledDecimal', () => {
  test.each([
    [14, '14.00'],
    [14n, '14.00'],
    [14.5, '14.50'],
    [-0.5, '-0.50'],
    [0.30000000000000004, '0.30'],
    [59.970000000000006, '59.97'],
    [14.005, '14.01'],
    [-14.005, '-14.01'],
    [-0.001, '0.00'],
    [0.995, '1.00'],
    [1e21, '1000000000000000000000.00'],
    [1.5e-7, '0.00'],
    ['14', '14.00'],
    ['.5', '0.50'],
    ['-3.14159', '-3.14'],
  ])('%p reads %p at scale 2', (value, expected) => {
    expect(readScaledDecimal(value, money)).toBe(expected);
  });

  test('numeric(p) is scale 0; an undeclared scale reads as SQLite gives it', () => {
    expect(readScaledDecimal(9007199254740993n, whole)).toBe('9007199254740993');
    expect(readScaledDecimal(2.5, whole)).toBe('3');
    expect(readScaledDecimal(14, new SqlType('numeric'))).toBe('14');
    expect(readScaledDecimal(14.5, new SqlType('numeric'))).toBe('14.5');
  });

  test('what is not a number passes unchanged', () => {
    expect(readScaledDecimal(Infinity, money)).toBe(Infinity);
    expect(readScaledDecimal('n/a', money)).toBe('n/a');
  });
});

describe('bindDecimal', () => {
  test('whole numbers within 64 bits are INTEGERs; others the double that holds them exactly', () => {
    expect(bindDecimal('9223372036854775807')).toBe(9223372036854775807n);
    expect(bindDecimal('14.00')).toBe(14n);
    expect(bindDecimal('0.1')).toBe(0.1);
    expect(bindDecimal('123456789012345.6')).toBe(123456789012345.6);
    expect(bindDecimal('1.5e300')).toBe(1.5e300);
  });

  test('a decimal no double holds exactly is refused', () => {
    expect(() => bindDecimal('1234567890.123456789')).toThrow(InvalidValueError);
    expect(() => bindDecimal('9223372036854775808')).toThrow(InvalidValueError);
    expect(() => bindDecimal('0.30000000000000004')).not.toThrow();
  });
});
