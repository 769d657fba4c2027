/**
 * The runner, live on SQLite, PostgreSQL and MariaDB: order, versions and
 * checksums, down, dry runs, destructive migrations, and a migration that
 * fails half way (rolled back where DDL is transactional, recorded on MariaDB).
 */
import { alterTable, createTable, dropTable, insert, integer, select, sql, table, text, varchar } from '@alkahest/core';
import type { Engine } from '@alkahest/pool';
import { inlineSource, MigrationError, MigrationFailedError, Migrator, MigrationModule } from '@alkahest/migrate';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

/** Three migrations over tables named with `prefix`. */
function history(prefix: string): Record<string, MigrationModule> {
  const people = table(`${prefix}_people`, { id: integer().primaryKey({ autoIncrement: false }), name: varchar({ length: 40 }).notNull() });
  return {
    '0001_people': {
      up: async (m) => {
        await m.execute(createTable(people));
        await m.execute(insert(people).values({ id: 1, name: 'Ada' }));
      },
      down: async (m) => {
        await m.execute(dropTable(people));
      },
      destructiveDown: true,
    },
    '0002_age': {
      up: async (m) => {
        await m.execute(alterTable(people).addColumn('age', integer().notNull().default(36)));
      },
      down: async (m) => {
        await m.execute(alterTable(people).dropColumn('age'));
      },
    },
    '0003_notes': {
      up: async (m) => {
        await m.execute(createTable(table(`${prefix}_notes`, { id: integer().primaryKey(), body: text() })));
      },
      down: async (m) => {
        await m.execute(dropTable(table(`${prefix}_notes`, { id: integer().primaryKey() })));
      },
      destructiveDown: true,
    },
  };
}

async function tableExists(engine: Engine, name: string): Promise<boolean> {
  try {
    await engine.execute(sql`SELECT 1 FROM ${sql.id(name)} WHERE 1 = 0`);
    return true;
  } catch {
    return false;
  }
}

for (const db of databases) {
  describeDatabase(db, (engine) => {
    let prefix: string;
    let versions: string;
    beforeEach(() => {
      prefix = uniqueName('mg');
      versions = `${prefix}_versions`;
    });
    afterEach(async () => {
      for (const t of ['notes', 'people', 'versions', 'half']) await engine().execute(dropTable(table(`${prefix}_${t}`, { id: integer() }), { ifExists: true }));
    });

    liveTest(`${db.name}: up applies in order, once; status; down walks back`, async () => {
      const migrator = new Migrator(engine(), inlineSource(history(prefix)), { tableName: versions });
      expect((await migrator.status()).map((s) => s.state)).toEqual(['pending', 'pending', 'pending']);
      expect((await migrator.up({ to: '0002_age' })).migrations).toEqual(['0001_people', '0002_age']);
      expect((await migrator.up()).migrations).toEqual(['0003_notes']);
      expect((await migrator.up()).migrations).toEqual([]);
      const status = await migrator.status();
      expect(status.map((s) => [s.id, s.state])).toEqual([['0001_people', 'applied'], ['0002_age', 'applied'], ['0003_notes', 'applied']]);
      expect(status[0]!.appliedAt).toBeInstanceOf(Date);
      const people = table(`${prefix}_people`, { id: integer(), name: varchar({ length: 40 }), age: integer() });
      expect(await engine().execute(select(people).from(people))).toEqual([{ id: 1, name: 'Ada', age: 36 }]);

      await expect(migrator.down()).rejects.toThrow(/destructive \(down\)/);
      expect((await migrator.down({ allowDestructive: true })).migrations).toEqual(['0003_notes']);
      expect(await tableExists(engine(), `${prefix}_notes`)).toBe(false);
      expect((await migrator.down({ to: '0001_people' })).migrations).toEqual(['0002_age']);
      expect(await engine().execute(select(people.c.id, people.c.name).from(people))).toEqual([{ id: 1, name: 'Ada' }]);
      expect((await migrator.down({ to: null, allowDestructive: true })).migrations).toEqual(['0001_people']);
      expect((await migrator.status()).map((s) => s.state)).toEqual(['pending', 'pending', 'pending']);
    });

    liveTest(`${db.name}: an applied migration that was edited is reported, and up refuses to go on`, async () => {
      const first = history(prefix);
      await new Migrator(engine(), inlineSource({ '0001_people': first['0001_people']! }), { tableName: versions }).up();
      const edited = { ...first['0001_people']!, up: async () => undefined };
      const migrator = new Migrator(engine(), inlineSource({ '0001_people': edited, '0002_age': first['0002_age']! }), { tableName: versions });
      expect((await migrator.status()).map((s) => s.state)).toEqual(['changed', 'pending']);
      await expect(migrator.up()).rejects.toThrow(/edited since they ran: 0001_people/);
    });

    liveTest(`${db.name}: a dry run prints the SQL and applies nothing`, async () => {
      const migrator = new Migrator(engine(), inlineSource(history(prefix)), { tableName: versions });
      const result = await migrator.up({ dryRun: true });
      expect(result.migrations).toEqual(['0001_people', '0002_age', '0003_notes']);
      expect(result.statements.map((s) => s.sql)[0]).toMatch(/^CREATE TABLE .*_people/);
      expect(result.statements).toHaveLength(4);
      expect(await tableExists(engine(), `${prefix}_people`)).toBe(false);
      expect((await migrator.status()).map((s) => s.state)).toEqual(['pending', 'pending', 'pending']);
    });

    liveTest(`${db.name}: a destructive migration needs allowDestructive`, async () => {
      const people = table(`${prefix}_people`, { id: integer().primaryKey({ autoIncrement: false }) });
      const source = inlineSource({
        '0001': { up: async (m) => void (await m.execute(createTable(people))) },
        '0002': { up: async (m) => void (await m.execute(dropTable(people))), destructive: true },
      });
      const migrator = new Migrator(engine(), source, { tableName: versions });
      await expect(migrator.up()).rejects.toThrow(MigrationError);
      expect((await migrator.status()).map((s) => s.state)).toEqual(['pending', 'pending']);
      expect((await migrator.up({ allowDestructive: true })).migrations).toEqual(['0001', '0002']);
    });

    liveTest(`${db.name}: a migration that fails half way`, async () => {
      const half = table(`${prefix}_half`, { id: integer().primaryKey({ autoIncrement: false }) });
      const failing = `SELECT * FROM ${prefix}_no_such_table`;
      const source = inlineSource({
        '0001_people': history(prefix)['0001_people']!,
        '0002_half': {
          up: async (m) => {
            await m.execute(createTable(half));
            await m.execute(sql`${sql.unsafe(failing)}`);
          },
          down: async (m) => void (await m.execute(dropTable(half))),
        },
      });
      const migrator = new Migrator(engine(), source, { tableName: versions });
      const error = await migrator.up().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationFailedError);
      const failure = error as MigrationFailedError;
      expect(failure.migration).toBe('0002_half');
      expect(failure.statement).toContain('_no_such_table');
      const states = await migrator.status();
      expect(states[0]!.state).toBe('applied');
      if (db.name === 'mysql') {
        // MariaDB's CREATE TABLE committed by itself: the failure is recorded, with its statement.
        expect(failure.rolledBack).toBe(false);
        expect(states[1]).toMatchObject({ id: '0002_half', state: 'failed', failedStatement: expect.stringContaining('_no_such_table') });
        expect(await tableExists(engine(), `${prefix}_half`)).toBe(true);
        await expect(migrator.up()).rejects.toThrow(/0002_half failed at: .*_no_such_table.*resolve/s);
        await engine().execute(dropTable(half));
        await migrator.resolve('0002_half', 'rolled-back');
        expect((await migrator.status())[1]!.state).toBe('pending');
      } else {
        expect(failure.rolledBack).toBe(true);
        expect(states[1]!.state).toBe('pending');
        expect(await tableExists(engine(), `${prefix}_half`)).toBe(false);
      }
    });
  });
}
