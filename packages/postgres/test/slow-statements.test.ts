/**
 * A named statement keeps its name only while its plan serves as well as one
 * made for the values at hand (prepared-statements.ts says why).
 */
import { parsePostgresUrl } from '@alkahest/postgres';
import { CUSTOM_PLAN_RUNS, JUDGED_RUNS, LONG_RUN_MILLIS, PreparedStatements, SchemaChanges } from '../src/prepared-statements';

const query = (sqlText: string, statementKind: 'select' | 'insert' = 'select') => ({ sql: sqlText, params: [], columns: [], statementKind, dialect: 'postgres' });

/** Feeds a statement's runs: the custom-planned ones, then the judged ones. */
function runs(statements: PreparedStatements, sqlText: string, custom: number[], later: number[]): void {
  expect(custom).toHaveLength(CUSTOM_PLAN_RUNS);
  expect(later).toHaveLength(JUDGED_RUNS);
  for (const millis of [...custom, ...later]) statements.ran(query(sqlText), millis);
}

describe('PreparedStatements drops a statement whose named plan proves slower', () => {
  test('a statement whose later runs stay clearly slower is forgotten and runs unnamed from then on', () => {
    const statements = new PreparedStatements(10, new SchemaChanges());
    const name = statements.nameFor(query('SELECT analytics'));
    expect(name).toBeDefined();
    runs(statements, 'SELECT analytics', [4, 3, 3.2, 3.1, 3], [5, 5.5, 4.6, 6, 5]);
    expect(statements.nameFor(query('SELECT analytics'))).toBeUndefined();
    expect(statements.takeStale()).toEqual([name]);
    // Unnamed runs are not timed and cannot bring it back.
    statements.ran(query('SELECT analytics'), 0);
    expect(statements.nameFor(query('SELECT analytics'))).toBeUndefined();
  });

  test('a statement as quick as before (or quicker) in one of its later runs keeps its name', () => {
    const statements = new PreparedStatements(10, new SchemaChanges());
    const name = statements.nameFor(query('SELECT lookup'));
    runs(statements, 'SELECT lookup', [4, 3, 3, 3, 3], [9, 4.4, 9, 9, 9]);
    expect(statements.nameFor(query('SELECT lookup'))).toBe(name);
    expect(statements.hasStale).toBe(false);
  });

  test('sub-millisecond noise never counts: 0.1 ms against 0.9 ms keeps the name', () => {
    const statements = new PreparedStatements(10, new SchemaChanges());
    const name = statements.nameFor(query('SELECT 1'));
    runs(statements, 'SELECT 1', [0.1, 0.1, 0.1, 0.1, 0.1], [0.9, 0.9, 0.9, 0.9, 0.9]);
    expect(statements.nameFor(query('SELECT 1'))).toBe(name);
  });

  test('only the first runs are judged: a statement that slows down later keeps its name', () => {
    const statements = new PreparedStatements(10, new SchemaChanges());
    const name = statements.nameFor(query('SELECT late'));
    runs(statements, 'SELECT late', [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]);
    for (let run = 0; run < 10; run++) statements.ran(query('SELECT late'), 100);
    expect(statements.nameFor(query('SELECT late'))).toBe(name);
  });

  test('a statement whose custom-planned runs all took LONG_RUN_MILLIS or more loses its name after them, before a generic plan can run', () => {
    const statements = new PreparedStatements(10, new SchemaChanges());
    const name = statements.nameFor(query('SELECT star'));
    for (let run = 1; run < CUSTOM_PLAN_RUNS; run++) statements.ran(query('SELECT star'), LONG_RUN_MILLIS + run);
    expect(statements.nameFor(query('SELECT star'))).toBe(name);
    statements.ran(query('SELECT star'), LONG_RUN_MILLIS);
    expect(statements.nameFor(query('SELECT star'))).toBeUndefined();
    expect(statements.takeStale()).toEqual([name]);
  });

  test('one custom-planned run under LONG_RUN_MILLIS leaves the statement to be judged on its later runs', () => {
    const statements = new PreparedStatements(10, new SchemaChanges());
    const name = statements.nameFor(query('SELECT mixed'));
    runs(statements, 'SELECT mixed', [9, 9, LONG_RUN_MILLIS - 0.1, 9, 9], [LONG_RUN_MILLIS, 9, 9, 9, 9]);
    expect(statements.nameFor(query('SELECT mixed'))).toBe(name);
  });

  test('a long INSERT keeps its name (the name saves parsing its values)', () => {
    const statements = new PreparedStatements(10, new SchemaChanges());
    const insert = query('INSERT rows', 'insert');
    const name = statements.nameFor(insert);
    for (let run = 0; run < CUSTOM_PLAN_RUNS + JUDGED_RUNS; run++) statements.ran(insert, 50);
    expect(statements.nameFor(insert)).toBe(name);
  });

  test('with the check off every statement keeps its name', () => {
    const statements = new PreparedStatements(10, new SchemaChanges(), false);
    const name = statements.nameFor(query('SELECT analytics'));
    runs(statements, 'SELECT analytics', [30, 30, 30, 30, 30], [50, 50, 50, 50, 50]);
    expect(statements.nameFor(query('SELECT analytics'))).toBe(name);
  });

  test('the URL option is a boolean', () => {
    expect(parsePostgresUrl('postgres://h/db').preparedPlanCheck).toBeUndefined();
    expect(parsePostgresUrl('postgres://h/db?prepared_plan_check=false').preparedPlanCheck).toBe(false);
    expect(() => parsePostgresUrl('postgres://h/db?prepared_plan_check=sometimes')).toThrow(/prepared_plan_check/);
  });
});

test('the verdict is shared by the sessions of one driver: another session runs the statement unnamed at once', () => {
  const shared = new Set<string>();
  const first = new PreparedStatements(10, new SchemaChanges(), true, shared);
  const second = new PreparedStatements(10, new SchemaChanges(), true, shared);
  expect(second.nameFor(query('SELECT analytics'))).toBeDefined();
  first.nameFor(query('SELECT analytics'));
  runs(first, 'SELECT analytics', [3, 3, 3, 3, 3], [9, 9, 9, 9, 9]);
  expect(second.nameFor(query('SELECT analytics'))).toBeUndefined();
});
