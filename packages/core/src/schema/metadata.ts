/**
 * MetaData: a collection of tables that knows their foreign-key order, and
 * creates or drops them all.
 */
import { SchemaError } from '../errors';
import { createIndex, createTable, dropTable, DdlStatement } from '../statements/ddl';
import type { AnyColumn, ColumnMap, Table } from './table';

/** Anything that can run a statement: an engine, a connection, a transaction. */
export interface StatementExecutor {
  execute(statement: DdlStatement): Promise<unknown>;
}

/**
 * A set of tables.
 *
 * @example
 * ```ts
 * const metadata = new MetaData(users, posts);
 * await metadata.createAll(engine);   // users before posts, which references it
 * await metadata.dropAll(engine);     // posts before users
 * ```
 */
export class MetaData {
  private readonly tables: Table<string, ColumnMap>[] = [];

  constructor(...tables: Table<string, ColumnMap>[]) {
    this.add(...tables);
  }

  /** Adds tables; returns this metadata. */
  add(...tables: Table<string, ColumnMap>[]): this {
    for (const t of tables) {
      if (t.alias !== undefined) throw new SchemaError(`MetaData holds tables, not aliases (${t.alias})`);
      if (this.tables.some((x) => x === t)) continue;
      if (this.tables.some((x) => x.name === t.name && x.schema === t.schema)) {
        throw new SchemaError(`MetaData already holds a table named ${t.schema ? `${t.schema}.` : ''}${t.name}`);
      }
      this.tables.push(t);
    }
    return this;
  }

  /** Tables in dependency order: every table after the tables it references. */
  get sortedTables(): Table<string, ColumnMap>[] {
    const dependsOn = new Map<Table, Set<Table>>();
    for (const t of this.tables) {
      const deps = new Set<Table>();
      const targets: AnyColumn[] = [];
      for (const c of t.columns) if (c.spec.references) targets.push(c.spec.references.target() as AnyColumn);
      for (const fk of t.definition.foreignKeys) targets.push(...fk.references());
      for (const target of targets) {
        const owner = this.tables.find((x) => x === target.source || (x.name === target.source.referenceName && target.source.kind === 'table'));
        if (owner && owner !== t) deps.add(owner);
      }
      dependsOn.set(t, deps);
    }
    const sorted: Table<string, ColumnMap>[] = [];
    const state = new Map<Table, 'visiting' | 'done'>();
    const visit = (t: Table<string, ColumnMap>, path: string[]): void => {
      const s = state.get(t);
      if (s === 'done') return;
      if (s === 'visiting') throw new SchemaError(`foreign keys form a cycle: ${[...path, t.name].join(' -> ')}`);
      state.set(t, 'visiting');
      for (const d of dependsOn.get(t) ?? []) visit(d as Table<string, ColumnMap>, [...path, t.name]);
      state.set(t, 'done');
      sorted.push(t);
    };
    for (const t of this.tables) visit(t, []);
    return sorted;
  }

  /** The statements `createAll` runs: each table, then its indexes, in dependency order. */
  createStatements(options: { ifNotExists?: boolean } = {}): DdlStatement[] {
    return this.sortedTables.flatMap((t) => [
      createTable(t, options),
      ...t.definition.indexes.map((i) => createIndex(t, i.name, options)),
    ]);
  }

  /** The statements `dropAll` runs: tables in reverse dependency order (indexes go with them). */
  dropStatements(options: { ifExists?: boolean } = {}): DdlStatement[] {
    return this.sortedTables.reverse().map((t) => dropTable(t, options));
  }

  /** Creates every table and index, referenced tables first. */
  async createAll(executor: StatementExecutor, options: { ifNotExists?: boolean } = {}): Promise<void> {
    for (const statement of this.createStatements(options)) await executor.execute(statement);
  }

  /** Drops every table, referencing tables first. */
  async dropAll(executor: StatementExecutor, options: { ifExists?: boolean } = {}): Promise<void> {
    for (const statement of this.dropStatements(options)) await executor.execute(statement);
  }
}
