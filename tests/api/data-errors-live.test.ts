/**
 * Data errors on the live databases: each arrives as its typed class with a
 * SQLSTATE, and no message quotes the value that was refused (the value here
 * always contains SECRET). SQLite answers NULL for a division by zero and
 * stores any text in a column without STRICT: those rows say so.
 */
import {
  createTable,
  DatabaseError,
  DataError,
  date,
  DivisionByZeroError,
  dropTable,
  insert,
  integer,
  InvalidDatetimeError,
  InvalidTextRepresentationError,
  NumericOutOfRangeError,
  numeric,
  sql,
  Statement,
  table,
  UniqueViolationError,
  ValueTooLongError,
  varchar,
} from '@alkahest/core';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const things = table(uniqueName('api_data_errors'), {
  id: integer().primaryKey({ autoIncrement: false }),
  short: varchar({ length: 5 }),
  amount: numeric({ precision: 5, scale: 2 }),
  day: date(),
  n: integer(),
});
const strictName = uniqueName('api_strict');
const T = sql.id(things.name);

type ErrorClass = new (...args: never[]) => DatabaseError;
interface DataCase {
  readonly what: string;
  readonly error: ErrorClass;
  /** The SQLSTATE the error carries. */
  readonly sqlState: RegExp;
  readonly statement: Statement;
}

function cases(db: 'sqlite' | 'postgres' | 'mysql'): readonly DataCase[] {
  const tooLong = { what: 'a string longer than varchar(5)', error: ValueTooLongError, sqlState: /^22001$/, statement: insert(things).values({ id: 10, short: 'SECRET-long' }) };
  const outOfRange = { what: 'a numeric past numeric(5,2)', error: NumericOutOfRangeError, sqlState: /^22003$/, statement: insert(things).values({ id: 11, amount: '98765.43' }) };
  switch (db) {
    case 'postgres':
      return [
        tooLong,
        outOfRange,
        { what: 'text read as an integer', error: InvalidTextRepresentationError, sqlState: /^22P02$/, statement: sql`SELECT CAST(${'SECRET-abc'} AS integer)` },
        { what: 'a division by zero', error: DivisionByZeroError, sqlState: /^22012$/, statement: sql`SELECT 1 / CAST(${0} AS integer)` },
        { what: 'a date that does not exist', error: InvalidDatetimeError, sqlState: /^2200[78]$/, statement: sql`SELECT CAST(${'SECRET-13-45'} AS date)` },
      ];
    case 'mysql':
      return [
        tooLong,
        outOfRange,
        { what: 'text stored in an integer column', error: InvalidTextRepresentationError, sqlState: /^(22|HY)/, statement: sql`INSERT INTO ${T} (id, n) VALUES (${12}, ${'SECRET-abc'})` },
        { what: 'a division by zero in a write (strict mode)', error: DivisionByZeroError, sqlState: /^22012$/, statement: sql`INSERT INTO ${T} (id, n) VALUES (${13}, 1 / ${0})` },
        { what: 'a date that does not exist', error: InvalidDatetimeError, sqlState: /^22007$/, statement: sql`INSERT INTO ${T} (id, day) VALUES (${14}, ${'SECRET-13-45'})` },
      ];
    case 'sqlite':
      return [
        { what: 'text stored in an INTEGER column of a STRICT table', error: InvalidTextRepresentationError, sqlState: /^22P02$/, statement: sql`INSERT INTO ${sql.id(strictName)} (n) VALUES (${'SECRET-abc'})` },
        { what: 'an integer sum past 64 bits', error: NumericOutOfRangeError, sqlState: /^22003$/, statement: sql`SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)` },
      ];
  }
}

for (const db of databases) {
  describeDatabase(db, (engine) => {
    beforeAll(async () => {
      await engine().execute(createTable(things, { ifNotExists: true }));
      await engine().execute(insert(things).values({ id: 1, short: 'ok' }));
      if (db.name === 'sqlite') await engine().execute(sql`CREATE TABLE ${sql.id(strictName)} (n INTEGER) STRICT`);
    });
    afterAll(async () => {
      await engine().execute(dropTable(things, { ifExists: true }));
      if (db.name === 'sqlite') await engine().execute(sql`DROP TABLE ${sql.id(strictName)}`);
    });

    for (const c of cases(db.name)) {
      liveTest(`${c.what}: ${c.error.name}, its SQLSTATE, no value in the message`, async () => {
        const error = await engine().execute(c.statement).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(c.error);
        expect(error).toBeInstanceOf(DataError);
        const e = error as DatabaseError;
        expect(e.sqlState).toMatch(c.sqlState);
        expect(e.message).not.toContain('SECRET');
        expect(e.sql).toBeDefined();
        expect(e.message).toContain(e.sql!);
      });
    }

    liveTest('a unique violation has SQLSTATE 23505 and does not quote the duplicate key', async () => {
      const error = await engine().execute(insert(things).values({ id: 1, short: 'again' })).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UniqueViolationError);
      expect((error as DatabaseError).sqlState).toBe('23505');
      expect((error as DatabaseError).message).not.toMatch(/'1'/);
    });

    if (db.name === 'sqlite') {
      liveTest('SQLite answers NULL for a division by zero (no error), as documented', async () => {
        expect(await engine().execute(sql<{ q: unknown }>`SELECT 1 / ${0} AS q`)).toEqual([{ q: null }]);
      });
    }
  });
}
