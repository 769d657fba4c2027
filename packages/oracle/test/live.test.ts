/**
 * Against a real Oracle server, only when ALKAHEST_ORACLE_URL is set
 * (oracle://user:password@host:port/service). ALKAHEST_ORACLE_VERSION may
 * say '11g', '12c' (default) or '23ai'.
 */
import {
  boolean,
  createTable,
  date,
  deleteFrom,
  dropTable,
  fn,
  insert,
  integer,
  numeric,
  select,
  table,
  text,
  timestamp,
  update,
  varchar,
} from '@alkahest/core';
import { alkahestDialect, OracleVersion } from '@alkahest/oracle';
import { createEngine, Engine } from '@alkahest/pool';

const url = process.env.ALKAHEST_ORACLE_URL;
const version = (process.env.ALKAHEST_ORACLE_VERSION ?? '12c') as OracleVersion;
const describeLive = url ? describe : describe.skip;

if (!url) {
  process.stderr.write('\n!!! SKIPPING Oracle live tests: set ALKAHEST_ORACLE_URL=oracle://user:password@host:port/service to run them\n\n');
}

const things = table(`alk_things_${process.pid}`, {
  id: integer().primaryKey(),
  name: varchar({ length: 40 }).notNull(),
  note: text(),
  active: boolean().notNull().default(true),
  price: numeric({ precision: 12, scale: 2 }),
  day: date(),
  at: timestamp(),
});

describeLive(`oracle (${version})`, () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = createEngine(url!, { dialect: alkahestDialect, driver: { version } });
    await engine.execute(dropTable(things, { ifExists: true }));
    await engine.execute(createTable(things));
  });

  afterAll(async () => {
    await engine.execute(dropTable(things, { ifExists: true }));
    await engine.close();
  });

  test('create, insert, select, update, delete, drop', async () => {
    const at = new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789));
    await engine.execute(insert(things).values({ name: 'one', note: 'first', price: '12.50', day: '2024-02-29', at }));
    await engine.execute(insert(things).values([{ name: 'two', active: false }, { name: 'three' }]));
    await engine.execute(insert(things).values({ name: 'four' }));

    const rows = await engine.execute(select(things.c.id, things.c.name, things.c.note, things.c.active, things.c.price, things.c.day, things.c.at).from(things).orderBy(things.c.id));
    expect(rows.map((r) => r.name)).toEqual(['one', 'two', 'three', 'four']);
    expect(new Set(rows.map((r) => r.id)).size).toBe(4);
    expect(rows[0]).toMatchObject({ note: 'first', active: true, price: '12.5', day: '2024-02-29', at });
    expect(rows[1]).toMatchObject({ active: false, note: null, price: null, day: null, at: null });

    const page = await engine.execute(select(things.c.name).from(things).orderBy(things.c.id).limit(2).offset(1));
    expect(page).toEqual([{ name: 'two' }, { name: 'three' }]);

    const flagged = await engine.execute(select({ n: fn.count() }).from(things).where(things.c.active));
    expect(flagged).toEqual([{ n: 3 }]);

    expect(await engine.execute(update(things).set({ active: false }).where(things.c.name.ilike('T%')))).toMatchObject({ rowsAffected: 2 });
    await engine.transaction(async (tx) => {
      await tx.execute(deleteFrom(things).where(things.c.name.eq('one')));
    });
    await expect(
      engine.transaction(async (tx) => {
        await tx.execute(deleteFrom(things));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await engine.execute(select({ n: fn.count() }).from(things))).toEqual([{ n: 3 }]);
  });
});
