/** The five statements of the compile-only suite, as each library writes them. */
import type { NewUser } from '../fixtures/data';

/** Values that change between iterations, so nothing can be cached on them. */
export interface CompileInput {
  readonly id: number;
  readonly age: number;
  readonly pattern: string;
  readonly limit: number;
  readonly offset: number;
  readonly rows: readonly NewUser[];
  readonly minPosts: number;
  readonly minViews: number;
}

/** A case a library cannot express (yet), with the reason shown in the report. */
export interface Unsupported {
  readonly unsupported: string;
}

export type CompileCase = ((input: CompileInput) => unknown) | Unsupported;

export interface CompileCases {
  /** SELECT id, name, email FROM users WHERE id = ? */
  readonly selectByPk: CompileCase;
  /** users JOIN posts, two filters, ORDER BY, LIMIT and OFFSET */
  readonly joinFilterPage: CompileCase;
  /** INSERT of 10 rows */
  readonly insert10: CompileCase;
  /** UPDATE posts SET views = views + 1 WHERE id = ? */
  readonly updateExpr: CompileCase;
  /** WITH active AS (… GROUP BY … HAVING …) SELECT … JOIN active … WHERE EXISTS (correlated) */
  readonly cteExists: CompileCase;
}

export const compileCaseNames: Record<keyof CompileCases, string> = {
  selectByPk: 'select by PK',
  joinFilterPage: 'join + filter + order + limit/offset',
  insert10: '10-row insert',
  updateExpr: 'update x = x + 1',
  cteExists: 'CTE + group by + having + EXISTS',
};
