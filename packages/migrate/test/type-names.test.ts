/**
 * Each dialect's type compiler, both ways: every column type goes
 * type → DDL name → (the server's catalog) → reflected type, live on SQLite,
 * PostgreSQL and MariaDB, and through ALL_TAB_COLUMNS-shaped rows for Oracle.
 * A type comes back as itself except where the catalog loses information
 * (each such loss is listed here and documented in the dialect's
 * type-compiler.ts), and in every case the reflected type writes the same DDL
 * name again, which is what a migration's diff compares.
 */
import { bigint, blob, boolean, char, date, double, enumOf, integer, json, MetaData, numeric, real, smallint, table, text, time, timestamp, uuid, varchar } from '@alkahest/core';
import type { AnyColumnBuilder, SqlType, Table } from '@alkahest/core';
import type { TypeCompiler } from '@alkahest/core/dialect';
import { reflectTables } from '@alkahest/migrate';
import { SqliteCompiler } from '@alkahest/sqlite';
import { PostgresCompiler } from '@alkahest/postgres';
import { MysqlCompiler } from '@alkahest/mysql';
import { OracleCompiler, OracleColumnType } from '@alkahest/oracle';
import { databases, describeDatabase, liveTest, uniqueName } from '../../../tests/support/databases';

const columns: Record<string, () => AnyColumnBuilder> = {
  c_integer: () => integer(),
  c_bigint: () => bigint(),
  c_smallint: () => smallint(),
  c_real: () => real(),
  c_double: () => double(),
  c_numeric: () => numeric(),
  c_numeric_ps: () => numeric({ precision: 12, scale: 3 }),
  c_text: () => text(),
  c_varchar: () => varchar({ length: 30 }),
  c_char: () => char({ length: 4 }),
  c_boolean: () => boolean(),
  c_date: () => date(),
  c_time: () => time(),
  c_timestamp: () => timestamp(),
  c_timestamptz: () => timestamp({ withTimeZone: true }),
  c_timestamp_us: () => timestamp({ mode: 'string' }),
  c_timestamp_ms: () => timestamp({ precision: 3 }),
  c_json: () => json(),
  c_uuid: () => uuid(),
  c_blob: () => blob(),
  c_enum: () => enumOf(['red', 'green']),
};

/** What each catalog loses: column → the type it reflects as (described). */
const losses: Record<'sqlite' | 'postgres' | 'mysql' | 'oracle', Record<string, string>> = {
  // REAL is SQLite's only float; JSON, UUID and enum values are TEXT.
  // A timestamp's mode is the application's (never in a catalog); SQLite's TIMESTAMP is text of any precision.
  sqlite: { c_real: 'double', c_json: 'text', c_uuid: 'text', c_enum: 'text', c_timestamp_us: 'timestamp', c_timestamp_ms: 'timestamp' },
  // An enum is a VARCHAR with a CHECK. Six fraction digits are the default TIMESTAMP's.
  postgres: { c_enum: 'varchar(5)', c_timestamp_us: 'timestamp' },
  // A UUID is CHAR(36); DATETIME has no time zone; DATETIME(3) is what timestamp() is.
  mysql: { c_uuid: 'char(36)', c_timestamptz: 'timestamp', c_timestamp_ms: 'timestamp' },
  // A UUID, a time of day and an enum are VARCHAR2; JSON before 21c is a CLOB. Six fraction digits are the default TIMESTAMP's.
  oracle: { c_uuid: 'varchar(36)', c_time: 'varchar(15)', c_enum: 'varchar(5)', c_json: 'text', c_timestamp_us: 'timestamp' },
};

function typesTable(name: string): Table {
  const cols: Record<string, AnyColumnBuilder> = { id: integer().primaryKey() };
  for (const [k, make] of Object.entries(columns)) cols[k] = make();
  return table(name, cols) as unknown as Table;
}

/** Checks one reflected column against its definition, through the dialect's type compiler. */
function expectRoundTrip(dialect: keyof typeof losses, types: TypeCompiler<never>, original: SqlType, reflected: SqlType, column: string): void {
  expect({ column, type: reflected.describe() }).toEqual({ column, type: losses[dialect][column] ?? original.describe() });
  expect({ column, ddl: types.columnType(reflected) }).toEqual({ column, ddl: types.columnType(original) });
}

const compilers = {
  sqlite: () => new SqliteCompiler(),
  postgres: () => new PostgresCompiler(),
  mysql: () => new MysqlCompiler({ flavor: 'mariadb' }),
};

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest(`${db.name}: every column type reflects back through the type compiler`, async () => {
      const t = typesTable(uniqueName('tn'));
      const metadata = new MetaData(t);
      await metadata.createAll(engine());
      try {
        const [reflected] = await reflectTables(engine(), { only: [t.name] });
        const types = compilers[db.name]().types;
        for (const c of t.columns) {
          if (c.name === 'id') continue;
          const r = reflected!.columns.find((x) => x.name === c.name);
          expectRoundTrip(db.name, types, c.type, r!.type, c.name);
        }
      } finally {
        await metadata.dropAll(engine());
      }
    });
  });
}

/**
 * What ALL_TAB_COLUMNS reports for a column declared with `name` (SQL
 * Language Reference, "Data Types"; Database Reference, ALL_TAB_COLUMNS):
 * an integer NUMBER has scale 0, a TIMESTAMP shows its default precision 6.
 */
function oracleCatalogRow(name: string): OracleColumnType {
  const number = /^NUMBER(?:\((\d+)(?:, (\d+))?\))?$/.exec(name);
  if (number) return { dataType: 'NUMBER', precision: number[1] === undefined ? null : Number(number[1]), scale: number[1] === undefined ? null : Number(number[2] ?? 0) };
  const chars = /^(VARCHAR2|CHAR)\((\d+) CHAR\)$/.exec(name);
  if (chars) return { dataType: chars[1]!, charLength: Number(chars[2]) };
  if (name.startsWith('TIMESTAMP')) return { dataType: name.startsWith('TIMESTAMP(') ? name : name.replace('TIMESTAMP', 'TIMESTAMP(6)') };
  return { dataType: name };
}

test('oracle: every column type reflects back through the type compiler (catalog rows as Oracle reports them)', () => {
  const types = new OracleCompiler().types;
  const t = typesTable('tn');
  for (const c of t.columns) {
    if (c.name === 'id') continue;
    const reflected = types.reflect(oracleCatalogRow(types.columnType(c.type, c)));
    expectRoundTrip('oracle', types, c.type, reflected, c.name);
  }
});

test('oracle 23ai: BOOLEAN and JSON are native and reflect as themselves', () => {
  const types = new OracleCompiler({ version: '23ai' }).types;
  for (const make of [boolean, json]) {
    const type = make().spec.type;
    expect(types.reflect(oracleCatalogRow(types.columnType(type))).describe()).toBe(type.describe());
  }
});
