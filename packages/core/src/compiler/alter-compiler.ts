/**
 * Compiling schema changes: ALTER TABLE (one action per statement) and
 * CREATE / DROP SCHEMA. The base writes standard SQL (PostgreSQL's spelling
 * where the standard is silent); dialects override one action at a time.
 */
import { CompileError } from '../errors';
import { Column, columnSpec } from '../schema/column';
import { AnyColumn, Table } from '../schema/table';
import type { AlterAction, AlterTable, CreateSchema, DropSchema, ReferencedColumns, TableName } from '../statements/alter';
import { CreateIndex, DropIndex } from '../statements/ddl';
import { SqlType } from '../types/sql-type';
import { DdlCompiler } from './ddl-compiler';
import type { CatalogReader } from '../schema/reflection';

type Action<K extends AlterAction['kind']> = Extract<AlterAction, { kind: K }>;
/** A column as an ALTER action holds it. */
type AlterColumn = Action<'add-column'>['column'];

/**
 * A table known only by its name and some column names, for the DDL hooks that take a `Table`.
 *
 * @example
 * ```ts
 * const users = namedTable({ name: 'users' }, ['id', 'name']); // for a hook that takes a Table
 * ```
 */
export function namedTable(target: TableName, columns: readonly string[] = []): Table {
  const placeholder = { kind: 'table', referenceName: target.name };
  const cols = columns.map((name) => new Column(placeholder, name, name, columnSpec(new SqlType('unknown'), undefined)) as AnyColumn);
  return new Table(
    { name: target.name, schema: target.schema, columns: cols, primaryKey: undefined, unique: [], indexes: [], foreignKeys: [], checks: [] },
    undefined,
  );
}

/**
 * Compiles ALTER TABLE actions and schema statements. A layer of
 * {@link SqlCompiler}.
 */
export abstract class AlterCompiler extends DdlCompiler {
  /** `ALTER TABLE [schema.]name ` */
  alterPrefix(target: TableName): string {
    return `ALTER TABLE ${this.quoteQualified(target.schema, target.name)} `;
  }

  /** Compiles one ALTER TABLE statement. */
  alterTable(node: AlterTable): string {
    const t = node.table;
    const a = node.action;
    switch (a.kind) {
      case 'add-column':
        return this.addColumn(t, a.column);
      case 'drop-column':
        return `${this.alterPrefix(t)}DROP COLUMN ${this.quoteIdentifier(a.name)}`;
      case 'rename-column':
        return `${this.alterPrefix(t)}RENAME COLUMN ${this.quoteIdentifier(a.from)} TO ${this.quoteIdentifier(a.to)}`;
      case 'alter-column':
        return this.alterColumn(t, a);
      case 'add-primary-key':
        return `${this.alterPrefix(t)}ADD ${this.constraintName(a.name)}PRIMARY KEY (${this.columnList(a.columns)})`;
      case 'add-unique':
        return `${this.alterPrefix(t)}ADD ${this.constraintName(a.name)}UNIQUE (${this.columnList(a.columns)})`;
      case 'add-foreign-key':
        return `${this.alterPrefix(t)}ADD ${this.foreignKeyByName(a.name, a.columns, a.references, a.options.onDelete, a.options.onUpdate)}`;
      case 'add-check':
        return `${this.alterPrefix(t)}ADD ${this.check(a.name, a.condition, namedTable(t))}`;
      case 'drop-constraint':
        return this.dropConstraint(t, a);
      case 'add-index':
        return this.createIndex(new CreateIndex(namedTable(t, a.columns), { name: a.name, columns: a.columns, unique: a.unique }, false));
      case 'drop-index':
        return this.dropIndex(new DropIndex(namedTable(t), { name: a.name, columns: [] }, false));
      case 'rename-table':
        return `${this.alterPrefix(t)}RENAME TO ${this.quoteIdentifier(a.to)}`;
    }
  }

  /** Quoted column names, comma-separated. */
  columnList(columns: readonly string[]): string {
    return columns.map((c) => this.quoteIdentifier(c)).join(', ');
  }

  /** `ADD COLUMN definition`, with the checks its type implies (enum members) written on the column. */
  addColumn(target: TableName, column: AlterColumn): string {
    return `${this.alterPrefix(target)}ADD COLUMN ${this.addedColumnDefinition(column)}`;
  }

  /** A column's definition as ADD COLUMN writes it. */
  addedColumnDefinition(column: AlterColumn): string {
    if (column.spec.primaryKey) throw new CompileError(`column ${column.name}: add a primary key with addPrimaryKey, not on an added column`);
    const checks = this.typeChecks(column).map((c) => ` ${c}`).join('');
    return `${this.columnDefinition(column, namedTable({ name: column.source.referenceName }))}${checks}`;
  }

  /** What an ALTER COLUMN changes: each of type, nullability, default, when `from` is known; all of them otherwise. */
  columnChanges(a: Action<'alter-column'>): { type: boolean; nullability: boolean; default: boolean } {
    const from = a.from;
    if (from === undefined) return { type: true, nullability: true, default: true };
    return {
      type: this.types.columnType(from.type, from) !== this.types.columnType(a.to.type, a.to),
      nullability: from.spec.notNull !== a.to.spec.notNull,
      default: this.defaultClause(from) !== this.defaultClause(a.to),
    };
  }

  /** PostgreSQL's form: `ALTER COLUMN c TYPE t USING c::t, ALTER COLUMN c SET NOT NULL, ALTER COLUMN c SET DEFAULT …`. */
  alterColumn(target: TableName, a: Action<'alter-column'>): string {
    const name = this.quoteIdentifier(a.name);
    const changes = this.columnChanges(a);
    const parts: string[] = [];
    if (changes.type) parts.push(`ALTER COLUMN ${name} TYPE ${this.types.columnType(a.to.type, a.to)}${this.typeConversion(a)}`);
    if (changes.nullability) parts.push(`ALTER COLUMN ${name} ${a.to.spec.notNull ? 'SET' : 'DROP'} NOT NULL`);
    if (changes.default) {
      const d = this.defaultClause(a.to);
      parts.push(d === '' ? `ALTER COLUMN ${name} DROP DEFAULT` : `ALTER COLUMN ${name} SET${d}`);
    }
    if (parts.length === 0) throw new CompileError(`column ${a.name}: alterColumn changes nothing`);
    return `${this.alterPrefix(target)}${parts.join(', ')}`;
  }

  /** How existing values convert on a type change (PostgreSQL: `USING c::type`); nothing by default. */
  typeConversion(a: Action<'alter-column'>): string {
    void a;
    return '';
  }

  /** `[CONSTRAINT n] FOREIGN KEY (…) REFERENCES t (…) [ON DELETE …] [ON UPDATE …]` with every name given as text. */
  foreignKeyByName(name: string | undefined, columns: readonly string[], target: ReferencedColumns, onDelete?: AlterActionReferential, onUpdate?: AlterActionReferential): string {
    const referenced = namedTable({ name: target.table, ...(target.schema === undefined ? {} : { schema: target.schema }) }, target.columns);
    const own = namedTable({ name: '' }, columns);
    return this.foreignKey(name, own.columns, referenced.columns, onDelete, onUpdate);
  }

  /** `DROP CONSTRAINT n` (`n` is required; PostgreSQL names a primary key `<table>_pkey`). */
  dropConstraint(target: TableName, a: Action<'drop-constraint'>): string {
    const name = a.name === '' && a.constraint === 'primary-key' ? this.defaultPrimaryKeyName(target) : a.name;
    return `${this.alterPrefix(target)}DROP CONSTRAINT ${this.quoteIdentifier(name)}`;
  }

  /** The name a database gives a primary key declared without one. */
  defaultPrimaryKeyName(target: TableName): string {
    return `${target.name}_pkey`;
  }

  /** The dialect's catalog statements for reflection, where it has them. */
  catalogReader(): CatalogReader | undefined {
    return undefined;
  }

  /** Compiles CREATE SCHEMA. */
  createSchema(node: CreateSchema): string {
    return `CREATE SCHEMA ${this.ifNotExists(node.ifNotExists, 'schema')}${this.quoteIdentifier(node.name)}`;
  }

  /** Compiles DROP SCHEMA. */
  dropSchema(node: DropSchema): string {
    return `DROP SCHEMA ${this.ifExists(node.ifExists, 'schema')}${this.quoteIdentifier(node.name)}`;
  }
}

type AlterActionReferential = Action<'add-foreign-key'>['options']['onDelete'];
