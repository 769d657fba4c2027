/**
 * The SQLite driver's own decisions, beyond what the engine's tests see:
 * its prepared-statement cache drops the least recently used, a multi-row
 * INSERT reports its first row's key (and only an INSERT reports one),
 * read-only transactions end their `query_only`, a released savepoint is
 * gone, DEFERRABLE is refused, a closed database fails its ping, decimals
 * wide enough to pass 2^53 (and integers of undeclared type) read exactly,
 * and each error code it knows has its kind.
 */
import { createTable, DatabaseError, insert, integer, numeric, select, sql, table, text, UnsupportedFeatureError } from '@alkahest/core';
import type { CompiledQuery, DriverConnection } from '@alkahest/core/dialect';
import { createEngine, Engine } from '@alkahest/pool';
import { classifySqliteError, SqliteDriver } from '../src/driver';

/** A statement the driver runs as it is, reading one integer column. */
function readOne(text: string): CompiledQuery {
  return { sql: text, params: [], columns: [{ key: 'v', type: integer().spec.type }], statementKind: 'select', dialect: 'sqlite' } as unknown as CompiledQuery;
}

function cachedStatements(connection: DriverConnection): string[] {
  return [...(connection as unknown as { statements: Map<string, unknown> }).statements.keys()];
}

test('past its size, the statement cache drops the least recently used statement', async () => {
  const connection = await new SqliteDriver({ filename: ':memory:', statementCacheSize: 2 }).connect();
  try {
    const [a, b, c] = ['SELECT 1 AS v', 'SELECT 2 AS v', 'SELECT 3 AS v'];
    expect((await connection.execute(readOne(a))).rows).toEqual([[1]]);
    await connection.execute(readOne(b));
    // b again: a is now the least recently used, though b came in after it.
    await connection.execute(readOne(b));
    expect((await connection.execute(readOne(c))).rows).toEqual([[3]]);
    expect(cachedStatements(connection).sort()).toEqual([b, c]);
    // a, prepared again, still answers.
    expect((await connection.execute(readOne(a))).rows).toEqual([[1]]);
    expect(cachedStatements(connection).sort()).toEqual([a, c]);
  } finally {
    await connection.close();
  }
});

test('a stream gives batches of the size asked, the last one shorter and none empty', async () => {
  const connection = await new SqliteDriver({ filename: ':memory:' }).connect();
  try {
    const upTo = (n: number) => readOne(`WITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM s WHERE v < ${n}) SELECT v FROM s`);
    const sizes = async (n: number) => {
      const out: number[] = [];
      for await (const batch of connection.stream!(upTo(n), 2)) out.push(batch.length);
      return out;
    };
    expect(await sizes(5)).toEqual([2, 2, 1]);
    expect(await sizes(4)).toEqual([2, 2]);
  } finally {
    await connection.close();
  }
});

test('a stream left early ends its statement: the same statement runs again at once', async () => {
  const connection = await new SqliteDriver({ filename: ':memory:' }).connect();
  try {
    const query = readOne('WITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM s WHERE v < 10) SELECT v FROM s');
    for await (const batch of connection.stream!(query, 1)) {
      expect(batch).toEqual([[1]]);
      break;
    }
    expect((await connection.execute(query)).rows).toHaveLength(10);
  } finally {
    await connection.close();
  }
});

test('a released savepoint is gone: rolling back to it fails', async () => {
  const connection = await new SqliteDriver({ filename: ':memory:' }).connect();
  try {
    await connection.begin();
    await connection.savepoint('alkahest_sp_1');
    await connection.releaseSavepoint('alkahest_sp_1');
    // Matched by its fields, not with toThrow: better-sqlite3 sets its error class once per process, so in
    // a test file run after another in the same worker its errors descend from that file's Error, which
    // toThrow does not recognize as an error ("did not throw").
    await expect(connection.rollbackToSavepoint('alkahest_sp_1')).rejects.toMatchObject({ code: 'SQLITE_ERROR', message: 'no such savepoint: alkahest_sp_1' });
    await connection.rollback();
  } finally {
    await connection.close();
  }
});

test('an INSERT reports its first key; an UPDATE or DELETE its count only, with no insertId', async () => {
  const connection = await new SqliteDriver({ filename: ':memory:' }).connect();
  const run = (text: string, statementKind: string) =>
    connection.execute({ sql: text, params: [], columns: [], statementKind, dialect: 'sqlite' } as unknown as CompiledQuery);
  try {
    await run('CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER)', 'ddl');
    expect(await run('INSERT INTO t (a) VALUES (1), (2), (3)', 'insert')).toEqual({ rows: [], rowsAffected: 3, insertId: 1 });
    expect(await run('INSERT INTO t (a) VALUES (4)', 'insert')).toEqual({ rows: [], rowsAffected: 1, insertId: 4 });
    expect(await run('UPDATE t SET a = a + 1', 'update')).toEqual({ rows: [], rowsAffected: 4 });
    expect(await run('DELETE FROM t WHERE id > 2', 'delete')).toEqual({ rows: [], rowsAffected: 2 });
  } finally {
    await connection.close();
  }
});

test('an integer of undeclared type past 2^53 reads exactly, as a bigint', async () => {
  const connection = await new SqliteDriver({ filename: ':memory:' }).connect();
  try {
    const query = { sql: 'SELECT 9007199254740993 AS v', params: [], columns: [{ key: 'v', type: sql`1`.type }], statementKind: 'select', dialect: 'sqlite' };
    expect(query.columns[0]!.type.kind).toBe('unknown');
    expect((await connection.execute(query as unknown as CompiledQuery)).rows).toEqual([[9007199254740993n]]);
  } finally {
    await connection.close();
  }
});

test('a closed database fails its ping', async () => {
  const connection = await new SqliteDriver({ filename: ':memory:' }).connect();
  await connection.ping();
  await connection.close();
  await expect(connection.ping()).rejects.toThrow(new Error('the SQLite database is closed'));
});

describe('through the engine', () => {
  const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });
  let engine: Engine;
  beforeEach(async () => {
    engine = createEngine('sqlite::memory:');
    await engine.execute(createTable(notes));
  });
  afterEach(() => engine.close());

  test("a multi-row INSERT's insertId is its first row's key", async () => {
    await engine.execute(insert(notes).values({ id: 10, body: 'a' }));
    const result = await engine.execute(insert(notes).values([{ body: 'b' }, { body: 'c' }, { body: 'd' }]));
    expect(result).toEqual({ rowsAffected: 3, insertId: 11 });
    const one = await engine.execute(insert(notes).values({ body: 'e' }));
    expect(one).toEqual({ rowsAffected: 1, insertId: 14 });
  });

  test('a read-only transaction refuses writes; after it ends, by commit or rollback, writes work again', async () => {
    const write = (body: string) => insert(notes).values({ body });
    const refused = await engine.transaction((tx) => tx.execute(write('x')), { readOnly: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DatabaseError);
    expect((refused as Error).message).toMatch(/^attempt to write a readonly database/);
    await engine.execute(write('after rollback'));
    await engine.transaction((tx) => tx.execute(select(notes.c.id).from(notes)), { readOnly: true });
    await engine.execute(write('after commit'));
    expect(await engine.execute(select(notes.c.body).from(notes).orderBy(notes.c.id))).toEqual([{ body: 'after rollback' }, { body: 'after commit' }]);
  });

  test('a load of more rows per batch than one INSERT takes writes every row once', async () => {
    const rows = Array.from({ length: 1_100 }, (_, i) => ({ id: i + 1, body: `n${i + 1}` }));
    expect(await engine.load(notes, rows, { batchSize: 1_100 })).toEqual({ rowsLoaded: 1_100 });
    expect(await engine.execute(sql`SELECT count(*) AS n, sum(id) AS s FROM notes`.returns({ n: integer(), s: integer() }))).toEqual([{ n: 1_100, s: (1_100 * 1_101) / 2 }]);
  });

  test('DEFERRABLE is refused, naming the feature and the database', async () => {
    const error = await engine.transaction(async () => undefined, { deferrable: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFeatureError);
    expect((error as Error).message).toBe(new UnsupportedFeatureError('DEFERRABLE transactions', 'sqlite').message);
    expect((error as Error).message).toMatch(/DEFERRABLE transactions.*sqlite/);
  });

  test('a decimal of more than 15 integer digits (or undeclared) reads exactly; one of 15 as a number', async () => {
    const big = '123456789012345678';
    const wide = sql`SELECT CAST(${big} AS INTEGER) AS v`;
    // Written with its scale's digits.
    expect(await engine.execute(wide.returns({ v: numeric({ precision: 20, scale: 2 }) }))).toEqual([{ v: `${big}.00` }]);
    expect(await engine.execute(wide.returns({ v: numeric() }))).toEqual([{ v: big }]);
    // 15 integer digits fit a double exactly: read as a number, given as the decimal's text.
    const narrow = sql`SELECT CAST(${'123456789012345'} AS INTEGER) AS v`;
    expect(await engine.execute(narrow.returns({ v: numeric({ precision: 17, scale: 2 }) }))).toEqual([{ v: '123456789012345.00' }]);
  });
});

test.each([
  ['SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: t.a', 'unique-violation'],
  ['SQLITE_CONSTRAINT_PRIMARYKEY', 'UNIQUE constraint failed: t.id', 'unique-violation'],
  ['SQLITE_CONSTRAINT_FOREIGNKEY', 'FOREIGN KEY constraint failed', 'foreign-key-violation'],
  ['SQLITE_CONSTRAINT_NOTNULL', 'NOT NULL constraint failed: t.a', 'not-null-violation'],
  ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: a > 0', 'check-violation'],
  ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: length("name") <= 10', 'value-too-long'],
  // The enforced-length CHECK exactly, and nothing around it: one-character and quoted names, many digits.
  ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: length("a") <= 7', 'value-too-long'],
  ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: length("say ""hi""") <= 255', 'value-too-long'],
  ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: length("") <= 10', 'check-violation'],
  ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: length("name") <= 10 AND a > 0', 'check-violation'],
  ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: a > 0 OR length("name") <= 10', 'check-violation'],
  ['SQLITE_CONSTRAINT_CHECK', 'CHECK constraint failed: length("name") <= n', 'check-violation'],
  ['SQLITE_CONSTRAINT_DATATYPE', 'cannot store TEXT value in INTEGER column t.n', 'invalid-text-representation'],
  ['SQLITE_TOOBIG', 'string or blob too big', 'value-too-long'],
  ['SQLITE_BUSY', 'database is locked', 'timeout'],
  ['SQLITE_LOCKED', 'database table is locked', 'timeout'],
  ['SQLITE_ERROR', 'near "SELEC": syntax error', 'syntax-error'],
  ['SQLITE_ERROR', 'incomplete input', 'syntax-error'],
  ['SQLITE_ERROR', 'integer overflow', 'numeric-out-of-range'],
  ['SQLITE_ERROR', 'no such table: nowhere', undefined],
  ['SQLITE_IOERR', 'disk I/O error', undefined],
])('%s "%s" is %s', (code, message, kind) => {
  expect(classifySqliteError(Object.assign(new Error(message), { code }))).toBe(kind);
});
