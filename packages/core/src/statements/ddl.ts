/**
 * DDL statements built from table definitions.
 */
import { CompileError } from '../errors';
import type { IndexDefinition, Table } from '../schema/table';

/** `CREATE TABLE [IF NOT EXISTS]` */
export class CreateTable {
  readonly kind = 'create-table';
  constructor(
    readonly table: Table,
    readonly ifNotExists: boolean,
  ) {}
}

/** `DROP TABLE [IF EXISTS]` */
export class DropTable {
  readonly kind = 'drop-table';
  constructor(
    readonly table: Table,
    readonly ifExists: boolean,
  ) {}
}

/** `CREATE [UNIQUE] INDEX [IF NOT EXISTS]` */
export class CreateIndex {
  readonly kind = 'create-index';
  constructor(
    readonly table: Table,
    readonly index: IndexDefinition,
    readonly ifNotExists: boolean,
  ) {}
}

/** `DROP INDEX [IF EXISTS]` */
export class DropIndex {
  readonly kind = 'drop-index';
  constructor(
    readonly table: Table,
    readonly index: IndexDefinition,
    readonly ifExists: boolean,
  ) {}
}

/** Any DDL statement. */
export type DdlStatement = CreateTable | DropTable | CreateIndex | DropIndex;

function plainTable(table: Table, what: string): Table {
  if (table.alias !== undefined) throw new CompileError(`${what}: give the table itself, not the alias ${table.alias}`);
  return table;
}

function findIndex(table: Table, name: string): IndexDefinition {
  const index = table.definition.indexes.find((i) => i.name === name);
  if (!index) throw new CompileError(`table ${table.name} declares no index ${JSON.stringify(name)}`);
  return index;
}

/**
 * `CREATE TABLE` with the table's columns and constraints.
 *
 * @example
 * ```ts
 * await engine.execute(createTable(users, { ifNotExists: true }));
 * ```
 */
export function createTable(table: Table, options: { ifNotExists?: boolean } = {}): CreateTable {
  return new CreateTable(plainTable(table, 'createTable'), options.ifNotExists === true);
}
/**
 * `DROP TABLE`
 *
 * @example
 * ```ts
 * await engine.execute(dropTable(users, { ifExists: true }));
 * ```
 */
export function dropTable(table: Table, options: { ifExists?: boolean } = {}): DropTable {
  return new DropTable(plainTable(table, 'dropTable'), options.ifExists === true);
}
/**
 * `CREATE INDEX` for an index the table declares, by name.
 *
 * @example
 * ```ts
 * const users = table('users', { id: integer().primaryKey(), email: text() }, { indexes: [{ name: 'ix_users_email', columns: ['email'] }] });
 * await engine.execute(createIndex(users, 'ix_users_email', { ifNotExists: true }));
 * ```
 */
export function createIndex(table: Table, name: string, options: { ifNotExists?: boolean } = {}): CreateIndex {
  return new CreateIndex(plainTable(table, 'createIndex'), findIndex(table, name), options.ifNotExists === true);
}
/**
 * `DROP INDEX` for an index the table declares, by name.
 *
 * @example
 * ```ts
 * await engine.execute(dropIndex(users, 'ix_users_email', { ifExists: true }));
 * ```
 */
export function dropIndex(table: Table, name: string, options: { ifExists?: boolean } = {}): DropIndex {
  return new DropIndex(plainTable(table, 'dropIndex'), findIndex(table, name), options.ifExists === true);
}
