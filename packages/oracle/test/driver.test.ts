/**
 * The oracledb adapter against a fake oracledb connection: what it sends
 * (autoCommit, outFormat, fetch type handler) and what it returns.
 */
import { createTable, insert, select } from '@alkahest/core';
import { makeFetchTypeHandler, OracleCompiler, OracleConnection, OracledbConnectionLike, OracledbConstants } from '@alkahest/oracle';
import type OracleDB from 'oracledb';
import { users } from './schema';

// The real constants, so the handler is checked against oracledb's own type objects.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require('oracledb') as typeof OracleDB;

interface Call {
  sql: string;
  binds: unknown;
  options: OracleDB.ExecuteOptions;
}

function fake(result: Partial<OracleDB.Result<unknown>> = {}): { connection: OracledbConnectionLike; calls: Call[]; log: string[] } {
  const calls: Call[] = [];
  const log: string[] = [];
  const connection: OracledbConnectionLike = {
    execute: async (sql, binds, options) => {
      calls.push({ sql, binds, options });
      log.push('execute');
      return result as OracleDB.Result<unknown>;
    },
    commit: async () => void log.push('commit'),
    rollback: async () => void log.push('rollback'),
    ping: async () => void log.push('ping'),
    break: async () => void log.push('break'),
    close: async () => void log.push('close'),
  };
  return { connection, calls, log };
}

const compiler = new OracleCompiler();

test('a select runs with outFormat ARRAY, autoCommit outside a transaction, and the fetch type handler', async () => {
  const { connection, calls } = fake({ rows: [[1, 'Ada']] });
  const c = new OracleConnection(connection, lib);
  const result = await c.execute(compiler.compile(select(users.c.id, users.c.name).from(users).where(users.c.id.eq(1))));
  expect(result).toEqual({ rows: [[1, 'Ada']], rowsAffected: 0 });
  expect(calls[0]!.sql).toBe('SELECT USERS.ID, USERS.NAME FROM USERS WHERE USERS.ID = :1');
  expect(calls[0]!.binds).toEqual([1]);
  expect(calls[0]!.options.outFormat).toBe(lib.OUT_FORMAT_ARRAY);
  expect(calls[0]!.options.autoCommit).toBe(true);
  // The handler this connection passes reads NUMBER as exact text (see the fetch type handler tests below).
  expect(calls[0]!.options.fetchTypeHandler?.({ name: 'ID', dbType: lib.DB_TYPE_NUMBER })).toMatchObject({ type: lib.STRING });
});

test('DML reports rowsAffected; raw SQL without known columns gets objects', async () => {
  const { connection, calls } = fake({ rowsAffected: 2 });
  const c = new OracleConnection(connection, lib);
  expect(await c.execute(compiler.compile(insert(users).values([{ name: 'a' }, { name: 'b' }])))).toEqual({ rows: [], rowsAffected: 2 });
  await c.execute({ sql: 'SELECT 1 FROM DUAL', params: [], columns: [], statementKind: 'raw', dialect: 'oracle' });
  expect(calls[1]!.options.outFormat).toBe(lib.OUT_FORMAT_OBJECT);
  await c.execute(compiler.compile(createTable(users)));
  expect(calls[2]!.options.outFormat).toBe(lib.OUT_FORMAT_ARRAY);
});

test('inside begin()/commit() statements do not autocommit; commit and rollback end the transaction', async () => {
  const { connection, calls, log } = fake();
  const c = new OracleConnection(connection, lib);
  const q = compiler.compile(insert(users).values({ name: 'a' }));
  await c.begin();
  expect(c.transactionOpen).toBe(true);
  await c.execute(q);
  await c.commit();
  expect(c.transactionOpen).toBe(false);
  await c.execute(q);
  await c.begin();
  await c.execute(q);
  await c.rollback();
  await c.execute(q);
  expect(calls.map((x) => x.options.autoCommit)).toEqual([false, true, false, true]);
  expect(log).toEqual(['execute', 'commit', 'execute', 'execute', 'rollback', 'execute']);
});

test('begin() twice is refused; a failed commit still ends the transaction', async () => {
  const { connection } = fake();
  const failing: OracledbConnectionLike = { ...connection, commit: async () => Promise.reject(new Error('ORA-03113')) };
  const c = new OracleConnection(failing, lib);
  await c.begin();
  await expect(c.begin()).rejects.toThrow(/already open/);
  await expect(c.commit()).rejects.toThrow('ORA-03113');
  expect(c.transactionOpen).toBe(false);
});

test('ping and close reach the connection', async () => {
  const { connection, log } = fake();
  const c = new OracleConnection(connection, lib);
  await c.ping();
  await c.close();
  expect(log).toEqual(['ping', 'close']);
});

describe('fetch type handler', () => {
  const handler = makeFetchTypeHandler(lib as OracledbConstants);
  const meta = (dbType: OracleDB.DbType): OracleDB.Metadata<unknown> => ({ name: 'X', dbType });

  test('NUMBER as exact text, converted back to number when lossless', () => {
    const r = handler(meta(lib.DB_TYPE_NUMBER));
    expect(r?.type).toBe(lib.STRING);
    expect(r?.converter?.('12')).toBe(12);
    expect(r?.converter?.('123456789012345678901')).toBe('123456789012345678901');
  });

  test('CLOB as string, BLOB as Buffer, DATE and TIMESTAMP by wall clock, others untouched', () => {
    expect(handler(meta(lib.DB_TYPE_CLOB))).toEqual({ type: lib.STRING });
    expect(handler(meta(lib.DB_TYPE_NCLOB))).toEqual({ type: lib.STRING });
    expect(handler(meta(lib.DB_TYPE_BLOB))).toEqual({ type: lib.BUFFER });
    expect(handler(meta(lib.DB_TYPE_DATE))?.converter?.(new Date(2024, 0, 2, 3, 4, 5))).toBe('2024-01-02 03:04:05');
    expect((handler(meta(lib.DB_TYPE_TIMESTAMP))?.converter?.(new Date(2024, 0, 2, 3, 4, 5)) as Date).toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect(handler(meta(lib.DB_TYPE_TIMESTAMP_TZ))).toBeUndefined();
    expect(handler(meta(lib.DB_TYPE_VARCHAR))).toBeUndefined();
  });
});

test('stream() reads a result set in batches and closes it when the consumer stops', async () => {
  const batches = [[[1], [2]], [[3]], []];
  const closed: string[] = [];
  const resultSet = { getRows: async () => batches.shift() ?? [], close: async () => void closed.push('closed') };
  const { connection, calls } = fake({ resultSet: resultSet as unknown as OracleDB.ResultSet<unknown> });
  const c = new OracleConnection(connection, lib);
  const seen: unknown[] = [];
  for await (const batch of c.stream(compiler.compile(select(users.c.id).from(users)), 2)) seen.push(...batch);
  expect(seen).toEqual([[1], [2], [3]]);
  expect(calls[0]!.options.resultSet).toBe(true);
  expect(closed).toEqual(['closed']);
});

test('transaction options become SET TRANSACTION; errors are classified by ORA- code', async () => {
  const { oracleTransactionSetting, classifyOracleError } = await import('@alkahest/oracle');
  expect(oracleTransactionSetting({ isolation: 'serializable' })).toBe('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE');
  expect(oracleTransactionSetting({ isolation: 'read uncommitted' })).toBe('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
  expect(oracleTransactionSetting({ readOnly: true })).toBe('SET TRANSACTION READ ONLY');
  expect(oracleTransactionSetting({})).toBeUndefined();
  expect(() => oracleTransactionSetting({ deferrable: true })).toThrow(/DEFERRABLE transactions is not supported by the oracle dialect/);
  expect(classifyOracleError({ message: 'ORA-00001: unique constraint (APP.UQ) violated' })).toBe('unique-violation');
  expect(classifyOracleError({ code: 'ORA-08177', message: "ORA-08177: can't serialize access" })).toBe('serialization-failure');
  expect(classifyOracleError({ code: 'NJS-500', message: 'NJS-500: connection to the Oracle Database was broken' })).toBe('connection-lost');
  expect(classifyOracleError(new Error('something else'))).toBeUndefined();
});
