/**
 * CREATE / DROP SCHEMA: golden SQL on the four dialects, live where the
 * database has schemas (PostgreSQL; on MySQL / MariaDB a schema is a database).
 */
import { createSchema, createTable, dropSchema, dropTable, insert, integer, select, table, UnsupportedFeatureError } from '@alkahest/core';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

describe('golden SQL', () => {
  test('PostgreSQL and MySQL write CREATE / DROP SCHEMA with IF [NOT] EXISTS', () => {
    expect(postgres.createDialect().compile(createSchema('billing')).sql).toBe('CREATE SCHEMA "billing"');
    expect(postgres.createDialect().compile(createSchema('billing', { ifNotExists: true })).sql).toBe('CREATE SCHEMA IF NOT EXISTS "billing"');
    expect(postgres.createDialect().compile(dropSchema('billing', { ifExists: true })).sql).toBe('DROP SCHEMA IF EXISTS "billing"');
    expect(mysql.createDialect().compile(createSchema('billing', { ifNotExists: true })).sql).toBe('CREATE SCHEMA IF NOT EXISTS `billing`');
    expect(mysql.createDialect().compile(dropSchema('billing')).sql).toBe('DROP SCHEMA `billing`');
  });

  test('SQLite and Oracle refuse it, naming what to do instead', () => {
    expect(() => sqlite.createDialect().compile(createSchema('billing'))).toThrow(UnsupportedFeatureError);
    expect(() => sqlite.createDialect().compile(dropSchema('billing'))).toThrow(/DETACH/);
    expect(() => oracle.createDialect().compile(createSchema('billing'))).toThrow(/CREATE USER/);
    expect(() => oracle.createDialect().compile(dropSchema('billing'))).toThrow(UnsupportedFeatureError);
  });
});

describe('live', () => {
  for (const db of databases.filter((d) => d.name !== 'sqlite')) {
    describeDatabase(db, (engine) => {
      liveTest(`${db.name}: a table lives in a new schema, and the empty schema drops`, async () => {
        const schema = uniqueName('sch');
        const t = table('items', { id: integer().primaryKey({ autoIncrement: false }) }, { schema });
        await engine().execute(createSchema(schema));
        try {
          await engine().execute(createSchema(schema, { ifNotExists: true }));
          await engine().execute(createTable(t));
          await engine().execute(insert(t).values({ id: 1 }));
          expect(await engine().execute(select(t.c.id).from(t))).toEqual([{ id: 1 }]);
          await engine().execute(dropTable(t));
        } finally {
          await engine().execute(dropSchema(schema, { ifExists: true }));
        }
        await engine().execute(dropSchema(schema, { ifExists: true }));
      });
    });
  }
});
