/**
 * What createEngine says about a URL it cannot use: the database it names,
 * and never the password in it.
 */
import { AlkahestError } from '@alkahest/core';
import type { DialectModule } from '@alkahest/core/dialect';
import { sqliteDialect } from '@alkahest/sqlite';
import { createEngine, loadDialectModule, schemeOf } from '@alkahest/pool';

/** A dialect package whose driver refuses every URL with the driver's own (untyped) error. */
const refusing: DialectModule = {
  name: 'refusing',
  schemes: ['refusing'],
  createDialect: () => sqliteDialect(),
  createDriver: (url) => {
    throw new TypeError(`bad host in the URL (${url.length} characters)`);
  },
};

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AlkahestError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('a URL in an error has its password hidden', () => {
  test('a driver that refuses the URL: the message names the URL, password as ***', () => {
    const message = messageOf(() => createEngine({ url: 'refusing://app:s3cret@db.example.com:5432/shop', dialectModule: refusing }));
    expect(message).toBe('cannot use refusing://app:***@db.example.com:5432/shop: bad host in the URL (46 characters)');
  });

  test('a URL without a scheme: quoted, password as ***', () => {
    expect(messageOf(() => createEngine('//app:s3cret@db.example.com/shop'))).toBe(
      'cannot tell the database from "//app:***@db.example.com/shop": expected a URL such as sqlite::memory: or postgres://host/db',
    );
  });

  test('a URL without a password is shown whole', () => {
    expect(messageOf(() => createEngine({ url: 'refusing://app@db.example.com/shop', dialectModule: refusing }))).toBe(
      'cannot use refusing://app@db.example.com/shop: bad host in the URL (34 characters)',
    );
  });

  test('the driver error is kept as the cause', () => {
    let caught: unknown;
    try {
      createEngine({ url: 'refusing://h/db', dialectModule: refusing });
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).cause).toBeInstanceOf(TypeError);
  });
});

describe('schemes and dialect packages', () => {
  test('the scheme is read case-insensitively, up to the first colon', () => {
    expect(schemeOf('PostgreSQL://h/db')).toBe('postgresql');
    expect(schemeOf('sqlite::memory:')).toBe('sqlite');
    expect(schemeOf('mysql+x://h')).toBe('mysql+x');
  });

  test('every documented scheme finds its package; an unknown one lists the known ones', () => {
    for (const [scheme, name] of [
      ['sqlite', 'sqlite'],
      ['postgres', 'postgres'],
      ['postgresql', 'postgres'],
      ['mysql', 'mysql'],
      ['mariadb', 'mysql'],
      ['oracle', 'oracle'],
    ] as const) {
      expect(loadDialectModule(scheme).name).toBe(name);
    }
    expect(() => loadDialectModule('toString')).toThrow(AlkahestError);
    expect(() => loadDialectModule('mssql')).toThrow(/^unknown database "mssql" in URL; known: sqlite, postgres, postgresql, .*mysql, mariadb, oracle/);
  });

  test('createEngine without a URL is refused', () => {
    expect(() => createEngine('')).toThrow(new AlkahestError('createEngine needs a database URL'));
  });
});
