/**
 * Value round trips through engine.load() on every live database, with
 * random rows (fast-check): what a load writes reads back exactly as what
 * insert() writes for the same rows (the same codecs), and as given for the
 * values every database keeps exactly — text of any characters, bytes,
 * booleans, timestamps to the millisecond, dates, 64-bit integers, decimals
 * at their declared scale (on SQLite, of up to 15 significant digits).
 */
import fc from 'fast-check';
import { bigint, blob, deleteFrom, boolean, createTable, date, double, dropTable, insert, integer, json, numeric, select, table, text, timestamp } from '@alkahest/core';
import { databases, describeDatabase, liveTest, pglite, uniqueName } from '../support/databases';

function things() {
  return table(uniqueName('load_rt'), {
    id: integer().primaryKey({ autoIncrement: false }),
    name: text(),
    price: numeric({ precision: 20, scale: 6 }),
    ok: boolean(),
    at: timestamp(),
    day: date(),
    doc: json(),
    bytes: blob(),
    big: bigint(),
    ratio: double(),
  });
}

const orNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 5 });
const instant = fc.date({ min: new Date('1000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
/** Decimals of up to `digits` integer digits and 6 decimals. */
const decimalOf = (digits: bigint) => fc.tuple(fc.bigInt(-(10n ** digits), 10n ** digits), fc.integer({ min: 0, max: 999_999 })).map(([i, f]) => `${i}.${String(f).padStart(6, '0')}`);
// SQLite stores a decimal as a double, which holds 15 significant digits exactly (it refuses more).
const decimalFor = (db: { name: string }) => decimalOf(db.name === 'sqlite' ? 8n : 13n);
// NUL is left out of text: PostgreSQL cannot store it (and says so).
const words = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !s.includes('\u0000'));
const jsonDoc = fc.dictionary(words, fc.oneof(words, fc.integer(), fc.boolean(), fc.constant(null), fc.array(words, { maxLength: 3 })), { maxKeys: 4 });

const rowOf = (decimal: fc.Arbitrary<string>) => fc.record({
  name: orNull(fc.oneof(words, fc.constantFrom('\\N', '\\.', '\t', '\n', '\r\n', '\\', 'NULL'))),
  price: orNull(decimal),
  ok: orNull(fc.boolean()),
  at: orNull(instant),
  day: orNull(instant.map((d) => d.toISOString().slice(0, 10))),
  doc: orNull(jsonDoc),
  bytes: orNull(fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b))),
  big: orNull(fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n)),
  ratio: orNull(fc.double({ noNaN: true, noDefaultInfinity: true })),
});
const rowsOf = (db: { name: string }) => fc.array(rowOf(decimalFor(db)), { minLength: 1, maxLength: 30 }).map((rows) => rows.map((r, id) => ({ id, ...r })));

for (const db of [...databases, pglite]) {
  describeDatabase(db, (engine) => {
    liveTest('random rows: load() reads back as insert() writes them, and exact values as given', async () => {
      const loaded = things();
      const inserted = things();
      await engine().execute(createTable(loaded));
      await engine().execute(createTable(inserted));
      try {
        await fc.assert(
          fc.asyncProperty(rowsOf(db), async (rows) => {
            await engine().execute(deleteFrom(loaded));
            await engine().execute(deleteFrom(inserted));
            expect(await engine().load(loaded, rows)).toEqual({ rowsLoaded: rows.length });
            await engine().execute(insert(inserted).values(rows));
            const back = await engine().execute(select(loaded).orderBy(loaded.c.id));
            expect(back).toEqual(await engine().execute(select(inserted).orderBy(inserted.c.id)));
            const exact = (r: { id: number; name: unknown; price: unknown; ok: unknown; at: unknown; day: unknown; bytes: unknown; big: unknown }) => [r.id, r.name, r.price, r.ok, r.at, r.day, r.bytes, r.big];
            expect(back.map(exact)).toEqual(rows.map(exact));
          }),
          { numRuns: 15 },
        );
      } finally {
        await engine().execute(dropTable(loaded));
        await engine().execute(dropTable(inserted));
      }
    });
  });
}
