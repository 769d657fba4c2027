/**
 * Schema changes: ALTER TABLE (one action per statement), CREATE / DROP
 * SCHEMA. Tables and columns are named by their SQL names, not by `table()`
 * objects: a migration describes the schema as it was at that step, which
 * the application's current definitions no longer show.
 */
import { SchemaError } from '../errors';
import type { Expression } from '../expr/expression';
import { checkIdentifier } from '../expr/sql-template';
import { AnyColumnBuilder, table, Table } from '../schema/table';
import type { ReferentialAction } from '../schema/column';

/** A table by name. */
export interface TableName {
  readonly name: string;
  readonly schema?: string;
}

/** The table a foreign key references, by SQL names. */
export interface ReferencedColumns {
  readonly table: string;
  readonly schema?: string;
  readonly columns: readonly string[];
}

/** Options of a foreign key added by ALTER TABLE. */
export interface ForeignKeyOptions {
  readonly onDelete?: ReferentialAction;
  readonly onUpdate?: ReferentialAction;
}

/** The kinds of constraint ALTER TABLE … DROP names (MySQL and SQLite need to know which). */
export type ConstraintKind = 'unique' | 'foreign-key' | 'check' | 'primary-key';

/** One change to a table. Column and constraint names are SQL names. */
export type AlterAction =
  | { readonly kind: 'add-column'; readonly column: Table['columns'][number] }
  | { readonly kind: 'drop-column'; readonly name: string }
  | { readonly kind: 'rename-column'; readonly from: string; readonly to: string }
  /** Type, nullability and default: `to` is the whole new definition, `from` the old one when known. */
  | { readonly kind: 'alter-column'; readonly name: string; readonly to: Table['columns'][number]; readonly from?: Table['columns'][number] }
  | { readonly kind: 'add-primary-key'; readonly name?: string; readonly columns: readonly string[] }
  | { readonly kind: 'add-unique'; readonly name: string; readonly columns: readonly string[] }
  | { readonly kind: 'add-foreign-key'; readonly name: string; readonly columns: readonly string[]; readonly references: ReferencedColumns; readonly options: ForeignKeyOptions }
  | { readonly kind: 'add-check'; readonly name: string; readonly condition: Expression<boolean> }
  | { readonly kind: 'drop-constraint'; readonly name: string; readonly constraint: ConstraintKind }
  | { readonly kind: 'add-index'; readonly name: string; readonly columns: readonly string[]; readonly unique: boolean }
  | { readonly kind: 'drop-index'; readonly name: string }
  | { readonly kind: 'rename-table'; readonly to: string };

/** `ALTER TABLE` with one action. */
export class AlterTable {
  readonly kind = 'alter-table';
  constructor(
    readonly table: TableName,
    readonly action: AlterAction,
  ) {}
}

/** `CREATE SCHEMA [IF NOT EXISTS]` */
export class CreateSchema {
  readonly kind = 'create-schema';
  constructor(
    readonly name: string,
    readonly ifNotExists: boolean,
  ) {}
}

/** `DROP SCHEMA [IF EXISTS]` (never CASCADE; see {@link dropSchema} for MySQL). */
export class DropSchema {
  readonly kind = 'drop-schema';
  constructor(
    readonly name: string,
    readonly ifExists: boolean,
  ) {}
}

/** Any schema-changing statement besides CREATE / DROP TABLE and INDEX. */
export type SchemaChange = AlterTable | CreateSchema | DropSchema;

function names(list: readonly string[], what: string): readonly string[] {
  if (list.length === 0) throw new SchemaError(`${what} needs at least one column`);
  return list.map((n) => checkIdentifier(n, 'column name'));
}

/** A column definition as a column of a one-column table, which the DDL compiler renders. */
function columnOf(target: TableName, name: string, definition: AnyColumnBuilder): Table['columns'][number] {
  if (definition.spec.references !== undefined || definition.spec.unique !== false || definition.spec.checks.length > 0) {
    throw new SchemaError(`column ${name}: add its unique, foreign-key and check constraints with addUnique / addForeignKey / addCheck`);
  }
  const one = table(target.name, { [name]: definition }, target.schema === undefined ? {} : { schema: target.schema });
  return one.columns[0]!;
}

/**
 * The changes ALTER TABLE can make to one table, each a statement of its own.
 *
 * @example
 * ```ts
 * const users = alterTable('users');
 * await engine.execute(users.addColumn('age', integer().notNull().default(0)));
 * await engine.execute(users.alterColumn('age', bigint().notNull(), { from: integer().notNull() }));
 * await engine.execute(users.addForeignKey('fk_users_team', ['team_id'], { table: 'teams', columns: ['id'] }, { onDelete: 'set null' }));
 * await engine.execute(users.renameTo('people'));
 * ```
 */
export class AlterTableBuilder {
  constructor(readonly table: TableName) {}

  private make(action: AlterAction): AlterTable {
    return new AlterTable(this.table, action);
  }

  /** `ADD COLUMN name definition` (type, NOT NULL, DEFAULT; constraints are added apart). */
  addColumn(name: string, definition: AnyColumnBuilder): AlterTable {
    return this.make({ kind: 'add-column', column: columnOf(this.table, checkIdentifier(name, 'column name'), definition) });
  }
  /** `DROP COLUMN name` */
  dropColumn(name: string): AlterTable {
    return this.make({ kind: 'drop-column', name: checkIdentifier(name, 'column name') });
  }
  /** `RENAME COLUMN from TO to` */
  renameColumn(from: string, to: string): AlterTable {
    return this.make({ kind: 'rename-column', from: checkIdentifier(from, 'column name'), to: checkIdentifier(to, 'column name') });
  }
  /**
   * Changes a column's type, nullability and default to those of `to`. With
   * `from` (the definition before), only what differs is changed — Oracle
   * refuses to set NOT NULL on a column that already is.
   */
  alterColumn(name: string, to: AnyColumnBuilder, options: { from?: AnyColumnBuilder } = {}): AlterTable {
    checkIdentifier(name, 'column name');
    const from = options.from === undefined ? undefined : columnOf(this.table, name, options.from);
    return this.make({ kind: 'alter-column', name, to: columnOf(this.table, name, to), ...(from === undefined ? {} : { from }) });
  }
  /** `ADD [CONSTRAINT name] PRIMARY KEY (…)` */
  addPrimaryKey(columns: readonly string[], name?: string): AlterTable {
    return this.make({ kind: 'add-primary-key', columns: names(columns, 'a primary key'), ...(name === undefined ? {} : { name: checkIdentifier(name, 'constraint name') }) });
  }
  /** Drops the primary key (`name` is needed where the key is dropped by name: PostgreSQL, Oracle). */
  dropPrimaryKey(name?: string): AlterTable {
    return this.make({ kind: 'drop-constraint', constraint: 'primary-key', name: name === undefined ? '' : checkIdentifier(name, 'constraint name') });
  }
  /** `ADD CONSTRAINT name UNIQUE (…)` */
  addUnique(name: string, columns: readonly string[]): AlterTable {
    return this.make({ kind: 'add-unique', name: checkIdentifier(name, 'constraint name'), columns: names(columns, 'a unique constraint') });
  }
  /** `ADD CONSTRAINT name FOREIGN KEY (…) REFERENCES t (…)` */
  addForeignKey(name: string, columns: readonly string[], references: ReferencedColumns, options: ForeignKeyOptions = {}): AlterTable {
    const target = { table: checkIdentifier(references.table, 'table name'), columns: names(references.columns, 'a foreign key'), ...(references.schema === undefined ? {} : { schema: checkIdentifier(references.schema, 'schema name') }) };
    if (target.columns.length !== columns.length) throw new SchemaError(`foreign key ${name} references ${target.columns.length} columns for ${columns.length}`);
    return this.make({ kind: 'add-foreign-key', name: checkIdentifier(name, 'constraint name'), columns: names(columns, 'a foreign key'), references: target, options });
  }
  /** `ADD CONSTRAINT name CHECK (condition)`; write columns with `sql.id('col')` or build the condition from a table. */
  addCheck(name: string, condition: Expression<boolean>): AlterTable {
    return this.make({ kind: 'add-check', name: checkIdentifier(name, 'constraint name'), condition });
  }
  /** Drops a unique, foreign-key or check constraint by name. */
  dropConstraint(name: string, constraint: Exclude<ConstraintKind, 'primary-key'>): AlterTable {
    return this.make({ kind: 'drop-constraint', name: checkIdentifier(name, 'constraint name'), constraint });
  }
  /** `CREATE [UNIQUE] INDEX name ON table (…)` */
  addIndex(name: string, columns: readonly string[], options: { unique?: boolean } = {}): AlterTable {
    return this.make({ kind: 'add-index', name: checkIdentifier(name, 'index name'), columns: names(columns, 'an index'), unique: options.unique === true });
  }
  /** `DROP INDEX name` */
  dropIndex(name: string): AlterTable {
    return this.make({ kind: 'drop-index', name: checkIdentifier(name, 'index name') });
  }
  /** `RENAME TO` (within the same schema). */
  renameTo(name: string): AlterTable {
    return this.make({ kind: 'rename-table', to: checkIdentifier(name, 'table name') });
  }
}

/**
 * Starts an ALTER TABLE: give the table's name (and schema) or a `table()`.
 *
 * @example
 * ```ts
 * await engine.execute(alterTable('users').renameColumn('name', 'full_name'));
 * await engine.execute(alterTable({ name: 'orders', schema: 'shop' }).dropColumn('legacy'));
 * ```
 */
export function alterTable(target: string | TableName | Table): AlterTableBuilder {
  if (typeof target === 'string') return new AlterTableBuilder({ name: checkIdentifier(target, 'table name') });
  if (target instanceof Table && target.alias !== undefined) throw new SchemaError(`alterTable: give the table itself, not the alias ${target.alias}`);
  const name = checkIdentifier(target.name, 'table name');
  return new AlterTableBuilder(target.schema === undefined ? { name } : { name, schema: checkIdentifier(target.schema, 'schema name') });
}

/**
 * `CREATE SCHEMA` (PostgreSQL; a database on MySQL; refused on SQLite and Oracle, where a schema is a file or a user).
 *
 * @example
 * ```ts
 * await engine.execute(createSchema('billing', { ifNotExists: true }));
 * ```
 */
export function createSchema(name: string, options: { ifNotExists?: boolean } = {}): CreateSchema {
  return new CreateSchema(checkIdentifier(name, 'schema name'), options.ifNotExists === true);
}

/**
 * `DROP SCHEMA`. PostgreSQL refuses a schema with tables left in it (RESTRICT, its default); on
 * MySQL / MariaDB a schema is a database and DROP SCHEMA drops it with every table in it.
 *
 * @example
 * ```ts
 * await engine.execute(dropSchema('billing', { ifExists: true }));
 * ```
 */
export function dropSchema(name: string, options: { ifExists?: boolean } = {}): DropSchema {
  return new DropSchema(checkIdentifier(name, 'schema name'), options.ifExists === true);
}
