/**
 * The walker reads each kind's declared fields through a function written out
 * for that kind (expr/walk.ts), and through a loop over the field names where
 * the runtime refuses code generation. Both must report the same events, in
 * the same order, for every kind of statement: the statement shape (the SQL
 * cache's key) is written from them.
 */
type Core = typeof import('../src');
type Walk = typeof import('../src/expr/walk');
type Shapes = typeof import('../src/cache/shape');

/** A walk's events as text: a node's kind, a value (a SQL type by its kind), a structure mark, a field name. */
function events(walk: Walk, core: Core, root: unknown, values: boolean): string[] {
  const out: string[] = [];
  const leaves = new Set(['bind', 'column', 'table', 'values']);
  walk.walkTree(
    root,
    {
      node(_node, kind) {
        out.push(`node ${kind}`);
        return !leaves.has(kind);
      },
      value: (v) => out.push(`value ${v instanceof core.SqlType ? `type ${v.kind}` : typeof v === 'object' && v !== null ? v.constructor.name : String(v)}`),
      arrayStart: () => out.push('['),
      objectStart: () => out.push('{'),
      field: (name) => out.push(`field ${name}`),
      end: (end) => out.push(`end ${end}`),
    },
    values,
  );
  return out;
}

/** Statements of many kinds, built by one copy of the package. */
function statements(core: Core): unknown[] {
  const { table, integer, text, numeric, select, insert, update, deleteFrom, cte, fn, win, and, or, exists, param, union } = core;
  const users = table('users', { id: integer().primaryKey(), name: text().notNull(), age: integer(), balance: numeric({ precision: 10, scale: 2 }) });
  const posts = table('posts', { id: integer().primaryKey(), userId: integer().notNull(), views: integer().notNull() });
  const p = posts.as('p');
  const active = cte('active', select(posts.c.userId, fn.count().as('n')).from(posts).groupBy(posts.c.userId).having(fn.count().gt(2)));
  return [
    update(posts).set({ views: posts.c.views.plus(1) }).where(posts.c.id.eq(5)),
    select(users.c.id, users.c.name)
      .from(users.join(p, p.c.userId.eq(users.c.id)))
      .where(and(users.c.age.gt(30), or(users.c.name.like('A%'), users.c.id.in(param<number>('ids').asList()))))
      .orderBy(users.c.id.asc().nullsFirst())
      .limit(10)
      .offset(5),
    select(users.c.id, active.c.n, win.rowNumber().over({ partitionBy: [users.c.age], orderBy: [users.c.id.desc()] }).as('rn')).with(active).from(users.join(active, active.c.userId.eq(users.c.id))),
    select(users.c.id).from(users).where(exists(select(p.c.id).from(p).where(p.c.userId.eq(users.c.id)))),
    insert(users).values([{ id: 1, name: 'Ada', age: 36, balance: '1.50' }, { id: 2, name: 'Bo', age: null, balance: users.c.balance.times(2) }]),
    insert(users).values({ id: 3, name: 'Cy' }).returning(users.c.id),
    deleteFrom(posts).where(posts.c.views.lt(1)),
    union(select(users.c.id).from(users), select(posts.c.id).from(posts)),
    users.c.balance.times(users.c.age).plus(1).between(0, 10),
  ];
}

/** The package and its walker as loaded with `Function` as given (fresh modules, so the kinds' readers are made again). */
function loadWith(functionConstructor: FunctionConstructor): { core: Core; walk: Walk; shapes: Shapes } {
  const saved = globalThis.Function;
  let loaded: { core: Core; walk: Walk; shapes: Shapes } | undefined;
  globalThis.Function = functionConstructor;
  try {
    jest.isolateModules(() => {
      // Fresh copies of the modules: the kinds' readers are made when expr/walk loads.
      /* eslint-disable @typescript-eslint/no-require-imports */
      loaded = { core: require('../src') as Core, walk: require('../src/expr/walk') as Walk, shapes: require('../src/cache/shape') as Shapes };
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
  } finally {
    globalThis.Function = saved;
  }
  return loaded!;
}

/** A `Function` constructor that refuses, as under a content security policy or `--disallow-code-generation-from-strings`. */
const refusingFunction = function refuse(): never {
  throw new EvalError('Code generation from strings disallowed for this context');
} as unknown as FunctionConstructor;

test('the readers written per kind and the loop over field names report the same events', () => {
  const generated = loadWith(Function);
  let refused = 0;
  const loop = loadWith(function counted(this: unknown, ...args: string[]) {
    refused++;
    return Reflect.apply(refusingFunction as unknown as (...a: string[]) => never, this, args);
  } as unknown as FunctionConstructor);
  // Every kind's two readers were refused, and the walker went on with loops.
  expect(refused).toBeGreaterThan(100);
  const a = statements(generated.core);
  const b = statements(loop.core);
  for (let i = 0; i < a.length; i++) {
    for (const values of [true, false]) {
      const withReaders = events(generated.walk, generated.core, a[i], values);
      expect(withReaders.length).toBeGreaterThan(values ? 5 : 1);
      expect(events(loop.walk, loop.core, b[i], values)).toEqual(withReaders);
    }
  }
});

test('with the loop, every statement has the shape (the cache key) and values it has with the readers', () => {
  const generated = loadWith(Function);
  const loop = loadWith(refusingFunction);
  const a = statements(generated.core);
  const b = statements(loop.core);
  for (let i = 0; i < a.length; i++) {
    const expected = generated.shapes.shapeOf(a[i] as object);
    const actual = loop.shapes.shapeOf(b[i] as object);
    expect(actual.codes).toEqual(expected.codes);
    expect(actual.hash).toBe(expected.hash);
    expect(actual.values).toEqual(expected.values);
  }
});

test('a deep tree is walked past the recursion budget with the same events either way', () => {
  const generated = loadWith(Function);
  const loop = loadWith(refusingFunction);
  const deep = (core: Core) => {
    const t = core.table('t', { a: core.integer() });
    let e = t.c.a.plus(0);
    for (let i = 1; i < 400; i++) e = e.plus(i);
    return e;
  };
  const withReaders = events(generated.walk, generated.core, deep(generated.core), true);
  expect(withReaders.filter((e) => e === 'node binary')).toHaveLength(400);
  expect(events(loop.walk, loop.core, deep(loop.core), true)).toEqual(withReaders);
  expect(generated.walk.walkTree(deep(generated.core), { node: () => true }, false)).toBe(401);
});
