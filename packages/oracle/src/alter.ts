/**
 * Oracle's spellings of ALTER TABLE actions (SQL Language Reference, ALTER
 * TABLE): `ADD (column)`, `MODIFY (column …)`, `DROP PRIMARY KEY`.
 */
import { AlterAction, Column, CompileError } from '@alkahest/core/dialect';

type Action<K extends AlterAction['kind']> = Extract<AlterAction, { kind: K }>;

/** What `MODIFY` needs of the compiler. */
export interface ModifyHost {
  quoteIdentifier(name: string): string;
  readonly types: { columnType(type: Column['type'], column?: Column): string };
  defaultClause(column: Column): string;
  columnChanges(a: Action<'alter-column'>): { type: boolean; nullability: boolean; default: boolean };
}

/**
 * `MODIFY ("c" type DEFAULT … NOT NULL)` with only what changes: Oracle
 * refuses to set NOT NULL on a column that already is (ORA-01442), or NULL on
 * one that already allows it (ORA-01451). A dropped default is `DEFAULT NULL`.
 */
export function oracleModifyColumn(host: ModifyHost, prefix: string, a: Action<'alter-column'>): string {
  const changes = host.columnChanges(a);
  let sql = host.quoteIdentifier(a.name);
  if (changes.type) sql += ` ${host.types.columnType(a.to.type, a.to)}`;
  if (changes.default) sql += host.defaultClause(a.to) || ' DEFAULT NULL';
  if (changes.nullability) sql += a.to.spec.notNull ? ' NOT NULL' : ' NULL';
  if (!changes.type && !changes.default && !changes.nullability) throw new CompileError(`column ${a.name}: alterColumn changes nothing`);
  return `${prefix}MODIFY (${sql})`;
}

/** `DROP PRIMARY KEY` when the key has no name given; `DROP CONSTRAINT "n"` otherwise. */
export function oracleDropConstraint(prefix: string, a: Action<'drop-constraint'>, quote: (name: string) => string): string {
  if (a.constraint === 'primary-key' && a.name === '') return `${prefix}DROP PRIMARY KEY`;
  return `${prefix}DROP CONSTRAINT ${quote(a.name)}`;
}
