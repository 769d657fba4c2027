/**
 * Named parameters: placeholders whose values are given when a prepared
 * query runs, not when the statement is built.
 */
import { InvalidIdentifierError } from '../errors';
import { builtinTypes, SqlType } from '../types/sql-type';
import { Expression } from './expression';

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A named placeholder. Its type is the type of the expression it is compared
 * with or assigned to (`users.c.id.eq(param('id'))` is an integer), unless
 * given. In `IN`, a parameter stands for a whole list (see {@link Expression.in}).
 *
 * @example
 * ```ts
 * const byId = engine.prepare(select(users.c.name).from(users).where(users.c.id.eq(param('id'))));
 * await byId.execute({ id: 7 });
 * ```
 */
export class Param<T = unknown> extends Expression<T> {
  readonly kind = 'param';
  constructor(
    readonly name: string,
    readonly type: SqlType,
    /** True when the parameter stands for a list of values (`x IN (:ids)`). */
    readonly list = false,
  ) {
    super();
    if (typeof name !== 'string' || !PARAM_NAME.test(name)) {
      throw new InvalidIdentifierError(`${JSON.stringify(name)} is not a valid parameter name (letters, digits and _, not starting with a digit)`);
    }
  }
  /** The same parameter with the type of the expression it meets. */
  typedLike(other: Expression): Param<T> {
    return this.type.kind === 'unknown' && other.type.kind !== 'unknown' ? new Param<T>(this.name, other.type, this.list) : this;
  }
  /** The same parameter standing for a list of values. */
  asList(): Param<T> {
    return this.list ? this : new Param<T>(this.name, this.type, true);
  }
  override describe(): string {
    return `parameter :${this.name}`;
  }
}

/**
 * A named parameter for a prepared query, optionally typed.
 *
 * @example
 * ```ts
 * select(users.c.id).from(users).where(users.c.name.eq(param('name')))
 * select(users.c.id).from(users).where(users.c.id.in(param('ids')))   // a list, expanded when run
 * select(users.c.id).from(users).limit(param('n'))
 * ```
 */
export function param<T = unknown>(name: string, type: SqlType = builtinTypes.unknown): Param<T> {
  return new Param<T>(name, type);
}
