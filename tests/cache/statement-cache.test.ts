/**
 * The statement cache: the SQL of a shape is compiled once, and a cached
 * shape filled with a new statement's values gives exactly what compiling
 * that statement afresh gives, on every dialect.
 */
import fc from 'fast-check';
import {
  and,
  cast,
  CompiledQuery,
  CompilingDialect,
  deleteFrom,
  fn,
  insert,
  integer,
  InvalidValueError,
  numeric,
  or,
  param,
  select,
  sql,
  Statement,
  table,
  text,
  timestamp,
  update,
  varchar,
} from '@alkahest/core/dialect';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { OracleCompiler, alkahestDialect as oracle } from '@alkahest/oracle';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';

const items = table('items', {
  id: integer().primaryKey(),
  name: varchar({ length: 40 }),
  price: numeric({ precision: 10, scale: 2 }),
  note: text().default('none'),
  at: timestamp(),
});
const tags = table('tags', { itemId: integer().notNull(), label: text().notNull() });

const modules = { sqlite, postgres, mysql, oracle };
const fresh = (): Record<string, CompilingDialect> =>
  Object.fromEntries(Object.entries(modules).map(([name, m]) => [name, m.createDialect() as CompilingDialect]));

/** Statements of fixed shapes whose values vary. */
const shapes = {
  byKey: (id: number) => select(items.c.id, items.c.name).from(items).where(items.c.id.eq(id)),
  page: (name: string, limit: number, offset: number) =>
    // A backslash escapes: doubled, it is the character itself (a lone one is refused).
    select(items.c.id).from(items).where(items.c.name.like(name.replace(/\\/g, '\\\\'))).orderBy(items.c.id).limit(limit).offset(offset),
  join: (label: string, price: string) =>
    select(items.c.name, tags.c.label)
      .from(items.join(tags, and(tags.c.itemId.eq(items.c.id), tags.c.label.ne(label))))
      .where(items.c.price.between(price, '99999')),
  derived: (min: number, id: number) => {
    const cheap = select(items.c.id, items.c.price).from(items).where(items.c.id.gt(min)).as('cheap');
    return select(cheap.c.id).from(cheap).where(cheap.c.id.ne(id));
  },
  insertRows: (a: string, b: string, at: Date) => insert(items).values([{ id: 1, name: a, at }, { id: 2, name: b, price: '1.50' }]),
  update: (name: string, id: number) => update(items).set({ name, id: items.c.id.plus(1) }).where(items.c.id.eq(id)),
  delete: (ids: [number, number]) => deleteFrom(items).where(items.c.id.in(ids)),
  raw: (n: number, s: string) => select({ x: sql<number>`${n} + 1`, y: fn.lower(items.c.name) }).from(items).where(items.c.name.ne(s)),
};

const name = fc.string({ maxLength: 12 }).filter((s) => s !== '' && !s.includes('\u0000'));
const id = fc.integer({ min: 1, max: 1_000_000 });
const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true });
const money = fc.integer({ min: 0, max: 999_999 }).map((c) => (c / 100).toFixed(2));

function expectSameAsUncached(dialect: CompilingDialect, statement: Statement): CompiledQuery {
  const cached = dialect.compile(statement);
  const afresh = dialect.compiler.compile(statement);
  expect(cached.sql).toBe(afresh.sql);
  expect(cached.params).toEqual(afresh.params);
  expect(cached.columns).toEqual(afresh.columns);
  return cached;
}

describe.each(Object.keys(modules))('%s', (dialectName) => {
  test('a cached shape filled with new values equals a fresh compile', () => {
    const dialect = fresh()[dialectName]!;
    fc.assert(
      fc.property(id, id, name, name, money, date, fc.integer({ min: 0, max: 500 }), (a, b, s, t, price, at, n) => {
        for (const statement of [
          shapes.byKey(a),
          shapes.page(s, n, b),
          shapes.join(t, price),
          shapes.derived(a, b),
          shapes.insertRows(s, t, at),
          shapes.update(s, a),
          shapes.delete([a, b]),
          shapes.raw(n, t),
        ]) {
          expectSameAsUncached(dialect, statement);
        }
      }),
      { numRuns: 60 },
    );
    const stats = dialect.cacheStats();
    expect(stats.size).toBe(8);
    expect(stats.misses).toBe(8);
    expect(stats.hits).toBe(60 * 8 - 8);
  });

  test('the key tells apart what changes the SQL: list lengths, NULL, empty strings', () => {
    const dialect = fresh()[dialectName]!;
    const base = (list: number[]) => select(items.c.id).from(items).where(items.c.id.in(list));
    expect(expectSameAsUncached(dialect, base([1, 2, 3])).params).toHaveLength(3);
    expect(expectSameAsUncached(dialect, base([1, 2, 3, 4])).params).toHaveLength(4);
    expectSameAsUncached(dialect, base([]));
    // eq(null) is IS NULL at build time; an explicit NULL bind and '' are classes of their own.
    expectSameAsUncached(dialect, update(items).set({ name: null }).where(items.c.id.eq(1)));
    expectSameAsUncached(dialect, update(items).set({ name: 'x' }).where(items.c.id.eq(1)));
    expectSameAsUncached(dialect, select(items.c.id).from(items).where(items.c.name.eq('')));
    expectSameAsUncached(dialect, select(items.c.id).from(items).where(items.c.name.eq('a')));
    expect(dialect.cacheStats().misses).toBe(7);
  });

  test('the same bound value used twice keeps its own slot', () => {
    const dialect = fresh()[dialectName]!;
    const twice = (v: number) => {
      const cond = items.c.id.gt(v);
      return select(items.c.id).from(items).where(cond).where(or(cond, items.c.id.lt(v + 10)));
    };
    expectSameAsUncached(dialect, twice(1));
    const second = expectSameAsUncached(dialect, twice(5));
    // SQLite receives integers as bigints (bound as INTEGER, not REAL).
    expect(second.params.map(Number)).toEqual([5, 5, 15]);
  });

  test('a statement with named parameters must be prepared', () => {
    const dialect = fresh()[dialectName]!;
    expect(() => dialect.compile(select(items.c.id).from(items).where(items.c.id.eq(param('id'))))).toThrow(/named parameters \(:id\).*engine\.prepare/);
  });

  test('prepared: values by name, checked like bound values', () => {
    const dialect = fresh()[dialectName]!;
    const prepared = dialect.prepare(
      select(items.c.id).from(items).where(items.c.name.eq(param('name'))).where(items.c.id.gt(param('min'))).limit(param('n')),
    );
    expect(prepared.params).toEqual(['name', 'min', 'n']);
    const afresh = dialect.compiler.compile(select(items.c.id).from(items).where(items.c.name.eq('a')).where(items.c.id.gt(3)).limit(10));
    expect(prepared.bind({ name: 'a', min: 3, n: 10 })).toEqual({ ...afresh });
    expect(() => prepared.bind({ name: 'a', min: 3 })).toThrow('no value for parameter :n');
    expect(() => prepared.bind({ name: 'a', min: 'three', n: 1 })).toThrow(/parameter :min/);
    expect(() => prepared.bind({ name: { $gt: '' }, min: 1, n: 1 })).toThrow(/parameter :name/);
  });

  test('prepared: a list parameter is expanded for each length', () => {
    const dialect = fresh()[dialectName]!;
    const prepared = dialect.prepare(select(items.c.id).from(items).where(items.c.id.in(param('ids'))));
    for (const ids of [[1], [1, 2, 3], [], [4, 5]]) {
      const bound = prepared.bind({ ids });
      if (dialectName === 'postgres') {
        expect(bound.sql).toBe('SELECT "items"."id" FROM "items" WHERE "items"."id" = ANY($1)');
        expect(bound.params).toEqual([ids]);
      } else {
        expect(bound).toEqual(dialect.compiler.compile(select(items.c.id).from(items).where(items.c.id.in(ids))));
      }
    }
    // A value of the wrong kind on every dialect alike (PostgreSQL's one array parameter is checked by its template).
    expect(() => prepared.bind({ ids: 3 })).toThrow(InvalidValueError);
    expect(() => prepared.bind({ ids: null })).toThrow(InvalidValueError);
    expect(() => prepared.bind({ ids: null })).toThrow(/^parameter :ids stands for a list: give an array, got null$/);
    expect(() => prepared.bind({ ids: 3 })).toThrow(/^parameter :ids stands for a list: give an array, got number$/);
    expect(() => prepared.bind({})).toThrow(/^no value for parameter :ids$/);
    expect(() => prepared.bind(Object.create({ ids: [1] }) as Record<string, unknown>)).toThrow(/^no value for parameter :ids$/);
    expect(() => prepared.bind({ ids: ['x'] })).toThrow(/parameter :ids/);
  });
});

test('a statement past the parameter limit fails with a clear error', () => {
  const d = sqlite.createDialect();
  const ids = Array.from({ length: 32_767 }, (_, i) => i);
  expect(() => d.compile(select(items.c.id).from(items).where(items.c.id.in(ids)))).toThrow(
    /32767 parameters; sqlite takes at most 32766 in one statement/,
  );
});

test('the cache is bounded: least recently used shapes are dropped', () => {
  const d = new CompilingDialect(new OracleCompiler(), { statementCacheSize: 2 });
  const a = () => select(items.c.id).from(items);
  const b = () => select(items.c.name).from(items);
  const c = () => select(items.c.price).from(items);
  d.compile(a());
  d.compile(b());
  d.compile(a()); // hit: a is now the most recent
  d.compile(c()); // drops b
  d.compile(a()); // hit
  d.compile(b()); // miss again
  expect(d.cacheStats()).toEqual({ hits: 2, misses: 4, size: 2, capacity: 2 });
});

test('equal types made apart share a shape: a cast to varchar({ length: 10 }) built per statement, numeric sums of declared scale', () => {
  const d = postgres.createDialect();
  const statements = [
    () => select(cast(items.c.name, varchar({ length: 10 })).as('short')).from(items),
    () => select(items.c.price.plus(items.c.price).as('twice'), items.c.price.times(items.c.id).as('times')).from(items),
  ];
  for (const make of statements) for (let i = 0; i < 3; i++) d.compile(make());
  expect(d.cacheStats()).toMatchObject({ hits: 4, misses: 2 });
  // Types that differ in an option do not.
  d.compile(select(cast(items.c.name, varchar({ length: 11 })).as('short')).from(items));
  expect(d.cacheStats()).toMatchObject({ hits: 4, misses: 3 });
  const q = d.compile(select(cast(items.c.name, varchar({ length: 11 })).as('short')).from(items));
  expect(q.sql).toBe('SELECT CAST("items"."name" AS VARCHAR(11)) AS "short" FROM "items"');
});
