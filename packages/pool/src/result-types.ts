import type { BoundQuery } from './prepared';
import type { CreateIndex, CreateTable, Delete, DropIndex, DropTable, Expression, Insert, MutationResult, Select, Statement } from '@alkahest/core';

/** What executing a statement returns: typed rows for SELECT, counts for DML. */
export type ResultOf<S> =
  S extends BoundQuery<infer Inner>
    ? ResultOf<Inner>
    : S extends Select<infer _S, infer _N>
    ? S['__row'][]
    : S extends Insert | Update | Delete
      ? MutationResult
      : S extends CreateTable | DropTable | CreateIndex | DropIndex
        ? void
        : S extends Expression
          ? Record<string, unknown>[]
          : never;

type Update = import('@alkahest/core').Update;

/** Statements an engine runs. */
export type Executable = Statement | BoundQuery<Statement>;
