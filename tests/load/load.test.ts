/**
 * engine.load() on every live database (SQLite, PostgreSQL, PGlite, MariaDB):
 * rows from arrays and async iterables land exactly as insert() would write
 * them; a bad row, an unknown column or a database error keeps nothing; a
 * load inside a transaction uses its connection and rolls back alone.
 */
import {
  bigint,
  blob,
  boolean,
  createTable,
  date,
  double,
  dropTable,
  integer,
  json,
  jsonNull,
  LoadRowError,
  numeric,
  QueryTimeoutError,
  select,
  table,
  text,
  timestamp,
  UniqueViolationError,
  fn,
  insert,
  sql,
  varchar,
  DatabaseError,
} from '@alkahest/core';
import type { Engine } from '@alkahest/pool';
import { databases, describeDatabase, liveTest, pglite, uniqueName } from '../support/databases';

function things() {
  return table(uniqueName('load'), {
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

type Things = ReturnType<typeof things>;

const sample = (id: number) => ({
  id,
  name: `n\t${id}\n\\N\r"'${'é'.repeat(id % 3)}`,
  price: `${id}.125000`,
  ok: id % 2 === 0,
  at: new Date(Date.UTC(2024, 0, 1, 0, 0, id % 60, id % 1000)),
  day: '2024-02-29',
  doc: { id, tags: ['a', 'b\t'], nested: { q: "it's" } },
  bytes: Buffer.from([0, 9, 10, 13, 92, 255, id % 256]),
  big: 9007199254740993n + BigInt(id),
  ratio: id / 7,
});

async function* generate(n: number, from = 0) {
  for (let i = from; i < from + n; i++) yield sample(i);
}

async function withTable(engine: Engine, body: (t: Things) => Promise<void>): Promise<void> {
  const t = things();
  await engine.execute(createTable(t));
  try {
    await body(t);
  } finally {
    await engine.execute(dropTable(t, { ifExists: true }));
  }
}

const count = async (engine: Engine, t: Things) => (await engine.execute(select({ n: fn.count() }).from(t)))[0]!.n;

for (const db of [...databases, pglite]) {
  describeDatabase(db, (engine) => {
    liveTest('an array loads and reads back exactly as insert() writes it, every type and NULL', async () => {
      await withTable(engine(), async (loaded) => {
        await withTable(engine(), async (inserted) => {
          const rows = [sample(1), sample(2), { ...sample(3), name: null, price: null, ok: null, at: null, day: null, doc: null, bytes: null, big: null, ratio: null }];
          expect(await engine().load(loaded, rows)).toEqual({ rowsLoaded: 3 });
          await engine().execute(insert(inserted).values(rows));
          const back = await engine().execute(select(loaded).orderBy(loaded.c.id));
          expect(back).toEqual(await engine().execute(select(inserted).orderBy(inserted.c.id)));
          // And as given, for what every database keeps exactly.
          expect(back.map((r) => [r.name, r.bytes, r.doc, r.at, r.ok, r.ratio, r.big])).toEqual(rows.map((r) => [r.name, r.bytes, r.doc, r.at, r.ok, r.ratio, r.big]));
        });
      });
    });

    liveTest('an async iterable of 5,000 rows loads in batches', async () => {
      await withTable(engine(), async (t) => {
        expect(await engine().load(t, generate(5000), { batchSize: 700 })).toEqual({ rowsLoaded: 5000 });
        expect(Number(await count(engine(), t))).toBe(5000);
        const [last] = await engine().execute(select(t.c.name, t.c.doc).from(t).where(t.c.id.eq(4999)));
        expect(last).toEqual({ name: sample(4999).name, doc: sample(4999).doc });
      });
    });

    liveTest('jsonNull loads the JSON literal null, null loads SQL NULL', async () => {
      await withTable(engine(), async (t) => {
        await engine().load(t, [{ id: 1, doc: jsonNull }, { id: 2, doc: null }]);
        const back = await engine().execute(select(t.c.id, t.c.doc, { isNull: t.c.doc.isNull() }).from(t).orderBy(t.c.id));
        expect(back.map((r) => Boolean(r.isNull))).toEqual([false, true]);
      });
    });

    liveTest('a bad value fails the load with a LoadRowError naming the row and column, and nothing is kept', async () => {
      await withTable(engine(), async (t) => {
        async function* rows() {
          yield* generate(2500);
          yield { ...sample(2500), price: 'twelve' };
        }
        const error = await engine().load(t, rows() as never, { batchSize: 1000 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(LoadRowError);
        expect(error).toMatchObject({ row: 2500, column: 'price' });
        expect((error as Error).message).toMatch(/rows\[2500\].*price.*expected a decimal string/);
        expect(Number(await count(engine(), t))).toBe(0);
      });
    });

    liveTest('an unknown column, or a row leaving out a column the first row gives, is a LoadRowError', async () => {
      await withTable(engine(), async (t) => {
        await expect(engine().load(t, [{ id: 1, nope: 2 } as never])).rejects.toMatchObject({ name: 'LoadRowError', row: 0, column: 'nope' });
        await expect(engine().load(t, [{ id: 1, name: 'a' }, { id: 2 }])).rejects.toMatchObject({ name: 'LoadRowError', row: 1, column: 'name' });
        await expect(engine().load(t, [{ id: 1 }, { id: 2, name: 'b' }])).rejects.toMatchObject({ name: 'LoadRowError', row: 1, column: 'name' });
        expect(Number(await count(engine(), t))).toBe(0);
      });
    });

    liveTest('a duplicate key fails the whole load with a UniqueViolationError and keeps nothing', async () => {
      await withTable(engine(), async (t) => {
        const rows = [...Array.from({ length: 1500 }, (_, i) => ({ id: i })), { id: 7 }];
        await expect(engine().load(t, rows)).rejects.toBeInstanceOf(UniqueViolationError);
        expect(Number(await count(engine(), t))).toBe(0);
      });
    });

    liveTest('inside a transaction: the load uses its connection, and a failed load rolls back alone', async () => {
      await withTable(engine(), async (t) => {
        await engine().transaction(async (tx) => {
          await tx.load(t, generate(10));
          // Visible inside the transaction: the load ran on its connection.
          expect(Number((await tx.execute(select({ n: fn.count() }).from(t)))[0]!.n)).toBe(10);
          await expect(tx.load(t, [{ id: 100 }, { id: 1 }])).rejects.toBeInstanceOf(UniqueViolationError);
          await tx.load(t, [{ id: 200 }]);
        });
        expect(Number(await count(engine(), t))).toBe(11);
        // A transaction that throws after a load keeps nothing of it.
        await expect(
          engine().transaction(async (tx) => {
            await tx.load(t, generate(5, 1000));
            throw new Error('changed my mind');
          }),
        ).rejects.toThrow('changed my mind');
        expect(Number(await count(engine(), t))).toBe(11);
      });
    });

    liveTest('an empty source loads nothing; named columns load rows that give only those', async () => {
      await withTable(engine(), async (t) => {
        expect(await engine().load(t, [])).toEqual({ rowsLoaded: 0 });
        expect(await engine().load(t, [{ id: 1, name: 'a' }], { columns: ['id', 'name'] })).toEqual({ rowsLoaded: 1 });
        await expect(engine().load(t, [{ id: 2 }], { columns: ['id', 'name'] })).rejects.toMatchObject({ row: 0, column: 'name' });
      });
    });

    liveTest('timeoutMillis stops a load whose rows come too slowly with a QueryTimeoutError, keeping nothing', async () => {
      await withTable(engine(), async (t) => {
        async function* slow() {
          for (let i = 0; i < 100; i++) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            yield { id: i };
          }
        }
        await expect(engine().load(t, slow(), { timeoutMillis: 150, batchSize: 2 })).rejects.toBeInstanceOf(QueryTimeoutError);
        expect(Number(await count(engine(), t))).toBe(0);
      });
    });

    liveTest('an engine with hooks loads too (a load is no statement and reads no rows: the hooks do not apply)', async () => {
      const { createEngine } = await import('@alkahest/pool');
      const hooked = createEngine(db.url, { hooks: { statement: (s) => s, row: (r) => ({ ...r, hooked: true }) } });
      try {
        await withTable(hooked, async (t) => {
          expect(await hooked.load(t, generate(10))).toEqual({ rowsLoaded: 10 });
          expect(await hooked.execute(select({ n: fn.count() }).from(t))).toEqual([{ n: 10, hooked: true }]);
        });
      } finally {
        await hooked.close();
      }
    });

    liveTest('an aborted signal stops the load with a QueryTimeoutError, keeping nothing', async () => {
      await withTable(engine(), async (t) => {
        const controller = new AbortController();
        async function* rows() {
          for (let i = 0; ; i++) {
            if (i === 3000) controller.abort();
            yield { id: i };
          }
        }
        await expect(engine().load(t, rows(), { signal: controller.signal, batchSize: 500 })).rejects.toBeInstanceOf(QueryTimeoutError);
        expect(Number(await count(engine(), t))).toBe(0);
      });
    });
  });
}

const mariadb = databases.find((d) => d.name === 'mysql')!;
describeDatabase(mariadb, (engine) => {
  liveTest('where LOAD DATA LOCAL is not to be used (localInfile: false), multi-row INSERTs load the same rows', async () => {
    const { createEngine } = await import('@alkahest/pool');
    const inserts = createEngine(mariadb.url, { driver: { localInfile: false } });
    try {
      await withTable(engine(), async (loaded) => {
        await withTable(engine(), async (viaInserts) => {
          const held = await engine().connect();
          try {
            await held.load(loaded, generate(2100));
            // That load was LOAD DATA LOCAL INFILE, on this server where @@local_infile is on.
            const [status] = await held.execute(sql<{ Value: string }>`SHOW SESSION STATUS LIKE 'Com_load'`);
            expect(Number(status!.Value)).toBe(1);
          } finally {
            await held.release();
          }
          expect(await inserts.load(viaInserts, generate(2100))).toEqual({ rowsLoaded: 2100 });
          expect(await engine().execute(select(viaInserts).orderBy(viaInserts.c.id))).toEqual(await engine().execute(select(loaded).orderBy(loaded.c.id)));
          await expect(inserts.load(viaInserts, [{ id: 5000 }, { id: 1 }])).rejects.toBeInstanceOf(UniqueViolationError);
          expect(Number(await count(engine(), viaInserts))).toBe(2100);
        });
      });
      // LOAD DATA LOCAL truncates a value too long for its column with a warning (where INSERT fails):
      // the load fails instead, and keeps nothing.
      const codes = table(uniqueName('load_codes'), { id: integer().primaryKey({ autoIncrement: false }), code: varchar({ length: 3 }) });
      await engine().execute(createTable(codes));
      try {
        const error = await engine().load(codes, [{ id: 1, code: 'abc' }, { id: 2, code: 'abcd' }]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DatabaseError);
        expect((error as Error).message).toMatch(/LOAD DATA LOCAL: .*(truncated|too long).*; the load is rolled back/i);
        expect(Number((await engine().execute(select({ n: fn.count() }).from(codes)))[0]!.n)).toBe(0);
      } finally {
        await engine().execute(dropTable(codes));
      }
    } finally {
      await inserts.close();
    }
  });
});
