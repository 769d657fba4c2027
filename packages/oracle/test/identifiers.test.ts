/**
 * Identifier rule (Oracle Database SQL Language Reference, "Database Object
 * Names and Qualifiers"): nonquoted names are folded to upper case; quoted
 * names are case-sensitive and may contain anything but " and NUL; names are
 * at most 30 bytes before 12.2 and 128 bytes from 12.2.
 */
import { InvalidIdentifierError, integer, select, table } from '@alkahest/core';
import { OracleCompiler, oracleIdentifier, storedName } from '@alkahest/oracle';

describe('oracleIdentifier', () => {
  test('an all-lower-case name is unquoted, in upper case', () => {
    expect(oracleIdentifier('users', 128)).toBe('USERS');
    expect(oracleIdentifier('user_id', 128)).toBe('USER_ID');
    expect(oracleIdentifier('a1$b#', 128)).toBe('A1$B#');
  });

  test('capitals, spaces and leading digits or underscores are quoted as written', () => {
    expect(oracleIdentifier('userId', 128)).toBe('"userId"');
    expect(oracleIdentifier('USERS', 128)).toBe('"USERS"');
    expect(oracleIdentifier('first name', 128)).toBe('"first name"');
    expect(oracleIdentifier('1st', 128)).toBe('"1st"');
    expect(oracleIdentifier('_x', 128)).toBe('"_x"');
    expect(oracleIdentifier('naïve', 128)).toBe('"naïve"');
  });

  test('reserved words are quoted (Appendix D, Oracle SQL Reserved Words)', () => {
    expect(oracleIdentifier('order', 128)).toBe('"order"');
    expect(oracleIdentifier('comment', 128)).toBe('"comment"');
    expect(oracleIdentifier('date', 128)).toBe('"date"');
    expect(oracleIdentifier('level', 128)).toBe('"level"');
    // Keywords that are not reserved stay unquoted.
    expect(oracleIdentifier('name', 128)).toBe('NAME');
    expect(oracleIdentifier('type', 128)).toBe('TYPE');
  });

  test('a double quote cannot be represented and is refused', () => {
    expect(() => oracleIdentifier('a"b', 128)).toThrow(InvalidIdentifierError);
    expect(() => oracleIdentifier('a"b', 128)).toThrow(/cannot contain a double quote/);
  });

  test('empty names and NUL are refused', () => {
    expect(() => oracleIdentifier('', 128)).toThrow(InvalidIdentifierError);
    expect(() => oracleIdentifier('a\u0000b', 128)).toThrow(InvalidIdentifierError);
  });

  test('the limit counts bytes: 30 before 12.2, 128 after', () => {
    expect(oracleIdentifier('a'.repeat(30), 30)).toBe('A'.repeat(30));
    expect(() => oracleIdentifier('a'.repeat(31), 30)).toThrow(/31 bytes long; the limit is 30 bytes \(before Oracle 12.2\)/);
    expect(oracleIdentifier('a'.repeat(128), 128)).toBe('A'.repeat(128));
    expect(() => oracleIdentifier('a'.repeat(129), 128)).toThrow(/129 bytes long; the limit is 128 bytes/);
    // 'é' is two bytes in UTF-8: 16 of them are 32 bytes.
    expect(() => oracleIdentifier('é'.repeat(16), 30)).toThrow(/32 bytes long/);
  });

  test('storedName is the name Oracle keeps in its dictionary', () => {
    expect(storedName('users')).toBe('USERS');
    expect(storedName('userId')).toBe('userId');
    expect(storedName('order')).toBe('order');
  });
});

describe('the compiler applies the rule everywhere', () => {
  const t = table('Order Lines', { id: integer().primaryKey(), qty: integer('Qty'), level: integer() }, { schema: 'sales' });

  test('table, schema, columns and aliases', () => {
    expect(new OracleCompiler().compile(select(t.c.id, t.c.qty, t.c.level).from(t)).sql).toBe(
      // qty's key differs from its SQL name "Qty", so it is selected AS its key.
      'SELECT "Order Lines".ID, "Order Lines"."Qty" AS QTY, "Order Lines"."level" FROM SALES."Order Lines"',
    );
    const ol = t.as('ol');
    expect(new OracleCompiler().compile(select(ol.c.id).from(ol)).sql).toBe('SELECT OL.ID FROM SALES."Order Lines" OL');
  });

  test('11g defaults to 30 bytes, and maxIdentifierBytes overrides it', () => {
    const long = table('a_table_name_that_is_31_bytes__', { id: integer().primaryKey() });
    expect(() => new OracleCompiler({ version: '11g' }).compile(select(long.c.id))).toThrow(InvalidIdentifierError);
    expect(() => new OracleCompiler({ version: '12c', maxIdentifierBytes: 30 }).compile(select(long.c.id))).toThrow(InvalidIdentifierError);
    expect(new OracleCompiler().compile(select(long.c.id)).sql).toBe('SELECT A_TABLE_NAME_THAT_IS_31_BYTES__.ID FROM A_TABLE_NAME_THAT_IS_31_BYTES__');
  });
});
