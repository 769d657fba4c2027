/**
 * What this dialect can do, as a value and as types: the one place its
 * capabilities are declared. MySQL 8 and MariaDB 10.6+, which differ in a few features: neither has FULL OUTER JOIN, CUBE / GROUPING SETS, UPDATE … RETURNING or data-modifying CTEs.
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
 * mysqlCapabilities.mariadb; // ['FOR SHARE', 'NOWAIT / SKIP LOCKED', 'ROLLUP', 'RETURNING']
 * ```
 */
export const mysqlCapabilities = {
  /** RETURNING: a single-row INSERT with a generated key, read back (anything else is refused at run time). */
  mysql: ['LATERAL', 'FOR SHARE', 'FOR UPDATE OF', 'NOWAIT / SKIP LOCKED', 'ROLLUP', 'RETURNING'],
  /** RETURNING for INSERT and DELETE (10.5+); no LATERAL, no FOR UPDATE OF. */
  mariadb: ['FOR SHARE', 'NOWAIT / SKIP LOCKED', 'ROLLUP', 'RETURNING'],
} as const satisfies DialectCapabilities;

declare module '@alkahest/core/dialect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this package's entries
  interface Capabilities extends CapabilitiesOf<typeof mysqlCapabilities> {}
  interface DialectSchemes {
    mysql: 'mysql';
    mariadb: 'mariadb';
  }
}
