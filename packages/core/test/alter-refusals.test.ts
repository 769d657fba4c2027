/**
 * ALTER TABLE builders refuse what they cannot write (an empty column list,
 * constraints on an added column, a foreign key whose column counts differ,
 * a primary key on an added column, an alterColumn that changes nothing),
 * and write what they can: a change limited to what differs from `from`, a
 * primary key dropped by the name PostgreSQL gives it (live), a foreign key
 * into another schema. DEFAULT values are literals: Dates and bytes written
 * as each dialect's literals (live: read back as they were), and what no
 * literal can hold refused.
 */
import { alterTable, blob, CompileError, createTable, double, insert, integer, SchemaError, select, sql, table, text, timestamp } from '@alkahest/core';
import { postgresDialect } from '@alkahest/postgres';
import { sqliteDialect } from '@alkahest/sqlite';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const pg = postgresDialect();

describe('ALTER TABLE', () => {
  test('the builders refuse an empty column list, constraints on an added column, and foreign keys of other widths', () => {
    expect(() => alterTable('t').addPrimaryKey([])).toThrow(new SchemaError('a primary key needs at least one column'));
    expect(() => alterTable('t').addIndex('ix', [])).toThrow(new SchemaError('an index needs at least one column'));
    expect(() => alterTable('t').addColumn('c', integer().unique())).toThrow(
      new SchemaError('column c: add its unique, foreign-key and check constraints with addUnique / addForeignKey / addCheck'),
    );
    expect(() => alterTable('t').alterColumn('c', integer(), { from: integer().unique() })).toThrow(SchemaError);
    expect(() => alterTable('t').addForeignKey('fk', ['a', 'b'], { table: 'u', columns: ['id'] })).toThrow(new SchemaError('foreign key fk references 1 columns for 2'));
  });

  test('a primary key on an added column, and an alterColumn that changes nothing, are refused when compiled', () => {
    expect(() => pg.compile(alterTable('t').addColumn('id', integer().primaryKey()))).toThrow(
      new CompileError('column id: add a primary key with addPrimaryKey, not on an added column'),
    );
    expect(() => pg.compile(alterTable('t').alterColumn('c', integer(), { from: integer() }))).toThrow(new CompileError('column c: alterColumn changes nothing'));
  });

  test('with from, only what differs is changed', () => {
    expect(pg.compile(alterTable('t').alterColumn('c', integer().notNull(), { from: integer() })).sql).toBe('ALTER TABLE "t" ALTER COLUMN "c" SET NOT NULL');
    expect(pg.compile(alterTable('t').alterColumn('c', integer().default(3), { from: integer() })).sql).toBe('ALTER TABLE "t" ALTER COLUMN "c" SET DEFAULT 3');
  });

  test('a foreign key into another schema, and a table in one', () => {
    expect(pg.compile(alterTable({ name: 't', schema: 'app' }).addForeignKey('fk', ['u_id'], { table: 'u', schema: 'auth', columns: ['id'] }, { onDelete: 'cascade' })).sql).toBe(
      'ALTER TABLE "app"."t" ADD CONSTRAINT "fk" FOREIGN KEY ("u_id") REFERENCES "auth"."u" ("id") ON DELETE CASCADE',
    );
    expect(pg.compile(alterTable({ name: 't', schema: 'app' }).dropPrimaryKey()).sql).toBe('ALTER TABLE "app"."t" DROP CONSTRAINT "t_pkey"');
  });
});

describeDatabase(databases.find((d) => d.name === 'postgres')!, (engine) => {
  liveTest('postgres: dropPrimaryKey() without a name drops the key PostgreSQL named <table>_pkey', async () => {
    const t = table(uniqueName('dpk'), { id: integer().primaryKey({ autoIncrement: false }) });
    await engine().execute(createTable(t));
    try {
      await engine().execute(alterTable(t).dropPrimaryKey());
      await engine().execute(insert(t).values([{ id: 1 }, { id: 1 }]));
      expect(await engine().execute(select(t.c.id).from(t))).toEqual([{ id: 1 }, { id: 1 }]);
    } finally {
      await engine().execute(sql`DROP TABLE ${sql.id(t.name)}`);
    }
  });
});

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest(`${db.name}: a Date and bytes as DEFAULT values are literals the database reads back as they were`, async () => {
      const at = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678));
      const t = table(uniqueName('dflt'), { id: integer().primaryKey({ autoIncrement: false }), at: timestamp().default(at), bytes: blob().default(new Uint8Array([0xca, 0xfe])) });
      await engine().execute(createTable(t));
      try {
        await engine().execute(insert(t).values({ id: 1 }));
        expect(await engine().execute(select(t.c.at, t.c.bytes).from(t))).toEqual([{ at, bytes: new Uint8Array([0xca, 0xfe]) }]);
      } finally {
        await engine().execute(sql`DROP TABLE ${sql.id(t.name)}`);
      }
    });
  });
}

describe('DEFAULT values no literal can hold', () => {
  test('a NUL character and a non-finite number are refused', () => {
    expect(() => pg.compile(createTable(table('t', { s: text().default('a\u0000b') })))).toThrow(new CompileError('a string literal cannot contain a NUL character'));
    expect(() => sqliteDialect().compile(createTable(table('t', { d: double({ nonFinite: true }).default(Number.POSITIVE_INFINITY) })))).toThrow(new CompileError('cannot write Infinity as a SQL literal'));
  });
});
