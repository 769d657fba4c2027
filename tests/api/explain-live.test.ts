/**
 * engine.explain() on SQLite, PostgreSQL and MariaDB (live), and the
 * statements Oracle's dialect would run (no Oracle server here).
 */
import { createTable, dropTable, insert, integer, select, table, text, UnsupportedFeatureError } from '@alkahest/core';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const things = table(uniqueName('api_explain'), { id: integer().primaryKey({ autoIncrement: false }), name: text().notNull() });
const query = select(things.c.name).from(things).where(things.c.id.gt(1));

for (const db of databases) {
  describeDatabase(db, (engine) => {
    beforeAll(async () => {
      await engine().execute(createTable(things, { ifNotExists: true }));
      await engine().execute(insert(things).values([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]));
    });
    afterAll(async () => {
      await engine().execute(dropTable(things, { ifExists: true }));
    });

    liveTest('a text plan names the table', async () => {
      const plan = await engine().explain(query);
      expect(plan.text.toLowerCase()).toContain(things.name.toLowerCase());
      expect(plan.rows.length).toBeGreaterThan(0);
    });

    liveTest('a JSON plan where the database writes one, else a clear refusal', async () => {
      if (db.name === 'sqlite') {
        await expect(engine().explain(query, { format: 'json' })).rejects.toThrow(UnsupportedFeatureError);
        return;
      }
      const plan = await engine().explain(query, { format: 'json' });
      expect(typeof plan.json).toBe('object');
      expect(plan.text).toContain(things.name);
    });

    liveTest('analyze runs the statement where the database can', async () => {
      if (db.name === 'sqlite') {
        await expect(engine().explain(query, { analyze: true })).rejects.toThrow(/EXPLAIN ANALYZE/);
        return;
      }
      const plan = await engine().explain(query, { analyze: true });
      // PostgreSQL reports actual rows; MariaDB's ANALYZE reports r_rows.
      expect(plan.text).toMatch(db.name === 'postgres' ? /actual time=/ : /r_rows=/);
    });
  });
}

describe('oracle (compiled only)', () => {
  const dialect = oracle.createDialect();
  test('EXPLAIN PLAN FOR the statement, then DBMS_XPLAN.DISPLAY', () => {
    const explain = dialect.explain!(query, {});
    expect(explain.steps.map((s) => s.sql)).toEqual([
      `EXPLAIN PLAN FOR SELECT ${things.name.toUpperCase()}.NAME FROM ${things.name.toUpperCase()} WHERE ${things.name.toUpperCase()}.ID > :1`,
      'SELECT PLAN_TABLE_OUTPUT FROM TABLE(DBMS_XPLAN.DISPLAY())',
    ]);
    expect(explain.steps.every((s) => s.params.length === 0)).toBe(true);
    expect(explain.readPlan([{ PLAN_TABLE_OUTPUT: 'Plan hash value: 1' }, { PLAN_TABLE_OUTPUT: '| 0 | SELECT STATEMENT |' }]).text).toBe(
      'Plan hash value: 1\n| 0 | SELECT STATEMENT |',
    );
  });
  test('JSON and analyze are refused with the feature named', () => {
    expect(() => dialect.explain!(query, { format: 'json' })).toThrow(UnsupportedFeatureError);
    expect(() => dialect.explain!(query, { analyze: true })).toThrow(/EXPLAIN ANALYZE/);
  });
});
