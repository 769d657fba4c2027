/**
 * Oracle's compiler where a release or a value changes what it writes:
 * 11g's ROWNUM around a limited set operation and its refusal of LATERAL,
 * FOR UPDATE with a row limit (ORA-02014) refused, IN lists with '' refused
 * and list parameters past 1,000 values refused when run, rows of defaults
 * in a multi-row INSERT, DDL defaults of timestamps with a time zone, boolean
 * literals before and after 23ai, and Infinity refused where no Oracle
 * column stores it.
 */
import { boolean, builtinTypes, createTable, double, insert, integer, InvalidValueError, literal, param, select, table, text, timestamp, union, UnsupportedFeatureError } from '@alkahest/core';
import { CompilingDialect } from '@alkahest/core/dialect';
import { OracleCompiler } from '@alkahest/oracle';

const c11 = new OracleCompiler({ version: '11g' });
const c19 = new OracleCompiler();
const c23 = new OracleCompiler({ version: '23ai' });
const people = table('people', { id: integer().primaryKey(), name: text().notNull(), score: double(), city: text().default('Paris'), rank: integer().default(3) });

test('11g: a limited set operation is wrapped in ROWNUM; LATERAL is refused', () => {
  const both = union(select(people.c.id).from(people), select(people.c.rank.as('id')).from(people)).orderBy('id').limit(2).offset(1);
  const old = c11.compile(both);
  expect(old.sql).toBe(
    'SELECT ID FROM (SELECT ALKAHEST_Q.*, ROWNUM AS ALKAHEST_RN FROM (SELECT PEOPLE.ID FROM PEOPLE UNION SELECT PEOPLE.RANK AS ID FROM PEOPLE ORDER BY ID) ALKAHEST_Q WHERE ROWNUM <= :1 + :2) WHERE ALKAHEST_RN > :3 ORDER BY ALKAHEST_RN',
  );
  expect(old.params).toEqual([1, 2, 1]); // ROWNUM <= offset + limit, then past the offset
  expect(c19.compile(both).sql).toBe('SELECT PEOPLE.ID FROM PEOPLE UNION SELECT PEOPLE.RANK AS ID FROM PEOPLE ORDER BY ID OFFSET :1 ROWS FETCH NEXT :2 ROWS ONLY');
  const latest = select(people.c.id).from(people).orderBy(people.c.id.desc()).limit(1).lateral('latest');
  expect(() => c11.compile(select(latest.c.id).from(latest))).toThrow(new UnsupportedFeatureError('LATERAL subqueries', 'oracle 11g', 'LATERAL is Oracle 12c+'));
});

test('FOR UPDATE with a row limit is refused, naming ORA-02014', () => {
  const q = select(people.c.id).from(people).limit(1).forUpdate();
  expect(() => c19.compile(q)).toThrow(UnsupportedFeatureError);
  expect(() => c19.compile(q)).toThrow(/ORA-02014/);
});

test("IN lists with '' are refused; a list parameter takes at most 1,000 values when run", () => {
  expect(() => c19.compile(select(people.c.id).from(people).where(people.c.name.in(['a', ''])))).toThrow(InvalidValueError);
  expect(() => c19.compile(select(people.c.id).from(people).where(people.c.name.notIn([''])))).toThrow(/^NOT IN with an empty string: Oracle stores and compares '' as NULL/);
  const prepared = new CompilingDialect(c19).prepare(select(people.c.id).from(people).where(people.c.id.in(param('ids'))));
  expect(prepared.bind({ ids: [1, 2] }).sql).toBe('SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.ID IN (:1, :2)');
  const many = Array.from({ length: 1001 }, (_, i) => i);
  expect(() => prepared.bind({ ids: many })).toThrow(new InvalidValueError('parameter :ids: Oracle takes at most 1000 values in one IN list'));
});

test('rows leaving out a column with a default: its value is bound', () => {
  const compiled = c19.compile(insert(people).values([{ name: 'a' }, { name: 'b', city: 'Oslo' }]));
  expect(compiled.sql).toBe('INSERT INTO PEOPLE (NAME, CITY) SELECT :1, :2 FROM DUAL UNION ALL SELECT :3, :4 FROM DUAL');
  // rank is in no row: not a column of the INSERT.
  expect(compiled.params).toEqual(['a', 'Paris', 'b', 'Oslo']);
});

test('DDL: a timestamp default with a time zone; booleans before and after 23ai', () => {
  const at = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
  const events = table('events', { id: integer().primaryKey(), at: timestamp({ withTimeZone: true }).default(at), done: boolean().default(false) });
  const ddl = c19.compile(createTable(events)).sql;
  expect(ddl).toContain("DEFAULT TIMESTAMP '2024-01-02 03:04:05.006 +00:00'");
  expect(ddl).toMatch(/"?DONE"? NUMBER\(1\) DEFAULT 0/);
  expect(c23.compile(createTable(events)).sql).toMatch(/DONE BOOLEAN DEFAULT FALSE/);
  expect(c23.compile(select(literal(true, builtinTypes.boolean).as('t'))).sql).toBe('SELECT TRUE AS T FROM DUAL');
  expect(c19.compile(select(literal(true, builtinTypes.boolean).as('t'))).sql).toBe('SELECT 1 AS T FROM DUAL');
});

test('Infinity is refused: no Oracle FLOAT or NUMBER column stores it', () => {
  const scores = table('scores', { v: double({ nonFinite: true }) });
  expect(() => c19.compile(insert(scores).values({ v: Number.POSITIVE_INFINITY }))).toThrow(
    new UnsupportedFeatureError('Infinity in a float column', 'oracle', 'the database stores finite numbers only'),
  );
});
