/**
 * Result rows are plain data: columns named `__proto__`, `constructor` or
 * `prototype`, or holding code, never touch a prototype.
 */
import { builtinTypes, DatabaseError, select, sql, typed } from '@alkahest/core';
import { databases, describeDatabase, liveTest } from '../support/databases';

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('hostile column names come back as own data properties', async () => {
      const value = (text: string) => typed(sql`${text}`, builtinTypes.text);
      if (db.name === 'mysql') {
        // mysql2 refuses a result field named __proto__ outright (its fix for this class of CVE),
        // and the connection, left mid-result, is replaced: a clear error, nothing polluted.
        const refused = await engine()
          .execute(select({ ['__proto__']: value('x') } as Record<string, ReturnType<typeof value>>))
          .catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(DatabaseError);
        expect((refused as Error).message).toMatch(/__proto__/);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        return;
      }
      const rows = await engine().execute(
        select({
          // A computed key: a literal `__proto__:` would set the object's prototype instead.
          ['__proto__']: value('{"polluted": true}'),
          constructor: value('function () { return 1 }'),
          prototype: value('x'),
          toString: value('y'),
        } as Record<string, ReturnType<typeof value>>),
      );
      const row = rows[0] as Record<string, unknown>;
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('{"polluted": true}');
      expect(Object.getOwnPropertyDescriptor(row, 'constructor')?.value).toBe('function () { return 1 }');
      expect(row['prototype']).toBe('x');
      expect(Object.getOwnPropertyDescriptor(row, 'toString')?.value).toBe('y');
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    liveTest('raw SQL results with a __proto__ column do not pollute anything', async () => {
      const name = db.name === 'mysql' ? '`__proto__`' : '"__proto__"';
      const result = await engine()
        .execute(sql`SELECT 1 AS ${sql.unsafe(name)}`)
        .catch((error: unknown) => error);
      if (db.name === 'mysql') {
        // mysql2 refuses such a field name itself (its fix for this class of CVE).
        expect(result).toBeInstanceOf(DatabaseError);
        expect((result as Error).message).toMatch(/__proto__/);
      } else {
        expect(result).toHaveLength(1);
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, '1')).toBe(false);
    });
  });
}
