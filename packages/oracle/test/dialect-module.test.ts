import { integer, select, table } from '@alkahest/core';
import { alkahestDialect, OracleDriver, oracleDialect } from '@alkahest/oracle';

const t = table('t', { id: integer().primaryKey() });

test('alkahestDialect serves oracle:// URLs', () => {
  expect(alkahestDialect.name).toBe('oracle');
  expect(alkahestDialect.schemes).toEqual(['oracle']);
  expect(alkahestDialect.createDriver('oracle://u:p@h/s')).toBeInstanceOf(OracleDriver);
  expect(() => alkahestDialect.createDriver('oracle://u:p@h')).toThrow(/service/);
});

test('createDialect takes the compiler version from the engine options', () => {
  expect(alkahestDialect.createDialect().compile(select(t.c.id).limit(1)).sql).toBe('SELECT T.ID FROM T FETCH NEXT :1 ROWS ONLY');
  expect(alkahestDialect.createDialect({ version: '11g' }).compile(select(t.c.id).limit(1)).sql).toBe(
    'SELECT * FROM (SELECT T.ID FROM T) WHERE ROWNUM <= :1',
  );
});

test('oracleDialect() compiles and names itself', () => {
  const d = oracleDialect();
  expect(d.name).toBe('oracle');
  expect(d.compile(select(t.c.id)).dialect).toBe('oracle');
  expect(() => oracleDialect({ version: '10g' as never })).toThrow(/unknown Oracle version "10g"/);
});
