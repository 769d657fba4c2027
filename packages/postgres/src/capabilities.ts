/**
 * What this dialect can do, as a value and as types: the one place its
 * capabilities are declared. PostgreSQL has every feature the types track.
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
 * postgresCapabilities.postgres; // every Feature
 * ```
 */
export const postgresCapabilities = {
  postgres: [
    'FULL OUTER JOIN',
    'LATERAL',
    'FOR SHARE',
    'FOR UPDATE OF',
    'NOWAIT / SKIP LOCKED',
    'ROLLUP',
    'CUBE / GROUPING SETS',
    'RETURNING',
    'UPDATE … RETURNING',
    'data-modifying CTE',
  ],
} as const satisfies DialectCapabilities;

declare module '@alkahest/core/dialect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this package's entries
  interface Capabilities extends CapabilitiesOf<typeof postgresCapabilities> {}
  interface DialectSchemes {
    postgres: 'postgres';
    postgresql: 'postgres';
    pglite: 'postgres';
  }
}
