/**
 * JSON and date expressions: what their builders refuse, what each dialect
 * refuses, the Oracle feature levels, and the statement cache (cached SQL and
 * parameters equal a fresh compile whatever the path or amounts).
 */
import fc from 'fast-check';
import {
  CompilingDialect,
  createTable,
  date,
  dropTable,
  dates,
  fn,
  insert,
  integer,
  InvalidValueError,
  json,
  jsonNull,
  jsonPathText,
  literalJsonPath,
  select,
  SqlType,
  Statement,
  table,
  text,
  timestamp,
  typed,
  UnsupportedFeatureError,
  update,
} from '@alkahest/core/dialect';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { OracleCompiler, alkahestDialect as oracle } from '@alkahest/oracle';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const t = table('t', { id: integer().primaryKey(), doc: json(), name: text(), day: date(), at: timestamp(), atTz: timestamp({ withTimeZone: true }) });
const modules = { sqlite, postgres, mysql, oracle };

describe('jsonNull', () => {
  test('is the JSON literal null for json columns', () => {
    expect(JSON.stringify(jsonNull)).toBe('null');
    expect(() => insert(t).values({ id: 1, doc: jsonNull })).not.toThrow();
    expect(() => update(t).set({ doc: jsonNull })).not.toThrow();
  });

  test('is refused by any other column, with the column named', () => {
    expect(() => insert(t).values({ id: 1, name: jsonNull })).toThrow(InvalidValueError);
    expect(() => insert(t).values({ id: 1, name: jsonNull })).toThrow(/column t\.name: jsonNull .* only be stored in a json column/);
    expect(() => update(t).set({ at: jsonNull })).toThrow(/column t\.at/);
    expect(() => t.c.name.eq(jsonNull as never)).toThrow(InvalidValueError);
    expect(() => fn.call('f', jsonNull)).toThrow(InvalidValueError);
  });

  test('is bound as the text null on every dialect (SQL NULL is bound as NULL)', () => {
    for (const [name, m] of Object.entries(modules)) {
      // SQLite is sent integers as bigints (bound as INTEGER, not REAL).
      const id = name === 'sqlite' ? 1n : 1;
      const compiled = m.createDialect().compile(insert(t).values({ id: 1, doc: jsonNull }));
      expect(compiled.params).toEqual([id, 'null']);
      const sqlNull = m.createDialect().compile(insert(t).values({ id: 1, doc: null }));
      expect(sqlNull.params).toEqual([id, null]);
    }
  });
});

describe('JSON paths', () => {
  test('are arrays of string keys and non-negative integer indexes', () => {
    for (const bad of ['a', null, undefined, { 0: 'a' }] as unknown[]) {
      expect(() => json.get(t.c.doc, bad as never)).toThrow(InvalidValueError);
    }
    for (const item of [-1, 1.5, NaN, Infinity, 2 ** 53, {}, null, true, 1n] as unknown[]) {
      expect(() => json.text(t.c.doc, ['a', item] as never)).toThrow(/JSON path item 1 must be a string key or a non-negative integer index/);
    }
    expect(() => json.get(t.c.doc, ['a\u0000b'])).toThrow(/NUL/);
    expect(() => json.get('doc' as never, ['a'])).toThrow(InvalidValueError);
  });

  test('are copied: changing the array afterwards changes nothing', () => {
    const path: (string | number)[] = ['a', 0];
    const expr = json.get(t.c.doc, path);
    path[0] = 'b';
    expect(sqlite.createDialect().compile(select({ v: expr }).from(t)).params).toEqual(['$."a"[0]']);
  });

  test('as bound text: every key a JSON string', () => {
    expect(jsonPathText([])).toBe('$');
    expect(jsonPathText(['address', 'lines', 0])).toBe('$."address"."lines"[0]');
    expect(jsonPathText(['a"b', 'c\\d', 'e\nf', "it's"])).toBe('$."a\\"b"."c\\\\d"."e\\nf"."it\'s"');
  });

  test('as a literal: keys that a literal cannot hold unambiguously are refused', () => {
    expect(literalJsonPath(['a b', "it's", 3], 'oracle')).toBe('$."a b"."it\'s"[3]');
    for (const key of ['a"b', 'a\\b', 'a\nb', 'a\u007fb', 'a\u2028b']) {
      expect(() => literalJsonPath([key], 'oracle')).toThrow(InvalidValueError);
    }
  });

  test('PostgreSQL binds the path as one text array', () => {
    const compiled = postgres.createDialect().compile(select({ v: json.text(t.c.doc, ['a', 0]) }).from(t));
    expect(compiled.sql).toBe('SELECT "t"."doc" #>> $1 AS "v" FROM "t"');
    expect(compiled.params).toEqual([['a', '0']]);
  });

  test('a non-json operand is cast to jsonb on PostgreSQL', () => {
    const compiled = postgres.createDialect().compile(select({ v: json.get(t.c.name, ['a']) }).from(t));
    expect(compiled.sql).toBe('SELECT CAST("t"."name" AS JSONB) #> $1 AS "v" FROM "t"');
  });
});

describe('json.contains', () => {
  test('takes a JSON value (or jsonNull), never SQL NULL', () => {
    expect(() => json.contains(t.c.doc, null)).toThrow(InvalidValueError);
    expect(() => json.contains(t.c.doc, undefined)).toThrow(InvalidValueError);
    expect(() => json.contains(t.c.doc, new Date())).toThrow(InvalidValueError);
    expect(postgres.createDialect().compile(select(t.c.id).from(t).where(json.contains(t.c.doc, { a: [1] }))).params).toEqual(['{"a":[1]}']);
  });

  test('is refused by SQLite and Oracle', () => {
    const q = select(t.c.id).from(t).where(json.contains(t.c.doc, { a: 1 }));
    expect(() => sqlite.createDialect().compile(q)).toThrow(UnsupportedFeatureError);
    expect(() => oracle.createDialect().compile(q)).toThrow(UnsupportedFeatureError);
  });
});

describe('Oracle feature levels', () => {
  const q = select({ a: json.get(t.c.doc, ['a']), b: json.text(t.c.doc, ['b']) }).from(t);
  test('11g has no SQL/JSON', () => {
    expect(() => new OracleCompiler({ version: '11g' }).compile(q)).toThrow(UnsupportedFeatureError);
    expect(() => new OracleCompiler({ version: '11g' }).compile(select(t.c.id).from(t).where(json.isJsonNull(t.c.doc)))).toThrow(UnsupportedFeatureError);
  });
  test('23ai asks JSON_QUERY for CLOB text', () => {
    expect(new OracleCompiler({ version: '23ai' }).compile(q).sql).toBe(`SELECT JSON_QUERY(T.DOC, '$."a"' RETURNING CLOB) AS A, JSON_VALUE(T.DOC, '$."b"') AS B FROM T`);
  });
  test('a key Oracle cannot write in a literal is refused', () => {
    expect(() => new OracleCompiler().compile(select({ v: json.text(t.c.doc, ['a"b']) }).from(t))).toThrow(InvalidValueError);
  });
});

describe('dates builders', () => {
  test('take dates and timestamps only', () => {
    expect(() => dates.extract('year', t.c.name as never)).toThrow(/not a date or timestamp/);
    expect(() => dates.add(t.c.id as never, { days: 1 })).toThrow(InvalidValueError);
    expect(() => dates.trunc('day', 'x' as never)).toThrow(InvalidValueError);
    expect(() => dates.extract('year', typed(t.c.name, new SqlType<Date>('timestamp')))).not.toThrow();
  });

  test('refuse a time of day on a date', () => {
    expect(() => dates.extract('hour', t.c.day)).toThrow(/is a date, which has no hour/);
    expect(() => dates.add(t.c.day, { hours: 1 })).toThrow(/is a date, which has no hour/);
    expect(() => dates.trunc('hour', t.c.day)).toThrow(/is a date, which has no hour/);
    expect(() => dates.add(t.c.day, { years: 1, months: 1, days: 1 })).not.toThrow();
  });

  test('check fields, units and amounts', () => {
    expect(() => dates.extract('week' as never, t.c.at)).toThrow(/unknown field/);
    expect(() => dates.trunc('minute' as never, t.c.at)).toThrow(/unknown unit/);
    expect(() => dates.add(t.c.at, {})).toThrow(/at least one amount/);
    expect(() => dates.add(t.c.at, { weeks: 1 } as never)).toThrow(/unknown unit "weeks"/);
    expect(() => dates.add(t.c.at, { days: 1.5 })).toThrow(InvalidValueError);
    expect(() => dates.add(t.c.at, { days: null as never })).toThrow(/null/);
    expect(() => dates.add(t.c.at, { days: '1' as never })).toThrow(InvalidValueError);
  });

  test('results keep the operand type (a Date for timestamps, a string for dates)', () => {
    for (const m of Object.values(modules)) {
      const compiled = m.createDialect().compile(
        select({ a: dates.add(t.c.at, { days: 1 }), b: dates.trunc('month', t.c.day), c: dates.extract('year', t.c.atTz), d: dates.currentDate() }).from(t),
      );
      expect(compiled.columns.map((c) => c.type.kind)).toEqual(['timestamp', 'date', 'integer', 'date']);
    }
  });
});

/**
 * JSON keys that stress path escaping: quotes, backslashes, control and
 * line-separator characters, path syntax, and long keys.
 */
const key = fc
  .oneof(
    fc.string({ maxLength: 8 }),
    fc.string({ unit: fc.constantFrom('"', '\\', "'", '\n', '\t', '\u0001', '\u001f', '\u007f', '\u2028', '.', '$', '[', ']', '*', ' ', 'é', 'a'), maxLength: 12 }),
    fc.string({ minLength: 100, maxLength: 300 }),
  )
  .filter((s) => !s.includes('\u0000'));

/** What compiling gives: the SQL and parameters, or the error it raised. */
function outcome(compile: () => { sql: string; params: readonly unknown[] }): { sql: string; params: readonly unknown[] } | { error: string } {
  try {
    const { sql, params } = compile();
    return { sql, params };
  } catch (error) {
    return { error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

describe('statement cache', () => {
  const fresh = (name: keyof typeof modules): CompilingDialect => modules[name].createDialect() as CompilingDialect;
  const index = fc.integer({ min: 0, max: 50 });
  const amount = fc.integer({ min: -1000, max: 1000 });
  const statements = (k: string, i: number, n: number): Statement[] => [
    select({ v: json.get(t.c.doc, [k, i]), w: json.text(t.c.doc, [k]) }).from(t).where(json.isJsonNull(json.get(t.c.doc, [k]))),
    select({ v: dates.add(t.c.at, { years: n, days: i, seconds: n }), d: dates.add(t.c.day, { months: n }) }).from(t).where(dates.extract('dow', t.c.at).eq(i % 7)),
    select({ v: dates.trunc('month', t.c.atTz) }).from(t).where(dates.currentDate().gt('2020-01-01')),
  ];
  test.each(Object.keys(modules) as (keyof typeof modules)[])('%s: cached equals fresh, whatever the path and amounts', (name) => {
    const dialect = fresh(name);
    fc.assert(
      fc.property(key, index, amount, (k, i, n) => {
        for (const statement of statements(k, i, n)) {
          const cached = outcome(() => dialect.compile(statement));
          expect(cached).toEqual(outcome(() => dialect.compiler.compile(statement)));
          // Oracle writes paths as literals and refuses a key a literal cannot hold; the others bind every key.
          // eslint-disable-next-line no-control-regex
          if (name !== 'oracle' || !/["\\\u0000-\u001f\u007f\u2028\u2029]/.test(k)) expect(cached).not.toHaveProperty('error');
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** JSON values whose text is itself JSON-like: each is decoded exactly once (mysql2 parsed JSON columns itself before). */
for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('any key, however hard to escape in a path, reads back its own value', async () => {
      const docs = table(uniqueName('jkeys'), { id: integer().primaryKey({ autoIncrement: false }), doc: json() });
      const e = engine();
      await e.execute(createTable(docs));
      try {
        let id = 0;
        await fc.assert(
          // MariaDB cannot address a key starting with '-' (refused: see the next test).
          fc.asyncProperty(db.name === 'mysql' ? key.filter((k) => !k.startsWith('-')) : key, fc.integer({ min: -1000, max: 1000 }), async (k, n) => {
            id += 1;
            // Sibling keys that a path escaped wrongly could reach instead (written first: a key k of 'x' keeps its own value).
            await e.execute(insert(docs).values({ id, doc: { x: 'other', [`${k}x`]: 'sibling', [k]: n } }));
            const [row] = await e.execute(select({ v: json.get(docs.c.doc, [k]), s: json.text(docs.c.doc, [k]) }).from(docs).where(docs.c.id.eq(id)));
            expect(row).toEqual({ v: n, s: String(n) });
          }),
          { numRuns: 30 },
        );
      } finally {
        await e.execute(dropTable(docs));
      }
    });

    liveTest("a key starting with '-' reads back, or is refused where the server cannot address it (MariaDB)", async () => {
      const docs = table(uniqueName('jdash'), { id: integer().primaryKey({ autoIncrement: false }), doc: json() });
      const e = engine();
      await e.execute(createTable(docs));
      try {
        await e.execute(insert(docs).values({ id: 1, doc: { '-': 1, '-a': 2, 'a-': 3 } }));
        const read = (k: string) => e.execute(select({ v: json.get(docs.c.doc, [k]) }).from(docs));
        expect(await read('a-')).toEqual([{ v: 3 }]);
        for (const [k, v] of [['-', 1], ['-a', 2]] as const) {
          if (db.name === 'mysql') await expect(read(k)).rejects.toThrow(UnsupportedFeatureError);
          else expect(await read(k)).toEqual([{ v }]);
        }
      } finally {
        await e.execute(dropTable(docs));
      }
    });

    liveTest('JSON scalars, JSON null and SQL NULL read back as written', async () => {
      const docs = table(uniqueName('jdocs'), { id: integer().primaryKey({ autoIncrement: false }), doc: json() });
      const e = engine();
      await e.execute(createTable(docs));
      try {
        const values: unknown[] = ['123', 'true', '[1]', '"q"', 7, false, [1, '2'], { a: null }];
        await e.execute(insert(docs).values([...values.map((doc, i) => ({ id: i + 1, doc })), { id: 100, doc: jsonNull }, { id: 101, doc: null }]));
        const rows = await e.execute(
          select(docs.c.id, docs.c.doc, { whole: json.get(docs.c.doc, []), isJsonNull: json.isJsonNull(docs.c.doc) }).from(docs).orderBy(docs.c.id),
        );
        expect(rows).toEqual([
          ...values.map((doc, i) => ({ id: i + 1, doc, whole: doc, isJsonNull: false })),
          { id: 100, doc: null, whole: null, isJsonNull: true },
          { id: 101, doc: null, whole: null, isJsonNull: false },
        ]);
      } finally {
        await e.execute(dropTable(docs));
      }
    });
  });
}
