/**
 * What this dialect can do, as a value and as types: the one place its
 * capabilities are declared. SQLite (3.39+ for FULL OUTER JOIN, 3.35+ for RETURNING): no LATERAL, no row locks beyond the database's own (FOR SHARE and FOR UPDATE OF add nothing to a transaction that already holds the write lock; NOWAIT / SKIP LOCKED are refused), no ROLLUP / CUBE, no data-modifying CTE.
 * The module augmentation below adds them to core's `Capabilities` (and the
 * URL schemes to `DialectSchemes`), so that an engine whose URL names this
 * dialect refuses, at compile time, a statement needing what it lacks.
 */
import type { CapabilitiesOf, DialectCapabilities } from '@alkahest/core/dialect';

/**
 * The features of core's `Feature` this package's dialects have.
 *
 * @example
 * ```ts
 * sqliteCapabilities.sqlite; // ['FULL OUTER JOIN', 'FOR SHARE', …]
 * ```
 */
export const sqliteCapabilities = {
  sqlite: ['FULL OUTER JOIN', 'FOR SHARE', 'FOR UPDATE OF', 'RETURNING', 'UPDATE … RETURNING'],
} as const satisfies DialectCapabilities;

declare module '@alkahest/core/dialect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this package's entries
  interface Capabilities extends CapabilitiesOf<typeof sqliteCapabilities> {}
  interface DialectSchemes {
    sqlite: 'sqlite';
  }
}
