/**
 * Sessions whose string escaping differs from the default: PostgreSQL with
 * standard_conforming_strings off, MySQL/MariaDB with NO_BACKSLASH_ESCAPES on
 * and off. A bound value, and a literal alkahest writes, must mean the same
 * on each.
 */
import { sql } from '@alkahest/core';

export const escapingModes = [
  { db: 'postgres', setup: sql`SET standard_conforming_strings = off`, name: 'standard_conforming_strings off' },
  { db: 'mysql', setup: sql`SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')`, name: 'NO_BACKSLASH_ESCAPES on' },
  { db: 'mysql', setup: sql`SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')`, name: 'NO_BACKSLASH_ESCAPES off' },
] as const;
