/** A way to run the select-by-primary-key query: raw driver, a peer, or alkahest. */
export interface OpenVariant {
  /** Runs the query for one id; resolves to the row(s). */
  readonly byId: (id: number) => Promise<unknown>;
  readonly close: () => Promise<void>;
}

export interface ExecVariant {
  readonly name: string;
  /** Connects (and, for in-memory SQLite, creates and fills its own database). */
  readonly open: () => Promise<OpenVariant>;
}

/** Checks that a variant returns the row of user `id`, whatever its result shape. */
export function checkRow(result: unknown, id: number): void {
  const row: unknown = Array.isArray(result) ? result[0] : result;
  const name = row !== null && typeof row === 'object' ? (row as { name?: unknown }).name : undefined;
  if (name !== `user ${id}`) throw new Error(`expected the row of user ${id}, got ${JSON.stringify(result)}`);
}
