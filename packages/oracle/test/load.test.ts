/**
 * engine.load() on Oracle, against the fake oracledb (./fake-oracledb.ts):
 * the one-row INSERT run by executeMany a batch at a time, with bind
 * definitions sized to each batch, inside one transaction (autoCommit off,
 * then COMMIT; ROLLBACK when a batch fails). Expected SQL written out by hand.
 */
import { blob, boolean, createTable, date, integer, json, LoadRowError, numeric, table, text, timestamp, UniqueViolationError } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { loadBindDefs } from '@alkahest/oracle';
import { FakeOracle, oracleError, realOracledb } from './fake-oracledb';

const mockServer: { current?: FakeOracle } = {};
jest.mock('oracledb', () => {
  const actual = jest.requireActual('oracledb');
  return Object.create(actual, {
    getConnection: { value: (attributes: unknown) => mockServer.current!.module.getConnection(attributes as never) },
  });
});

const items = table('items', {
  id: integer().primaryKey({ autoIncrement: false }),
  name: text(),
  price: numeric({ precision: 12, scale: 2 }),
  ok: boolean(),
  at: timestamp(),
  day: date(),
  doc: json(),
  bytes: blob(),
});
const INSERT_ITEMS = 'INSERT INTO ITEMS (ID, NAME, PRICE, OK, AT, DAY, DOC, BYTES) VALUES (:1, :2, :3, :4, :5, :6, :7, :8)';

let server: FakeOracle;
let engine: Engine;

beforeEach(() => {
  server = new FakeOracle();
  mockServer.current = server;
  engine = createEngine('oracle://app:secret@db.example.com:1521/FREEPDB1', { pool: { max: 1 } });
});
afterEach(async () => {
  await engine.close({ timeoutMillis: 1_000 });
});

const row = (id: number) => ({
  id,
  name: id % 2 === 0 ? `n${id}` : null,
  price: '12.50',
  ok: id % 2 === 0,
  at: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)),
  day: '2024-02-29',
  doc: { id },
  bytes: Buffer.from([id % 256, 0, 255]),
});

test('golden SQL: the one-row INSERT of every column, in order', () => {
  const plan = engine.dialect.loadPlan!(items, ['id', 'name', 'price', 'ok', 'at', 'day', 'doc', 'bytes']);
  expect(plan.insertSql).toBe(INSERT_ITEMS);
  expect(plan.table).toBe('ITEMS');
});

test('rows go by executeMany, a batch per call with bind definitions, in one transaction', async () => {
  async function* rows() {
    for (let i = 0; i < 2500; i++) yield row(i);
  }
  expect(await engine.load(items, rows())).toEqual({ rowsLoaded: 2500 });
  expect(server.executedMany.map((c) => [c.sql, c.binds.length, c.options.autoCommit])).toEqual([
    [INSERT_ITEMS, 1000, false],
    [INSERT_ITEMS, 1000, false],
    [INSERT_ITEMS, 500, false],
  ]);
  const first = server.executedMany[0]!;
  // Converted by the same codecs as bound values: booleans as 1/0, timestamps as UTC text, JSON as text.
  expect(first.binds[1]).toEqual([1, null, '12.50', 0, '2024-01-02 03:04:05.006', '2024-02-29', '{"id":1}', Buffer.from([1, 0, 255])]);
  const lib = realOracledb;
  expect(first.options.bindDefs).toEqual([
    { type: lib.DB_TYPE_NUMBER },
    { type: lib.DB_TYPE_VARCHAR, maxSize: 4 },
    { type: lib.DB_TYPE_VARCHAR, maxSize: 5 },
    { type: lib.DB_TYPE_NUMBER },
    { type: lib.DB_TYPE_VARCHAR, maxSize: 23 },
    { type: lib.DB_TYPE_VARCHAR, maxSize: 10 },
    { type: lib.DB_TYPE_VARCHAR, maxSize: 10 },
    { type: lib.DB_TYPE_RAW, maxSize: 3 },
  ]);
  expect(server.statements().filter((s) => !s.includes('executeMany'))).toEqual(['1: connect', '1: commit']);
});

test('a batch the server refuses rolls the whole load back, as a typed error', async () => {
  let calls = 0;
  server.script = (sql) => (sql === INSERT_ITEMS && ++calls === 2 ? oracleError('ORA-00001: unique constraint (APP.ITEMS_PK) violated') : undefined);
  await expect(engine.load(items, Array.from({ length: 1500 }, (_, i) => row(i)))).rejects.toBeInstanceOf(UniqueViolationError);
  expect(server.statements().filter((s) => !s.includes('executeMany'))).toEqual(['1: connect', '1: rollback']);
});

test('a bad value is a LoadRowError before anything of its batch is sent', async () => {
  await expect(engine.load(items, [row(1), { ...row(2), price: 'cheap' }])).rejects.toMatchObject({ name: 'LoadRowError', row: 1, column: 'price' });
  await expect(engine.load(items, [row(1), { ...row(2), price: 'cheap' }])).rejects.toBeInstanceOf(LoadRowError);
  expect(server.executedMany).toEqual([]);
});

test('inside a transaction, the load runs on its connection under a savepoint', async () => {
  await engine.transaction(async (tx) => {
    await tx.load(items, [row(1)]);
  });
  expect(server.statements()).toEqual(['1: connect', '1: SAVEPOINT alkahest_sp_1_1', `1: executeMany ${INSERT_ITEMS} x1`, '1: commit']);
});

test('bind definitions: text sized in bytes, NULL-only columns as text, numbers mixed with text sent as text, long values as LOBs', () => {
  const lib = realOracledb;
  const { defs, rows } = loadBindDefs(lib, [
    ['é', null, 1, Buffer.alloc(40_000), 'x'.repeat(40_000)],
    ['ab', null, 'x', null, null],
  ], 5);
  expect(defs).toEqual([
    { type: lib.DB_TYPE_VARCHAR, maxSize: 2 },
    { type: lib.DB_TYPE_VARCHAR, maxSize: 1 },
    { type: lib.DB_TYPE_VARCHAR, maxSize: 1 },
    { type: lib.DB_TYPE_BLOB },
    { type: lib.DB_TYPE_CLOB },
  ]);
  expect(rows[0]![2]).toBe('1');
});

test('bind definitions: numbers alone as NUMBER, booleans alone as BOOLEAN (23ai), short bytes as RAW of their size', () => {
  const lib = realOracledb;
  const { defs, rows } = loadBindDefs(lib, [
    [1, true, Buffer.from([1, 2, 3])],
    [2.5, null, Buffer.from([4])],
  ], 3);
  expect(defs).toEqual([{ type: lib.DB_TYPE_NUMBER }, { type: lib.DB_TYPE_BOOLEAN }, { type: lib.DB_TYPE_RAW, maxSize: 3 }]);
  // Nothing was turned into text: the rows go as they are.
  expect(rows[0]).toEqual([1, true, Buffer.from([1, 2, 3])]);
});

test('DDL of the fixture compiles (the table the load writes)', () => {
  expect(engine.compile(createTable(items)).sql).toMatch(/^CREATE TABLE ITEMS/);
});
