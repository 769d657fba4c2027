/**
 * Multi-host URLs (libpq's `h1:p1,h2:p2`), target_session_attrs and
 * pgbouncer=true, as parsed; the live behaviour is in
 * packages/pool/test/live-failover.test.ts and live-pgbouncer.test.ts.
 */
import { parsePostgresUrl, refuseSessionState } from '@alkahest/postgres';
import { parseMysqlUrl } from '@alkahest/mysql';
import { splitHostList, UnsupportedFeatureError } from '@alkahest/core/dialect';

test('a PostgreSQL host list: every host in order, the first as host/port', () => {
  expect(parsePostgresUrl('postgres://app:s%40c@db1:5432,db2,[::1]:5434/shop?target_session_attrs=read-write')).toEqual({
    host: 'db1',
    port: 5432,
    user: 'app',
    password: 's@c',
    database: 'shop',
    hosts: [{ host: 'db1', port: 5432 }, { host: 'db2' }, { host: '::1', port: 5434 }],
    targetSessionAttrs: 'read-write',
  });
});

test('one host: no host list', () => {
  expect(parsePostgresUrl('postgres://db1:5432/shop').hosts).toBeUndefined();
  expect(splitHostList('postgres://u:p,w@db1/shop', 'PostgreSQL')).toEqual({ url: 'postgres://u:p,w@db1/shop' });
});

test('every libpq target_session_attrs value, and no other', () => {
  for (const attrs of ['any', 'read-write', 'read-only', 'primary', 'standby', 'prefer-standby'] as const) {
    expect(parsePostgresUrl(`postgres://h1,h2/db?target_session_attrs=${attrs}`).targetSessionAttrs).toBe(attrs);
  }
  expect(() => parsePostgresUrl('postgres://h1,h2/db?target_session_attrs=master')).toThrow(/target_session_attrs must be one of any, read-write, read-only, primary, standby, prefer-standby, got "master"/);
  expect(() => parsePostgresUrl('postgres://h1,,h2/db')).toThrow(/empty host/);
});

test('pgbouncer=true', () => {
  expect(parsePostgresUrl('postgres://h:6432/db?pgbouncer=true').pgbouncer).toBe(true);
  expect(() => parsePostgresUrl('postgres://h:6432/db?pgbouncer=yes')).toThrow(/pgbouncer must be true or false/);
});

test('a MariaDB host list', () => {
  expect(parseMysqlUrl('mariadb://root@h1:3307,h2:3308/test?target_session_attrs=primary')).toEqual({
    flavor: 'mariadb',
    host: 'h1',
    port: 3307,
    user: 'root',
    database: 'test',
    hosts: [{ host: 'h1', port: 3307 }, { host: 'h2', port: 3308 }],
    targetSessionAttrs: 'primary',
  });
});

describe('session state through PgBouncer in transaction mode', () => {
  const raw = (text: string) => ({ sql: text, statementKind: 'raw' as const });
  test.each([
    'SET search_path TO app',
    'set session statement_timeout = 5',
    'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
    'RESET ALL',
    'LISTEN jobs',
    "PREPARE q AS SELECT 1",
    'DECLARE c CURSOR WITH HOLD FOR SELECT 1',
    'SELECT pg_advisory_lock(1)',
    'select pg_try_advisory_lock_shared(1)',
    'CREATE TEMP TABLE t (a int)',
  ])('refuses %s', (text) => {
    expect(() => refuseSessionState(raw(text))).toThrow(UnsupportedFeatureError);
  });
  test.each([
    'SET LOCAL search_path TO app',
    'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
    'SET CONSTRAINTS ALL DEFERRED',
    'SELECT pg_advisory_xact_lock(1)',
    'CREATE TEMPORARY TABLE t (a int) ON COMMIT DROP',
    'SELECT 1',
  ])('lets %s through', (text) => {
    expect(() => refuseSessionState(raw(text))).not.toThrow();
  });
  test('names what to do instead', () => {
    expect(() => refuseSessionState(raw('SET search_path TO app'))).toThrow(/SET without LOCAL through PgBouncer in transaction mode .*use SET LOCAL inside a transaction/);
  });
});
