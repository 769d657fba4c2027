/**
 * CAST on MariaDB, live, to each type the MySQL dialect names its own way
 * (SIGNED, FLOAT, DOUBLE, DECIMAL with and without a precision, CHAR(n),
 * CHAR(36) for a UUID, DATE, TIME(6), DATETIME(n), JSON as text, BINARY),
 * each read back as the type's value; and CAST to boolean refused.
 */
import { blob, builtinTypes, cast, char, date, double, json, numeric, real, select, time, timestamp, UnsupportedFeatureError, uuid } from '@alkahest/core';
import { databases, describeDatabase, liveTest } from '../../../tests/support/databases';

describeDatabase(databases.find((d) => d.name === 'mysql')!, (engine) => {
  liveTest('each cast reads back as its type', async () => {
    const rows = await engine().execute(
      select({
        int: cast('42', builtinTypes.integer),
        float: cast('1.5', real()),
        dbl: cast('2.25', double()),
        dec: cast('12.5', numeric({ precision: 6, scale: 2 })),
        wide: cast('0.125', numeric()),
        cut: cast('abcdef', char({ length: 3 })),
        id: cast('0e984725-c51c-4bf4-9960-e1c80e27aba0', uuid()),
        day: cast('2024-02-29', date()),
        at: cast('12:34:56.123456', time()),
        ts: cast('2024-01-02 03:04:05.678', timestamp()),
        doc: cast('{"a": [1, 2]}', json()),
        bytes: cast('hi', blob()),
      }),
    );
    expect(rows).toEqual([
      {
        int: 42,
        float: 1.5,
        dbl: 2.25,
        dec: '12.50',
        wide: '0.125000000000000000000000000000',
        cut: 'abc',
        id: '0e984725-c51c-4bf4-9960-e1c80e27aba0',
        day: '2024-02-29',
        at: '12:34:56.123456',
        ts: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)),
        // A string cast to JSON is bound as a JSON string, and read back as that string.
        doc: '{"a": [1, 2]}',
        bytes: Buffer.from('hi'),
      },
    ]);
  });

  liveTest('CAST to boolean is refused: MySQL has no boolean type to cast to', () => {
    expect(() => engine().compile(select({ b: cast('1', builtinTypes.boolean) }))).toThrow(
      new UnsupportedFeatureError('CAST to boolean', 'mysql', 'MySQL has no boolean type to cast to: compare instead, e.g. x.ne(0)'),
    );
  });
});
