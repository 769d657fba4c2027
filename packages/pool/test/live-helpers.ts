/**
 * Helpers for the engine's live fault tests: which server session a pooled
 * connection is, and killing sessions from outside.
 */
import { builtinTypes, sql, typed } from '@alkahest/core';
import type { Engine, Executor } from '@alkahest/pool';
import type { LiveDatabase } from '../../../tests/support/databases';

/** The server's id for the session behind `executor`. */
export async function sessionId(db: LiveDatabase, executor: Executor): Promise<number> {
  const expr = db.name === 'postgres' ? sql`pg_backend_pid()` : sql`CONNECTION_ID()`;
  const rows = await executor.execute(sql`SELECT ${typed(expr, builtinTypes.integer)} AS id`);
  return Number((rows[0] as Record<string, unknown>)['id']);
}

/** Kills a server session from another connection (pg_terminate_backend / KILL CONNECTION). */
export async function killSession(db: LiveDatabase, admin: Engine, id: number): Promise<void> {
  if (db.name === 'postgres') await admin.execute(sql`SELECT pg_terminate_backend(${id})`);
  else await admin.execute(sql`KILL CONNECTION ${id}`);
}

/** The ids of every connection an engine holds, found by holding them all at once. */
export async function allSessionIds(db: LiveDatabase, engine: Engine, count: number): Promise<number[]> {
  const held = await Promise.all(Array.from({ length: count }, () => engine.connect()));
  try {
    return await Promise.all(held.map((c) => sessionId(db, c)));
  } finally {
    await Promise.all(held.map((c) => c.release()));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
