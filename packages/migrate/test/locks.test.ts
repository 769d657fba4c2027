/**
 * Golden SQL of the migration lock on each dialect (Oracle has no server
 * here: its DBMS_LOCK block is checked as text).
 */
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { advisoryKey, lockStatements } from '@alkahest/migrate';

test('PostgreSQL: a session advisory lock keyed by the versions table', () => {
  const lock = lockStatements('postgres', 'alkahest_migrations', 600)!;
  const compiled = postgres.createDialect().compile(lock.acquire);
  expect(compiled.sql).toBe('SELECT pg_advisory_lock($1)');
  expect(compiled.params).toEqual([advisoryKey('alkahest:alkahest_migrations')]);
  expect(postgres.createDialect().compile(lock.release).sql).toBe('SELECT pg_advisory_unlock($1)');
  expect(advisoryKey('a')).not.toBe(advisoryKey('b'));
  expect(Number.isSafeInteger(advisoryKey('alkahest:alkahest_migrations'))).toBe(true);
});

test('MySQL / MariaDB: GET_LOCK with a timeout; 0 means another process kept it', () => {
  const lock = lockStatements('mysql', 'alkahest_migrations', 30)!;
  const compiled = mysql.createDialect().compile(lock.acquire);
  expect(compiled.sql).toBe('SELECT GET_LOCK(?, ?) AS got');
  expect(compiled.params).toEqual(['alkahest:alkahest_migrations', 30]);
  expect(lock.refused!({ got: 0 })).toBe(true);
  expect(lock.refused!({ got: 1 })).toBe(false);
  expect(mysql.createDialect().compile(lock.release).sql).toBe('SELECT RELEASE_LOCK(?) AS released');
});

test('Oracle: DBMS_LOCK.REQUEST in exclusive mode, and RELEASE', () => {
  const lock = lockStatements('oracle', 'alkahest_migrations', 600)!;
  const compiled = oracle.createDialect().compile(lock.acquire);
  expect(compiled.sql).toBe(
    "DECLARE h VARCHAR2(128); r INTEGER; BEGIN DBMS_LOCK.ALLOCATE_UNIQUE(:1, h); r := DBMS_LOCK.REQUEST(h, DBMS_LOCK.X_MODE, :2, FALSE); IF r NOT IN (0, 4) THEN RAISE_APPLICATION_ERROR(-20001, 'alkahest: migration lock not granted: ' || r); END IF; END;",
  );
  expect(compiled.params).toEqual(['alkahest:alkahest_migrations', 600]);
  expect(oracle.createDialect().compile(lock.release).sql).toBe('DECLARE h VARCHAR2(128); r INTEGER; BEGIN DBMS_LOCK.ALLOCATE_UNIQUE(:1, h); r := DBMS_LOCK.RELEASE(h); END;');
});

test('SQLite needs no lock statement: the run holds the write lock', () => {
  expect(lockStatements('sqlite', 'alkahest_migrations', 600)).toBeUndefined();
  expect(() => lockStatements('db2', 'x', 1)).toThrow(/no migration lock/);
});
