/**
 * What this dialect can do, as a value and as types: the one place its
 * capabilities are declared. Oracle 12c+: no FOR SHARE, no data-modifying CTE.
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
 * oracleCapabilities.oracle; // no 'FOR SHARE'
 * ```
 */
export const oracleCapabilities = {
  oracle: ['FULL OUTER JOIN', 'LATERAL', 'FOR UPDATE OF', 'NOWAIT / SKIP LOCKED', 'ROLLUP', 'CUBE / GROUPING SETS', 'RETURNING', 'UPDATE … RETURNING'],
} as const satisfies DialectCapabilities;

declare module '@alkahest/core/dialect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this package's entries
  interface Capabilities extends CapabilitiesOf<typeof oracleCapabilities> {}
  interface DialectSchemes {
    oracle: 'oracle';
  }
}
