import { parsePostgresUrl } from '@alkahest/postgres';

test('reads every part of a PostgreSQL URL', () => {
  expect(parsePostgresUrl('postgresql://app%40x:p%3Ass@db.example:6543/shop%2Fmain?sslmode=require&application_name=api&statement_timeout=5000&max=20&min=2')).toEqual({
    host: 'db.example',
    port: 6543,
    user: 'app@x',
    password: 'p:ss',
    database: 'shop/main',
    ssl: { rejectUnauthorized: false },
    applicationName: 'api',
    statementTimeout: 5000,
    max: 20,
    min: 2,
  });
  expect(parsePostgresUrl('postgres://127.0.0.1/test?sslmode=disable')).toEqual({ host: '127.0.0.1', database: 'test', ssl: false });
});

test('refuses unknown options and bad values', () => {
  expect(() => parsePostgresUrl('postgres://h/db?bogus=1')).toThrow(/unknown PostgreSQL URL option "bogus"/);
  expect(() => parsePostgresUrl('postgres://h/db?max=-1')).toThrow(/max must be a non-negative integer/);
  expect(() => parsePostgresUrl('postgres://h/db?sslmode=sometimes')).toThrow(/unknown sslmode/);
  expect(() => parsePostgresUrl('mysql://h/db')).toThrow(/not a PostgreSQL URL scheme/);
});
