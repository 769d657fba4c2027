/**
 * Dialect capabilities known to the types: an engine whose dialect its URL
 * names refuses, at compile time, a statement needing what the dialect lacks
 * (each `@ts-expect-error` below is a test `npm run typecheck` runs), and the
 * capability table the types use agrees with what each compiler does.
 */
import { Capabilities, cte, cube, deleteFrom, DialectId, Feature, fn, insert, integer, rollup, select, table, UnsupportedFeatureError, update } from '@alkahest/core/dialect';
import type { Dialect, Statement } from '@alkahest/core/dialect';
import { alkahestDialect as mysql, mysqlCapabilities } from '@alkahest/mysql';
import { alkahestDialect as oracle, oracleCapabilities } from '@alkahest/oracle';
import { alkahestDialect as postgres, postgresCapabilities } from '@alkahest/postgres';
import { alkahestDialect as sqlite, sqliteCapabilities } from '@alkahest/sqlite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, Engine } from '@alkahest/pool';
import { assertType, type Equal } from '../../packages/core/test/type-helpers';

const people = table('people', { id: integer().primaryKey(), age: integer() });
const orders = table('orders', { id: integer().primaryKey(), personId: integer() });

/** One statement needing each feature. */
const needing: Record<Feature, () => Statement> = {
  'FULL OUTER JOIN': () => select(people.c.id).from(people.fullJoin(orders, orders.c.personId.eq(people.c.id))),
  LATERAL: () => {
    const first = select(orders.c.id).from(orders).where(orders.c.personId.eq(people.c.id)).limit(1).lateral('first');
    return select(people.c.id, first.c.id.as('orderId')).from(people.crossJoin(first));
  },
  'FOR SHARE': () => select(people.c.id).from(people).forShare(),
  'FOR UPDATE OF': () => select(people.c.id).from(people).forUpdate({ of: [people] }),
  'NOWAIT / SKIP LOCKED': () => select(people.c.id).from(people).forUpdate({ skipLocked: true }),
  ROLLUP: () => select(people.c.age, fn.count().as('n')).from(people).groupBy(rollup(people.c.age)),
  'CUBE / GROUPING SETS': () => select(people.c.age, fn.count().as('n')).from(people).groupBy(cube(people.c.age)),
  RETURNING: () => insert(people).values({ age: 2 }).returning(people.c.id),
  'UPDATE … RETURNING': () => update(people).set({ age: 1 }).returning(people.c.id),
  'data-modifying CTE': () => {
    const gone = cte('gone', deleteFrom(orders).returning(orders.c.id));
    return select(gone.c.id).with(gone).from(gone);
  },
};

/** The capabilities each dialect package declares (one object per package), merged: the run-time side of `Capabilities`. */
const capabilities = { ...sqlite.capabilities, ...postgres.capabilities, ...mysql.capabilities, ...oracle.capabilities } as const;
const declared = { ...sqliteCapabilities, ...postgresCapabilities, ...mysqlCapabilities, ...oracleCapabilities } as const;

test('each dialect module carries the object its types declare, and core names no dialect', () => {
  expect(capabilities).toEqual(declared);
  expect(Object.keys(declared).sort()).toEqual(['mariadb', 'mysql', 'oracle', 'postgres', 'sqlite']);
  const core = readFileSync(join(__dirname, '../../packages/core/src/capabilities.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  for (const id of Object.keys(declared)) expect({ id, namedInCore: new RegExp(`\\b${id}\\b`).test(core) }).toEqual({ id, namedInCore: false });
});

// The dialect ids the types know are exactly those the packages declare.
assertType<Equal<DialectId, keyof typeof declared>>();
type Listed<D extends DialectId> = (typeof declared)[D][number];
// The lists above are exactly the capabilities the types declare (checked by tsc).
assertType<Equal<Listed<'sqlite'>, Capabilities['sqlite']>>();
assertType<Equal<Listed<'postgres'>, Capabilities['postgres']>>();
assertType<Equal<Listed<'mysql'>, Capabilities['mysql']>>();
assertType<Equal<Listed<'mariadb'>, Capabilities['mariadb']>>();
assertType<Equal<Listed<'oracle'>, Capabilities['oracle']>>();

const dialects: Record<DialectId, Dialect> = {
  sqlite: sqlite.createDialect(),
  postgres: postgres.createDialect(),
  mysql: mysql.createDialect({}, 'mysql://h/db'),
  mariadb: mysql.createDialect({}, 'mariadb://h/db'),
  oracle: oracle.createDialect(),
};

describe.each(Object.keys(dialects) as DialectId[])('%s', (id) => {
  test.each(Object.keys(needing) as Feature[])('%s compiles exactly when the types say it is available', (feature) => {
    const compile = () => dialects[id].compile(needing[feature]());
    if ((declared[id] as readonly Feature[]).includes(feature)) expect(compile).not.toThrow();
    else expect(compile).toThrow(UnsupportedFeatureError);
  });
});

/**
 * An engine whose URL names its dialect refuses what the dialect lacks, at
 * compile time. Checked by tsc only (npm run typecheck): never called.
 */
export function engineTypeChecks(): void {
  const typeChecks = (): void => {
    const lite = createEngine('sqlite::memory:');
    assertType<Equal<typeof lite, Engine<'sqlite'>>>();
    void lite.execute(needing['FOR SHARE']() as ReturnType<typeof forShare>);
    // @ts-expect-error SKIP LOCKED is not available on sqlite
    void lite.execute(select(people.c.id).from(people).forUpdate({ skipLocked: true }));
    // @ts-expect-error LATERAL is not available on sqlite
    void lite.execute(lateral());

    const pg = createEngine('postgres://localhost/db');
    void pg.execute(lateral());
    void pg.execute(select(people.c.id).from(people).forUpdate({ skipLocked: true, of: [people] }));

    const maria = createEngine('mariadb://localhost/db');
    // @ts-expect-error FOR UPDATE OF is not available on mariadb
    void maria.execute(select(people.c.id).from(people).forUpdate({ of: [people] }));
    // @ts-expect-error FULL OUTER JOIN is not available on mariadb
    void maria.execute(select(people.c.id).from(people.fullJoin(orders, orders.c.personId.eq(people.c.id))));

    // @ts-expect-error ROLLUP is not available on sqlite
    void lite.execute(rollUp());
    // @ts-expect-error UPDATE … RETURNING is not available on mariadb
    void maria.execute(update(people).set({ age: 1 }).returning(people.c.id));
    void maria.execute(deleteFrom(people).returning(people.c.id));
    const my = createEngine('mysql://localhost/db');
    void my.execute(insert(people).values({ age: 1 }).returning(people.c.id));
    // @ts-expect-error UPDATE … RETURNING is not available on mysql
    void my.execute(update(people).set({ age: 1 }).returning(people.c.id));
    // @ts-expect-error data-modifying CTE is not available on mysql
    void my.execute(dataModifying());
    void pg.execute(dataModifying());

    const ora = createEngine('oracle://u:p@localhost/db');
    // @ts-expect-error FOR SHARE is not available on oracle
    void ora.execute(forShare());

    // A URL the types cannot read: checked at run time only.
    const url: string = process.env.DATABASE_URL ?? 'sqlite::memory:';
    void createEngine(url).execute(lateral());
  };
  void typeChecks;
  const lateral = () => {
    const first = select(orders.c.id).from(orders).where(orders.c.personId.eq(people.c.id)).limit(1).lateral('first');
    return select(people.c.id, first.c.id.as('orderId')).from(people.crossJoin(first));
  };
  const forShare = () => select(people.c.id).from(people).forShare();
  const rollUp = () => select(people.c.age, fn.count().as('n')).from(people).groupBy(rollup(people.c.age));
  const dataModifying = () => {
    const gone = cte('gone', deleteFrom(orders).returning(orders.c.id));
    return select(gone.c.id).with(gone).from(gone);
  };
}
