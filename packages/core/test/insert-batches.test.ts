/**
 * A multi-row INSERT's lean rows and its split into batches by the compiler
 * (the dialect knows its parameter limit): each batch fits, the rows keep
 * their order, ON CONFLICT and RETURNING stay on every batch.
 */
import { date, insert, integer, InvalidValueError, table, text, timestamp } from '@alkahest/core';
import { CompilingDialect, insertBatches, MISSING } from '@alkahest/core/dialect';
import { PostgresCompiler } from '@alkahest/postgres';
import { SqliteCompiler, SQLITE_BATCH_PARAMETERS } from '@alkahest/sqlite';
import { MysqlCompiler, MYSQL_BATCH_PARAMETERS } from '@alkahest/mysql';
import { OracleCompiler } from '@alkahest/oracle';

const items = table('items', {
  id: integer().primaryKey(),
  name: text().notNull(),
  qty: integer().default(1),
});

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `item ${i + 1}` }));

test('rows are checked once at build, kept as plain values in column order', () => {
  const statement = insert(items).values([{ name: 'a', id: 1 }, { id: 2, name: 'b', qty: 3 }]);
  const source = statement.source;
  if (source?.kind !== 'values') throw new Error('expected values');
  expect(source.columns.map((c) => c.key)).toEqual(['id', 'name', 'qty']);
  expect(source.rows).toEqual([[1, 'a', MISSING], [2, 'b', 3]]);
  expect(() => insert(items).values({ id: 1, name: 42 as unknown as string })).toThrow(InvalidValueError);
});

test('an insert that fits is not split', () => {
  expect(insertBatches(insert(items).values(rows(10)), 100)).toBeUndefined();
  expect(new PostgresCompiler().split(insert(items).values(rows(1000)))).toBeUndefined();
});

test('a large insert is split into batches that each fit, in order', () => {
  const statement = insert(items).values(rows(25)).onConflict(['id']).doNothing().returning(items.c.id);
  const batches = insertBatches(statement, 20)!;
  // Two parameters a row, one per RETURNING column: 9 rows a batch.
  expect(batches.map((b) => (b.source?.kind === 'values' ? b.source.length : 0))).toEqual([9, 9, 7]);
  for (const batch of batches) expect(batch.clauses).toBe(statement.clauses);
  const compiler = new PostgresCompiler();
  const params = batches.flatMap((b) => compiler.compile(b).params);
  expect(params).toEqual(rows(25).flatMap((r) => [r.id, r.name]));
  for (const batch of batches) expect(compiler.compile(batch).params.length).toBeLessThanOrEqual(20);
});

test('an expression in a row counts what it binds', () => {
  const statement = insert(items).values(rows(30).map((r) => ({ ...r, qty: items.c.id.plus(1).plus(2) })));
  // id, name and qty's two values: 4 parameters a row.
  const batches = insertBatches(statement, 40)!;
  expect(batches.map((b) => (b.source?.kind === 'values' ? b.source.length : 0))).toEqual([10, 10, 10]);
});

test('the engine dialect splits through its compiler', () => {
  const dialect = new CompilingDialect(new SqliteCompiler());
  const statement = insert(items).values(rows(20_000));
  const batches = dialect.split(statement)!;
  // SQLite's compiler splits at SQLITE_BATCH_PARAMETERS values (two a row here), not at its limit.
  expect(batches.length).toBe(Math.ceil(20_000 / (SQLITE_BATCH_PARAMETERS / 2)));
  expect(dialect.split(insert(items).values(rows(3)))).toBeUndefined();
});

test('the statement cache fills plain row values by slot', () => {
  const dialect = new CompilingDialect(new PostgresCompiler());
  const a = dialect.compile(insert(items).values([{ id: 1, name: 'a' }, { id: 2, name: 'b', qty: 5 }]));
  const b = dialect.compile(insert(items).values([{ id: 3, name: 'c' }, { id: 4, name: 'd', qty: 6 }]));
  expect(b.sql).toBe(a.sql);
  expect(a.sql).toBe('INSERT INTO "items" ("id", "name", "qty") VALUES ($1, $2, DEFAULT), ($3, $4, $5)');
  expect(b.params).toEqual([3, 'c', 4, 'd', 6]);
  // A NULL changes the shape (a dialect may write it differently), never the values of another statement.
  const c = dialect.compile(insert(items).values([{ id: 5, name: 'e', qty: null }, { id: 6, name: 'f', qty: 7 }]));
  expect(c.params).toEqual([5, 'e', null, 6, 'f', 7]);
});

describe('batches of plain rows share the SQL of their row count', () => {
  const plainRows = (n: number) => rows(n).map((r, i) => ({ ...r, qty: i % 3 === 0 ? null : i }));

  test('compiled once: later batches reuse the text and convert their own values', () => {
    const compiler = new PostgresCompiler();
    const batches = insertBatches(insert(items).values(plainRows(25)), 30)!;
    expect(batches.map((b) => (b.source?.kind === 'values' ? b.source.length : 0))).toEqual([10, 10, 5]);
    const compiled = batches.map((b) => compiler.compile(b));
    // The same string, not only an equal one: the driver finds its prepared statement by it.
    expect(compiled[1]!.sql).toBe(compiled[0]!.sql);
    for (const [i, batch] of batches.entries()) {
      // What compiling the batch's rows afresh, as a statement of their own, gives.
      const alone = compiler.compile(insert(items).values(plainRows(25).slice(i * 10, i * 10 + 10)));
      expect(compiled[i]).toEqual(alone);
      expect(batch.source?.kind === 'values' && batch.source.plain).toBe(true);
    }
  });

  // The reuse itself: a batch of a row count already compiled is not rendered again.
  test('a later batch of ten rows reuses the first one\'s SQL without rendering the INSERT', () => {
    const compiler = new PostgresCompiler();
    const render = jest.spyOn(compiler, 'insert');
    const batches = insertBatches(insert(items).values(plainRows(25)), 30)!;
    for (const batch of batches) compiler.compile(batch);
    // Batches of 10, 10 and 5 rows: rendered for 10 and for 5.
    expect(render).toHaveBeenCalledTimes(2);
  });

  test('values are checked and converted by the column codecs in reused batches too', () => {
    const stamps = table('stamps', { id: integer().primaryKey(), at: timestamp() });
    const at = (i: number) => new Date(Date.UTC(2024, 0, 1, 0, 0, i));
    const statement = insert(stamps).values(Array.from({ length: 9 }, (_, i) => ({ id: i + 1, at: at(i) })));
    const compiler = new SqliteCompiler();
    const batches = insertBatches(statement, 6)!;
    const params = batches.flatMap((b) => compiler.compile(b).params);
    expect(params).toEqual(Array.from({ length: 9 }, (_, i) => [compiler.toDriver(i + 1, stamps.c.id.type), compiler.toDriver(at(i), stamps.c.at.type)]).flat());
    expect(typeof params[3]).toBe('string');
  });

  test('rows with a left-out column or an expression, ON CONFLICT and RETURNING compile batch by batch', () => {
    const compiler = new PostgresCompiler();
    // Three columns: two rows a batch; only the first row leaves qty out.
    const left = insert(items).values([{ id: 1, name: 'a' }, ...plainRows(5).map((r) => ({ ...r, id: r.id + 1 }))]);
    expect(left.source?.kind === 'values' && left.source.plain).toBe(false);
    const leftSql = insertBatches(left, 6)!.map((b) => compiler.compile(b).sql);
    expect(leftSql[0]).toBe('INSERT INTO "items" ("id", "name", "qty") VALUES ($1, $2, DEFAULT), ($3, $4, $5)');
    expect(leftSql[1]).toBe('INSERT INTO "items" ("id", "name", "qty") VALUES ($1, $2, $3), ($4, $5, $6)');
    const upsert = insert(items).values(plainRows(9)).onConflict(['id']).doNothing();
    for (const batch of insertBatches(upsert, 9)!) expect(compiler.compile(batch).sql).toContain('ON CONFLICT');
  });

  test('Oracle binds a NULL otherwise than a value: its batches are compiled one by one', () => {
    const dated = table('dated', { id: integer().primaryKey(), day: date() });
    const statement = insert(dated).values([
      { id: 1, day: '2024-01-01' },
      { id: 2, day: null },
      { id: 3, day: null },
      { id: 4, day: '2024-01-04' },
    ]);
    const compiler = new OracleCompiler();
    expect(compiler.bindsByTypeOnly).toBe(false);
    const [first, second] = insertBatches(statement, 4)!.map((b) => compiler.compile(b));
    expect(first!.sql).toBe("INSERT INTO DATED (ID, DAY) SELECT :1, TO_DATE(:2, 'YYYY-MM-DD') FROM DUAL UNION ALL SELECT :3, NULL FROM DUAL");
    expect(second!.sql).toBe("INSERT INTO DATED (ID, DAY) SELECT :1, NULL FROM DUAL UNION ALL SELECT :2, TO_DATE(:3, 'YYYY-MM-DD') FROM DUAL");
    expect(second!.params).toEqual([3, 4, '2024-01-04']);
  });
});

test('MySQL and MariaDB split at MYSQL_BATCH_PARAMETERS values, far below the protocol limit', () => {
  const compiler = new MysqlCompiler({ flavor: 'mariadb' });
  const batches = compiler.split(insert(items).values(rows(5_000)))!;
  // Two values a row.
  expect(batches.length).toBe(Math.ceil(5_000 / (MYSQL_BATCH_PARAMETERS / 2)));
  const sql = batches.map((b) => compiler.compile(b).sql);
  expect(sql[1]).toBe(sql[0]);
  expect(compiler.compile(batches[0]!).params.length).toBe(MYSQL_BATCH_PARAMETERS);
});
