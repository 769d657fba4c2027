/**
 * The oracledb adapter through the engine, against a fake oracledb module
 * (./fake-oracledb.ts) that keeps oracledb's constants and raises its real
 * errors: connect and its session setup, transactions with their isolation,
 * savepoints, cancel through break(), streaming, and error classification.
 * Expected SQL is written out by hand, from Oracle's reference.
 */
import {
  CheckViolationError,
  ConnectionLostError,
  DatabaseError,
  DeadlockError,
  ForeignKeyViolationError,
  insert,
  integer,
  NotNullViolationError,
  OutcomeUnknownError,
  QueryTimeoutError,
  select,
  SerializationFailureError,
  SqlSyntaxError,
  table,
  text,
  UniqueViolationError,
  ValueTooLongError,
  NumericOutOfRangeError,
  InvalidTextRepresentationError,
  DivisionByZeroError,
  InvalidDatetimeError,
  DataError,
} from '@alkahest/core';
import { createEngine, Engine, PoolTimeoutError } from '@alkahest/pool';
import { FakeOracle, fakeResultSet, njsError, oracleError, realOracledb } from './fake-oracledb';

const mockServer: { current?: FakeOracle } = {};
jest.mock('oracledb', () => {
  const actual = jest.requireActual('oracledb');
  return Object.create(actual, {
    getConnection: { value: (attributes: unknown) => mockServer.current!.module.getConnection(attributes as never) },
  });
});

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });
const INSERT_NOTE = 'INSERT INTO NOTES (BODY) VALUES (:1)';
const SELECT_NOTES = 'SELECT NOTES.ID, NOTES.BODY FROM NOTES';
/** What every connection runs first (driver.ts SESSION_SETUP), written out. */
const SESSION =
  "ALTER SESSION SET TIME_ZONE = '+00:00' NLS_NUMERIC_CHARACTERS = '.,' NLS_DATE_FORMAT = 'YYYY-MM-DD HH24:MI:SS' " +
  "NLS_TIMESTAMP_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF' NLS_TIMESTAMP_TZ_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF TZH:TZM'";

let server: FakeOracle;
let engine: Engine;

function open(url = 'oracle://app:s%40cret@db.example.com:1522/FREEPDB1'): Engine {
  return createEngine(url, { pool: { max: 1, acquireTimeoutMillis: 2_000, skipValidationWithinMillis: 3_600_000 } });
}

beforeEach(() => {
  server = new FakeOracle();
  mockServer.current = server;
  engine = open();
});
afterEach(async () => {
  await engine.close({ timeoutMillis: 1_000 });
});

describe('connect', () => {
  test('connects with the URL as oracledb attributes, then sets up the session before anything else', async () => {
    await engine.execute(select(notes.c.id, notes.c.body).from(notes));
    // toStrictEqual: an option left out is absent, not undefined (oracledb checks what is present).
    expect(server.attributes).toStrictEqual([{ connectString: 'db.example.com:1522/FREEPDB1', user: 'app', password: 's@cret' }]);
    expect(server.log).toEqual(['1: connect', `1: ${SESSION}`, `1: ${SELECT_NOTES} (autoCommit)`]);
    // The session setup is not committed work: autoCommit false.
    expect(server.executed[0]!.options).toEqual({ autoCommit: false });
  });

  test('stmtCacheSize and connectTimeout from the URL reach getConnection; absent options are left out', async () => {
    await engine.close();
    engine = open('oracle://db.example.com/XE?stmtCacheSize=40&connectTimeout=5');
    await engine.execute(select(notes.c.id).from(notes));
    expect(server.attributes).toStrictEqual([{ connectString: 'db.example.com:1521/XE', stmtCacheSize: 40, connectTimeout: 5 }]);
  });

  test('a session setup that fails closes the connection and fails the acquire with its error', async () => {
    server.script = (sql) => (sql === SESSION ? oracleError('ORA-02248: invalid option for ALTER SESSION') : undefined);
    await engine.close();
    // The pool retries a failed connect until its acquire timeout; a short one keeps the test short.
    engine = createEngine('oracle://db.example.com/XE', { pool: { max: 1, acquireTimeoutMillis: 300 } });
    const failure = engine.execute(select(notes.c.id).from(notes));
    await expect(failure).rejects.toThrow(PoolTimeoutError);
    await expect(failure).rejects.toMatchObject({ cause: { code: 'ORA-02248' } });
    expect(server.connections[0]!.closed).toBe(true);
    expect(server.log).not.toContain(`1: ${SELECT_NOTES} (autoCommit)`);
  });

  test('each new connection runs the session setup', async () => {
    server.script = (sql) => (sql === SELECT_NOTES && server.connections.length === 1 ? oracleError('ORA-03113: end-of-file on communication channel') : undefined);
    await expect(engine.execute(select(notes.c.id, notes.c.body).from(notes))).rejects.toThrow(ConnectionLostError);
    await engine.execute(select(notes.c.id, notes.c.body).from(notes));
    expect(server.log.filter((line) => line.endsWith(SESSION))).toEqual([`1: ${SESSION}`, `2: ${SESSION}`]);
  });
});

describe('transactions', () => {
  test('a transaction runs without autoCommit and ends with commit()', async () => {
    await engine.transaction(async (tx) => {
      await tx.execute(insert(notes).values({ body: 'a' }));
      await tx.execute(insert(notes).values({ body: 'b' }));
    });
    await engine.execute(insert(notes).values({ body: 'after' }));
    expect(server.statements()).toEqual(['1: connect', `1: ${INSERT_NOTE}`, `1: ${INSERT_NOTE}`, '1: commit', `1: ${INSERT_NOTE} (autoCommit)`]);
  });

  test.each([
    ['read uncommitted', 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED'],
    ['read committed', 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED'],
    ['repeatable read', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE'],
    ['serializable', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE'],
  ] as const)('isolation %s: %s is the first statement of the transaction', async (isolation, expected) => {
    await engine.transaction((tx) => tx.execute(insert(notes).values({ body: 'a' })), { isolation });
    expect(server.statements()).toEqual(['1: connect', `1: ${expected}`, `1: ${INSERT_NOTE}`, '1: commit']);
    // Never committing on its own, whatever oracledb.autoCommit says globally.
    expect(server.executed.find((call) => call.sql === expected)!.options).toStrictEqual({ autoCommit: false });
  });

  test('read only: SET TRANSACTION READ ONLY', async () => {
    await engine.transaction((tx) => tx.execute(select(notes.c.id).from(notes)), { readOnly: true });
    expect(server.statements()).toEqual(['1: connect', '1: SET TRANSACTION READ ONLY', '1: SELECT NOTES.ID FROM NOTES', '1: commit']);
  });

  test('a transaction that throws rolls back and does not commit', async () => {
    await expect(
      engine.transaction(async (tx) => {
        await tx.execute(insert(notes).values({ body: 'a' }));
        throw new RangeError('changed my mind');
      }),
    ).rejects.toThrow(RangeError);
    expect(server.statements()).toEqual(['1: connect', `1: ${INSERT_NOTE}`, '1: rollback']);
  });

  test('a failed COMMIT is raised, classified, and the transaction is rolled back', async () => {
    server.failCommit = oracleError('ORA-02091: transaction rolled back');
    await expect(engine.transaction((tx) => tx.execute(insert(notes).values({ body: 'a' })))).rejects.toThrow(DatabaseError);
    expect(server.statements().slice(-2)).toEqual(['1: commit', '1: rollback']);
  });

  test('a nested transaction is a savepoint; an inner failure rolls back to it, and the outer transaction commits', async () => {
    await engine.transaction(async (tx) => {
      await tx.execute(insert(notes).values({ body: 'outer' }));
      await expect(
        tx.transaction(async (inner) => {
          await inner.execute(insert(notes).values({ body: 'inner' }));
          throw new RangeError('undo the inner part');
        }),
      ).rejects.toThrow(RangeError);
      await tx.transaction((inner) => inner.execute(insert(notes).values({ body: 'kept' })));
    });
    const lines = server.statements();
    const savepoints = lines.filter((line) => /SAVEPOINT/.test(line));
    expect(savepoints).toHaveLength(3);
    const [first, rollbackTo, second] = savepoints.map((line) => line.replace(/^1: /, ''));
    const name = /^SAVEPOINT ([A-Z_a-z][A-Za-z0-9_]*)$/.exec(first!)?.[1];
    expect(name).toBeDefined();
    expect(rollbackTo).toBe(`ROLLBACK TO SAVEPOINT ${name}`);
    expect(second).toMatch(/^SAVEPOINT [A-Z_a-z][A-Za-z0-9_]*$/);
    // Oracle has no RELEASE SAVEPOINT: nothing else is sent, and nothing autocommits inside.
    expect(lines.filter((line) => line.includes('RELEASE'))).toEqual([]);
    expect(lines.filter((line) => line.includes('(autoCommit)'))).toEqual([]);
    expect(lines[lines.length - 1]).toBe('1: commit');
    expect(server.executed.filter((call) => call.sql.includes('SAVEPOINT')).map((call) => call.options)).toEqual([{ autoCommit: false }, { autoCommit: false }, { autoCommit: false }]);
  });
});

describe('statements', () => {
  test('raw SQL with declared columns gets rows as arrays; without, as objects keyed by Oracle\'s names', async () => {
    const { sql } = await import('@alkahest/core');
    server.script = (text) => (text.startsWith('SELECT 1') ? { rows: [[1]] } : text.startsWith('SELECT 2') ? { rows: [{ N: 2 }] } : undefined);
    expect(await engine.execute(sql`SELECT 1 FROM DUAL`.returns({ n: integer() }))).toEqual([{ n: 1 }]);
    expect(await engine.execute(sql`SELECT 2 AS N FROM DUAL`)).toEqual([{ N: 2 }]);
    const [typedCall, rawCall] = server.executed.filter((call) => /^SELECT [12]/.test(call.sql));
    expect(typedCall!.options.outFormat).toBe(realOracledb.OUT_FORMAT_ARRAY);
    expect(rawCall!.options.outFormat).toBe(realOracledb.OUT_FORMAT_OBJECT);
  });

  test('INSERT … RETURNING INTO commits on its own outside a transaction, not inside one', async () => {
    const returning = insert(notes).values({ body: 'a' }).returning(notes.c.id);
    server.script = (text) => (text.includes('RETURNING') ? { outBinds: [['7']], rowsAffected: 1 } : undefined);
    expect(await engine.execute(returning)).toEqual([{ id: 7 }]);
    await engine.transaction((tx) => tx.execute(returning));
    const calls = server.executed.filter((call) => call.sql.includes('RETURNING'));
    expect(calls.map((call) => call.options)).toStrictEqual([{ autoCommit: true }, { autoCommit: false }]);
  });
});

describe('cancel through break()', () => {
  test('a statement that finishes within its timeout returns its rows, and nothing is broken off', async () => {
    server.script = (sql) => (sql === SELECT_NOTES ? { rows: [[1, 'a']] } : undefined);
    expect(await engine.execute(select(notes.c.id, notes.c.body).from(notes), { timeoutMillis: 60_000 })).toEqual([{ id: 1, body: 'a' }]);
    const controller = new AbortController();
    expect(await engine.execute(select(notes.c.id, notes.c.body).from(notes), { signal: controller.signal })).toEqual([{ id: 1, body: 'a' }]);
    expect(server.log).not.toContain('1: break');
  });

  test('an aborted statement is broken off with break(); ORA-01013 becomes a QueryTimeoutError and the connection stays usable', async () => {
    server.script = (sql) => (sql === SELECT_NOTES ? 'until-break' : undefined);
    const controller = new AbortController();
    const running = engine.execute(select(notes.c.id, notes.c.body).from(notes), { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    while (!server.log.includes(`1: ${SELECT_NOTES} (autoCommit)`)) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(running).rejects.toThrow(QueryTimeoutError);
    await expect(running).rejects.toMatchObject({ cause: { code: 'ORA-01013' } });
    expect(server.log).toContain('1: break');
    server.script = () => undefined;
    await engine.execute(select(notes.c.id).from(notes));
    expect(server.connections).toHaveLength(1);
  });

  test('a statement past its timeoutMillis is broken off the same way', async () => {
    server.script = (sql) => (sql === SELECT_NOTES ? 'until-break' : undefined);
    await expect(engine.execute(select(notes.c.id, notes.c.body).from(notes), { timeoutMillis: 20 })).rejects.toThrow(/timed out after 20 ms/);
    expect(server.log).toContain('1: break');
  });
});

describe('streaming', () => {
  const all = select(notes.c.id, notes.c.body).from(notes);

  test('rows come from a result set, batchSize at a time, converted; the result set is closed at the end', async () => {
    const rs = fakeResultSet([[[1, 'a'], [2, 'b']], [[3, 'c']]]);
    server.script = (sql) => (sql === SELECT_NOTES ? { resultSet: rs.resultSet } : undefined);
    const seen: unknown[] = [];
    for await (const row of engine.stream(all, { batchSize: 2 })) seen.push(row);
    expect(seen).toEqual([
      { id: 1, body: 'a' },
      { id: 2, body: 'b' },
      { id: 3, body: 'c' },
    ]);
    expect(rs.requested).toEqual([2, 2, 2]);
    expect(rs.closed()).toBe(1);
    const call = server.executed.find((c) => c.sql === SELECT_NOTES)!;
    expect(call.options).toMatchObject({ resultSet: true, outFormat: realOracledb.OUT_FORMAT_ARRAY, autoCommit: false });
  });

  test('a consumer that stops early still closes the result set', async () => {
    const rs = fakeResultSet([[[1, 'a'], [2, 'b']], [[3, 'c']]]);
    server.script = (sql) => (sql === SELECT_NOTES ? { resultSet: rs.resultSet } : undefined);
    for await (const row of engine.stream(all, { batchSize: 2 })) {
      expect(row).toEqual({ id: 1, body: 'a' });
      break;
    }
    expect(rs.closed()).toBe(1);
  });

  test('a fetch that fails closes the result set and raises the classified error', async () => {
    const rs = fakeResultSet([[[1, 'a']]], oracleError('ORA-03113: end-of-file on communication channel'));
    server.script = (sql) => (sql === SELECT_NOTES ? { resultSet: rs.resultSet } : undefined);
    const read = async (): Promise<void> => {
      for await (const row of engine.stream(all, { batchSize: 1 })) void row;
    };
    await expect(read()).rejects.toThrow(ConnectionLostError);
    expect(rs.closed()).toBe(1);
  });
});

describe('errors, as oracledb raises them', () => {
  test('oracledb rewrites disconnect codes to NJS-500 (lib/errors.js adjustErrorXref): the fake raises what the driver does', () => {
    const error = oracleError('ORA-03113: end-of-file on communication channel');
    expect(error.code).toBe('NJS-500');
    expect(error.message).toMatch(/^NJS-500: connection to Oracle Database was closed or broken\nORA-03113/);
    expect(oracleError('ORA-00001: unique constraint (APP.UQ) violated').code).toBe('ORA-00001');
  });

  test.each([
    ['ORA-00001: unique constraint (APP.NOTES_UQ) violated', UniqueViolationError],
    ['ORA-02291: integrity constraint (APP.FK) violated - parent key not found', ForeignKeyViolationError],
    ['ORA-02292: integrity constraint (APP.FK) violated - child record found', ForeignKeyViolationError],
    ['ORA-01400: cannot insert NULL into ("APP"."NOTES"."BODY")', NotNullViolationError],
    ['ORA-01407: cannot update ("APP"."NOTES"."BODY") to NULL', NotNullViolationError],
    ['ORA-02290: check constraint (APP.CK) violated', CheckViolationError],
    ['ORA-08177: can\'t serialize access for this transaction', SerializationFailureError],
    ['ORA-00060: deadlock detected while waiting for resource', DeadlockError],
    ['ORA-00900: invalid SQL statement', SqlSyntaxError],
    ['ORA-00904: "NOPE": invalid identifier', SqlSyntaxError],
    ['ORA-00933: SQL command not properly ended', SqlSyntaxError],
    ['ORA-00936: missing expression', SqlSyntaxError],
    ['ORA-01013: user requested cancel of current operation', QueryTimeoutError],
  ] as const)('%s → %p, the connection kept', async (message, ErrorClass) => {
    server.script = (sql) => (sql === INSERT_NOTE ? oracleError(message) : undefined);
    const failure = engine.execute(insert(notes).values({ body: 'x' }));
    await expect(failure).rejects.toThrow(ErrorClass);
    await expect(failure).rejects.toMatchObject({ code: message.slice(0, 9), sql: INSERT_NOTE });
    await engine.execute(select(notes.c.id).from(notes));
    expect(server.connections).toHaveLength(1);
  });

  test.each([
    ['ORA-12899: value too large for column "APP"."NOTES"."BODY" (actual: 10, maximum: 5)', ValueTooLongError, '22001'],
    ['ORA-01438: value larger than specified precision allowed for this column', NumericOutOfRangeError, '22003'],
    ['ORA-01426: numeric overflow', NumericOutOfRangeError, '22003'],
    ["ORA-01722: unable to convert string value containing 'SECRET-abc' to a number: ", InvalidTextRepresentationError, '22P02'],
    ['ORA-01476: divisor is equal to zero', DivisionByZeroError, '22012'],
    ['ORA-01843: not a valid month', InvalidDatetimeError, '22007'],
    ['ORA-01847: day of month must be between 1 and last day of month', InvalidDatetimeError, '22007'],
    ['ORA-01861: literal does not match format string', InvalidDatetimeError, '22007'],
  ] as const)('%s → %p with SQLSTATE %s, no quoted value in the message', async (message, ErrorClass, sqlState) => {
    server.script = (sql) => (sql === INSERT_NOTE ? oracleError(message) : undefined);
    const error = await engine.execute(insert(notes).values({ body: 'x' })).then(
      () => undefined,
      (e: unknown) => e as DatabaseError,
    );
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ sqlState, code: message.slice(0, 9), sql: INSERT_NOTE });
    expect(error!.message).not.toContain('SECRET');
  });

  test("23ai's unique violation names the row's values: they are withheld, the constraint kept", async () => {
    server.script = (sql) =>
      sql === INSERT_NOTE ? oracleError("ORA-00001: unique constraint (APP.NOTES_UQ) violated on table APP.NOTES columns (BODY)\nORA-03301: (ORA-00001 details) row with column values (BODY:'SECRET') already exists") : undefined;
    const error = await engine.execute(insert(notes).values({ body: 'x' })).then(
      () => undefined,
      (e: unknown) => e as DatabaseError,
    );
    expect(error).toBeInstanceOf(UniqueViolationError);
    expect(error!.sqlState).toBe('23505');
    expect(error!.message).toContain('APP.NOTES_UQ');
    expect(error!.message).not.toContain('SECRET');
  });

  test('an error without a known code is a plain DatabaseError', async () => {
    server.script = (sql) => (sql === INSERT_NOTE ? oracleError('ORA-00942: table or view does not exist') : undefined);
    const failure = engine.execute(insert(notes).values({ body: 'x' }));
    await expect(failure).rejects.toThrow(DatabaseError);
    await expect(failure).rejects.not.toThrow(SqlSyntaxError);
  });

  test.each([
    'ORA-00028: your session has been killed',
    'ORA-03113: end-of-file on communication channel',
    'ORA-03114: not connected to ORACLE',
    'ORA-03135: connection lost contact',
    'ORA-01012: not logged on',
    'ORA-02396: exceeded maximum idle time, please connect again',
  ])('%s arrives as NJS-500: a ConnectionLostError, and the connection is replaced', async (message) => {
    server.script = (sql) => (sql === SELECT_NOTES && server.connections.length === 1 ? oracleError(message) : undefined);
    const failure = engine.execute(select(notes.c.id, notes.c.body).from(notes));
    await expect(failure).rejects.toThrow(ConnectionLostError);
    await expect(failure).rejects.toMatchObject({ code: 'NJS-500' });
    await engine.execute(select(notes.c.id, notes.c.body).from(notes));
    expect(server.connections).toHaveLength(2);
    expect(server.log).toContain(`2: ${SELECT_NOTES} (autoCommit)`);
  });

  test('a write whose connection is lost outside a transaction: the outcome is unknown, the loss kept as its cause', async () => {
    server.script = (sql) => (sql === INSERT_NOTE ? oracleError('ORA-03113: end-of-file on communication channel') : undefined);
    const failure = engine.execute(insert(notes).values({ body: 'x' }));
    await expect(failure).rejects.toThrow(OutcomeUnknownError);
    await expect(failure).rejects.toMatchObject({ cause: expect.any(ConnectionLostError) });
  });

  test('NJS-123 (the call timeout, and thick mode\'s DPI-1067 rewritten to it) is a QueryTimeoutError', async () => {
    const { classifyOracleError } = await import('@alkahest/oracle');
    const thick = oracleError('DPI-1067: call timeout of 5000 ms exceeded with ORA-3156');
    expect(thick.code).toBe('NJS-123');
    expect(classifyOracleError(thick)).toBe('timeout');
    server.script = (sql) => (sql === SELECT_NOTES ? njsError(123) : undefined);
    const failure = engine.execute(select(notes.c.id, notes.c.body).from(notes));
    await expect(failure).rejects.toThrow(QueryTimeoutError);
    await expect(failure).rejects.toMatchObject({ code: 'NJS-123' });
  });

  test('NJS-003 (a closed connection) and DPI-1080 (thick mode, rewritten to NJS-500) are connection losses', async () => {
    const { classifyOracleError } = await import('@alkahest/oracle');
    expect(classifyOracleError(njsError(3))).toBe('connection-lost');
    const dpi = oracleError('DPI-1080: connection was closed by ORA-3113');
    expect(dpi.code).toBe('NJS-500');
    expect(classifyOracleError(dpi)).toBe('connection-lost');
    // A message with no code field is classified by its leading code, and only by it.
    expect(classifyOracleError({ message: 'ORA-00060: deadlock detected' })).toBe('deadlock');
    expect(classifyOracleError({ message: 'NJS-500: connection to Oracle Database was closed or broken' })).toBe('connection-lost');
    expect(classifyOracleError({ message: 'while loading: ORA-00001: unique constraint (APP.UQ) violated' })).toBeUndefined();
    expect(classifyOracleError({ code: 42, message: 'NJS-501: connection to host h port 1 terminated unexpectedly' })).toBe('connection-lost');
    expect(classifyOracleError(undefined)).toBeUndefined();
    expect(classifyOracleError('ORA-00001')).toBeUndefined();
  });
});
