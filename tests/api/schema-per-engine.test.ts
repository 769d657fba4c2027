/**
 * Choosing the schema per engine: `schemaMap` (SQLAlchemy's
 * schema_translate_map) on every dialect, and PostgreSQL's `search_path`.
 */
import { createSchema, createTable, insert, integer, select, sql, table, text } from '@alkahest/core';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { createEngine } from '@alkahest/pool';
import { searchPathSetting } from '../../packages/postgres/src/driver';
import { parsePostgresUrl } from '../../packages/postgres/src/url';
import { databases, describeLive, uniqueName } from '../support/databases';

const notes = table('notes', { id: integer().primaryKey({ autoIncrement: false }), body: text().notNull() });
const shopNotes = table('notes', { id: integer().primaryKey({ autoIncrement: false }), body: text().notNull() }, { schema: 'shop' });

describe('schemaMap when compiling', () => {
  test('tables without a schema, and a named schema, are written in the mapped ones', () => {
    const d = mysql.createDialect({ flavor: 'mariadb' } as never, undefined, { schemaMap: { '': 'tenant_a', shop: 'shop_test' } });
    expect(d.compile(select(notes.c.body).from(notes)).sql).toBe('SELECT `notes`.`body` FROM `tenant_a`.`notes`');
    expect(d.compile(select(shopNotes.c.body).from(shopNotes)).sql).toBe('SELECT `notes`.`body` FROM `shop_test`.`notes`');
    const o = oracle.createDialect(undefined, undefined, { schemaMap: { shop: null } });
    expect(o.compile(select(shopNotes.c.body).from(shopNotes)).sql).toBe('SELECT NOTES.BODY FROM NOTES');
  });
  test('a bad map is refused', () => {
    expect(() => mysql.createDialect(undefined, undefined, { schemaMap: { '': '' } })).toThrow(/non-empty string or null/);
  });
});

describe('schemaMap live', () => {
  test('SQLite: tables go to the temp schema', async () => {
    const engine = createEngine('sqlite::memory:', { schemaMap: { '': 'temp' } });
    try {
      await engine.execute(createTable(notes));
      await engine.execute(insert(notes).values({ id: 1, body: 'in temp' }));
      expect(await engine.execute(select(notes.c.body).from(notes))).toEqual([{ body: 'in temp' }]);
      expect(await engine.execute(sql`SELECT name FROM temp.sqlite_master WHERE type = 'table'`)).toEqual([{ name: 'notes' }]);
    } finally {
      await engine.close();
    }
  });

});

const pg = databases.find((d) => d.name === 'postgres')!;
describeLive(pg, 'schemaMap and search_path on PostgreSQL', () => {
  test('the same table in two schemas', async () => {
    const a = uniqueName('api_tenant_a');
    const b = uniqueName('api_tenant_b');
    const admin = createEngine(pg.url);
    const mapped = createEngine(pg.url, { schemaMap: { '': a } });
    const pathUrl = `${pg.url}${pg.url.includes('?') ? '&' : '?'}search_path=${b}`;
    const onPath = createEngine(pathUrl);
    try {
      await admin.execute(createSchema(a));
      await admin.execute(createSchema(b));
      await mapped.execute(createTable(notes));
      await onPath.execute(createTable(notes));
      await mapped.execute(insert(notes).values({ id: 1, body: 'tenant a' }));
      await onPath.execute(insert(notes).values({ id: 1, body: 'tenant b' }));
      expect(await mapped.execute(select(notes.c.body).from(notes))).toEqual([{ body: 'tenant a' }]);
      expect(await onPath.execute(select(notes.c.body).from(notes))).toEqual([{ body: 'tenant b' }]);
      const where = await admin.execute(sql`SELECT table_schema FROM information_schema.tables WHERE table_name = 'notes' AND table_schema IN (${a}, ${b}) ORDER BY 1`);
      expect(where.map((r) => r['table_schema'])).toEqual([a, b].sort());
    } finally {
      await admin.execute(sql`DROP SCHEMA IF EXISTS ${sql.id(a)} CASCADE`);
      await admin.execute(sql`DROP SCHEMA IF EXISTS ${sql.id(b)} CASCADE`);
      await Promise.all([admin.close(), mapped.close(), onPath.close()]);
    }
  });

});

describe('search_path option', () => {
  test('URL and option, every name quoted', () => {
    expect(parsePostgresUrl('postgres://h/db?search_path=app,public').searchPath).toEqual(['app', 'public']);
    expect(searchPathSetting(['app', 'we"ird'])).toBe('"app", "we""ird"');
    expect(() => searchPathSetting([])).toThrow(/one or more/);
  });
});
