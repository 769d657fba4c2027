/**
 * DOUBLE values read back to the last bit on MariaDB through both of mysql2's
 * protocols: a statement with parameters (binary protocol: the double's bits)
 * and one without (text protocol: digits, which mysql2 itself reads digit by
 * digit and, for some values of up to 17 characters, one unit in the last
 * place off — 974612837.0074667 came back as 974612837.0074668).
 */
import { createTable, double, dropTable, insert, integer, select, sql, table } from '@alkahest/core';
import fc from 'fast-check';
import { databases, describeDatabase, liveTest } from '../../../tests/support/databases';

const readings = table('float_readings', { id: integer().primaryKey({ autoIncrement: false }), value: double().notNull() });

/** Doubles whose shortest text is at most 17 characters, the ones mysql2 reads by hand, and some past it. */
const values = [
  974612837.0074667,
  0.30000000000000004,
  123456.78901234567,
  -9007199254740.993,
  ...fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), { numRuns: 300, seed: 7 }),
].filter((v) => !Object.is(v, -0));

describeDatabase(databases.find((d) => d.name === 'mysql')!, (engine) => {
  beforeAll(async () => {
    await engine().execute(dropTable(readings, { ifExists: true }));
    await engine().execute(createTable(readings));
    await engine().execute(insert(readings).values(values.map((value, id) => ({ id, value }))));
  });
  afterAll(async () => {
    await engine().execute(dropTable(readings, { ifExists: true }));
  });

  const expected = values.map((value, id) => ({ id, value }));

  liveTest('without parameters (text protocol)', async () => {
    const rows = await engine().execute(select(readings.c.id, readings.c.value).from(readings).orderBy(readings.c.id));
    expect(rows).toEqual(expected);
    for (const row of rows) expect(Object.is(row.value, values[row.id])).toBe(true);
  });

  liveTest('with a parameter (binary protocol)', async () => {
    const rows = await engine().execute(select(readings.c.id, readings.c.value).from(readings).where(readings.c.id.gte(0)).orderBy(readings.c.id));
    expect(rows).toEqual(expected);
  });

  liveTest('raw SQL, its columns undeclared', async () => {
    const rows = (await engine().execute(sql.unsafe('SELECT id, value FROM float_readings ORDER BY id'))) as unknown as { id: number; value: number }[];
    expect(rows.map((r) => r.value)).toEqual(values);
  });
});
