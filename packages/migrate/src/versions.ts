/**
 * The versions table: one row per applied (or failed) migration, written and
 * read with alkahest's own builders.
 */
import { createTable, deleteFrom, insert, select, table, text, timestamp, update, varchar } from '@alkahest/core';
import type { Executor } from '@alkahest/pool';

/** The default name of the versions table. */
export const DEFAULT_VERSIONS_TABLE = 'alkahest_migrations';

/** The versions table's definition, under a name and schema. @internal */
export function versionsTable(name: string = DEFAULT_VERSIONS_TABLE, schema?: string) {
  return table(
    name,
    {
      id: varchar({ length: 255 }).primaryKey(),
      checksum: varchar({ length: 64 }).notNull(),
      /** `applied`, or `failed` (a migration whose DDL could not be rolled back). */
      status: varchar({ length: 16 }).notNull(),
      appliedAt: timestamp('applied_at').notNull(),
      failedStatement: text('failed_statement'),
      error: text(),
    },
    schema === undefined ? {} : { schema },
  );
}

/** The versions table. */
export type VersionsTable = ReturnType<typeof versionsTable>;

/** A row of the versions table. */
export interface VersionRow {
  readonly id: string;
  readonly checksum: string;
  readonly status: 'applied' | 'failed';
  readonly appliedAt: Date;
  readonly failedStatement: string | null;
  readonly error: string | null;
}

/** Reads and writes the versions table on one connection or transaction. */
export class Versions {
  constructor(readonly table: VersionsTable) {}

  async ensure(executor: Executor): Promise<void> {
    await executor.execute(createTable(this.table, { ifNotExists: true }));
  }

  async read(executor: Executor): Promise<VersionRow[]> {
    const t = this.table;
    const rows = await executor.execute(select(t).from(t).orderBy(t.c.id));
    return rows.map((r) => ({ ...r, status: r.status === 'failed' ? 'failed' : 'applied' }));
  }

  async applied(executor: Executor, id: string, checksum: string): Promise<void> {
    await executor.execute(insert(this.table).values({ id, checksum, status: 'applied', appliedAt: new Date() }));
  }

  async failed(executor: Executor, id: string, checksum: string, statement: string | undefined, error: string, exists: boolean): Promise<void> {
    const t = this.table;
    const values = { checksum, status: 'failed', appliedAt: new Date(), failedStatement: statement ?? null, error };
    if (exists) await executor.execute(update(t).set(values).where(t.c.id.eq(id)));
    else await executor.execute(insert(t).values({ id, ...values }));
  }

  async resolved(executor: Executor, id: string): Promise<void> {
    const t = this.table;
    await executor.execute(update(t).set({ status: 'applied', failedStatement: null, error: null }).where(t.c.id.eq(id)));
  }

  async remove(executor: Executor, id: string): Promise<void> {
    await executor.execute(deleteFrom(this.table).where(this.table.c.id.eq(id)));
  }
}
