/**
 * Conditional and conversion expressions: CASE (searched and simple), CAST
 * and NULLIF.
 */
import { CompileError, InvalidValueError } from '../errors';
import { ColumnBuilder } from '../schema/column';
import { builtinTypes, SqlType, typeOfValue } from '../types/sql-type';
import { bindValue, Expression, FunctionCall, NullOf, Of, Operand, operand } from './expression';
import type { Bind } from './expression';
import { checkBindValue } from '../types/validate';
import { sharedScale } from './arithmetic';
import type { Derived, SourcesOf, WithSources } from './sources';

type Predicate = Expression<boolean> | Expression<boolean | null>;

/** The JavaScript type a THEN/ELSE value gives the CASE: an expression's value type, or the value's own (widened) type. */
export type ResultOf<V> = V extends { readonly __value: infer X }
  ? X
  : V extends string
    ? string
    : V extends number
      ? number
      : V extends boolean
        ? boolean
        : V extends bigint
          ? bigint
          : V;

/** One `WHEN … THEN …` of a CASE. */
export interface CaseBranch {
  /** A condition (searched CASE) or a value compared with the operand (simple CASE). */
  readonly when: Expression;
  readonly then: Expression;
}

/**
 * `CASE [operand] WHEN … THEN … [ELSE …] END`. Its SQL type is the first
 * expression among the results, or else the type of the first value.
 * Built with {@link caseWhen} and {@link caseOf}.
 *
 * @example
 * ```ts
 * const band: Case<string> = caseWhen(people.c.age.lt(40), 'young').else('old');
 * ```
 */
export class Case<T = unknown> extends Expression<T> {
  readonly kind = 'case';
  constructor(
    /** The compared value of a simple CASE; undefined for a searched CASE. */
    readonly operand: Expression | undefined,
    readonly branches: readonly CaseBranch[],
    readonly otherwise: Expression | undefined,
    readonly type: SqlType,
  ) {
    super();
  }
  override describe(): string {
    return 'CASE expression';
  }
}

/** Results of the branches so far: the expression whose type the others follow, if any. */
function anchorOf(results: readonly Expression[]): Expression | undefined {
  return results.find((r) => r.kind !== 'bind');
}

/** A THEN / ELSE value as an expression, bound with the type of the first result expression when there is one. */
function result(value: unknown, results: readonly Expression[], where: string): Expression {
  if (value instanceof Expression) return value;
  if (value === undefined) throw new CompileError(`${where}: a CASE result cannot be undefined (use null)`);
  const anchor = anchorOf(results);
  if (anchor !== undefined && value !== null) return operand(value, anchor);
  return bindValue(value, value === null ? (anchor?.type ?? builtinTypes.unknown) : typeOfValue(value), where);
}

function caseType(results: readonly Expression[]): SqlType {
  const anchor = anchorOf(results);
  if (anchor !== undefined) return sharedScale(anchor.type, results);
  const typed = results.filter((r) => r.type.kind !== 'unknown');
  // Integers and fractions mixed: the CASE is a double.
  if (typed.some((r) => r.type.kind === 'double') && typed.every((r) => r.type.kind === 'integer' || r.type.kind === 'double')) return builtinTypes.double;
  return typed[0]?.type ?? builtinTypes.unknown;
}

function resultsOf(branches: readonly CaseBranch[], otherwise?: Expression): Expression[] {
  const out = branches.map((b) => b.then);
  if (otherwise !== undefined) out.push(otherwise);
  return out;
}

/**
 * A searched CASE being built: `.when(cond, value)` adds a branch, `.else(value)` ends it. Without ELSE it is NULL when nothing matches.
 *
 * @example
 * ```ts
 * caseWhen(people.c.age.lt(40), 'young').when(people.c.age.lt(70), 'middle') // SearchedCase<string>, an Expression<string | null>
 * ```
 */
export class SearchedCase<T, S extends string = never> extends Case<T | null> {
  /** Phantom: the FROM names its results read (see sources.ts). */
  declare readonly __sources: S;
  /** Another `WHEN cond THEN value`. */
  when<V>(cond: Predicate, value: V): SearchedCase<T | ResultOf<V>, S | SourcesOf<V>> {
    const branches = [...this.branches, { when: checkCondition(cond), then: result(value, resultsOf(this.branches), 'caseWhen().when()') }];
    return new SearchedCase<T | ResultOf<V>, S | SourcesOf<V>>(undefined, branches, undefined, caseType(resultsOf(branches)));
  }
  /** `ELSE value END`: the result when no condition holds. */
  else<V>(value: V): WithSources<Case<T | ResultOf<V>>, S | SourcesOf<V>> {
    const otherwise = result(value, resultsOf(this.branches), 'caseWhen().else()');
    return new Case<T | ResultOf<V>>(undefined, this.branches, otherwise, caseType(resultsOf(this.branches, otherwise))) as WithSources<Case<T | ResultOf<V>>, S | SourcesOf<V>>;
  }
}

/**
 * A simple CASE being built: `.when(match, value)` adds a branch, `.else(value)` ends it.
 *
 * @example
 * ```ts
 * caseOf(orders.c.personId).when(1, 'Ada').when(3, 'Grace') // Expression<string | null>
 * ```
 */
export class SimpleCase<T, K, S extends string = never> extends Case<T | null> {
  /** Phantom: the FROM names its results read (see sources.ts). */
  declare readonly __sources: S;
  /** Another `WHEN match THEN value` (match compared with `=`: a NULL never matches). */
  when<V>(match: Operand<K>, value: V): SimpleCase<T | ResultOf<V>, K, S | SourcesOf<V>> {
    const subject = this.operand as Expression;
    const branches = [...this.branches, { when: operand(match, subject), then: result(value, resultsOf(this.branches), 'caseOf().when()') }];
    return new SimpleCase<T | ResultOf<V>, K, S | SourcesOf<V>>(subject, branches, undefined, caseType(resultsOf(branches)));
  }
  /** `ELSE value END`: the result when no value matches. */
  else<V>(value: V): WithSources<Case<T | ResultOf<V>>, S | SourcesOf<V>> {
    const otherwise = result(value, resultsOf(this.branches), 'caseOf().else()');
    return new Case<T | ResultOf<V>>(this.operand, this.branches, otherwise, caseType(resultsOf(this.branches, otherwise))) as WithSources<Case<T | ResultOf<V>>, S | SourcesOf<V>>;
  }
}

function checkCondition(cond: Predicate): Expression {
  if (!(cond instanceof Expression)) throw new CompileError('caseWhen() takes a condition');
  return cond;
}

/**
 * A searched CASE: `CASE WHEN cond THEN value … [ELSE value] END`. The result
 * type comes from the THEN values; it includes `null` until `.else()` is given.
 *
 * @example
 * ```ts
 * caseWhen(people.c.age.lt(40), 'young').when(people.c.age.lt(70), 'middle').else('old')   // Expression<string>
 * caseWhen(people.c.age.gte(18), people.c.name)                                            // Expression<string | null>
 * ```
 */
export function caseWhen<V>(cond: Predicate, value: V): SearchedCase<ResultOf<V>, SourcesOf<V>> {
  const branches = [{ when: checkCondition(cond), then: result(value, [], 'caseWhen()') }];
  return new SearchedCase<ResultOf<V>, SourcesOf<V>>(undefined, branches, undefined, caseType(resultsOf(branches)));
}

/**
 * A simple CASE: `CASE expr WHEN match THEN value … [ELSE value] END`; match
 * values are bound with `expr`'s type.
 *
 * @example
 * ```ts
 * caseOf(orders.c.amount).when(3, 'small').when(900, 'large').else('other')   // Expression<string>
 * ```
 */
export function caseOf<K>(expr: Of<K>): { when<V>(match: Operand<K>, value: V): SimpleCase<ResultOf<V>, K, SourcesOf<V>> } {
  if (!(expr instanceof Expression)) throw new CompileError('caseOf() takes an expression');
  return {
    when: <V>(match: Operand<K>, value: V) => {
      const branches = [{ when: operand(match, expr), then: result(value, [], 'caseOf().when()') }];
      return new SimpleCase<ResultOf<V>, K, SourcesOf<V>>(expr, branches, undefined, caseType(resultsOf(branches)));
    },
  };
}

/**
 * `CAST(expr AS type)`; each dialect writes the type under its own name (see castType in the compiler).
 *
 * @example
 * ```ts
 * cast(people.c.age, builtinTypes.text) // a Cast, Expression<string | null>
 * ```
 */
export class Cast<T = unknown> extends Expression<T> {
  readonly kind = 'cast';
  constructor(
    readonly expr: Expression,
    readonly type: SqlType,
  ) {
    super();
  }
  override describe(): string {
    return `CAST(… AS ${this.type.describe()})`;
  }
}

/** A SQL type, or a column builder (`varchar({ length: 20 })`) whose type is taken. */
export type CastTarget<T> = SqlType<T> | ColumnBuilder<T, boolean, boolean, boolean>;

/**
 * `CAST(expr AS type)`, the type named as the dialect names it: `cast(x,
 * builtinTypes.text)` is `CAST(x AS TEXT)` on PostgreSQL, `CAST(x AS CHAR)` on
 * MySQL and `CAST(x AS VARCHAR2(4000))` on Oracle. A cast a dialect cannot
 * write (to boolean on MySQL, to a LOB on Oracle) is an UnsupportedFeatureError.
 * A value that is not an expression is bound with its own type first.
 *
 * @example
 * ```ts
 * cast(people.c.age, builtinTypes.text)                 // Expression<string | null>
 * cast(orders.c.amount, numeric({ precision: 10, scale: 2 }))
 * cast('42', builtinTypes.integer)                      // Expression<number>
 * ```
 */
export function cast<T, E extends Of<unknown>>(expr: E, type: CastTarget<T>): Derived<T | NullOf<E['__value']>, SourcesOf<E>>;
export function cast<T>(value: string | number | bigint | boolean | Date, type: CastTarget<T>): Expression<T>;
export function cast<T>(expr: unknown, type: CastTarget<T>): Expression<T | null> {
  const target = type instanceof ColumnBuilder ? type.spec.type : type;
  if (!(target instanceof SqlType)) throw new InvalidValueError('cast() takes a SQL type (builtinTypes.text, a column type such as varchar({ length: 10 }))');
  if (target.kind === 'unknown') throw new InvalidValueError('cast() needs a known SQL type');
  const inner = expr instanceof Expression ? expr : castOperand(expr, target);
  return new Cast<T | null>(inner, target);
}

/**
 * A value to cast, bound as the target type when that type accepts it (a
 * date string cast to a date): the database then receives it typed, never as
 * text read under a session setting (Oracle reads a text bind cast to DATE
 * with its NLS date format: ORA-01861). Otherwise it is bound with its own
 * type (`cast('42', integer)` binds text), and the database converts it.
 */
function castOperand(value: unknown, target: SqlType): Bind {
  try {
    checkBindValue(target, value, 'cast()');
  } catch (error) {
    if (!(error instanceof InvalidValueError)) throw error;
    return bindValue(value, typeOfValue(value), 'cast()');
  }
  return bindValue(value, target, 'cast()');
}

/**
 * `NULLIF(a, b)`: NULL when `a = b`, otherwise `a`.
 *
 * @example
 * ```ts
 * fn.nullif(people.c.city, '')        // Expression<string | null>
 * ```
 */
export function nullif<E extends Of<unknown>>(a: E, b: Operand<E['__value']>): Derived<NonNullable<E['__value']> | null, SourcesOf<E>> {
  if (!(a instanceof Expression)) throw new CompileError('nullif() takes an expression first');
  return new FunctionCall('nullif', [a, operand(b, a)], a.type) as unknown as Derived<NonNullable<E['__value']> | null, SourcesOf<E>>;
}
