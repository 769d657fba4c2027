/**
 * The result types of division (see compiler/division.ts for its SQL): true
 * division of two integers has a fraction, floor division of two integers
 * stays an integer.
 */
import type { Decimal } from '../types/decimal';
import { builtinTypes, SqlType } from '../types/sql-type';
import type { ValueOfOperand } from './arithmetic';
import type { NullOf } from './expression';
import type { Derived, SourcesOf } from './sources';

/** The value type of `L / R`: a decimal when either side is one, else a number (two integers divide truly); NULL when either may be. */
export type QuotientValue<L, R> =
  | ([Extract<NonNullable<L> | NonNullable<ValueOfOperand<R>>, Decimal>] extends [never] ? number : Decimal)
  | NullOf<L>
  | NullOf<ValueOfOperand<R>>;

/** The expression `L / R` gives, carrying the FROM names both sides read. */
export type Quotient<L, E, R> = Derived<QuotientValue<L, R>, SourcesOf<E> | SourcesOf<R>>;

const INTEGER_KINDS: ReadonlySet<string> = new Set(['integer', 'smallint', 'bigint']);

/** Whether values of the type are integers (INTEGER, SMALLINT, BIGINT). */
export function isIntegerType(type: SqlType): boolean {
  return INTEGER_KINDS.has(type.kind);
}

/** The type `left / right` is read back with: DOUBLE for two integers (the quotient has a fraction); undefined where other arithmetic's rule holds. */
export function divisionType(left: SqlType, right: SqlType): SqlType | undefined {
  return isIntegerType(left) && isIntegerType(right) ? builtinTypes.double : undefined;
}

/** The type `left // right` is read back with: the wider integer for two integers; undefined where other arithmetic's rule holds. */
export function floorDivisionType(left: SqlType, right: SqlType): SqlType | undefined {
  if (isIntegerType(left) && isIntegerType(right)) return right.kind === 'bigint' ? right : left;
  return undefined;
}

