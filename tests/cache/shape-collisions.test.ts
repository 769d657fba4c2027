/**
 * Statements that differ only where the statement shape must tell them apart
 * (cache/shape.ts): nesting that the end markers show, plain-object field
 * names, a repeated bound value, a CTE referred to again, NULL or '' against
 * another value, the JavaScript type of a value of unknown SQL type, named
 * and list parameters, literals of one type with different values, flags
 * (negated, distinct, as text), words (function names, directions, lock
 * waits), one optional clause or the other. Each is compiled after each other one on a caching
 * dialect and must give exactly what a dialect without a cache gives, on
 * every dialect: a shape shared by two statements that compile differently
 * would hand one of them the other's SQL.
 */
import {
  and,
  bigint,
  blob,
  boolean,
  cast,
  customType,
  cte,
  date,
  dates,
  dateValue,
  double,
  json,
  literal,
  numeric,
  timestamp,
  CompilingDialect,
  exists,
  fn,
  integer,
  insert,
  json as jsonPaths,
  notExists,
  or,
  param,
  rollup,
  select,
  sql,
  table,
  text,
  unionAll,
  update,
  val,
  values,
} from '@alkahest/core/dialect';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';

const items = table('items', { id: integer().primaryKey(), name: text(), qty: integer() });
const docs = table('docs', { id: integer().primaryKey(), doc: json() });
const tags = table('tags', { itemId: integer(), label: text() });
const modules = { sqlite, postgres, mysql, oracle };

const low = cte('low', select(items.c.id).from(items).where(items.c.qty.lt(5)));
const otherItems = table('items', { id: text().primaryKey() });
// The same name and columns in two schemas: told apart by definition, not by name and types.
const inSchemaA = table('items', { id: integer().primaryKey() }, { schema: 'a' });
const inSchemaB = table('items', { id: integer().primaryKey() }, { schema: 'b' });
const sub = select(items.c.id).from(items).as('items');
const shared = items.c.qty.gt(1);

/** Groups of statements that must not share a shape with one another. */
const groups: Record<string, () => readonly object[]> = {
  nesting: () => [
    select(items.c.id).from(items).where(and(or(items.c.id.eq(1), items.c.id.eq(2)), items.c.id.eq(3))),
    select(items.c.id).from(items).where(or(items.c.id.eq(1), and(items.c.id.eq(2), items.c.id.eq(3)))),
    select(items.c.id).from(items).where(or(items.c.id.eq(1), items.c.id.eq(2), items.c.id.eq(3))),
    select(items.c.id).from(items).where(and(items.c.id.eq(1), items.c.id.eq(2), items.c.id.eq(3))),
    // The same kinds in the same order, nested differently: only where a list ends tells them apart.
    select(items.c.id).from(items).where(or(and(items.c.id.eq(1), items.c.id.eq(2)), items.c.id.eq(3), items.c.id.eq(4))),
    select(items.c.id).from(items).where(or(and(items.c.id.eq(1), items.c.id.eq(2), items.c.id.eq(3)), items.c.id.eq(4))),
    // A list ending a node's fields, inside another ending the statement's: only their ends tell them apart.
    select(items.c.id, items.c.name, items.c.qty, fn.count().as('n')).from(items).groupBy(rollup([items.c.id, items.c.name], items.c.qty)),
    select(items.c.id, items.c.name, items.c.qty, fn.count().as('n')).from(items).groupBy(rollup([items.c.id, items.c.name, items.c.qty])),
  ],
  // Plain objects in the tree (calendar amounts, window frames): the same values under other field names.
  'plain objects: field names': () => [
    ...(['days', 'months', 'years'] as const).map((unit) => select({ d: dates.add(dateValue('1994-01-01'), { [unit]: 2 }) })),
    select({ d: dates.add(dateValue('1994-01-01'), { days: 2, months: 1 }) }),
    select({ d: dates.add(dateValue('1994-01-01'), { months: 2, years: 1 }) }),
    select(fn.sum(items.c.qty).over({ orderBy: [items.c.id], frame: { unit: 'rows', start: { preceding: 2 }, end: { preceding: 1 } } }).as('v')).from(items),
    select(fn.sum(items.c.qty).over({ orderBy: [items.c.id], frame: { unit: 'rows', start: { preceding: 2 }, end: { following: 1 } } }).as('v')).from(items),
  ],
  'columns and clauses': () => [
    select(items.c.id, items.c.name).from(items),
    select(items.c.id).from(items).orderBy(items.c.name),
    select(items.c.id).from(items).groupBy(items.c.name),
    select(items.c.id, items.c.name).from(items).groupBy(items.c.name),
    update(items).set({ name: 'a' }),
    update(items).set({ qty: 1 }),
    update(items).set({ name: 'a', qty: 1 }),
    insert(items).values({ id: 1, name: 'a' }),
    insert(items).values({ id: 1, qty: 1 }),
  ],
  'the same bound value twice, or two values': () => {
    const x = val(7);
    return [select(x.as('a'), x.as('b')), select(val(7).as('a'), val(7).as('b')), select(items.c.id).from(items).where(and(shared, shared)), select(items.c.id).from(items).where(and(shared, items.c.qty.gt(1)))];
  },
  'a CTE, once or referred to again': () => [
    select(low.c.id).with(low).from(low),
    select(low.c.id).with(low).from(low).where(low.c.id.in(select(low.c.id).from(low))),
    select(items.c.id).with(low).from(items).where(items.c.id.in(select(low.c.id).from(low))),
    unionAll(select(low.c.id).with(low).from(low), select(items.c.id).from(items)),
  ],
  "NULL, '' or a value": () => [
    insert(items).values({ id: 1, name: null }),
    insert(items).values({ id: 1, name: '' }),
    insert(items).values({ id: 1, name: 'x' }),
    update(items).set({ name: '' }).where(items.c.name.eq('')),
    update(items).set({ name: 'x' }).where(items.c.name.eq('x')),
    select(items.c.id).from(items).where(items.c.name.eq('')),
    select(items.c.id).from(items).where(items.c.name.eq('y')),
    select(items.c.id).from(items).where(items.c.name.ne('')),
    select(items.c.id).from(items).where(items.c.name.ne('y')),
  ],
  'values of unknown type, by JavaScript type': () =>
    [1, 1.5, 10n, true, 'x', '', new Date(Date.UTC(2024, 0, 2)), Buffer.from('ab'), null].map((v) => select(sql<unknown>`${v}`.as('v'))),
  'named and list parameters': () => [
    select(items.c.id).from(items).where(items.c.id.eq(param('a'))),
    select(items.c.id).from(items).where(items.c.id.eq(param('b'))),
    select(items.c.id).from(items).where(and(items.c.id.eq(param('a')), items.c.qty.eq(param('a')))),
    select(items.c.id).from(items).where(items.c.id.in(param('ids'))),
  ],
  'row limits: WITH TIES, and counts that are expressions': () => [
    select(items.c.id).from(items).orderBy(items.c.qty).limit(2),
    select(items.c.id).from(items).orderBy(items.c.qty).limit(2, { withTies: true }),
    select(items.c.id).from(items).orderBy(items.c.qty).offset(1).limit(2, { withTies: true }),
    select(items.c.id).from(items).orderBy(items.c.qty).limit(val(2)),
    select(items.c.id).from(items).orderBy(items.c.qty).limit(val(2).plus(1)),
    select(items.c.id).from(items).orderBy(items.c.qty).limit(2).offset(val(1)),
    // One of two optional clauses, the same value in either: a clause left out is in the shape too.
    select(items.c.id).from(items).orderBy(items.c.qty).limit(val(3)),
    select(items.c.id).from(items).orderBy(items.c.qty).offset(val(3)),
    select(items.c.id).from(items).orderBy(items.c.qty).limit(3),
    select(items.c.id).from(items).orderBy(items.c.qty).offset(3),
  ],
  // A literal is written into the SQL text: its value is part of the shape, whatever its type.
  // Each type is one object, as a column's is: a type built afresh is another shape already.
  'literals differing only in their value': () => {
    const [int, txt, dbl, big, dec, ts, day, bool, bytes, doc] = [integer(), text(), double(), bigint(), numeric(), timestamp(), date(), boolean(), blob(), json()];
    const literals: [unknown, ReturnType<typeof text>][] = [
      [5, int],
      [6, int],
      ['a', txt],
      ['b', txt],
      ["a'", txt],
      [1.5, dbl],
      [-0, dbl],
      [0, dbl],
      [10n, big],
      [11n, big],
      ['12.50', dec],
      ['12.5', dec],
      [new Date(Date.UTC(2024, 0, 2)), ts],
      [new Date(Date.UTC(2024, 0, 3)), ts],
      ['2024-01-02', day],
      ['2024-01-03', day],
      [true, bool],
      [false, bool],
      [Buffer.from('ab'), bytes],
      [Buffer.from('ac'), bytes],
      [{ a: 1 }, doc],
      [{ a: 2 }, doc],
      [[1], doc],
    ] as never;
    return literals.map(([value, type]) => select(literal(value, type).as('v')));
  },
  'VALUES lists: names, types, rows, NULL': () => {
    // One builder per type, shared: a SQL type is named in the shape by its object.
    const int = integer();
    const txt = text();
    const asCte = cte('v', values([{ a: 1 }], { a: int }));
    const from = (v: ReturnType<typeof values>) => {
      const s = v.as('v');
      return select(s.c['a']!).from(s);
    };
    return [
      from(values([{ a: 1 }], { a: int })),
      from(values([{ a: 1 }, { a: 2 }], { a: int })),
      from(values([{ a: null }, { a: 2 }], { a: int })),
      from(values([{ a: 'x' }], { a: txt })),
      from(values([{ a: 1, b: 1 }], { a: int, b: int })),
      from(values([{ a: 1, c: 1 }], { a: int, c: int })),
      select(asCte.c.a).with(asCte).from(asCte),
    ];
  },
  // A node's flags are booleans (negated, case-insensitive, distinct, as text) or, left out,
  // undefined: each changes the SQL, so each is in the shape.
  'flags: negated, case-insensitive, distinct, as text': () => [
    select(items.c.id).from(items).where(items.c.name.like('a%')),
    select(items.c.id).from(items).where(items.c.name.notLike('a%')),
    select(items.c.id).from(items).where(items.c.name.ilike('a%')),
    select(items.c.id).from(items).where(items.c.name.notIlike('a%')),
    select(items.c.id).from(items).where(items.c.id.in([1, 2])),
    select(items.c.id).from(items).where(items.c.id.notIn([1, 2])),
    select(items.c.id).from(items).where(items.c.id.between(1, 2)),
    select(items.c.id).from(items).where(items.c.id.notBetween(1, 2)),
    select(items.c.id).from(items).where(exists(select(tags.c.label).from(tags))),
    select(items.c.id).from(items).where(notExists(select(tags.c.label).from(tags))),
    select(items.c.name).from(items).distinct(),
    select(items.c.name).from(items),
    select(jsonPaths.get(docs.c.doc, ['a']).as('v')).from(docs),
    select(jsonPaths.text(docs.c.doc, ['a']).as('v')).from(docs),
  ],
  // Words a node holds as strings: a function's name, an order's direction and NULLs place, a lock's wait.
  'words: function names, directions, NULLs first or last, lock waits': () => [
    select(fn.upper(items.c.name).as('v')).from(items),
    select(fn.lower(items.c.name).as('v')).from(items),
    select(items.c.id).from(items).orderBy(items.c.qty.asc()),
    select(items.c.id).from(items).orderBy(items.c.qty.desc()),
    select(items.c.id).from(items).orderBy(items.c.qty.asc().nullsFirst()),
    select(items.c.id).from(items).orderBy(items.c.qty.asc().nullsLast()),
    select(items.c.id).from(items).forUpdate(),
    select(items.c.id).from(items).forUpdate({ nowait: true }),
    select(items.c.id).from(items).forUpdate({ skipLocked: true }),
    select(items.c.id).from(items).forShare(),
  ],
  // A custom type is named in the shape by the identity of its definition: two of one base type differ.
  'custom types of one base type': () => {
    const citext = customType<string>({ name: 'citext', dataType: 'citext' });
    const short = customType<string>({ name: 'short', dataType: 'varchar(20)' });
    return [select(cast(items.c.name, citext()).as('v')).from(items), select(cast(items.c.name, short()).as('v')).from(items)];
  },
  // A column of a CTE or a subquery is named in the shape by its source's name and its own key.
  'columns of one CTE or subquery': () => {
    const both = cte('both', select(items.c.id, items.c.qty).from(items));
    const pair = select(items.c.id, items.c.name).from(items).as('pair');
    return [
      select(both.c.id).with(both).from(both),
      select(both.c.qty).with(both).from(both),
      select(pair.c.id).from(pair),
      select(pair.c.name).from(pair),
      // The same result columns, a filter on one column or the other.
      select(both.c.id).with(both).from(both).where(both.c.qty.gt(1)),
      select(both.c.id).with(both).from(both).where(both.c.id.gt(1)),
      select(pair.c.id).from(pair).orderBy(pair.c.name),
      select(pair.c.id).from(pair).orderBy(pair.c.id),
    ];
  },
  'tables and aliases': () => [
    select(items.c.id).from(items),
    select(items.as('i').c.id).from(items.as('i')),
    select(items.as('j').c.id).from(items.as('j')),
    select(tags.c.itemId).from(tags),
    // Another definition of a table of the same name, and a column of the same key elsewhere.
    select(inSchemaA.c.id).from(inSchemaA),
    select(inSchemaB.c.id).from(inSchemaB),
    select(otherItems.c.id).from(otherItems),
    select(items.c.id.as('label')).from(items),
    select(tags.c.label).from(tags),
    select(sub.c.id).from(sub),
    select(low.c.id).with(low).from(low),
  ],
};

const PARAMS = { a: 1, b: 2, ids: [1, 2, 3] };

/** SQL and parameters, or the error's message. */
function outcome(make: () => { sql: string; params: readonly unknown[] }): unknown {
  try {
    const q = make();
    return { sql: q.sql, params: q.params };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const prepared = (dialect: CompilingDialect, statement: object) => outcome(() => dialect.prepare(statement as never).bind(PARAMS));
const compiled = (dialect: CompilingDialect, statement: object) => outcome(() => dialect.compile(statement as never));

describe.each(Object.entries(modules))('%s', (_, module) => {
  test.each(Object.keys(groups))('%s: each compiles as it would without a cache, whatever was compiled before', (group) => {
    const statements = groups[group]!();
    const uncached = module.createDialect(undefined, undefined, { statementCacheSize: 0 }) as CompilingDialect;
    for (const [how, run] of [['prepare', prepared], ['compile', compiled]] as const) {
      const expected = statements.map((s) => run(uncached, s));
      for (let first = 0; first < statements.length; first++) {
        const cached = module.createDialect() as CompilingDialect;
        run(cached, statements[first]!);
        statements.forEach((s, i) => expect({ how, i, after: first, got: run(cached, s) }).toEqual({ how, i, after: first, got: expected[i] }));
      }
    }
  });
});

test('after a flood of distinct aliases resets the shape numbering, statements compile as they would without a cache', () => {
  const dialect = sqlite.createDialect() as CompilingDialect;
  const uncached = sqlite.createDialect(undefined, undefined, { statementCacheSize: 0 }) as CompilingDialect;
  const aliased = (alias: string) => {
    const t = items.as(alias);
    return select(t.c.id, t.c.name).from(t).where(t.c.qty.gt(1));
  };
  const before = [aliased('x'), aliased('y'), select(items.c.id).from(items), select(tags.c.label).from(tags)];
  for (const s of before) dialect.compile(s);
  // Past both limits of the numbering (100,000 strings, 100,000 tables): each alias is a new table and a new string.
  for (let i = 0; i < 100_050; i++) dialect.compile(aliased(`a${i}`));
  for (const s of [...before, aliased('a5'), aliased('a100049')]) expect(dialect.compile(s)).toEqual(uncached.compile(s));
});
