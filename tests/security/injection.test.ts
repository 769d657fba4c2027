/**
 * The injection corpus: every payload in every place a user can put text —
 * values, identifiers, aliases, LIKE patterns, raw-template values — on every
 * live database, and compiled for Oracle. For each, the SQL's structure is
 * the same as with a harmless string, the statement runs, and the data and
 * schema are intact afterwards.
 */
import { and, createTable, dropTable, Expression, insert, integer, InvalidValueError, json, literal, select, sql, table, text, varchar } from '@alkahest/core';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import type { Engine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';
import { identifierPayloads, literalPayloads, loadPayloads, stringPayloads } from './payloads';
import { oracleSyntaxErrors } from '../oracle-grammar/plsql-parser';

const tried = new Map<string, number>();
function count(dialect: string, n = 1): void {
  tried.set(dialect, (tried.get(dialect) ?? 0) + n);
}
afterAll(() => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`\n[security] ${total} payload × place × dialect checks: ${[...tried].map(([d, n]) => `${d} ${n}`).join(', ')}\n`);
});

/** The SQL with every occurrence of a quoted identifier replaced by a marker. */
function shape(sqlText: string, quoted: string): string {
  return sqlText.split(quoted).join('<ID>');
}

for (const db of databases) {
  describeDatabase(db, (engine) => {
    const victims = table(uniqueName('victims'), { id: integer().primaryKey({ autoIncrement: false }), body: text() });
    const store = table(uniqueName('store'), { id: integer().primaryKey({ autoIncrement: false }), body: varchar({ length: 200 }) });
    const docs = table(uniqueName('docs'), { id: integer().primaryKey({ autoIncrement: false }), doc: json() });

    async function intact(e: Engine): Promise<void> {
      expect(await e.execute(select(victims.c.id, victims.c.body).from(victims))).toEqual([{ id: 1, body: 'keep me' }]);
    }

    beforeAll(async () => {
      await engine().execute(createTable(victims));
      await engine().execute(createTable(store));
      await engine().execute(createTable(docs));
      await engine().execute(insert(victims).values({ id: 1, body: 'keep me' }));
    });
    afterAll(async () => {
      await engine().execute(dropTable(victims, { ifExists: true }));
      await engine().execute(dropTable(store, { ifExists: true }));
      await engine().execute(dropTable(docs, { ifExists: true }));
    });

    liveTest('values: bound, stored and read back exactly; the SQL never changes', async () => {
      const e = engine();
      const harmless = e.compile(insert(store).values({ id: 0, body: 'harmless' })).sql;
      let id = 0;
      for (const payload of stringPayloads) {
        id += 1;
        const statement = insert(store).values({ id, body: payload });
        expect(e.compile(statement).sql).toBe(harmless);
        await e.execute(statement);
        expect(await e.execute(select(store.c.body).from(store).where(store.c.id.eq(id)))).toEqual([{ body: payload }]);
        // and as a comparison value
        expect(await e.execute(select(store.c.id).from(store).where(store.c.body.eq(payload)))).toEqual([{ id }]);
        count(db.name, 2);
      }
      await intact(e);
    });

    liveTest('engine.load(): every payload and every load-format separator is loaded as data and read back exactly', async () => {
      const e = engine();
      const payloads = [...stringPayloads, ...loadPayloads];
      const loaded = table(uniqueName('loaded'), { id: integer().primaryKey({ autoIncrement: false }), body: varchar({ length: 200 }), doc: json() });
      await e.execute(createTable(loaded));
      try {
        // As text, and as JSON, whose text holds the same characters escaped its own way.
        const rows = payloads.map((body, i) => ({ id: i, body, doc: { [body]: [body] } }));
        expect(await e.load(loaded, rows)).toEqual({ rowsLoaded: rows.length });
        expect(await e.execute(select(loaded).orderBy(loaded.c.id))).toEqual(rows);
      } finally {
        await e.execute(dropTable(loaded));
      }
      count(db.name, payloads.length * 2);
      await intact(e);
    });

    liveTest('LIKE patterns and raw-template values are bound', async () => {
      const e = engine();
      const likeShape = e.compile(select(victims.c.id).from(victims).where(victims.c.body.like('x'))).sql;
      const rawShape = e.compile(select({ v: sql<string>`${'x'}` })).sql;
      for (const payload of stringPayloads) {
        // A backslash that escapes nothing means a different thing on each database: refused when built.
        let like: ReturnType<typeof select>;
        try {
          like = select(victims.c.id).from(victims).where(victims.c.body.like(payload));
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidValueError);
          expect(payload).toContain('\\');
          continue;
        }
        expect(e.compile(like).sql).toBe(likeShape);
        // Only % and _ are wildcards; nothing else may match 'keep me'.
        const rows = await e.execute(like);
        expect(rows).toEqual(payload === '%' ? [{ id: 1 }] : []);
        const raw = select({ v: sql<string>`${payload}` });
        expect(e.compile(raw).sql).toBe(rawShape);
        expect(await e.execute(raw)).toEqual([{ v: payload }]);
        count(db.name, 2);
      }
      await intact(e);
    });

    liveTest('literals: every payload written inline reads back exactly, alone in its column, and nothing else runs', async () => {
      const e = engine();
      for (const payload of [...stringPayloads, ...literalPayloads]) {
        const statement = select({ v: literal(payload, text()), after: literal(1, integer()) });
        expect(e.compile(statement).params).toEqual([]);
        // A literal that broke out would change the row: another value, another column, or an error.
        expect(await e.execute(statement)).toEqual([{ v: payload, after: 1 }]);
        // and as a comparison value, where the statement goes on after it
        expect(await e.execute(select(victims.c.id).from(victims).where(and(victims.c.body.ne(literal(payload, text())), victims.c.id.eq(1))))).toEqual([{ id: 1 }]);
        count(db.name, 2);
      }
      await intact(e);
    });

    liveTest('JSON path keys: bound, with the SQL shape unchanged; each key finds exactly its value', async () => {
      const e = engine();
      // One document whose keys are the payloads: payload i holds [i].
      const doc = Object.fromEntries(stringPayloads.map((payload, i) => [payload, [i]]));
      await e.execute(insert(docs).values({ id: 1, doc }));
      const query = (key: string) =>
        select({ value: json.get(docs.c.doc, [key, 0]), text: json.text(docs.c.doc, [key, 0]), whole: json.get(docs.c.doc, [key]) }).from(docs);
      const harmless = e.compile(query('harmless')).sql;
      for (const [i, payload] of stringPayloads.entries()) {
        expect(e.compile(query(payload)).sql).toBe(harmless);
        expect(await e.execute(query(payload))).toEqual([{ value: i, text: String(i), whole: [i] }]);
        // and as a condition
        const where = select(docs.c.id).from(docs).where(json.text(docs.c.doc, [payload, 0]).eq(String(i)));
        expect(await e.execute(where)).toEqual([{ id: 1 }]);
        count(db.name, 2);
      }
      // The document itself is unchanged.
      expect(await e.execute(select(docs.c.doc).from(docs))).toEqual([{ doc }]);
      await intact(e);
    });

    liveTest('identifiers and aliases: quoted, with the SQL shape unchanged; tables with hostile names work', async () => {
      const e = engine();
      for (const payload of identifierPayloads) {
        // An alias in a select list.
        const aliased = (name: string) => select({ [name]: victims.c.body } as Record<string, Expression<string | null>>).from(victims);
        const quotedHarmless = e.dialect.compile(select({ harmless: sql`1` })).sql.match(/AS (.+)$/)![1]!;
        const quotedPayload = e.dialect.compile(select({ [payload]: sql`1` } as Record<string, Expression<unknown>>)).sql.match(/AS (.+)$/)![1]!;
        expect(shape(e.compile(aliased(payload)).sql, quotedPayload)).toBe(shape(e.compile(aliased('harmless')).sql, quotedHarmless));
        expect(await e.execute(aliased(payload))).toEqual([{ [payload]: 'keep me' }]);

        // A table and a column named with the payload.
        const hostile = table(`${uniqueName('t')}_${payload}`.slice(0, 60), { [payload]: integer() } as { x: ReturnType<typeof integer> });
        const column = Object.values(hostile.c)[0]!;
        await e.execute(createTable(hostile));
        try {
          await e.execute(insert(hostile).values({ [column.key]: 7 } as never));
          expect(await e.execute(select(column).from(hostile))).toEqual([{ [column.key]: 7 }]);
          // engine.load() names the table and column in COPY / LOAD DATA / INSERT: quoted the same way.
          await e.load(hostile, [{ [column.key]: 8 }] as never);
          expect(await e.execute(select(column).from(hostile).orderBy(column))).toEqual([{ [column.key]: 7 }, { [column.key]: 8 }]);
        } finally {
          await e.execute(dropTable(hostile));
        }
        count(db.name, 2);
      }
      await intact(e);
    });
  });
}

describe('oracle (compiled)', () => {
  const dialect = oracle.createDialect();
  const victims = table('victims', { id: integer().primaryKey(), body: varchar({ length: 200 }) });
  test('values never change the SQL; identifiers are quoted or refused', () => {
    const harmless = dialect.compile(insert(victims).values({ body: 'harmless' })).sql;
    for (const payload of stringPayloads) {
      if (payload === '') continue;
      const compiled = dialect.compile(insert(victims).values({ body: payload }));
      expect(compiled.sql).toBe(harmless);
      expect(compiled.params).toEqual([payload]);
      count('oracle');
    }
    for (const payload of identifierPayloads) {
      try {
        const compiled = dialect.compile(select({ [payload]: victims.c.body } as Record<string, Expression<string | null>>).from(victims)).sql;
        // Oracle cannot quote a name with a double quote: it must be refused instead (checked below).
        expect(compiled).toContain(`"${payload}"`);
      } catch (error) {
        expect(payload).toContain('"');
        expect((error as Error).name).toBe('InvalidIdentifierError');
      }
      count('oracle');
    }
  });

  test('JSON path keys are written as escaped literals, or refused when a path literal cannot hold them', () => {
    const docs = table('docs', { id: integer().primaryKey(), doc: json() });
    const literalOf = (key: string) => `'$."${key.replace(/'/g, "''")}"[0]'`;
    const query = (key: string) => dialect.compile(select({ v: json.text(docs.c.doc, [key, 0]) }).from(docs));
    const harmless = query('harmless');
    for (const payload of stringPayloads) {
      let compiled: ReturnType<typeof query>;
      try {
        compiled = query(payload);
      } catch (error) {
        // A double quote, a backslash or a control character cannot be written unambiguously: refused.
        // eslint-disable-next-line no-control-regex
        expect(/["\\\u0000-\u001f]/.test(payload)).toBe(true);
        expect(error).toBeInstanceOf(InvalidValueError);
        count('oracle');
        continue;
      }
      // eslint-disable-next-line no-control-regex
      expect(/["\\\u0000-\u001f]/.test(payload)).toBe(false);
      // The same statement around the literal, and the literal's quotes all doubled.
      expect(compiled.sql.split(literalOf(payload)).join('<PATH>')).toBe(harmless.sql.split(literalOf('harmless')).join('<PATH>'));
      expect(compiled.sql.split(literalOf(payload)).length).toBe(2);
      expect(compiled.params).toEqual([]);
      count('oracle');
    }
  });

  test('literals are written with every quote doubled, in pieces of at most 4,000 bytes, and parse as one expression', () => {
    /** The literal Oracle must write: quotes doubled; text over 4,000 bytes as TO_CLOB pieces. */
    const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
    for (const payload of [...stringPayloads, ...literalPayloads]) {
      const compiled = dialect.compile(select({ v: literal(payload, text()) }));
      expect(compiled.params).toEqual([]);
      const match = /^SELECT (.*) AS V FROM DUAL$/s.exec(compiled.sql);
      expect(match).not.toBeNull();
      const written = match![1]!;
      if (Buffer.byteLength(payload) <= 4000) {
        expect(written).toBe(`CAST(${quoted(payload)} AS VARCHAR2(4000))`);
      } else {
        const pieces = /^\((TO_CLOB\('(?:[^']|'')*'\)(?: \|\| |(?=\))))+\)$/s.test(written);
        expect(pieces).toBe(true);
        const texts = [...written.matchAll(/TO_CLOB\('((?:[^']|'')*)'\)/gs)].map((m) => m[1]!);
        for (const t of texts) expect(Buffer.byteLength(t)).toBeLessThanOrEqual(4000);
        expect(texts.map((t) => t.replace(/''/g, "'")).join('')).toBe(payload);
      }
      // The grammar's lexer is slow on long text: the short payloads, and the first long one, are parsed.
      if (payload.length <= 200 || payload === literalPayloads.find((p) => p.length > 200)) expect(oracleSyntaxErrors(compiled.sql)).toEqual([]);
      count('oracle');
    }
  });
});
