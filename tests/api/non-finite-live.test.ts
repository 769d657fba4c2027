/**
 * Doubles are finite by default; `double({ nonFinite: true })` stores
 * Infinity and NaN where the database can (PostgreSQL all three, SQLite the
 * infinities) and is refused clearly where it cannot (MariaDB, Oracle).
 */
import { createTable, double, dropTable, insert, integer, InvalidValueError, select, table, UnsupportedFeatureError } from '@alkahest/core';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const readings = table(uniqueName('api_floats'), { id: integer().primaryKey({ autoIncrement: false }), v: double({ nonFinite: true }), plain: double() });

test('a plain double refuses Infinity when the value is bound, saying how to opt in', () => {
  expect(() => insert(readings).values({ id: 1, plain: Infinity })).toThrow(
    new InvalidValueError(`column ${readings.name}.plain: expected a finite number (declare the column double({ nonFinite: true }) to store Infinity and NaN), got Infinity`),
  );
});

test('Oracle refuses a non-finite value when compiling', () => {
  expect(() => oracle.createDialect().compile(insert(readings).values({ id: 1, v: Infinity }))).toThrow(UnsupportedFeatureError);
});

for (const db of databases) {
  describeDatabase(db, (engine) => {
    beforeAll(async () => {
      await engine().execute(createTable(readings, { ifNotExists: true }));
    });
    afterAll(async () => {
      await engine().execute(dropTable(readings, { ifExists: true }));
    });

    liveTest('Infinity, -Infinity and NaN: stored and read back, or refused by name', async () => {
      const values = [Infinity, -Infinity, NaN];
      for (const [i, v] of values.entries()) {
        const write = () => engine().execute(insert(readings).values({ id: i + 1, v }));
        const stores = db.name === 'postgres' || (db.name === 'sqlite' && !Number.isNaN(v));
        if (!stores) {
          await expect(write()).rejects.toThrow(new UnsupportedFeatureError(`${String(v)} in a float column`, db.name, 'the database stores finite numbers only'));
          continue;
        }
        await write();
        expect(await engine().execute(select(readings.c.v).from(readings).where(readings.c.id.eq(i + 1)))).toEqual([{ v }]);
      }
    });
  });
}
