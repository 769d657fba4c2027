/**
 * Oracle: upsert as MERGE, UPDATE … FROM and DELETE … USING as correlated
 * subqueries, and RETURNING … INTO, whose OUT binds the driver turns into
 * rows (against a fake oracledb connection).
 */
import { and, builtinTypes, deleteFrom, excluded, insert, select, SqlType, update, UnsupportedFeatureError } from '@alkahest/core';
import { MAX_RETURNED_SIZE, OracleCompiler, OracleConnection, OracledbConnectionLike, OutBind, outBindDefinition, rowsFromOutBinds } from '@alkahest/oracle';
import type OracleDB from 'oracledb';
import { posts, users } from './schema';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require('oracledb') as typeof OracleDB;
const compiler = new OracleCompiler();

describe('MERGE', () => {
  test('a condition with bound values; booleans as NUMBER(1); placeholders in text order', () => {
    const statement = insert(users)
      .values({ id: 1, name: 'Ada', active: true })
      .onConflict(['id'])
      .doUpdate({ set: { name: excluded(users.c.name), active: users.c.age.gt(18) }, where: users.c.name.ne('root') });
    const compiled = compiler.compile(statement);
    expect(compiled.sql).toBe(
      'MERGE INTO USERS USING (SELECT :1 AS ID, :2 AS NAME, :3 AS ACTIVE FROM DUAL) SRC ON (USERS.ID = SRC.ID) ' +
        'WHEN MATCHED THEN UPDATE SET NAME = SRC.NAME, ACTIVE = CASE WHEN USERS.AGE > :4 THEN 1 ELSE 0 END WHERE USERS.NAME <> :5 ' +
        'WHEN NOT MATCHED THEN INSERT (ID, NAME, ACTIVE) VALUES (SRC.ID, SRC.NAME, SRC.ACTIVE)',
    );
    expect(compiled.params).toEqual([1, 'Ada', 1, 18, 'root']);
  });

  test('MERGE cannot set its own key; excluded() needs a column the insert sets', () => {
    const setsKey = insert(users).values({ id: 1, name: 'Ada' }).onConflict(['id']).doUpdate({ set: { id: excluded(users.c.id) } });
    expect(() => compiler.compile(setsKey)).toThrow(/ORA-38104/);
    const unset = insert(users).values({ id: 1, name: 'Ada' }).onConflict(['id']).doUpdate({ set: { age: excluded(users.c.age) } });
    expect(() => compiler.compile(unset)).toThrow(/no row sets age/);
  });

  test('an upsert with RETURNING is refused', () => {
    const statement = insert(users).values({ id: 1, name: 'Ada' }).onConflict(['id']).doNothing().returning(users.c.id);
    expect(() => compiler.compile(statement)).toThrow(UnsupportedFeatureError);
  });
});

describe('UPDATE … FROM and DELETE … USING', () => {
  test('only values that read the other tables become subqueries', () => {
    const statement = update(users)
      .set({ name: posts.c.title, age: 3 })
      .from(posts)
      .where(and(posts.c.userId.eq(users.c.id), posts.c.title.ne('x')));
    const compiled = compiler.compile(statement);
    expect(compiled.sql).toBe(
      'UPDATE USERS SET NAME = (SELECT POSTS.TITLE FROM POSTS WHERE POSTS.USER_ID = USERS.ID AND TO_CHAR(POSTS.TITLE) <> :1), AGE = :2 ' +
        'WHERE EXISTS (SELECT 1 FROM POSTS WHERE POSTS.USER_ID = USERS.ID AND TO_CHAR(POSTS.TITLE) <> :3)',
    );
    expect(compiled.params).toEqual(['x', 3, 'x']);
  });

  test('a DELETE without a condition deletes rows that have any match', () => {
    expect(compiler.compile(deleteFrom(users).using(posts)).sql).toBe('DELETE FROM USERS WHERE EXISTS (SELECT 1 FROM POSTS)');
  });
});

describe('RETURNING … INTO', () => {
  test('OUT placeholders follow the statement’s own; several rows of INSERT are refused', () => {
    const compiled = compiler.compile(update(users).set({ age: 1 }).where(users.c.id.eq(2)).returning(users.c.id, users.c.name.as('n')));
    expect(compiled.sql).toBe('UPDATE USERS SET AGE = :1 WHERE USERS.ID = :2 RETURNING ID, NAME INTO :3, :4');
    expect(compiled.params.slice(0, 2)).toEqual([1, 2]);
    expect(compiled.params[2]).toBeInstanceOf(OutBind);
    expect(compiled.columns.map((c) => c.key)).toEqual(['id', 'n']);
    expect(() => compiler.compile(insert(users).values([{ name: 'a' }, { name: 'b' }]).returning(users.c.id))).toThrow(UnsupportedFeatureError);
    expect(() => compiler.compile(insert(users).fromSelect(['name'], select(posts.c.title).from(posts)).returning(users.c.id))).toThrow(UnsupportedFeatureError);
  });

  test('the driver binds OUT variables and turns their values into rows', async () => {
    const calls: { binds: unknown }[] = [];
    const connection: OracledbConnectionLike = {
      execute: async (_sql, binds) => {
        calls.push({ binds });
        return { rowsAffected: 2, outBinds: [['1', '2'], ['Ada', 'Alan']] } as unknown as OracleDB.Result<unknown>;
      },
      commit: async () => undefined,
      rollback: async () => undefined,
      ping: async () => undefined,
      break: async () => undefined,
      close: async () => undefined,
    };
    const c = new OracleConnection(connection, lib);
    const result = await c.execute(compiler.compile(update(users).set({ age: 1 }).returning(users.c.id, users.c.name)));
    expect(result).toEqual({ rows: [[1, 'Ada'], [2, 'Alan']], rowsAffected: 2 });
    const binds = calls[0]!.binds as unknown[];
    expect(binds[0]).toBe(1);
    expect(binds[1]).toEqual({ dir: lib.BIND_OUT, type: lib.STRING, maxSize: 64 });
    expect((binds[2] as { dir: number }).dir).toBe(lib.BIND_OUT);
  });

  test('rows from OUT binds: none, one, several; a TIMESTAMP by its wall clock', () => {
    expect(rowsFromOutBinds(undefined, [])).toEqual([]);
    expect(rowsFromOutBinds([[], []], [(v) => v, (v) => v])).toEqual([]);
    expect(rowsFromOutBinds([['7']], [(v) => Number(v)])).toEqual([[7]]);
    const timestamp = outBindDefinition(lib, builtinTypes.timestamp);
    expect(timestamp.bind).toEqual({ dir: lib.BIND_OUT, type: lib.DB_TYPE_TIMESTAMP });
    expect((timestamp.read(new Date(2024, 0, 2, 3, 4, 5)) as Date).toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect(outBindDefinition(lib, builtinTypes.timestamptz).bind).toEqual({ dir: lib.BIND_OUT, type: lib.DB_TYPE_TIMESTAMP_TZ });
  });

  test('OUT binds: numbers as exact text, text and bytes up to 1 MiB, a DATE by its wall clock', () => {
    const oneMiB = 1024 * 1024;
    expect(MAX_RETURNED_SIZE).toBe(oneMiB);
    const number = outBindDefinition(lib, builtinTypes.numeric);
    expect(number.bind).toEqual({ dir: lib.BIND_OUT, type: lib.STRING, maxSize: 64 });
    expect(number.read('123456789012345678901')).toBe('123456789012345678901');
    expect(outBindDefinition(lib, builtinTypes.text).bind).toEqual({ dir: lib.BIND_OUT, type: lib.STRING, maxSize: oneMiB });
    expect(outBindDefinition(lib, builtinTypes.blob).bind).toEqual({ dir: lib.BIND_OUT, type: lib.BUFFER, maxSize: oneMiB });
    const date = outBindDefinition(lib, new SqlType<string>('date'));
    expect(date.bind).toEqual({ dir: lib.BIND_OUT, type: lib.DB_TYPE_DATE });
    expect(date.read(new Date(2024, 0, 2, 3, 4, 5))).toBe('2024-01-02 03:04:05');
  });

  test('OUT binds of unequal lengths: as many rows as the longest, NULL where one has no value; a scalar is one row', () => {
    expect(rowsFromOutBinds([['1', '2'], ['a']], [(v) => v, (v) => v])).toEqual([
      ['1', 'a'],
      ['2', null],
    ]);
    expect(rowsFromOutBinds(['9', null], [(v) => v, (v) => v])).toEqual([['9', null]]);
  });
});
