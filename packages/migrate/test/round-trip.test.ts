/**
 * createAll → reflect → diff is empty: for every table of the conformance
 * fixtures, and for random tables over every column type and constraint
 * (fast-check), live on SQLite, PostgreSQL and MariaDB. Reflected tables
 * also query the database like the hand-written ones.
 */
import fc from 'fast-check';
import { bigint, blob, boolean, char, date, double, enumOf, fn, insert, integer, sql, json, MetaData, numeric, real, select, smallint, table, text, time, timestamp, uuid, varchar } from '@alkahest/core';
import type { AnyColumnBuilder, Table } from '@alkahest/core';
import { diff, reflect, reflectTables } from '@alkahest/migrate';
import { areas } from '../../../tests/conformance/cases';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

/** Every distinct table set of the conformance fixtures, under a prefix. */
function fixtureTables(prefix: string): Table[][] {
  const seen = new Set<string>();
  const sets: Table[][] = [];
  for (const area of areas) {
    for (const c of area.cases) {
      let tables: readonly Table[];
      try {
        tables = c.instantiate((base) => `${prefix}_${base}`).tables as readonly Table[];
      } catch {
        continue;
      }
      const key = tables.map((t) => `${t.name}(${t.columns.map((col) => `${col.name}:${col.type.describe()}:${col.spec.notNull}`).join(',')})`).sort().join(';');
      if (tables.length === 0 || seen.has(key)) continue;
      seen.add(key);
      sets.push([...tables]);
    }
  }
  return sets;
}

const columnKinds: Record<string, () => AnyColumnBuilder> = {
  integer: () => integer(),
  bigint: () => bigint(),
  smallint: () => smallint(),
  real: () => real(),
  double: () => double(),
  numeric: () => numeric({ precision: 12, scale: 3 }),
  text: () => text(),
  varchar: () => varchar({ length: 30 }),
  char: () => char({ length: 4 }),
  boolean: () => boolean(),
  date: () => date(),
  time: () => time(),
  timestamp: () => timestamp(),
  timestamptz: () => timestamp({ withTimeZone: true }),
  json: () => json(),
  uuid: () => uuid(),
  blob: () => blob(),
  enum: () => enumOf(['red', 'green']),
};
const defaults: Record<string, unknown> = { integer: 7, bigint: 9n, smallint: 2, numeric: '1.250', varchar: "it's", char: 'abcd', boolean: true, enum: 'green', date: '2024-02-29' };

const columnArb = fc.record({
  kind: fc.constantFrom(...Object.keys(columnKinds)),
  notNull: fc.boolean(),
  withDefault: fc.boolean(),
  unique: fc.boolean(),
  indexed: fc.boolean(),
});

function randomTable(name: string, specs: readonly { kind: string; notNull: boolean; withDefault: boolean; unique: boolean; indexed: boolean }[], parent: Table | undefined, dialect: string): Table {
  const lob = (k: string) => dialect === 'mysql' && ['text', 'json', 'blob'].includes(k);
  const cols: Record<string, AnyColumnBuilder> = { id: integer().primaryKey() };
  const indexes: { name: string; columns: string[]; unique?: boolean }[] = [];
  specs.forEach((s, i) => {
    let b = columnKinds[s.kind]!();
    if (s.notNull) b = b.notNull() as AnyColumnBuilder;
    if (s.withDefault && defaults[s.kind] !== undefined) b = b.default(defaults[s.kind] as never) as AnyColumnBuilder;
    if (s.withDefault && s.kind === 'timestamp') b = b.default(fn.now() as never) as AnyColumnBuilder;
    if (s.unique && !lob(s.kind)) b = b.unique() as AnyColumnBuilder;
    cols[`c${i}`] = b;
    if (s.indexed && !lob(s.kind)) indexes.push({ name: `${name}_ix${i}`, columns: [`c${i}`], ...(i % 2 === 0 ? { unique: true } : {}) });
  });
  if (parent !== undefined) cols['parent_id'] = integer().references(() => parent.c['id']!, { onDelete: 'cascade' }) as AnyColumnBuilder;
  return table(name, cols, { indexes }) as unknown as Table;
}

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest(
      `${db.name}: every conformance fixture round-trips with an empty diff`,
      async () => {
        const prefix = uniqueName('rt');
        for (const tables of fixtureTables(prefix)) {
          const metadata = new MetaData(...tables);
          await metadata.createAll(engine());
          try {
            const names = new Set(tables.map((t) => t.name));
            const result = await diff(metadata, engine(), { only: (n) => names.has(n) });
            expect({ tables: [...names], operations: result.operations }).toEqual({ tables: [...names], operations: [] });
          } finally {
            await metadata.dropAll(engine());
          }
        }
      },
      300_000,
    );

    liveTest(`${db.name}: a view reflects as a table to read from, and diff leaves it alone`, async () => {
      const prefix = uniqueName('vw');
      const base = table(`${prefix}_t`, { id: integer().primaryKey({ autoIncrement: false }), label: varchar({ length: 20 }).notNull() });
      const metadata = new MetaData(base);
      await metadata.createAll(engine());
      try {
        await engine().execute(insert(base).values([{ id: 1, label: 'a' }, { id: 2, label: 'b' }]));
        await engine().execute(sql`CREATE VIEW ${sql.id(`${prefix}_v`)} AS SELECT id, label FROM ${sql.id(base.name)} WHERE id > 1`);
        const [view] = await reflectTables(engine(), { only: [`${prefix}_v`] });
        expect(view).toMatchObject({ name: `${prefix}_v`, view: true });
        const reflected = (await reflect(engine(), { only: [`${prefix}_v`] })).sortedTables[0]!;
        expect(await engine().execute(select(reflected).from(reflected))).toEqual([{ id: 2, label: 'b' }]);
        const names = new Set([base.name, `${prefix}_v`]);
        expect((await diff(metadata, engine(), { only: (n) => names.has(n) })).operations).toEqual([]);
      } finally {
        await engine().execute(sql`DROP VIEW IF EXISTS ${sql.id(`${prefix}_v`)}`);
        await metadata.dropAll(engine());
      }
    });

    liveTest(
      `${db.name}: random tables over every column type and constraint round-trip, and reflected tables query them`,
      async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(columnArb, { minLength: 1, maxLength: 8 }), fc.array(columnArb, { minLength: 0, maxLength: 4 }), async (parentSpecs, childSpecs) => {
            const prefix = uniqueName('rp');
            const parent = randomTable(`${prefix}_p`, parentSpecs, undefined, db.name);
            const child = randomTable(`${prefix}_c`, childSpecs, parent, db.name);
            const metadata = new MetaData(parent, child);
            await metadata.createAll(engine());
            try {
              const names = new Set([parent.name, child.name]);
              const result = await diff(metadata, engine(), { only: (n) => names.has(n) });
              expect(result.operations).toEqual([]);
              // Every reflected column is there to select, under its name.
              const reflected = (await reflect(engine(), { only: [parent.name] })).sortedTables[0]!;
              expect(reflected.columns.map((c) => c.name)).toEqual(parent.columns.map((c) => c.name));
              expect(await engine().execute(select(reflected).from(reflected))).toEqual([]);
            } finally {
              await metadata.dropAll(engine());
            }
          }),
          { numRuns: db.name === 'sqlite' ? 40 : 12 },
        );
      },
      300_000,
    );
  });
}
