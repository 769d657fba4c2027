/**
 * FROM items: tables, aliases, subqueries, and joins between them.
 *
 * The type parameters track, for result typing, the names a FROM item makes
 * visible (`Names`) and which of them an outer join can fill with NULLs
 * (`Nullable`): a LEFT JOIN makes the right side's columns `T | null`.
 */
import { CompileError } from '../errors';
import { Expression } from '../expr/expression';
import { Needs, NeedsOf, withPhantoms } from '../capabilities';

/** Names visible through a FROM item. */
export type NamesOf<F> = F extends FromItem<infer N, string> ? N : never;
/** Names an outer join may fill with NULLs. */
export type NullableOf<F> = F extends FromItem<string, infer N> ? N : never;

/** The features both sides of a join need (see capabilities.ts). */
type Carried<L, R> = Needs<NeedsOf<L> | NeedsOf<R>>;

/** Join types. */
export type JoinType = 'inner' | 'left' | 'right' | 'full' | 'cross';

/** Anything that can stand in a FROM clause. */
export abstract class FromItem<Names extends string = string, Nullable extends string = never> {
  declare readonly __from: { names: Names; nullable: Nullable };
  abstract readonly kind: 'table' | 'join' | 'subquery' | 'cte';

  /** `INNER JOIN right ON condition` */
  join<R extends FromItem<string, string>>(right: R, on: Expression<boolean>): Join<Names | NamesOf<R>, Nullable | NullableOf<R>> & Carried<this, R> {
    return withPhantoms(new Join(this, right, 'inner', on));
  }
  /** Alias of {@link FromItem.join}. */
  innerJoin<R extends FromItem<string, string>>(right: R, on: Expression<boolean>): Join<Names | NamesOf<R>, Nullable | NullableOf<R>> & Carried<this, R> {
    return withPhantoms(new Join(this, right, 'inner', on));
  }
  /** `LEFT OUTER JOIN right ON condition`: the right side's columns become nullable. */
  leftJoin<R extends FromItem<string, string>>(right: R, on: Expression<boolean>): Join<Names | NamesOf<R>, Nullable | NamesOf<R>> & Carried<this, R> {
    return withPhantoms(new Join(this, right, 'left', on));
  }
  /** `RIGHT OUTER JOIN right ON condition`: this side's columns become nullable. */
  rightJoin<R extends FromItem<string, string>>(right: R, on: Expression<boolean>): Join<Names | NamesOf<R>, Names | NullableOf<R>> & Carried<this, R> {
    return withPhantoms(new Join(this, right, 'right', on));
  }
  /** `FULL OUTER JOIN right ON condition`: both sides' columns become nullable. */
  fullJoin<R extends FromItem<string, string>>(
    right: R,
    on: Expression<boolean>,
  ): Join<Names | NamesOf<R>, Names | NamesOf<R>> & Carried<this, R> & Needs<'FULL OUTER JOIN'> {
    return withPhantoms(new Join(this, right, 'full', on));
  }
  /** `CROSS JOIN right` */
  crossJoin<R extends FromItem<string, string>>(right: R): Join<Names | NamesOf<R>, Nullable | NullableOf<R>> & Carried<this, R> {
    return withPhantoms(new Join(this, right, 'cross', undefined));
  }
}

/** A join of two FROM items. */
export class Join<Names extends string = string, Nullable extends string = never> extends FromItem<Names, Nullable> {
  readonly kind = 'join';
  constructor(
    readonly left: FromItem<string, string>,
    readonly right: FromItem<string, string>,
    readonly joinType: JoinType,
    readonly on: Expression<boolean> | undefined,
  ) {
    super();
    if (!(right instanceof FromItem)) throw new CompileError('join() takes a table, alias, subquery or join');
    if (joinType !== 'cross' && !(on instanceof Expression)) throw new CompileError(`${joinType} join needs an ON condition`);
  }
}
