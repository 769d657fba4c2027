/**
 * Engine events: hooks called for every query and for pool activity.
 */

/** A finished (or failed) statement. */
export interface QueryEvent {
  readonly sql: string;
  readonly params: readonly unknown[];
  /** Milliseconds from sending to the result (or the error). */
  readonly durationMs: number;
  /** Rows returned (SELECT) or affected (DML). */
  readonly rowCount?: number;
  readonly error?: unknown;
}

/** Hooks an engine calls; each is optional and must not throw (errors thrown by a hook are ignored). */
export interface EngineEvents {
  /** Before a statement is sent. */
  readonly queryStart?: (event: { readonly sql: string; readonly params: readonly unknown[] }) => void;
  /** After a statement succeeded. */
  readonly queryEnd?: (event: QueryEvent) => void;
  /** After a statement failed. */
  readonly queryError?: (event: QueryEvent) => void;
  /** A connection was handed out / given back / opened / closed. */
  readonly acquire?: () => void;
  readonly release?: () => void;
  readonly create?: () => void;
  readonly destroy?: () => void;
  /** Every statement as one line with its timing, e.g. `console.log`. */
  readonly logger?: (line: string) => void;
}

/** Calls a hook, never letting it break the engine. @internal */
export function emit<A extends unknown[]>(hook: ((...args: A) => void) | undefined, ...args: A): void {
  if (hook === undefined) return;
  try {
    hook(...args);
  } catch {
    // A monitoring hook must not change what the engine does.
  }
}
