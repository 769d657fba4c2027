/**
 * The generator writes what a table declares: a composite primary key with its
 * name, unique constraints with and without names, checks, indexes, foreign
 * keys with their actions, and the column types with options (lengths,
 * precision and scale, time zones, enums) and defaults. Live on SQLite,
 * PostgreSQL and MariaDB: the generated files run up, the database then
 * matches the schema (an empty diff), and down walks back. Then the text the
 * generator writes for operations a diff of two databases gives rarely: an
 * expression index, a narrowing, a primary key dropped by name, and nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinTypes, char, enumOf, integer, MetaData, numeric, table, text, timestamp, varchar } from '@alkahest/core';
import type { CatalogReader, ReflectedColumn, ReflectedTable, SqlType, Table } from '@alkahest/core';
import { sqliteDialect } from '@alkahest/sqlite';
import { diff, directorySource, generateMigration, migrationSource, Migrator } from '@alkahest/migrate';
import { migrationId } from '../src/generate';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

function schema(p: string, second: boolean): Table[] {
  const accounts = table(`${p}_accounts`, { id: integer().primaryKey(), email: varchar({ length: 80 }).notNull() });
  const entries = table(
    `${p}_entries`,
    {
      region: char({ length: 2 }).notNull(),
      serial: integer().notNull(),
      accountId: integer('account_id').notNull(),
      amount: numeric({ precision: 10, scale: 2 }).notNull().default('0.00'),
      rate: numeric({ precision: 6 }),
      state: enumOf(['open', 'closed']).notNull().default('open'),
      note: text(),
      ...(second ? { booked: timestamp() } : {}),
    },
    {
      primaryKey: { name: `${p}_pk_entries`, columns: ['region', 'serial'] },
      unique: [{ name: `${p}_uq_entries_note`, columns: ['note', 'region'] }],
      indexes: [{ name: `${p}_ix_entries_account`, columns: ['accountId'] }],
      checks: (c) => [{ name: `${p}_ck_entries_serial`, condition: c.serial.gt(0) }],
      foreignKeys: second ? [{ name: `${p}_fk_entries_account`, columns: ['accountId'], references: () => [accounts.c.id], onDelete: 'cascade', onUpdate: 'restrict' }] : [],
    },
  );
  return [accounts as unknown as Table, entries as unknown as Table];
}

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest(`${db.name}: keys, constraints, indexes and typed columns are generated, applied, and undone`, async () => {
      const p = uniqueName('g');
      const dir = mkdtempSync(join(tmpdir(), 'alkahest-generate-'));
      const versions = `${p}_versions`;
      const only = (n: string) => n.startsWith(p) && n !== versions;
      const migrator = new Migrator(engine(), directorySource(dir), { tableName: versions });
      try {
        const first = await generateMigration(new MetaData(...schema(p, false)), engine(), { directory: dir, title: 'entries', only, now: new Date(Date.UTC(2026, 0, 1)) });
        const text = readFileSync(first!.path, 'utf8');
        expect(text).toContain(`primaryKey: { name: '${p}_pk_entries', columns: ['region', 'serial'] }`);
        expect(text).toContain(`unique: [{ name: '${p}_uq_entries_note', columns: ['note', 'region'] }]`);
        expect(text).toContain(`checks: () => [{ name: '${p}_ck_entries_serial', condition: sql<boolean>`);
        expect(text).toContain(`.addIndex('${p}_ix_entries_account', ['account_id'])`);
        expect(text).toMatch(/'region': char\({ length: 2 }\)\.notNull\(\),/);
        expect(text).toMatch(/'amount': numeric\({ precision: 10, scale: 2 }\)\.notNull\(\)\.default\(/);
        await migrator.up();
        expect((await diff(new MetaData(...schema(p, false)), engine(), { only })).operations).toEqual([]);

        const second = await generateMigration(new MetaData(...schema(p, true)), engine(), { directory: dir, title: 'booked', only, now: new Date(Date.UTC(2026, 0, 2)) });
        const more = readFileSync(second!.path, 'utf8');
        expect(more).toContain(`.addForeignKey('${p}_fk_entries_account', ['account_id'], { table: '${p}_accounts', columns: ['id'] }, { onDelete: 'cascade', onUpdate: 'restrict' })`);
        expect(more).toMatch(/\.addColumn\('booked', timestamp\(\)\)/);
        await migrator.up();
        expect((await diff(new MetaData(...schema(p, true)), engine(), { only })).operations).toEqual([]);

        await migrator.down({ allowDestructive: true });
        expect((await diff(new MetaData(...schema(p, false)), engine(), { only })).operations).toEqual([]);
        await migrator.down({ allowDestructive: true });
        expect((await diff(new MetaData(), engine(), { only })).operations).toEqual([]);
      } finally {
        // Left behind only when a step above failed.
        await migrator.down({ allowDestructive: true, to: null }).catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('the text of rarer operations', () => {
  const catalog = sqliteDialect().catalog as CatalogReader;
  const column = (name: string, type: SqlType = builtinTypes.integer, extra: Partial<ReflectedColumn> = {}): ReflectedColumn => ({ name, type, nullable: true, autoIncrement: false, nativeType: '', ...extra }) as ReflectedColumn;
  const empty: Omit<ReflectedTable, 'name' | 'columns'> = { primaryKey: undefined, uniques: [], foreignKeys: [], indexes: [], checks: [] } as never;

  test('nothing to do: no core import, and both bodies say so', () => {
    const text = migrationSource({ operations: [], warnings: [] } as never, catalog);
    expect(text).not.toContain("from '@alkahest/core'");
    expect(text).toContain("import type { MigrationContext } from '@alkahest/migrate';");
    expect(text.match(/ {2}\/\/ No changes\./g)).toHaveLength(2);
    expect(text).toMatch(/^\/\/ Migration: generated by alkahest migrate generate\.$/m);
  });

  test('an index over expressions is left for the author, in a comment', () => {
    const t: ReflectedTable = { ...empty, name: 'docs', columns: [column('id')], indexes: [{ name: 'ix_lower', columns: [], unique: false, expressions: ['lower(title)', undefined] }] } as never;
    const text = migrationSource({ operations: [{ kind: 'create-table', table: t }], warnings: ['one'] } as never, catalog, { title: 'Docs' });
    expect(text).toContain('  // Index ix_lower is over expressions (lower(title)): write it by hand.');
    expect(text).toContain('// WARNING: one');
    expect(text).toContain("import { createTable, dropTable, integer, table } from '@alkahest/core';");
    expect(text).toContain('export const destructiveDown = true;');
    expect(text).toContain("import { tableNamed, type MigrationContext } from '@alkahest/migrate';");
  });

  test('a narrowing says DESTRUCTIVE; a primary key is dropped and added by its name', () => {
    const from = column('title', builtinTypes.text, { nativeType: 'TEXT' });
    const to = column('title', varchar({ length: 20 }).spec.type);
    const key = { name: 'pk_docs', columns: ['id', 'rev'] };
    const text = migrationSource(
      {
        operations: [
          { kind: 'alter-column', table: { name: 'docs', schema: 'app' }, from, to, narrowing: true },
          { kind: 'drop-primary-key', table: { name: 'docs' }, key },
          { kind: 'add-primary-key', table: { name: 'docs' }, key },
        ],
        warnings: [],
      } as never,
      catalog,
    );
    expect(text).toContain('  // DESTRUCTIVE: docs.title narrows from TEXT: values that do not fit fail or are cut.');
    expect(text).toContain("await m.execute(alterTable({ name: 'docs', schema: 'app' }).alterColumn('title', varchar({ length: 20 }), { from: text() }));");
    expect(text).toContain("await m.execute(alterTable('docs').dropPrimaryKey('pk_docs'));");
    expect(text).toContain("await m.execute(alterTable('docs').addPrimaryKey(['id', 'rev'], 'pk_docs'));");
    expect(text).toContain('export const destructive = true;');
  });

  test('a migration id is the UTC time and a slug of the title, or the time alone', () => {
    const at = new Date(Date.UTC(2026, 2, 4, 5, 6, 7, 890));
    expect(migrationId('Add: Users & Roles!', at)).toBe('20260304T050607_add_users_roles');
    expect(migrationId('!!!', at)).toBe('20260304T050607');
  });
});
