/**
 * MySQL / MariaDB spellings of ALTER TABLE actions (MySQL 8.0 Reference
 * Manual, "ALTER TABLE Statement"; MariaDB "ALTER TABLE").
 */
import type { AlterAction } from '@alkahest/core/dialect';

type Action<K extends AlterAction['kind']> = Extract<AlterAction, { kind: K }>;

/**
 * DROP of a constraint by its kind: MySQL keeps UNIQUE constraints as
 * indexes and has its own words for keys; a CHECK is `DROP CONSTRAINT`
 * (MariaDB 10.2+, MySQL 8.0.19+).
 */
export function mysqlDropConstraint(prefix: string, a: Action<'drop-constraint'>, quote: (name: string) => string): string {
  switch (a.constraint) {
    case 'primary-key':
      return `${prefix}DROP PRIMARY KEY`;
    case 'unique':
      return `${prefix}DROP INDEX ${quote(a.name)}`;
    case 'foreign-key':
      return `${prefix}DROP FOREIGN KEY ${quote(a.name)}`;
    case 'check':
      return `${prefix}DROP CONSTRAINT ${quote(a.name)}`;
  }
}

/** `MODIFY COLUMN` restates the whole column: type, default and nullability together. */
export function mysqlModifyColumn(prefix: string, definition: string): string {
  return `${prefix}MODIFY COLUMN ${definition}`;
}
