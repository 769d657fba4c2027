/**
 * SQLite batch mode: changes SQLite's ALTER TABLE cannot make are made by
 * rebuilding the table, with every row, index and trigger kept, children's
 * rows untouched (no cascade fires), and the rebuild said in the output.
 */
import { alterTable, createTable, insert, integer, MetaData, select, sql, table, text, varchar } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { inlineSource, MigrationEvent, MigrationFailedError, Migrator } from '@alkahest/migrate';
import type { MigrationModule } from '@alkahest/migrate';

const teams = table('teams', { id: integer().primaryKey(), name: text().notNull() });
const people = table(
  'people',
  { id: integer().primaryKey(), name: varchar({ length: 20 }), teamId: integer('team_id') },
  { indexes: [{ name: 'ix_people_name', columns: ['name'] }] },
);
const pets = table('pets', { id: integer().primaryKey(), ownerId: integer('owner_id').references(() => people.c.id, { onDelete: 'cascade' }) });

let engine: Engine;
let events: MigrationEvent[];
beforeEach(async () => {
  engine = createEngine('sqlite::memory:');
  events = [];
  await new MetaData(teams, people, pets).createAll(engine);
  await engine.execute(insert(teams).values([{ name: 'a' }, { name: 'b' }]));
  await engine.execute(insert(people).values([{ name: 'ada', teamId: 1 }, { name: 'bob', teamId: 2 }, { name: 'cy', teamId: null }]));
  await engine.execute(insert(pets).values([{ ownerId: 1 }, { ownerId: 2 }]));
  await engine.execute(sql`CREATE TRIGGER trg_people_upper AFTER INSERT ON people BEGIN UPDATE people SET name = upper(NEW.name) WHERE id = NEW.id; END`);
});
afterEach(() => engine.close());

const migrator = (up: MigrationModule['up']) => new Migrator(engine, inlineSource({ '0001': { up } }), { onEvent: (e) => events.push(e) });
const schemaOf = async (name: string) => (await engine.execute(sql`SELECT type, name FROM sqlite_schema WHERE tbl_name = ${name} AND name NOT LIKE 'sqlite_%' ORDER BY name`)) as Record<string, unknown>[];

test('changing a column type, nullability and default rebuilds the table and keeps rows, indexes, triggers and children', async () => {
  await migrator(async (m) => {
    await m.execute(alterTable('people').alterColumn('name', text().notNull().default('?'), { from: varchar({ length: 20 }) }));
    await m.execute(alterTable('people').addForeignKey('fk_people_team', ['team_id'], { table: 'teams', columns: ['id'] }, { onDelete: 'set null' }));
    await m.execute(alterTable('people').addCheck('ck_people_id', sql<boolean>`${sql.id('id')} > 0`));
    await m.execute(alterTable('people').addUnique('uq_people_name', ['name']));
  }).up();
  const after = table('people', { id: integer(), name: text(), teamId: integer('team_id') });
  expect(await engine.execute(select(after).from(after).orderBy(after.c.id))).toEqual([
    { id: 1, name: 'ada', teamId: 1 },
    { id: 2, name: 'bob', teamId: 2 },
    { id: 3, name: 'cy', teamId: null },
  ]);
  expect(await engine.execute(select(pets.c.ownerId).from(pets).orderBy(pets.c.id))).toEqual([{ ownerId: 1 }, { ownerId: 2 }]);
  expect(await schemaOf('people')).toEqual([
    { type: 'index', name: 'ix_people_name' },
    { type: 'table', name: 'people' },
    { type: 'trigger', name: 'trg_people_upper' },
  ]);
  // The new constraints hold; the trigger still fires.
  await expect(engine.execute(insert(after).values({ id: 4, name: 'ada' }))).rejects.toThrow();
  await expect(engine.execute(insert(after).values({ id: -1, name: 'neg' }))).rejects.toThrow();
  await expect(engine.execute(insert(after).values({ id: 5, name: null as never }))).rejects.toThrow();
  await engine.execute(insert(after).values({ id: 6, name: 'dee', teamId: 1 }));
  expect(await engine.execute(select(after.c.name).from(after).where(after.c.id.eq(6)))).toEqual([{ name: 'DEE' }]);
  const logs = events.filter((e) => e.kind === 'log').map((e) => (e as { message: string }).message);
  expect(logs).toHaveLength(4);
  expect(logs[0]).toMatch(/rebuilt table people \(batch mode\), 3 row\(s\) copied, 2 index\(es\) and trigger\(s\) recreated/);
});

test('a rebuild that would break a row fails, and the table is as it was', async () => {
  const error = await migrator(async (m) => {
    await m.execute(alterTable('people').alterColumn('team_id', integer().notNull(), { from: integer() }));
  })
    .up()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MigrationFailedError);
  expect((error as MigrationFailedError).rolledBack).toBe(true);
  expect(await engine.execute(select(people.c.id, people.c.teamId).from(people).orderBy(people.c.id))).toEqual([
    { id: 1, teamId: 1 },
    { id: 2, teamId: 2 },
    { id: 3, teamId: null },
  ]);
  expect((await schemaOf('people')).map((r) => r['name'])).toEqual(['ix_people_name', 'people', 'trg_people_upper']);
});

test('a foreign key that rows break is refused before commit', async () => {
  await engine.execute(sql`UPDATE people SET team_id = 99 WHERE id = 3`);
  const error = await migrator(async (m) => {
    await m.execute(alterTable('people').addForeignKey('fk_people_team', ['team_id'], { table: 'teams', columns: ['id'] }));
  })
    .up()
    .catch((e: unknown) => e);
  expect(String(error)).toMatch(/foreign key refers to no row/);
  const fks = (await engine.execute(sql`SELECT * FROM pragma_foreign_key_list('people')`)) as unknown[];
  expect(fks).toEqual([]);
});

test('dropping a primary key and adding one over another column', async () => {
  const tags = table('tags', { label: varchar({ length: 10 }).notNull(), n: integer() }, { primaryKey: { name: 'pk_tags', columns: ['label'] } });
  await engine.execute(createTable(tags));
  await engine.execute(insert(tags).values([{ label: 'a', n: 1 }, { label: 'b', n: 2 }]));
  await migrator(async (m) => {
    await m.execute(alterTable('tags').dropPrimaryKey('pk_tags'));
    await m.execute(alterTable('tags').alterColumn('n', integer().notNull(), { from: integer() }));
    await m.execute(alterTable('tags').addPrimaryKey(['n'], 'pk_tags_n'));
  }).up();
  await engine.execute(insert(tags).values({ label: 'a', n: 3 }));
  await expect(engine.execute(insert(tags).values({ label: 'z', n: 3 }))).rejects.toThrow();
  expect(await engine.execute(select(tags.c.n).from(tags).orderBy(tags.c.n))).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
});
