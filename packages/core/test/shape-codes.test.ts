/**
 * The statement shape (cache/shape.ts) from the other side than
 * tests/cache/shape-collisions.test.ts: statements that compile alike must
 * share one shape (or the cache never hits), its numbers keep to their own
 * ranges, and a reset of the numbering, inside a walk or between walks,
 * never lets a shape written with the old numbers match one written with the
 * new.
 */
import { cast, double, enumOf, insert, integer, literal, numeric, recursiveCte, select, sql, table, text, timestamp, unionAll, val, varchar } from '../src';
import { kindOrdinal } from '../src/expr/walk';
import { sameShape, Shape, shapeGeneration, shapeOf } from '../src/cache/shape';
import { Bind } from '../src/expr/expression';
import { CompilingDialect } from '../src/compiler/compiling-dialect';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';
import { alkahestDialect as oracle } from '@alkahest/oracle';

const items = table('items', { id: integer().primaryKey(), name: text(), qty: integer(), price: double(), at: timestamp(), amount: numeric({ precision: 12, scale: 2 }) });
const tags = table('tags', { itemId: integer(), label: text() });

function expectSameShape(a: Shape, b: Shape): void {
  expect(a.codes).toEqual(b.codes);
  expect(a.hash).toBe(b.hash);
  expect(sameShape(a, b)).toBe(true);
}

describe('statements that compile alike share one shape', () => {
  // Each pair is one statement built twice from scratch with other values of the same class.
  const pairs: Record<string, (v: number) => object> = {
    'a bound integer': (v) => select(items.c.id).from(items).where(items.c.qty.eq(v)),
    'a bound text': (v) => select(items.c.id).from(items).where(items.c.name.eq(`name ${v}`)),
    'a bound double, whole or not': (v) => select(items.c.id).from(items).where(items.c.price.gt(v === 1 ? 1 : 2.5)),
    'a bound date': (v) => select(items.c.id).from(items).where(items.c.at.lt(new Date(Date.UTC(2024, 0, v)))),
    'a bound decimal': (v) => select(items.c.id).from(items).where(items.c.amount.eq(`${v}.50`)),
    'values of unknown type, one JavaScript type': (v) => select(sql<unknown>`${v}`.as('v')),
    'a table alias made afresh': (v) => {
      const i = items.as('i');
      return select(i.c.id, i.c.name).from(i).where(i.c.qty.eq(v));
    },
    'a join of two aliases of one table': (v) => {
      const [a, b] = [items.as('a'), items.as('b')];
      return select(a.c.id).from(a.join(b, b.c.id.eq(a.c.qty))).where(b.c.qty.gt(v));
    },
    'a SQL type made afresh, with the same options': (v) => select(cast(items.c.name, numeric({ precision: 10, scale: 2 })).as('n')).from(items).where(items.c.id.eq(v)),
    'INSERT rows, values of the same class': (v) => insert(items).values([{ id: v, name: `n${v}` }, { id: v + 10, name: 'other' }]),
    // The CTE's query refers to the CTE itself: written out once, then referred to by number.
    'a recursive CTE': (v) => {
      const counter = recursiveCte('counter', { n: integer() }, (self) => unionAll(select({ n: val(1) }), select({ n: self.c.n.plus(1) }).from(self).where(self.c.n.lt(v + 2))));
      return select(counter.c.n).with(counter).from(counter);
    },
    'a value bound twice': (v) => {
      const once = val(v);
      return select(once.as('a'), once.as('b'));
    },
  };
  test.each(Object.keys(pairs))('%s', (name) => {
    const make = pairs[name]!;
    const [first, second] = [shapeOf(make(1)), shapeOf(make(2))];
    expectSameShape(first, second);
    // The values are what differs, and the shape carries them apart from its codes.
    expect(first.values).not.toEqual(second.values);
  });

  test('a compile of the second statement is a hit of the cache', () => {
    const dialect = sqlite.createDialect() as CompilingDialect;
    for (const make of Object.values(pairs)) {
      const before = dialect.cacheStats();
      dialect.compile(make(1) as never);
      dialect.compile(make(2) as never);
      const after = dialect.cacheStats();
      expect({ hits: after.hits - before.hits, misses: after.misses - before.misses }).toEqual({ hits: 1, misses: 1 });
    }
  });

  test('the first value of a bound value met twice fills both places', () => {
    const once = val(5);
    const shape = shapeOf(select(once.as('a'), once.as('b'), val(6).as('c')));
    expect(shape.values).toEqual([5, 6]);
    expect(shape.slots.size).toBe(2);
  });
});

describe('statements that compile differently never share one', () => {
  test('NULL, the empty string and a value are told apart; a value kept from a typed column is not asked its JavaScript type', () => {
    const byName = (v: string | null) => shapeOf(select(items.c.id).from(items).where(items.c.name.eq(v)));
    expect(sameShape(byName(null), byName(''))).toBe(false);
    expect(sameShape(byName(''), byName('x'))).toBe(false);
    expect(sameShape(byName(null), byName('x'))).toBe(false);
    expect(sameShape(byName('x'), byName('y'))).toBe(true);
  });

  test('a shape is never the same as a longer one it begins', () => {
    const one = shapeOf(select(items.c.id).from(items));
    const longer: Shape = { ...one, codes: [...one.codes, 0] };
    expect(sameShape(one, longer)).toBe(false);
    expect(sameShape(longer, one)).toBe(false);
  });

  test('the library integer and a declared integer, bound to the same text, are apart (their values are checked differently)', () => {
    expect(sameShape(shapeOf(select(val(1).as('v'))), shapeOf(select(val(1, integer()).as('v'))))).toBe(false);
  });

  test('type options are written by value: types made apart with equal options are one, other options another', () => {
    const castTo = (t: ReturnType<typeof varchar> | ReturnType<typeof enumOf>) => shapeOf(select(cast(items.c.name, t).as('v')).from(items));
    expect(sameShape(castTo(varchar({ length: 5 })), castTo(varchar({ length: 5 })))).toBe(true);
    expect(sameShape(castTo(varchar({ length: 5 })), castTo(varchar({ length: 6 })))).toBe(false);
    // An array option (an enum's values) is written by its items, not by the array's identity.
    expect(sameShape(castTo(enumOf(['a', 'b'])), castTo(enumOf(['a', 'b'])))).toBe(true);
    expect(sameShape(castTo(enumOf(['a', 'b'])), castTo(enumOf(['a', 'c'])))).toBe(false);
  });
});

describe('the numbers keep to their ranges', () => {
  // cache/shape.ts: strings ≥ 0, marks -1 … -15, node kinds -100 - ordinal, tables -1000 - n, columns ≤ -1e7.
  const KIND_BASE = -100;
  const TABLE_BASE = -1000;
  const COLUMN_BASE = -1e7;

  test('a node is its kind, a table and a column are in ranges of their own', () => {
    const { codes } = shapeOf(select(items.c.id).from(items).where(items.c.qty.eq(3)));
    expect(codes).toContain(KIND_BASE - kindOrdinal('select-state'));
    expect(codes).toContain(KIND_BASE - kindOrdinal('binary'));
    const kinds = codes.filter((c) => c <= KIND_BASE && c > TABLE_BASE);
    const tables = codes.filter((c) => c <= TABLE_BASE && c > COLUMN_BASE);
    const columns = codes.filter((c) => c <= COLUMN_BASE);
    const marks = codes.filter((c) => c < 0 && c > KIND_BASE);
    expect(tables).toHaveLength(1);
    // items.id in the select list, items.qty in WHERE: two columns of one table.
    expect(columns).toHaveLength(2);
    expect(new Set(columns).size).toBe(2);
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(marks.every((c) => c >= -15)).toBe(true);
    // The column's number is made from its table's number and its key's string number.
    const tableNumber = TABLE_BASE - tables[0]!;
    for (const column of columns) {
      const offset = COLUMN_BASE - column - tableNumber * 131_072;
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThan(131_072);
    }
  });

  test("an INSERT's rows start with the code of the values kind", () => {
    const { codes } = shapeOf(insert(items).values({ id: 1, name: 'a' }));
    expect(codes).toContain(KIND_BASE - kindOrdinal('values'));
  });

  test('two tables and their columns never share numbers', () => {
    const a = shapeOf(select(items.c.id).from(items)).codes;
    const b = shapeOf(select(tags.c.itemId).from(tags)).codes;
    expect(a).not.toEqual(b);
    const ranges = (codes: readonly number[]) => codes.filter((c) => c <= TABLE_BASE);
    expect(ranges(a).some((c) => ranges(b).includes(c))).toBe(false);
    // Each table's code is in the tables' range: tags, numbered after items, is below the base.
    for (const codes of [a, b]) expect(codes.filter((c) => c <= TABLE_BASE && c > COLUMN_BASE)).toHaveLength(1);
  });
});

describe('a reset of the numbering', () => {
  // Runs last in this file: it floods the string and table numbering past their limits (100,000 each).
  test('of strings: a shape written across it is written again with the new numbers; shapes before it no longer match', () => {
    const dialect = sqlite.createDialect() as CompilingDialect;
    const uncached = sqlite.createDialect(undefined, undefined, { statementCacheSize: 0 }) as CompilingDialect;
    const probe = select(items.c.id).from(items).where(items.c.name.eq('p'));
    const before = shapeOf(probe);
    const generation = shapeGeneration;
    let resets = 0;
    // Two new strings a statement (two literals), met after the statement's kinds and columns:
    // the limit falls inside a walk.
    let i = 0;
    for (; resets < 1 && i < 150_000; i++) {
      const statement = select(literal(`x${i}`, text()).as('a'), literal(`y${i}`, text()).as('b'));
      const at = shapeGeneration;
      const shape = shapeOf(statement);
      if (shapeGeneration !== at) {
        resets++;
        expect(shape.generation).toBe(shapeGeneration);
        expectSameShape(shape, shapeOf(statement));
        expect(dialect.compile(statement as never)).toEqual(uncached.compile(statement as never));
      }
    }
    expect(i).toBeLessThan(150_000);
    expect(shapeGeneration).toBe(generation + 1);
    const after = shapeOf(probe);
    expect(sameShape(before, after)).toBe(false);
    expect(after.generation).toBe(shapeGeneration);
    expect(dialect.compile(probe as never)).toEqual(uncached.compile(probe as never));
  });

  test('of tables: an alias numbered as the numbers run out is numbered again with the new ones', () => {
    const uncached = oracle.createDialect(undefined, undefined, { statementCacheSize: 0 }) as CompilingDialect;
    const dialect = oracle.createDialect() as CompilingDialect;
    const generation = shapeGeneration;
    let seen: Shape | undefined;
    let i = 0;
    for (; shapeGeneration === generation && i < 150_000; i++) {
      const alias = items.as(`a${i}`);
      const statement = select(alias.c.id).from(alias);
      const shape = shapeOf(statement);
      if (shapeGeneration !== generation) {
        expect(shape.generation).toBe(shapeGeneration);
        expectSameShape(shape, shapeOf(statement));
        // The alias keeps its number from now on: a hit, not a new number every time.
        const hitsBefore = dialect.cacheStats().hits;
        expect(dialect.compile(statement as never)).toEqual(uncached.compile(statement as never));
        expect(dialect.compile(statement as never)).toEqual(uncached.compile(statement as never));
        expect(dialect.cacheStats().hits).toBe(hitsBefore + 1);
        seen = shape;
      }
    }
    expect(i).toBeLessThan(150_000);
    expect(seen).toBeDefined();
    // Tables numbered after the reset start again from the first numbers, apart from every alias.
    const fresh = shapeOf(select(tags.c.label).from(tags));
    expect(fresh.generation).toBe(shapeGeneration);
  });

  test('a bound value is a slot, not a code: the values never reach the numbering', () => {
    const generation = shapeGeneration;
    for (let i = 0; i < 1000; i++) shapeOf(select(items.c.id).from(items).where(items.c.name.eq(`value ${i}`)));
    expect(shapeGeneration).toBe(generation);
    expect(shapeOf(select(items.c.id).from(items).where(items.c.name.eq('v'))).slots.keys().next().value).toBeInstanceOf(Bind);
  });
});
