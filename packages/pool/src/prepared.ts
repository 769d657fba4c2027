/**
 * Prepared queries: a statement with named parameters compiled once and run
 * many times with values.
 */
import type { CompiledQuery, PreparedStatement } from '@alkahest/core/dialect';
import type { Statement } from '@alkahest/core/dialect';
import type { ResultOf } from './result-types';
import type { ExecuteOptions, Executor } from './session';

/** Values for a prepared query's named parameters. */
export type ParamValues = Readonly<Record<string, unknown>>;

/**
 * A prepared query with its values: run it on any executor (the engine, a
 * held connection, a transaction) with `execute(query.with(values))`.
 */
export class BoundQuery<S extends Statement = Statement> {
  readonly kind = 'bound';
  declare readonly __statement: S;
  constructor(
    readonly prepared: PreparedStatement,
    readonly values: ParamValues,
  ) {}
  /** The compiled query for these values. */
  compile(): CompiledQuery {
    return this.prepared.bind(this.values);
  }
}

/**
 * A statement compiled once for its engine's dialect, with named parameters
 * (`param('id')`) filled on every run. Values are checked and converted like
 * bound values; on PostgreSQL and MySQL the server prepares the statement once
 * per connection too.
 *
 * @example
 * ```ts
 * const byId = engine.prepare(select(users.c.id, users.c.name).from(users).where(users.c.id.eq(param('id'))));
 * const rows = await byId.execute({ id: 7 });            // { id: number; name: string }[]
 * await engine.transaction((tx) => tx.execute(byId.with({ id: 8 })));
 * ```
 */
export class PreparedQuery<S extends Statement = Statement> {
  constructor(
    private readonly engine: Executor & { executeCompiled(compiled: CompiledQuery, options?: ExecuteOptions): Promise<unknown> },
    readonly prepared: PreparedStatement,
  ) {}

  /** The names of its parameters. */
  get params(): readonly string[] {
    return this.prepared.params;
  }

  /** Runs it on the engine with these values. */
  execute(values: ParamValues = {}, options?: ExecuteOptions): Promise<ResultOf<S>> {
    let compiled: CompiledQuery;
    try {
      compiled = this.prepared.bind(values);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.engine.executeCompiled(compiled, options) as Promise<ResultOf<S>>;
  }

  /** The query with values, to run on a transaction or a held connection. */
  with(values: ParamValues = {}): BoundQuery<S> {
    return new BoundQuery<S>(this.prepared, values);
  }
}
