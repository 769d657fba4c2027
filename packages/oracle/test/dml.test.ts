/**
 * Golden INSERT / UPDATE / DELETE SQL.
 */
import { deleteFrom, fn, insert, integer, select, table, text, timestamp, update, varchar } from '@alkahest/core';
import { OracleCompiler } from '@alkahest/oracle';
import { posts, users } from './schema';

const c12 = new OracleCompiler();
const c11 = new OracleCompiler({ version: '11g' });

describe('INSERT', () => {
  test('one row is INSERT … VALUES', () => {
    expect(c12.compile(insert(users).values({ name: 'Ada', age: 36 }))).toMatchObject({
      sql: 'INSERT INTO USERS (NAME, AGE) VALUES (:1, :2)',
      params: ['Ada', 36],
      statementKind: 'insert',
    });
  });

  // INSERT ALL evaluates an identity column's sequence once per row of its
  // subquery, so every INTO clause gets the same key: ORA-00001. INSERT … SELECT
  // … UNION ALL generates one key per row. SELECT cannot say DEFAULT, so a
  // missing value is the column's default, or NULL (identity ON NULL fills it).
  test('several rows are INSERT … SELECT … FROM DUAL UNION ALL …', () => {
    expect(c12.compile(insert(users).values([{ name: 'Ada', age: 36 }, { name: 'Alan' }]))).toMatchObject({
      sql: 'INSERT INTO USERS (NAME, AGE) SELECT :1, :2 FROM DUAL UNION ALL SELECT :3, NULL FROM DUAL',
      params: ['Ada', 36, 'Alan'],
    });
  });

  test('a row that gives the key next to rows that do not: NULL lets the identity fill it', () => {
    expect(c12.compile(insert(users).values([{ id: 7, name: 'Ada' }, { name: 'Alan' }])).sql).toBe(
      'INSERT INTO USERS (ID, NAME) SELECT :1, :2 FROM DUAL UNION ALL SELECT NULL, :3 FROM DUAL',
    );
  });

  test('NULL values are written as NULL in UNION ALL (a bound NULL is a VARCHAR2: ORA-01790)', () => {
    expect(c12.compile(insert(users).values([{ name: 'Ada', age: null }, { name: 'Alan', age: 41 }]))).toMatchObject({
      sql: 'INSERT INTO USERS (NAME, AGE) SELECT :1, NULL FROM DUAL UNION ALL SELECT :2, :3 FROM DUAL',
      params: ['Ada', 'Alan', 41],
    });
    // One row: VALUES takes a bound NULL.
    expect(c12.compile(insert(users).values({ name: 'Ada', age: null })).params).toEqual(['Ada', null]);
  });

  test('missing values take the column default', () => {
    const events = table('events', {
      id: integer().primaryKey(),
      kind: varchar({ length: 10 }).default('click'),
      at: timestamp().default(fn.now()),
      note: text(),
    });
    expect(c12.compile(insert(events).values([{ note: 'a' }, { kind: 'view', at: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)) }]))).toMatchObject({
      sql:
        'INSERT INTO EVENTS (KIND, AT, NOTE) ' +
        'SELECT :1, SYS_EXTRACT_UTC(SYSTIMESTAMP), :2 FROM DUAL UNION ALL ' +
        "SELECT :3, TO_TIMESTAMP(:4, 'YYYY-MM-DD HH24:MI:SS.FF3'), NULL FROM DUAL",
      params: ['click', 'a', 'view', '2024-01-02 03:04:05.006'],
    });
  });

  test('DEFAULT VALUES is emulated as (key) VALUES (DEFAULT)', () => {
    expect(c12.compile(insert(users).defaultValues()).sql).toBe('INSERT INTO USERS (ID) VALUES (DEFAULT)');
    expect(c11.compile(insert(users).defaultValues()).sql).toBe('INSERT INTO USERS (ID) VALUES (DEFAULT)');
    const log = table('log', { at: timestamp().default(fn.now()), msg: text() });
    expect(c12.compile(insert(log).defaultValues()).sql).toBe('INSERT INTO LOG (AT) VALUES (DEFAULT)');
  });

  test('INSERT … SELECT', () => {
    const archive = table('archive', { id: integer().primaryKey({ autoIncrement: false }), name: text() });
    const q = insert(archive).fromSelect(['id', 'name'], select(users.c.id, users.c.name).from(users).where(users.c.age.gt(90)));
    expect(c12.compile(q)).toMatchObject({
      sql: 'INSERT INTO ARCHIVE (ID, NAME) SELECT USERS.ID, USERS.NAME FROM USERS WHERE USERS.AGE > :1',
      params: [90],
    });
  });

  test('INSERT … SELECT with a limit, under 11g', () => {
    const archive = table('archive', { id: integer().primaryKey({ autoIncrement: false }) });
    expect(c11.compile(insert(archive).fromSelect(['id'], select(users.c.id).from(users).limit(5))).sql).toBe(
      'INSERT INTO ARCHIVE (ID) SELECT * FROM (SELECT USERS.ID FROM USERS) WHERE ROWNUM <= :1',
    );
  });
});

describe('UPDATE and DELETE', () => {
  test('UPDATE … SET … WHERE', () => {
    expect(c12.compile(update(users).set({ age: users.c.age.plus(1), name: 'x' }).where(users.c.id.eq(7)))).toMatchObject({
      sql: 'UPDATE USERS SET AGE = USERS.AGE + :1, NAME = :2 WHERE USERS.ID = :3',
      params: [1, 'x', 7],
      statementKind: 'update',
    });
  });

  test('UPDATE with a subquery', () => {
    const q = update(users).set({ active: false }).where(users.c.id.notIn(select(posts.c.userId).from(posts)));
    expect(c12.compile(q)).toMatchObject({
      sql: 'UPDATE USERS SET ACTIVE = :1 WHERE USERS.ID NOT IN (SELECT POSTS.USER_ID AS "userId" FROM POSTS)',
      params: [0],
    });
  });

  test('DELETE', () => {
    expect(c12.compile(deleteFrom(users).where(users.c.age.lt(18)))).toMatchObject({
      sql: 'DELETE FROM USERS WHERE USERS.AGE < :1',
      params: [18],
      statementKind: 'delete',
    });
    expect(c12.compile(deleteFrom(users)).sql).toBe('DELETE FROM USERS');
  });
});
