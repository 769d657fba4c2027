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
import type { Expression, NullOf, Of } from './expression';
import type { Derived, SourcesOf } from './sources';

/** The value type of an operand: an expression's value, or the value itself. */
export type ValueOfOperand<R> = R extends { readonly __value: infer V } ? V : R;

/** True when `T` (without null) is a number, bigint or exact decimal. */
export type IsNumeric<T> = [NonNullable<T>] extends [never] ? false : [NonNullable<T>] extends [NumericValue] ? true : false;

type Kind<T> =
  NonNullable<T> extends string
    ? 'a string (use a numeric() column, or cast())'
    : NonNullable<T> extends Date
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

const numericKinds: ReadonlySet<string> = new Set(['numeric']);
/** Types no database does arithmetic on (dates and times do take intervals and day counts on some). */
const notNumbers: ReadonlySet<string> = new Set(['text', 'varchar', 'char', 'boolean', 'json', 'blob', 'enum', 'uuid']);

/** Refuses arithmetic on a text, boolean, JSON, binary, enum or UUID operand, naming it. @internal */
export function checkArithmetic(op: string, operand: Expression): void {
  if (notNumbers.has(operand.type.kind)) {
    throw new CompileError(`${operatorNames[op] ?? op}() needs numeric operands, but ${operand.describe()} is ${operand.type.describe()}`);
  }
}
const operatorNames: Readonly<Record<string, string>> = { '+': 'plus', '-': 'minus', '*': 'times', '/': 'div', '//': 'floorDiv', '%': 'mod' };

/**
 * The SQL type of `left op right`, for reading the result: NUMERIC when
 * either side is NUMERIC (without the column's scale: a product has more
 * digits), otherwise the left side's type.
 * @internal
 */
export function arithmeticType(left: Expression, right: Expression): SqlType {
  if (numericKinds.has(left.type.kind) || numericKinds.has(right.type.kind)) return builtinTypes.numeric;
  return left.type;
}
