import type { BoundQuery } from './prepared';
import type {
  AlterTable,
  CreateSchema,
  DropSchema,
  CompoundSelect,
  CreateIndex,
  CreateTable,
  Delete,
  DropIndex,
  DropTable,
  Expression,
  Insert,
  MutationResult,
  ReturnedRows,
  Select,
  Statement,
  Update,
} from '@alkahest/core/dialect';

/**
 * What an INSERT, UPDATE or DELETE gives: counts, or with `.returning()` the
 * returned rows (`R` is `never` without it; an unknown `R` may be either).
 */
export type DmlResultOf<R> = unknown extends R ? MutationResult | ReturnedRows<Record<string, unknown>> : [R] extends [never] ? MutationResult : ReturnedRows<R>;

/** What executing a statement returns: typed rows for SELECT and for DML with RETURNING, counts for other DML. */
export type ResultOf<S> =
  S extends BoundQuery<infer Inner>
    ? ResultOf<Inner>
    : S extends Select<infer _S, infer _N>
      ? S['__row'][]
      : S extends CompoundSelect<infer Row>
        ? Row[]
      : S extends Insert | Update | Delete
        ? DmlResultOf<S['__row']>
        : S extends CreateTable | DropTable | CreateIndex | DropIndex | AlterTable | CreateSchema | DropSchema
          ? void
          : S extends Expression
            ? RawRows<S['__value']>
            : never;

/**
 * The rows of a raw statement: `sql<{ n: number }>`…`` gives `{ n: number }[]`
 * (the values are the driver's own: a count is `'1'` on PostgreSQL and `1` on
 * MariaDB unless declared with `.returns()`), an untyped one `Record<string, unknown>[]`;
 * either with `rowsAffected`, the rows the statement changed as the server says
 * (an UPDATE run as raw SQL gives no rows and its count).
 */
export type RawRows<T> = ReturnedRows<unknown extends T ? Record<string, unknown> : T extends object ? T : Record<string, unknown>>;

/** Statements an engine runs. */
export type Executable = Statement | BoundQuery<Statement>;
