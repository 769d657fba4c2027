/**
 * The migrator's refusals, on SQLite: a target that is no migration or not
 * applied, a migration without down(), an applied migration missing from the
 * source (status says so, down refuses); and SQLite batch mode's refusals
 * when the table it would rebuild lacks what the change names, leaving the
 * table as it was; a named primary key added by a rebuild.
 */
import { alterTable, createTable, integer, select, sql, table, text } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { inlineSource, MigrationError, Migrator } from '@alkahest/migrate';
import type { MigrationModule } from '@alkahest/migrate';

const notes = table('notes', { id: integer().primaryKey(), body: text() });
let engine: Engine;
beforeEach(async () => {
  engine = createEngine('sqlite::memory:');
  await engine.execute(createTable(notes));
});
afterEach(() => engine.close());

const noop: MigrationModule['up'] = async () => undefined;

test('up to a migration that does not exist, and down to one not applied, are refused', async () => {
  const migrator = new Migrator(engine, inlineSource({ '0001': { up: noop, down: noop }, '0002': { up: noop, down: noop } }));
  await expect(migrator.up({ to: '0009' })).rejects.toThrow(new MigrationError('no migration 0009'));
  expect((await migrator.up({ to: '0001' })).migrations).toEqual(['0001']);
  await expect(migrator.down({ to: '0002' })).rejects.toThrow(new MigrationError('migration 0002 is not applied'));
});

test('a migration without down() cannot be reverted', async () => {
  const migrator = new Migrator(engine, inlineSource({ '0001': { up: noop } }));
  await migrator.up();
  await expect(migrator.down()).rejects.toThrow(new MigrationError('migration 0001 has no down(): it cannot be reverted'));
});

test('an applied migration missing from the source shows as missing, and down refuses to revert it', async () => {
  await new Migrator(engine, inlineSource({ '0001': { up: noop, down: noop } })).up();
  const later = new Migrator(engine, inlineSource({ '0002': { up: noop, down: noop } }));
  expect((await later.status()).map((s) => [s.id, s.state])).toEqual([
    ['0001', 'missing'],
    ['0002', 'pending'],
  ]);
  await expect(later.down()).rejects.toThrow(new MigrationError('migration 0001 is applied but missing from the migrations: it cannot be reverted'));
});

describe('SQLite batch mode refuses what the table lacks', () => {
  const run = (up: MigrationModule['up']) => new Migrator(engine, inlineSource({ '0001': { up } })).up();
  test.each([
    ['a column it does not have', alterTable('notes').alterColumn('title', text().notNull()), 'table notes has no column title'],
    ['a primary key it does not have', alterTable('notes').dropPrimaryKey(), 'table notes has no primary key'],
    ['a constraint it does not have', alterTable('notes').dropConstraint('uq_nope', 'unique'), 'table notes has no unique constraint named uq_nope'],
    ['a table that does not exist', alterTable('nowhere').alterColumn('id', integer().notNull()), 'table nowhere does not exist'],
  ])('%s', async (_, change, message) => {
    if (_ === 'a primary key it does not have') {
      await engine.execute(sql`DROP TABLE notes`);
      await engine.execute(sql`CREATE TABLE notes (id INTEGER, body TEXT)`);
    }
    await expect(run(async (m) => void (await m.execute(change)))).rejects.toThrow(new MigrationError(message));
    // Nothing changed: the table is as it was.
    expect(await engine.execute(select(notes.c.id).from(notes))).toEqual([]);
  });

  test('a named primary key added by rebuilding is there afterwards', async () => {
    await engine.execute(sql`DROP TABLE notes`);
    await engine.execute(sql`CREATE TABLE notes (id INTEGER NOT NULL, body TEXT)`);
    await run(async (m) => void (await m.execute(alterTable('notes').addPrimaryKey(['id'], 'pk_notes'))));
    const [created] = await engine.execute(sql`SELECT sql FROM sqlite_schema WHERE name = 'notes'`.returns({ sql: text().notNull() }));
    expect(created!.sql).toMatch(/CONSTRAINT "pk_notes" PRIMARY KEY \("id"\)/);
  });
});
