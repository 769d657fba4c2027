/**
 * Arithmetic over numbers, bigints and exact decimals: which operands it
 * takes (in the types, with a message a person can act on), which type its
 * result has, and the SQL type that result is read back with.
 *
 * The result follows the databases: any NUMERIC operand makes the result
 * NUMERIC (read as an exact decimal string); integers with integers stay
 * integers. Nullability is the union of the operands'.
 */
import { CompileError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import type { Decimal, InputOf, NumericValue } from '../types/decimal';
import type { Microseconds } from '../types/timestamp-micros';
import type { Bind, Expression, NullOf, Of } from './expression';
import type { Derived, SourcesOf } from './sources';

/** The value type of an operand: an expression's value, or the value itself. */
export type ValueOfOperand<R> = R extends { readonly __value: infer V } ? V : R;

/** True when `T` (without null) is a number, bigint or exact decimal. */
export type IsNumeric<T> = [NonNullable<T>] extends [never]
  ? false
  : [NonNullable<T>] extends [Microseconds]
    ? false
    : [NonNullable<T>] extends [NumericValue]
      ? true
      : false;

type Kind<T> =
  NonNullable<T> extends string
    ? 'a string (use a numeric() column, or cast())'
    : NonNullable<T> extends Date | Microseconds
      ? 'a timestamp (use dates.add() for date arithmetic)'
      : NonNullable<T> extends boolean
        ? 'a boolean'
        : 'not a number';

/** The message an arithmetic operator gives, as a type, when `this` is not numeric. */
export type ArithmeticError<Op extends string, T> = `${Op}() needs a numeric expression, and this one is ${Kind<T>}`;

/**
 * What arithmetic on a value of type `L` takes as its other operand: a
 * number, a bigint, a decimal string (when `L` is a decimal), or any numeric
 * expression.
 */
export type ArithmeticOperand<L, Op extends string> =
  IsNumeric<L> extends true ? InputOf<NonNullable<L>> | number | bigint | Of<NumericValue | null> : ArithmeticError<Op, L>;

/** The value type of `L op R`: a decimal when either side is one, else the left side's; NULL when either may be. */
export type ArithmeticValue<L, R> =
  | ([Extract<NonNullable<L> | NonNullable<ValueOfOperand<R>>, Decimal>] extends [never] ? NonNullable<L> : Decimal)
  | NullOf<L>
  | NullOf<ValueOfOperand<R>>;

/** The expression `L op R` gives, carrying the FROM names both sides read. */
export type Arithmetic<L, E, R> = Derived<ArithmeticValue<L, R>, SourcesOf<E> | SourcesOf<R>>;

/** Whether no database does arithmetic on values of a type (dates and times do take intervals and day counts on some). */
function isNoNumber(type: SqlType): boolean {
  switch (type.kind) {
    case 'text':
    case 'varchar':
    case 'char':
    case 'boolean':
    case 'json':
    case 'blob':
    case 'enum':
    case 'uuid':
      return true;
    case 'timestamp':
      // A bigint-mode timestamp is microseconds in JavaScript only: in SQL it is a timestamp.
      return type.options.mode === 'bigint';
    default:
      return false;
  }
}

/** Refuses arithmetic on a text, boolean, JSON, binary, enum or UUID operand, naming it. @internal */
export function checkArithmetic(op: string, operand: Expression): void {
  const type = operand.type;
  if (isNoNumber(type)) throw new CompileError(`${operatorNames[op] ?? op}() needs numeric operands, but ${operand.describe()} is ${type.describe()}`);
}
const operatorNames: Readonly<Record<string, string>> = { '+': 'plus', '-': 'minus', '*': 'times', '/': 'div', '//': 'floorDiv', '%': 'mod' };

/** Digits of the integer types, as a NUMERIC of scale 0 holds them. */
const integerDigits: Readonly<Record<string, number>> = { smallint: 5, integer: 10, bigint: 19 };

/**
 * The declared precision and scale of an operand, where its type says them:
 * an integer column or expression (scale 0), a NUMERIC with a precision
 * (`numeric(10, 2)`; `numeric(10)` is scale 0). A bound value has none: its
 * type is borrowed from the other side, and its own digits are not part of
 * the statement's shape.
 */
function digitsOf(e: Expression): { readonly precision: number; readonly scale: number } | undefined {
  if (e.kind === 'bind' || e.kind === 'param') return undefined;
  const whole = integerDigits[e.type.kind];
  if (whole !== undefined) return { precision: whole, scale: 0 };
  const { precision, scale } = e.type.options;
  if (e.type.kind !== 'numeric' || precision === undefined) return undefined;
  return { precision, scale: scale ?? 0 };
}

/** Result types of exact arithmetic, one object per precision and scale (a sum built for every statement makes no new type). */
const numericTypes = new Map<number, SqlType>();

function numericType(precision: number, scale: number): SqlType {
  const key = precision * 10_000 + scale;
  let type = numericTypes.get(key);
  if (type === undefined) {
    if (numericTypes.size >= 10_000) numericTypes.clear();
    type = new SqlType('numeric', { precision, scale });
    numericTypes.set(key, type);
  }
  return type;
}

/**
 * The SQL type of `left op right`, for reading the result: NUMERIC when
 * either side is NUMERIC, otherwise the left side's type. A sum, difference
 * or product of operands of declared scale has the scale PostgreSQL and
 * MySQL give it (`+` and `-`: the larger scale; `*`: the sum of the scales),
 * so `numeric(10, 2)` times an integer reads `'59.97'` with its two decimals
 * on every database; otherwise the NUMERIC has no declared scale.
 * @internal
 */
export function arithmeticType(left: Expression, right: Expression, op?: string): SqlType {
  const leftType = left.type;
  if (leftType.kind !== 'numeric' && right.type.kind !== 'numeric') return leftType;
  const l = op === undefined ? undefined : digitsOf(left);
  const r = l === undefined ? undefined : digitsOf(right);
  if (l === undefined || r === undefined) return builtinTypes.numeric;
  if (op === '*') return numericType(l.precision + r.precision, l.scale + r.scale);
  if (op !== '+' && op !== '-') return builtinTypes.numeric;
  const scale = Math.max(l.scale, r.scale);
  return numericType(Math.max(l.precision - l.scale, r.precision - r.scale) + 1 + scale, scale);
}

/**
 * The type of a CASE or COALESCE whose first result has `type`: a NUMERIC
 * keeps its declared scale only when every other result has the same (a
 * NULL aside). A bound `'0.255'` beside a `numeric(10, 2)` column has its
 * own digits, which PostgreSQL keeps, so the result then has no declared
 * scale and is read as the database gives it.
 * @internal
 */
export function sharedScale(type: SqlType, results: readonly Expression[]): SqlType {
  if (type.kind !== 'numeric' || type.options.precision === undefined) return type;
  const scale = type.options.scale ?? 0;
  for (const r of results) {
    if (r.kind === 'bind' && (r as Bind).value === null) continue;
    if (digitsOf(r)?.scale !== scale) return builtinTypes.numeric;
  }
  return type;
}
