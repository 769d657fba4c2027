/**
 * Oracle treats a zero-length string as NULL ("Nulls", SQL Language
 * Reference: "Oracle Database currently treats a character value with a length
 * of zero as null"). Inserting '' stores NULL, and `col = ''` is never true.
 *
 * Decision: `.eq('')` compiles to `IS NULL` and `.ne('')` to `IS NOT NULL`,
 * which find the rows a program wrote with '' (and, unavoidably, rows written
 * with NULL). Other comparisons with '' (<, >, BETWEEN, LIKE, IN) have no
 * faithful translation and raise an InvalidValueError.
 */
import { InvalidValueError, select } from '@alkahest/core';
import { OracleCompiler } from '@alkahest/oracle';
import { users } from './schema';

const c = new OracleCompiler();

test("eq('') is IS NULL and ne('') IS NOT NULL, with nothing bound", () => {
  expect(c.compile(select(users.c.id).from(users).where(users.c.name.eq('')))).toMatchObject({
    sql: 'SELECT USERS.ID FROM USERS WHERE USERS.NAME IS NULL',
    params: [],
  });
  expect(c.compile(select(users.c.id).from(users).where(users.c.name.ne(''))).sql).toBe('SELECT USERS.ID FROM USERS WHERE USERS.NAME IS NOT NULL');
});

test('other comparisons with an empty string are refused with an explanation', () => {
  expect(() => c.compile(select(users.c.id).from(users).where(users.c.name.gt('')))).toThrow(InvalidValueError);
  expect(() => c.compile(select(users.c.id).from(users).where(users.c.name.gt('')))).toThrow(/stores and compares '' as NULL/);
  expect(() => c.compile(select(users.c.id).from(users).where(users.c.name.in(['a', ''])))).toThrow(InvalidValueError);
  expect(() => c.compile(select(users.c.id).from(users).where(users.c.name.like('')))).toThrow(InvalidValueError);
  expect(() => c.compile(select(users.c.id).from(users).where(users.c.name.between('', 'b')))).toThrow(InvalidValueError);
});

test('non-empty strings are bound as usual', () => {
  expect(c.compile(select(users.c.id).from(users).where(users.c.name.eq(' ')))).toMatchObject({
    sql: 'SELECT USERS.ID FROM USERS WHERE USERS.NAME = :1',
    params: [' '],
  });
});
