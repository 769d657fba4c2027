import { AlkahestError } from '@alkahest/core';
import { parseOracleUrl } from '@alkahest/oracle';

describe('parseOracleUrl', () => {
  test('user, password, host, port and service become an Easy Connect string', () => {
    expect(parseOracleUrl('oracle://app:secret@db.example.com:1522/FREEPDB1')).toEqual({
      connectString: 'db.example.com:1522/FREEPDB1',
      user: 'app',
      password: 'secret',
    });
  });

  test('the port defaults to 1521, and credentials are percent-decoded', () => {
    expect(parseOracleUrl('oracle://app:p%40ss%3Aw%2Frd@localhost/orclpdb1.example.com')).toEqual({
      connectString: 'localhost:1521/orclpdb1.example.com',
      user: 'app',
      password: 'p@ss:w/rd',
    });
  });

  test('IPv6 hosts keep their brackets; credentials are optional', () => {
    expect(parseOracleUrl('oracle://[::1]:1521/XEPDB1')).toEqual({ connectString: '[::1]:1521/XEPDB1' });
  });

  test('query options', () => {
    expect(parseOracleUrl('oracle://u:p@h/s?stmtCacheSize=50&connectTimeout=5')).toEqual({
      connectString: 'h:1521/s',
      user: 'u',
      password: 'p',
      stmtCacheSize: 50,
      connectTimeout: 5,
    });
    expect(() => parseOracleUrl('oracle://u:p@h/s?stmtCacheSize=x')).toThrow(/non-negative integer/);
    expect(() => parseOracleUrl('oracle://u:p@h/s?poolMax=3')).toThrow(/unknown Oracle URL option "poolMax"/);
  });

  test('malformed URLs are refused clearly', () => {
    expect(() => parseOracleUrl('postgres://h/db')).toThrow(AlkahestError);
    expect(() => parseOracleUrl('oracle://u:p@h')).toThrow(/must name one service/);
    expect(() => parseOracleUrl('oracle://u:p@h/a/b')).toThrow(/must name one service/);
    expect(() => parseOracleUrl('oracle://u:p@h:99999/s')).toThrow(/cannot parse/);
  });
});
