/**
 * Every Oracle statement the conformance suite, the security corpus and the
 * example produce is parsed with a real PL/SQL grammar (plsql-parser.ts): a
 * statement that does not parse fails here, since no Oracle server runs in
 * this suite to refuse it.
 */
import { Expression, insert, integer, json, MetaData, select, Statement, table, varchar } from '@alkahest/core';
import type { Dialect } from '@alkahest/core';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { SESSION_SETUP } from '../../packages/oracle/src/driver';
import { areas } from '../conformance/cases';
import { identifierPayloads, stringPayloads } from '../security/payloads';
import { exampleStatements } from '../../examples/src/statements';
import { oracleSyntaxErrors } from './plsql-parser';

const dialect: Dialect = oracle.createDialect();

/** The SQL of a statement for Oracle (and the read-back query it runs after it, if any), or none when it does not compile. */
function oracleSql(statement: Statement, params?: Readonly<Record<string, unknown>>): string[] {
  let compiled;
  try {
    compiled = params === undefined ? dialect.compile(statement) : dialect.prepare(statement).bind(params);
  } catch {
    // Refused at compile time (an UnsupportedFeatureError the case expects): no SQL to check.
    return [];
  }
  return compiled.followUp === undefined ? [compiled.sql] : [compiled.sql, compiled.followUp];
}

/** Fails listing each statement that does not parse, with the grammar's first error. */
function expectAllParse(statements: readonly string[]): void {
  const failures = statements.flatMap((sql) => {
    const errors = oracleSyntaxErrors(sql);
    return errors.length === 0 ? [] : [`${sql}\n    ${errors[0]}`];
  });
  expect(failures).toEqual([]);
}

test('a statement that is not Oracle SQL is refused by the grammar (the check can fail)', () => {
  expect(oracleSyntaxErrors('SELECT PEOPLE.ID FROM PEOPLE WHERE PEOPLE.AGE > :1')).toEqual([]);
  expect(oracleSyntaxErrors('SELECT PEOPLE.ID FROM PEOPLE LIMIT :1')).not.toEqual([]);
  expect(oracleSyntaxErrors('SELECT 1 FROM DUAL WHERE (1 = 1')).not.toEqual([]);
  expect(oracleSyntaxErrors('SELECT CASE WHEN X IS NULL THEN 0 ELSE 1 END FROM T ORDER BY 1 NULLS FIRST')).toEqual([]);
}, 120_000);

describe('conformance cases', () => {
  for (const area of areas) {
    test(area.name, () => {
      const statements: string[] = [];
      for (const c of area.cases) {
        const inst = c.instantiate((base) => base);
        if (c.createTables) for (const s of new MetaData(...inst.tables).createStatements()) statements.push(...oracleSql(s));
        for (const s of [...inst.seed, ...inst.prepare]) statements.push(...oracleSql(s));
        for (const s of inst.statements) statements.push(...oracleSql(s, c.params));
        for (const s of inst.then) statements.push(...oracleSql(s));
        if (inst.check !== undefined) statements.push(...oracleSql(inst.check));
      }
      expectAllParse([...new Set(statements)]);
    }, 300_000);
  }
});

test('the security corpus', () => {
  const victims = table('victims', { id: integer().primaryKey(), body: varchar({ length: 200 }) });
  const docs = table('docs', { id: integer().primaryKey(), doc: json() });
  const statements: string[] = [];
  for (const payload of stringPayloads) {
    statements.push(...oracleSql(insert(victims).values({ body: payload })));
    statements.push(...oracleSql(select(victims.c.id).from(victims).where(victims.c.body.eq(payload))));
    statements.push(...oracleSql(select({ v: json.text(docs.c.doc, [payload, 0]) }).from(docs)));
  }
  for (const payload of identifierPayloads) {
    statements.push(...oracleSql(select({ [payload]: victims.c.body } as Record<string, Expression<string | null>>).from(victims)));
  }
  expectAllParse([...new Set(statements)]);
}, 300_000);

test('the session setup every Oracle connection runs', () => {
  expect(oracleSyntaxErrors(SESSION_SETUP)).toEqual([]);
}, 300_000);

test('the example', () => {
  expectAllParse(exampleStatements().flatMap(({ statement }) => oracleSql(statement)));
}, 300_000);
