/**
 * Which statements a replica may serve: a SELECT that neither locks rows
 * nor writes (a data-modifying CTE, nextval). Anything else, and anything
 * unsure, goes to the primary.
 */
import type { CompiledQuery } from '@alkahest/core/dialect';

/**
 * Words that make a SELECT unsafe on a replica. Values are bound, so these
 * appear in the SQL text only as keywords or quoted names; a name such as
 * "update" sends the statement to the primary, which is always safe.
 */
const PRIMARY_ONLY = /\b(FOR\s+(NO\s+KEY\s+)?UPDATE|FOR\s+(KEY\s+)?SHARE|LOCK\s+IN\s+SHARE\s+MODE|INSERT|UPDATE|DELETE|MERGE|NEXTVAL|SETVAL)\b/i;

/**
 * Whether a compiled statement is a read a replica may serve.
 *
 * @example
 * ```ts
 * isReplicaRead(engine.compile(select(users.c.id).from(users)))               // true
 * isReplicaRead(engine.compile(select(users.c.id).from(users).forUpdate()))   // false
 * ```
 */
export function isReplicaRead(compiled: CompiledQuery): boolean {
  return compiled.statementKind === 'select' && !PRIMARY_ONLY.test(compiled.sql);
}
