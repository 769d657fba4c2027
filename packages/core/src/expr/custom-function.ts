/**
 * Functions and operators alkahest does not ship (SQLAlchemy's `@compiles`):
 * a node whose SQL each dialect writes its own way. A renderer builds the
 * expression to compile from the call's arguments — usually a `sql` template
 * — so arguments stay bound and the compiler visits the result like any tree.
 */
import { InvalidValueError } from '../errors';
import { ColumnBuilder } from '../schema/column';
import type { DialectKey } from '../schema/custom-type';
import { builtinTypes, SqlType } from '../types/sql-type';
import { bindValue, Expression } from './expression';

/** Builds the expression a dialect compiles for a call, from the call's arguments. */
export type CustomRenderer = (args: readonly Expression[], dialect: string) => Expression;

/** What {@link defineSqlFunction} takes. */
export interface SqlFunctionSpec<R> {
  /** The function's name in messages (`similarity`, `distance`). */
  readonly name: string;
  /** The type of its result, for decoding: a SqlType or a column factory's result (`integer()`); default unknown. */
  readonly returns?: SqlType<R> | ColumnBuilder<R, boolean, boolean, boolean>;
  /** How each dialect writes it; `default` for the dialects not named. A dialect without one refuses the call. */
  readonly render: Readonly<Partial<Record<DialectKey, CustomRenderer>>>;
}

let nextDefinition = 0;

/** One definition's identity and renderers, shared by all its calls. */
export interface CustomFunctionDefinition {
  /** Unique per definition: the calls' cache key holds it. */
  readonly key: string;
  readonly name: string;
  readonly render: SqlFunctionSpec<unknown>['render'];
}

/** A call of a function defined with {@link defineSqlFunction}. */
export class CustomCall<T = unknown> extends Expression<T> {
  readonly kind = 'custom-call';
  constructor(
    readonly definition: CustomFunctionDefinition,
    readonly key: string,
    readonly args: readonly Expression[],
    readonly type: SqlType,
  ) {
    super();
  }
  override describe(): string {
    return `${this.definition.name}()`;
  }
}

/**
 * Defines a function (or an operator: a renderer writes whatever SQL it
 * needs) compiled differently per dialect. Arguments that are not
 * expressions are bound as values.
 *
 * @example
 * ```ts
 * // Trigram similarity on PostgreSQL (pg_trgm's % operator); an exact match elsewhere.
 * const similar = defineSqlFunction<boolean>({
 *   name: 'similar',
 *   returns: boolean(),
 *   render: {
 *     postgres: ([a, b]) => sql`(${a} % ${b})`,
 *     default: ([a, b]) => sql`(LOWER(${a}) = LOWER(${b}))`,
 *   },
 * });
 * select(books.c.title).from(books).where(similar(books.c.title, 'dune'));
 * ```
 */
export function defineSqlFunction<R = unknown>(spec: SqlFunctionSpec<R>): (...args: readonly unknown[]) => CustomCall<R> {
  if (typeof spec.name !== 'string' || spec.name === '') throw new InvalidValueError('defineSqlFunction(): name must be a non-empty string');
  if (spec.render === null || typeof spec.render !== 'object' || Object.keys(spec.render).length === 0) {
    throw new InvalidValueError(`defineSqlFunction(${spec.name}): render needs a renderer for at least one dialect (or default)`);
  }
  const definition: CustomFunctionDefinition = Object.freeze({ key: `${++nextDefinition}:${spec.name}`, name: spec.name, render: Object.freeze({ ...spec.render }) });
  const returns = spec.returns instanceof ColumnBuilder ? spec.returns.spec.type : (spec.returns ?? builtinTypes.unknown);
  return (...args) =>
    new CustomCall<R>(
      definition,
      definition.key,
      args.map((a, i) => (a instanceof Expression ? a : bindValue(a, builtinTypes.unknown, `${spec.name}() argument #${i + 1}`))),
      returns,
    );
}
