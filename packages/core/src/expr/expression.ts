/**
 * The immutable expression tree.
 *
 * Every node is a plain, frozen-in-spirit object with a `kind`; builders
 * return new nodes and never change one. The compiler of each dialect visits
 * nodes by `kind`. Methods on {@link Expression} are only sugar that builds
 * nodes, so a tree can be cached, shared and compiled for any dialect.
 */
import { CompileError, InvalidValueError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import { checkBindValue, ValuePlace } from '../types/validate';
import { checkLikePattern, DEFAULT_LIKE_ESCAPE } from './like-pattern';
import type { ExpressionKind, NodeKind } from './node-kinds';
import type { InputOf, NumericValue } from '../types/decimal';
import { Arithmetic, ArithmeticOperand, arithmeticType, checkArithmetic, IsNumeric } from './arithmetic';
import type { Derived, SourcesOf } from './sources';
import { divisionType, floorDivisionType, Quotient } from './division-types';

/** `null` when `T` admits null, otherwise `never`: carries nullability through operators. */
export type NullOf<T> = null extends T ? null : never;

/**
 * An expression whose value type is inferred from its phantom `__value` alone.
 * Generic operators take `Of<N>` rather than `Expression<N>`: inferring from the
 * whole class would also pick up `null` from parameters such as `eq(null)`.
 */
export type Of<T> = Expression<unknown> & { readonly __value: T };

/**
 * A value or an expression of the same type, as accepted by operators. A
 * numeric type takes any numeric expression (an integer column compared with
 * a decimal one) and, for a decimal, any decimal string, number or bigint.
 */
export type Operand<T> =
  | InputOf<NonNullable<T>>
  | Expression<T>
  | Expression<NonNullable<T>>
  | Expression<T | null>
  | (IsNumeric<T> extends true ? Expression<NumericValue | null> : never);

/** Anything a statement may hold as a node. */
export interface Node {
  readonly kind: NodeKind;
}

/** Where a statement used as a subquery (IN, EXISTS, FROM) comes from; implemented by SELECT. */
export interface SubqueryNode extends Node {
  readonly kind: 'select' | 'compound';
}

/** What expression.ts needs of a named parameter (param.ts), without importing it. */
interface ParamLike {
  typedLike(other: Expression): Expression;
  asList(): ParamLike;
}

/** A named parameter standing for a list: `x IN (:ids)`. */
export type ListParam = Expression & { readonly kind: 'param' };

/** A binary operator that compares or computes. */
/** `//` is floor division, written out per dialect (see compiler/division.ts). */
export type BinaryOperator = '=' | '<>' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '//' | '%';

/**
 * A SQL expression whose value is of JavaScript type `T` (including `null`
 * when the expression can be NULL).
 *
 * @example
 * ```ts
 * users.c.age.gt(25)                       // "users"."age" > ?
 * users.c.name.concat(' (', users.c.email, ')')
 * users.c.age.plus(1).as('nextAge')
 * ```
 */
export abstract class Expression<T = unknown> implements Node {
  /** Phantom: the JavaScript type of the value. Never set at run time. */
  declare readonly __value: T;
  abstract readonly kind: ExpressionKind;
  /** The SQL type, used to convert bound values and result values. */
  abstract readonly type: SqlType;

  /** A short description for error messages (a column's qualified name, for example). */
  describe(): string {
    return `${this.kind} expression`;
  }

  /** `this = other`; comparing with `null` gives `IS NULL`. */
  eq(other: Operand<T> | null): Expression<boolean> {
    if (other === null) return new IsNull(this, false);
    return new Binary<boolean>('=', this, operand(other, this), builtinTypes.boolean);
  }
  /** `this <> other`; comparing with `null` gives `IS NOT NULL`. */
  ne(other: Operand<T> | null): Expression<boolean> {
    if (other === null) return new IsNull(this, true);
    return new Binary<boolean>('<>', this, operand(other, this), builtinTypes.boolean);
  }
  /** `this < other` */
  lt(other: Operand<T>): Expression<boolean> {
    return new Binary<boolean>('<', this, operand(other, this), builtinTypes.boolean);
  }
  /** `this <= other` */
  lte(other: Operand<T>): Expression<boolean> {
    return new Binary<boolean>('<=', this, operand(other, this), builtinTypes.boolean);
  }
  /** `this > other` */
  gt(other: Operand<T>): Expression<boolean> {
    return new Binary<boolean>('>', this, operand(other, this), builtinTypes.boolean);
  }
  /** `this >= other` */
  gte(other: Operand<T>): Expression<boolean> {
    return new Binary<boolean>('>=', this, operand(other, this), builtinTypes.boolean);
  }
  /** `this IS NULL` */
  isNull(): Expression<boolean> {
    return new IsNull(this, false);
  }
  /** `this IS NOT NULL` */
  isNotNull(): Expression<boolean> {
    return new IsNull(this, true);
  }
  /**
   * `this IN (…)` over a list of values or expressions, or a subquery.
   * An empty list compiles to a predicate that is always false. A
   * `param('ids')` stands for a list given when a prepared query runs.
   */
  in(list: readonly Operand<T>[] | SubqueryNode | ListParam): Expression<boolean> {
    return new InList(this, inItems(list, this), false);
  }
  /** `this NOT IN (…)`; an empty list compiles to a predicate that is always true. */
  notIn(list: readonly Operand<T>[] | SubqueryNode | ListParam): Expression<boolean> {
    return new InList(this, inItems(list, this), true);
  }
  /** `this BETWEEN low AND high` */
  between(low: Operand<T>, high: Operand<T>): Expression<boolean> {
    return new Between(this, operand(low, this), operand(high, this), false);
  }
  /** `this NOT BETWEEN low AND high` */
  notBetween(low: Operand<T>, high: Operand<T>): Expression<boolean> {
    return new Between(this, operand(low, this), operand(high, this), true);
  }
  /**
   * `this LIKE pattern [ESCAPE e]`. Case sensitivity follows the database's
   * collation (PostgreSQL and Oracle: sensitive; SQLite and MySQL: insensitive);
   * use {@link Expression.ilike} to be insensitive everywhere.
   */
  like(this: Expression<string | null>, pattern: Operand<string>, options?: LikeOptions): Expression<boolean> {
    return new Like(this, operand(pattern, this), escapeChar(options), false, false);
  }
  /** `this NOT LIKE pattern` */
  notLike(this: Expression<string | null>, pattern: Operand<string>, options?: LikeOptions): Expression<boolean> {
    return new Like(this, operand(pattern, this), escapeChar(options), true, false);
  }
  /** Case-insensitive LIKE: native `ILIKE` on PostgreSQL, emulated with `LOWER()` elsewhere. */
  ilike(this: Expression<string | null>, pattern: Operand<string>, options?: LikeOptions): Expression<boolean> {
    return new Like(this, operand(pattern, this), escapeChar(options), false, true);
  }
  /** Case-insensitive NOT LIKE. */
  notIlike(this: Expression<string | null>, pattern: Operand<string>, options?: LikeOptions): Expression<boolean> {
    return new Like(this, operand(pattern, this), escapeChar(options), true, true);
  }
  /**
   * `this + other`. Numbers, bigints and exact decimals mix: any NUMERIC side
   * makes the result NUMERIC (read as a decimal string).
   *
   * @example
   * ```ts
   * orderItems.c.unitPrice.times(orderItems.c.quantity).plus('4.95') // Expression<Decimal>
   * ```
   */
  plus<E extends Of<unknown>, R extends ArithmeticOperand<E['__value'], 'plus'>>(this: E, other: R): Arithmetic<E['__value'], E, R> {
    return arithmetic('+', this, other) as Arithmetic<E['__value'], E, R>;
  }
  /** `this - other` */
  minus<E extends Of<unknown>, R extends ArithmeticOperand<E['__value'], 'minus'>>(this: E, other: R): Arithmetic<E['__value'], E, R> {
    return arithmetic('-', this, other) as Arithmetic<E['__value'], E, R>;
  }
  /** `this * other` */
  times<E extends Of<unknown>, R extends ArithmeticOperand<E['__value'], 'times'>>(this: E, other: R): Arithmetic<E['__value'], E, R> {
    return arithmetic('*', this, other) as Arithmetic<E['__value'], E, R>;
  }
  /**
   * `this / other`, true division on every database: two integers give a
   * double (7 / 2 is 3.5), as in SQLAlchemy 2.0; a decimal side gives a
   * decimal. See {@link floorDiv}.
   *
   * @example
   * ```ts
   * select(orders.c.total.div(orders.c.items).as('average')).from(orders)
   * ```
   */
  div<E extends Of<unknown>, R extends ArithmeticOperand<E['__value'], 'div'>>(this: E, other: R): Quotient<E['__value'], E, R> {
    return arithmetic('/', this, other) as Quotient<E['__value'], E, R>;
  }
  /**
   * `this // other`: the quotient rounded down (toward negative infinity, as
   * Python's `//`: -7 // 2 is -4); an integer for two integers, exact also
   * for bigints.
   *
   * @example
   * ```ts
   * select(events.c.minute.floorDiv(60).as('hour')).from(events)
   * ```
   */
  floorDiv<E extends Of<unknown>, R extends ArithmeticOperand<E['__value'], 'floorDiv'>>(this: E, other: R): Arithmetic<E['__value'], E, R> {
    return arithmetic('//', this, other) as Arithmetic<E['__value'], E, R>;
  }
  /** `this % other` (MOD() where the dialect has no `%`). */
  mod<E extends Of<unknown>, R extends ArithmeticOperand<E['__value'], 'mod'>>(this: E, other: R): Arithmetic<E['__value'], E, R> {
    return arithmetic('%', this, other) as Arithmetic<E['__value'], E, R>;
  }
  /**
   * `this IS DISTINCT FROM other`: like `<>`, but NULL is a value (NULL is
   * distinct from 1 and not from NULL), so the answer is never unknown.
   * `<=>` on MySQL, `IS NOT` on SQLite, DECODE on Oracle.
   *
   * @example
   * ```ts
   * select(people.c.id).from(people).where(people.c.city.isDistinctFrom(otherCity))
   * ```
   */
  isDistinctFrom(other: Operand<T> | null): Expression<boolean> {
    return new DistinctFrom(this, other === null ? new Bind(null, this.type) : operand(other, this), false);
  }
  /** `this IS NOT DISTINCT FROM other`: `=` where NULL equals NULL. */
  isNotDistinctFrom(other: Operand<T> | null): Expression<boolean> {
    return new DistinctFrom(this, other === null ? new Bind(null, this.type) : operand(other, this), true);
  }
  /**
   * Bitwise AND of integers (`&`; BITAND on Oracle). With {@link Expression.bitOr},
   * `bitXor` (`#` on PostgreSQL, emulated on SQLite and Oracle), `shiftLeft`,
   * `shiftRight` and `bitNot`.
   *
   * @example
   * ```ts
   * select(files.c.id).from(files).where(files.c.mode.bitAnd(0o200).ne(0))
   * ```
   */
  bitAnd<E extends Of<number | bigint | null>>(this: E, other: Operand<E['__value']>): Expression<E['__value']> {
    return bitwise('&', this, other);
  }
  /** Bitwise OR (`|`). */
  bitOr<E extends Of<number | bigint | null>>(this: E, other: Operand<E['__value']>): Expression<E['__value']> {
    return bitwise('|', this, other);
  }
  /** Bitwise exclusive OR (`^`; `#` on PostgreSQL). */
  bitXor<E extends Of<number | bigint | null>>(this: E, other: Operand<E['__value']>): Expression<E['__value']> {
    return bitwise('^', this, other);
  }
  /** `this << bits` */
  shiftLeft<E extends Of<number | bigint | null>>(this: E, bits: Operand<number>): Expression<E['__value']> {
    return bitwise('<<', this, bits);
  }
  /** `this >> bits` */
  shiftRight<E extends Of<number | bigint | null>>(this: E, bits: Operand<number>): Expression<E['__value']> {
    return bitwise('>>', this, bits);
  }
  /** Bitwise NOT (`~`). */
  bitNot<E extends Of<number | bigint | null>>(this: E): Expression<E['__value']> {
    checkInteger('bitNot', this);
    return new BitNot<E['__value']>(this, this.type);
  }
  /**
   * Whether the string matches a regular expression, in the database's own
   * dialect of them: `~` (PostgreSQL, POSIX), `REGEXP` (MySQL: ICU, MariaDB:
   * PCRE; SQLite: JavaScript's, through a function alkahest's driver
   * registers), `REGEXP_LIKE` (Oracle, POSIX). Case-sensitive on PostgreSQL,
   * SQLite and Oracle; on MySQL and MariaDB it follows the column's collation,
   * so usually case-insensitive there (see docs/operators.md).
   *
   * @example
   * ```ts
   * select(users.c.id).from(users).where(users.c.email.regexMatch('^[a-z]+@example[.]com$'))
   * ```
   */
  regexMatch(this: Expression<string | null>, pattern: Operand<string>): Expression<boolean> {
    return new RegexMatch(this, textOperand(pattern, this), false);
  }
  /** Whether the string does not match a regular expression. */
  notRegexMatch(this: Expression<string | null>, pattern: Operand<string>): Expression<boolean> {
    return new RegexMatch(this, textOperand(pattern, this), true);
  }
  /**
   * Every match of a regular expression replaced (`REGEXP_REPLACE`, all
   * occurrences on every database). Groups are referred to as the database
   * writes them (`\1` on PostgreSQL, MariaDB and Oracle; `$1` on MySQL and SQLite).
   *
   * @example
   * ```ts
   * fn.lower(users.c.phone.regexReplace('[^0-9]', ''))
   * ```
   */
  regexReplace<E extends Of<string | null>>(this: E, pattern: Operand<string>, replacement: Operand<string>): Derived<E['__value'], SourcesOf<E>> {
    return new RegexReplace(this, textOperand(pattern, this), textOperand(replacement, this), this.type) as unknown as Derived<E['__value'], SourcesOf<E>>;
  }
  /** String concatenation: `||` or `CONCAT()`, as the dialect needs. NULL if any part is NULL. */
  concat<E extends Of<string | null>>(this: E, ...parts: Operand<string | null>[]): Derived<E['__value'], SourcesOf<E>> {
    return new Concat([this, ...parts.map((p) => operand(p, this))], this.type) as unknown as Derived<E['__value'], SourcesOf<E>>;
  }
  /**
   * Names the expression in a select list: `expr AS alias`. The alias keeps
   * the expression's nullability, also the NULLs of an outer join.
   */
  as<A extends string, E extends Of<unknown>>(this: E, alias: A): Aliased<E['__value'], A, SourcesOf<E>> {
    return new Aliased<E['__value'], A, SourcesOf<E>>(this, alias);
  }
  /** Ascending order (with `.nullsFirst()` / `.nullsLast()` to place NULLs). */
  asc(): Ordering {
    return new Ordering(this, 'asc', undefined);
  }
  /** Descending order. */
  desc(): Ordering {
    return new Ordering(this, 'desc', undefined);
  }
}

function arithmetic(op: BinaryOperator, left: Expression, other: unknown): Expression {
  checkArithmetic(op, left);
  const right = operand(other, left);
  // A value bound with the left side's type was checked with it.
  if (right.type !== left.type) checkArithmetic(op, right);
  const type = op === '/' ? divisionType(left.type, right.type) : op === '//' ? floorDivisionType(left.type, right.type) : undefined;
  return new Binary(op, left, right, type ?? arithmeticType(left, right, op));
}

/** A pattern or replacement: an expression, or a value bound as text whatever the operand's type. */
function textOperand(value: unknown, where: Expression): Expression {
  return value instanceof Expression ? value : bindValue(value, builtinTypes.text, where);
}

function checkInteger(what: string, node: Expression): void {
  if (!integerKinds.has(node.type.kind) && node.type.kind !== 'unknown') {
    throw new CompileError(`${what}() needs integer operands, but ${node.describe()} is ${node.type.describe()}`);
  }
}
const integerKinds: ReadonlySet<string> = new Set(['integer', 'smallint', 'bigint']);

function bitwise<T>(op: BitwiseOperator, left: Expression, other: unknown): Expression<T> {
  checkInteger(BITWISE_NAMES[op], left);
  const right = op === '<<' || op === '>>' ? (other instanceof Expression ? other : bindValue(other, builtinTypes.integer, left)) : operand(other, left);
  checkInteger(BITWISE_NAMES[op], right);
  return new Bitwise<T>(op, left, right, left.type);
}
const BITWISE_NAMES: Readonly<Record<BitwiseOperator, string>> = { '&': 'bitAnd', '|': 'bitOr', '^': 'bitXor', '<<': 'shiftLeft', '>>': 'shiftRight' };

/** Options of LIKE: the escape character (a single character). */
export interface LikeOptions {
  readonly escape?: string;
}

function escapeChar(options: LikeOptions | undefined): string | undefined {
  const escape = options?.escape;
  if (escape === undefined) return undefined;
  if (typeof escape !== 'string' || [...escape].length !== 1) {
    throw new InvalidValueError(`LIKE escape must be a single character, got ${JSON.stringify(escape)}`);
  }
  return escape;
}

/**
 * Turns a value into a bound parameter of `like`'s type, or passes an
 * expression through. The value is checked here, at build time, so that a bad
 * value is reported where it was written.
 * @internal
 */
export function operand<T>(value: Operand<T> | unknown, like: Expression): Expression {
  if (value instanceof Expression) return value.kind === 'param' ? (value as unknown as ParamLike).typedLike(like) : value;
  return bindValue(value, like.type, like);
}

/** Creates a bound value of a type, after checking it. @internal */
export function bindValue(value: unknown, type: SqlType, where: ValuePlace): Bind {
  if (value !== null && typeof value === 'object' && 'kind' in value && !(value instanceof Date) && !Array.isArray(value) && type.kind !== 'json') {
    throw new InvalidValueError(`${typeof where === 'string' ? where : where.describe()}: a ${String((value as Node).kind)} node cannot be used as a value here`);
  }
  checkBindValue(type, value, where);
  return new Bind(value, type);
}

function inItems(list: readonly unknown[] | SubqueryNode | ListParam, like: Expression): readonly Expression[] | SubqueryNode | Expression {
  if (Array.isArray(list)) return list.map((v) => operand(v, like));
  if (list instanceof Expression && list.kind === 'param') return (list as unknown as ParamLike).asList().typedLike(like);
  if (list && typeof list === 'object' && 'kind' in list && ((list as Node).kind === 'select' || (list as Node).kind === 'compound')) {
    return list as SubqueryNode;
  }
  throw new InvalidValueError(`${like.describe()}: IN takes an array of values or a subquery`);
}

/** A value bound as a parameter. */
export class Bind extends Expression<unknown> {
  readonly kind = 'bind';
  constructor(
    readonly value: unknown,
    readonly type: SqlType,
  ) {
    super();
  }
  override describe(): string {
    return 'a bound value';
  }
}

/** `left op right` */
export class Binary<T = unknown> extends Expression<T> {
  readonly kind = 'binary';
  constructor(
    readonly op: BinaryOperator,
    readonly left: Expression,
    readonly right: Expression,
    readonly type: SqlType,
  ) {
    super();
  }
}

/** `a || b || c` (or CONCAT(a, b, c)). */
export class Concat<T = unknown> extends Expression<T> {
  readonly kind = 'concat';
  constructor(
    readonly parts: readonly Expression[],
    readonly type: SqlType,
  ) {
    super();
  }
}

/** `left IS [NOT] DISTINCT FROM right`: a comparison where NULL is a value. */
export class DistinctFrom extends Expression<boolean> {
  readonly kind = 'distinct-from';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly left: Expression,
    readonly right: Expression,
    /** `IS NOT DISTINCT FROM` (equal, NULL equal to NULL). */
    readonly negated: boolean,
  ) {
    super();
  }
}

/** A bitwise operator on integers. */
export type BitwiseOperator = '&' | '|' | '^' | '<<' | '>>';

/** `left op right` for a bitwise operator (each dialect writes or emulates it). */
export class Bitwise<T = unknown> extends Expression<T> {
  readonly kind = 'bitwise';
  constructor(
    readonly op: BitwiseOperator,
    readonly left: Expression,
    readonly right: Expression,
    readonly type: SqlType,
  ) {
    super();
  }
}

/** `~operand`: bitwise NOT. */
export class BitNot<T = unknown> extends Expression<T> {
  readonly kind = 'bit-not';
  constructor(
    readonly operand: Expression,
    readonly type: SqlType,
  ) {
    super();
  }
}

/** `operand [NOT] matches the regular expression pattern`. */
export class RegexMatch extends Expression<boolean> {
  readonly kind = 'regex-match';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly operand: Expression,
    readonly pattern: Expression,
    readonly negated: boolean,
  ) {
    super();
  }
}

/** `REGEXP_REPLACE(operand, pattern, replacement)`, every match replaced. */
export class RegexReplace<T = unknown> extends Expression<T> {
  readonly kind = 'regex-replace';
  constructor(
    readonly operand: Expression,
    readonly pattern: Expression,
    readonly replacement: Expression,
    readonly type: SqlType,
  ) {
    super();
  }
}

/** `a AND b AND …` / `a OR b OR …` */
export class Logical extends Expression<boolean> {
  readonly kind = 'logical';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly op: 'and' | 'or',
    readonly items: readonly Expression[],
  ) {
    super();
  }
}

/** `NOT operand` */
export class Not extends Expression<boolean> {
  readonly kind = 'not';
  readonly type = builtinTypes.boolean;
  constructor(readonly operand: Expression) {
    super();
  }
}

/** `operand IS [NOT] NULL` */
export class IsNull extends Expression<boolean> {
  readonly kind = 'is-null';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly operand: Expression,
    readonly negated: boolean,
  ) {
    super();
  }
}

/** `operand [NOT] IN (list | subquery)` */
export class InList extends Expression<boolean> {
  readonly kind = 'in';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly operand: Expression,
    readonly list: readonly Expression[] | SubqueryNode | Expression,
    readonly negated: boolean,
  ) {
    super();
  }
}

/** `operand [NOT] BETWEEN low AND high` */
export class Between extends Expression<boolean> {
  readonly kind = 'between';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly operand: Expression,
    readonly low: Expression,
    readonly high: Expression,
    readonly negated: boolean,
  ) {
    super();
  }
}

/** `operand [NOT] LIKE pattern [ESCAPE e]`, case-insensitive when `caseInsensitive`. */
export class Like extends Expression<boolean> {
  readonly kind = 'like';
  readonly type = builtinTypes.boolean;
  constructor(
    readonly operand: Expression,
    readonly pattern: Expression,
    readonly escape: string | undefined,
    readonly negated: boolean,
    readonly caseInsensitive: boolean,
  ) {
    super();
    if (pattern instanceof Bind && typeof pattern.value === 'string') checkLikePattern(pattern.value, escape ?? DEFAULT_LIKE_ESCAPE);
  }
}

/** A SQL function call: `name(args)`, or `count(*)` when `star`. */
export class FunctionCall<T = unknown> extends Expression<T> {
  readonly kind = 'function';
  constructor(
    readonly name: string,
    readonly args: readonly Expression[],
    readonly type: SqlType,
    readonly star = false,
    readonly distinct = false,
  ) {
    super();
  }
  override describe(): string {
    return `${this.name}()`;
  }
}

/** An expression with a name in a select list; `S` are the FROM names it reads (see sources.ts). */
export class Aliased<T = unknown, A extends string = string, S extends string = string> implements Node {
  readonly kind = 'aliased';
  declare readonly __value: T;
  declare readonly __sources: S;
  constructor(
    readonly expr: Expression<T>,
    readonly alias: A,
  ) {
    if (typeof alias !== 'string' || alias.length === 0) {
      throw new CompileError('an alias must be a non-empty string');
    }
  }
  /** Ascending order by the aliased expression. */
  asc(): Ordering {
    return new Ordering(new LabelRef(this.alias), 'asc', undefined);
  }
  /** Descending order by the aliased expression. */
  desc(): Ordering {
    return new Ordering(new LabelRef(this.alias), 'desc', undefined);
  }
}

/** A reference to a name given in the select list (`ORDER BY "n"`). Always quoted. */
export class LabelRef extends Expression<unknown> {
  readonly kind = 'label-ref';
  readonly type = builtinTypes.unknown;
  constructor(readonly name: string) {
    super();
  }
}

/** One ORDER BY item. */
export class Ordering implements Node {
  readonly kind = 'ordering';
  constructor(
    readonly expr: Expression,
    readonly direction: 'asc' | 'desc',
    readonly nulls: 'first' | 'last' | undefined,
  ) {}
  /** Places NULLs first (emulated where the dialect has no NULLS FIRST). */
  nullsFirst(): Ordering {
    return new Ordering(this.expr, this.direction, 'first');
  }
  /** Places NULLs last (emulated where the dialect has no NULLS LAST). */
  nullsLast(): Ordering {
    return new Ordering(this.expr, this.direction, 'last');
  }
}
