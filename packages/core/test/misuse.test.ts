/**
 * Builders used wrongly are refused when the statement is built (or compiled),
 * with a named error that says what was wrong and what would do: LIKE escapes,
 * MetaData, window frames, dates.add()/trunc(), val() and decimalValue(),
 * stringAgg(), recursive CTEs in UPDATE and DELETE where the dialect inlines
 * WITH, explain() formats, prepare() of DDL, schemaMap.
 */
import {
  alterTable,
  CompileError,
  createTable,
  dates,
  decimalValue,
  fn,
  integer,
  InvalidValueError,
  MetaData,
  recursiveCte,
  SchemaError,
  select,
  table,
  text,
  timestamp,
  unionAll,
  UnsupportedFeatureError,
  update,
  deleteFrom,
  val,
} from '@alkahest/core';
import { CompilingDialect } from '@alkahest/core/dialect';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { oracleDialect } from '@alkahest/oracle';
import { postgresDialect } from '@alkahest/postgres';
import { SqliteCompiler } from '@alkahest/sqlite';

const users = table('users', { id: integer().primaryKey(), name: text().notNull(), seen: timestamp() });
const pg = postgresDialect();

describe('LIKE escape', () => {
  test('one character (a code point, not a UTF-16 unit) is taken; anything else is refused', () => {
    expect(pg.compile(select(users.c.id).from(users).where(users.c.name.like('a!%', { escape: '!' }))).sql).toBe(
      'SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE $1 ESCAPE \'!\'',
    );
    expect(() => users.c.name.like('x', { escape: '😀' })).not.toThrow();
    expect(() => users.c.name.like('x', { escape: '' })).toThrow(new InvalidValueError('LIKE escape must be a single character, got ""'));
    expect(() => users.c.name.ilike('x', { escape: '!!' })).toThrow(new InvalidValueError('LIKE escape must be a single character, got "!!"'));
    // @ts-expect-error the escape is a string
    expect(() => users.c.name.like('x', { escape: 1 })).toThrow(new InvalidValueError('LIKE escape must be a single character, got 1'));
  });
});

describe('MetaData', () => {
  test('holds each table once, by name and schema, and no aliases', () => {
    const meta = new MetaData(users);
    expect(meta.add(users).sortedTables).toEqual([users]);
    expect(() => meta.add(table('users', { id: integer() }))).toThrow(new SchemaError('MetaData already holds a table named users'));
    const shopUsers = table('users', { id: integer() }, { schema: 'shop' });
    meta.add(shopUsers);
    expect(() => meta.add(table('users', { id: integer() }, { schema: 'shop' }))).toThrow(new SchemaError('MetaData already holds a table named shop.users'));
    expect(() => new MetaData(users.as('u'))).toThrow(new SchemaError('MetaData holds tables, not aliases (u)'));
  });

  test('alterTable() takes the table, not an alias of it', () => {
    expect(() => alterTable(users.as('u'))).toThrow(new SchemaError('alterTable: give the table itself, not the alias u'));
  });
});

describe('window frames', () => {
  const over = (frame: object) => fn.sum(users.c.id).over({ orderBy: [users.c.id], frame } as never);

  test('a unit and exclusion outside the lists are refused, naming what is allowed', () => {
    expect(() => over({ unit: 'row', start: 'unboundedPreceding' })).toThrow(new CompileError(`window frame unit must be 'rows', 'range' or 'groups', got "row"`));
    expect(() => over({ unit: 'rows', start: 'unboundedPreceding', end: 'currentRow', exclude: 'others' })).toThrow(
      new CompileError(`window frame exclude must be 'currentRow', 'group', 'ties' or 'noOthers', got "others"`),
    );
  });

  test('a frame that ends before it starts is refused', () => {
    expect(() => over({ unit: 'rows', start: 'unboundedFollowing' })).toThrow(new CompileError('a window frame cannot start at unboundedFollowing'));
    expect(() => over({ unit: 'rows', start: 'unboundedPreceding', end: 'unboundedPreceding' })).toThrow(new CompileError('a window frame cannot end at unboundedPreceding'));
    expect(() => over({ unit: 'rows', start: { following: 1 }, end: 'currentRow' })).toThrow(
      new CompileError('a window frame cannot end (current-row) before it starts (following)'),
    );
    // With no end, the frame ends at the current row: a start after it needs an end.
    expect(() => over({ unit: 'rows', start: { following: 1 } })).toThrow(new CompileError('a window frame cannot end (current-row) before it starts (following): give an end'));
    expect(pg.compile(select(over({ unit: 'rows', start: { following: 1 }, end: 'unboundedFollowing', exclude: 'ties' }).as('s')).from(users)).sql).toBe(
      'SELECT SUM("users"."id") OVER (ORDER BY "users"."id" ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING EXCLUDE TIES) AS "s" FROM "users"',
    );
  });
});

describe('dates', () => {
  test('add() takes an object of known units with non-null amounts', () => {
    // @ts-expect-error an interval is an object of amounts
    expect(() => dates.add(users.c.seen, 3)).toThrow(InvalidValueError);
    // @ts-expect-error an interval is an object of amounts
    expect(() => dates.add(users.c.seen, 3)).toThrow(/^dates\.add\(\): expected an object of amounts such as \{ days: 1 \}, got /);
    // @ts-expect-error nor an array
    expect(() => dates.add(users.c.seen, [1])).toThrow(InvalidValueError);
    // @ts-expect-error the amount is a number or an expression
    expect(() => dates.add(users.c.seen, { days: null })).toThrow(new InvalidValueError('dates.add(): the days amount is null'));
    expect(() => dates.add(users.c.seen, {})).toThrow(new InvalidValueError('dates.add(): give at least one amount, such as { days: 1 }'));
  });

  test('trunc() takes a known unit', () => {
    // @ts-expect-error not a unit
    expect(() => dates.trunc('fortnight', users.c.seen)).toThrow(InvalidValueError);
    // @ts-expect-error not a unit
    expect(() => dates.trunc('fortnight', users.c.seen)).toThrow(/^dates\.trunc\(\): unknown unit "fortnight"; expected one of /);
  });
});

describe('values', () => {
  test('val() needs a type it can infer, or one given', () => {
    // @ts-expect-error an object has no SQL type to infer
    expect(() => val({ a: 1 })).toThrow(new InvalidValueError('val(): cannot infer a SQL type for object; give one, e.g. val(x, text())'));
  });

  test('decimalValue() takes a decimal number, written or as a number', () => {
    expect(pg.compile(select(decimalValue(' 12.50 ').as('d'))).params).toEqual(['12.50']);
    expect(() => decimalValue('12,50')).toThrow(new InvalidValueError(`decimalValue() takes a decimal number such as '12.50', got "12,50"`));
    expect(() => decimalValue('.')).toThrow(InvalidValueError);
    expect(() => decimalValue(Number.NaN)).toThrow(new InvalidValueError(`decimalValue() takes a decimal number such as '12.50', got "NaN"`));
  });

  test("stringAgg()'s separator is a string", () => {
    // @ts-expect-error the separator is a string
    expect(() => fn.stringAgg(users.c.name, null)).toThrow(new InvalidValueError('stringAgg() separator must be a string, got object'));
  });
});

describe('recursive CTEs in UPDATE and DELETE', () => {
  const ids = recursiveCte('ids', { n: integer() }, (self) =>
    unionAll(select(val(1).as('n')), select(self.c.n.plus(1).as('n')).from(self).where(self.c.n.lt(10))),
  );

  test('PostgreSQL puts WITH RECURSIVE before the statement', () => {
    expect(pg.compile(deleteFrom(users).with(ids).where(users.c.id.in(select(ids.c.n).from(ids)))).sql).toMatch(/^WITH RECURSIVE "ids" \("n"\) AS \(SELECT .* UNION ALL SELECT .*\) DELETE FROM "users" WHERE/);
  });

  test.each([
    ['MariaDB', mysql.createDialect({ flavor: 'mariadb' } as never)],
    ['Oracle', oracleDialect()],
  ])('%s, which inlines the CTEs of an UPDATE or DELETE, refuses a recursive one, naming it', (_, dialect) => {
    const del = deleteFrom(users).with(ids).where(users.c.id.in(select(ids.c.n).from(ids)));
    expect(() => dialect.compile(del)).toThrow(UnsupportedFeatureError);
    expect(() => dialect.compile(del)).toThrow(/^WITH RECURSIVE in DELETE is not supported by the \w+ dialect: select the rows first, or use a subquery$/);
    const upd = update(users).with(ids).set({ name: 'x' }).where(users.c.id.in(select(ids.c.n).from(ids)));
    expect(() => dialect.compile(upd)).toThrow(/^WITH RECURSIVE in UPDATE is not supported/);
  });
});

describe('the dialect', () => {
  test('explain() takes the text or JSON format', () => {
    const q = select(users.c.id).from(users);
    expect(pg.explain!(q, { format: 'json' }).steps.map((step) => step.sql).join(';')).toMatch(/^EXPLAIN \(FORMAT JSON\) SELECT/);
    // @ts-expect-error not a format
    expect(() => pg.explain!(q, { format: 'yaml' })).toThrow(new CompileError(`explain(): format must be 'text' or 'json', got "yaml"`));
  });

  test('prepare() takes SELECT, INSERT, UPDATE and DELETE, not DDL', () => {
    expect(() => pg.prepare(createTable(users))).toThrow(new CompileError('only SELECT, INSERT, UPDATE and DELETE can be prepared, not create-table'));
  });

  test('schemaMap takes an object of non-empty schema names or null', () => {
    const dialect = (schemaMap: unknown) => new CompilingDialect(new SqliteCompiler(), { schemaMap: schemaMap as Record<string, string | null> });
    expect(() => dialect([])).toThrow(new CompileError('schemaMap takes an object of schema names'));
    expect(() => dialect({ '': '' })).toThrow(new CompileError('schemaMap: the schema for "" must be a non-empty string or null'));
    expect(() => dialect({ shop: 3 })).toThrow(new CompileError('schemaMap: the schema for "shop" must be a non-empty string or null'));
    expect(dialect({ '': 'main', shop: null }).compile(select(users.c.id).from(users)).sql).toBe('SELECT "users"."id" FROM "main"."users"');
  });
});
