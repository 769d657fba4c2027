/**
 * Printing SQL with values inlined: each dialect writes each type as its own
 * safe literal, the result is marked not for execution, and (run here only to
 * prove the literals) it reads back the very values that binding gives.
 */
import fc from 'fast-check';
import { and, bigint, blob, Dialect, boolean, insert, integer, numeric, param, PrintedSql, select, sql, table, text, timestamp } from '@alkahest/core';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';
import { databases, describeDatabase, liveTest } from '../support/databases';

const notes = table('notes', {
  id: bigint().primaryKey({ autoIncrement: false }),
  body: text(),
  n: integer(),
  done: boolean(),
  at: timestamp(),
  data: blob(),
});

const row = {
  id: 9007199254740993n,
  body: "O'Hara \\ said \"hi\" — ✓",
  n: -42,
  done: true,
  at: new Date('2024-02-29T13:45:06.789Z'),
  data: new Uint8Array([0, 255, 39]),
};

test('each dialect writes every type as its own literal', () => {
  const printed = (m: { createDialect(): Dialect }) => m.createDialect().printSql(insert(notes).values(row)).text;
  expect(printed(sqlite)).toBe(
    `INSERT INTO "notes" ("id", "body", "n", "done", "at", "data") VALUES (9007199254740993, 'O''Hara \\ said "hi" — ✓', -42, 1, '2024-02-29 13:45:06.789', X'00ff27')`,
  );
  expect(printed(postgres)).toBe(
    `INSERT INTO "notes" ("id", "body", "n", "done", "at", "data") VALUES (9007199254740993, E'O''Hara \\\\ said "hi" — ✓', -42, TRUE, '2024-02-29 13:45:06.789', decode('00ff27', 'hex'))`,
  );
  expect(printed(mysql)).toBe(
    "INSERT INTO `notes` (`id`, `body`, `n`, `done`, `at`, `data`) VALUES (CAST(9007199254740993 AS SIGNED), _utf8mb4 X'4f2748617261205c2073616964202268692220e2809420e29c93', -42, TRUE, '2024-02-29 13:45:06.789', X'00ff27')",
  );
  expect(printed(oracle)).toBe(
    `INSERT INTO NOTES (ID, BODY, N, DONE, AT, DATA) VALUES (9007199254740993, 'O''Hara \\ said "hi" — ✓', -42, 1, TIMESTAMP '2024-02-29 13:45:06.789', HEXTORAW('00FF27'))`,
  );
});

test('MySQL prints the cast it sends around a bound decimal, which keeps the value\'s own digits', () => {
  const prices = table('prices', { id: integer().primaryKey(), amount: numeric({ precision: 15, scale: 2 }), code: numeric({ precision: 38, scale: 0 }) });
  const query = select(prices.c.id).from(prices).where(and(prices.c.amount.gt('0.049'), prices.c.code.eq('12345678901234567890123456789012345678')));
  const d = mysql.createDialect();
  const cast65 = 'CAST(? AS DECIMAL(65, 30))';
  expect(d.compile(query).sql).toBe(`SELECT \`prices\`.\`id\` FROM \`prices\` WHERE \`prices\`.\`amount\` > ${cast65} AND \`prices\`.\`code\` = CAST(? AS DECIMAL(65, 27))`);
  expect(d.printSql(query).text).toBe(
    'SELECT `prices`.`id` FROM `prices` WHERE `prices`.`amount` > CAST(0.049 AS DECIMAL(65, 30)) AND `prices`.`code` = CAST(12345678901234567890123456789012345678 AS DECIMAL(65, 27))',
  );
});

test('printed SQL is marked and refused for execution; parameters have no value to print', () => {
  const d = postgres.createDialect();
  const printed = d.printSql(select(notes.c.id).from(notes).where(notes.c.body.eq('x')));
  expect(printed).toBeInstanceOf(PrintedSql);
  expect(printed.notForExecution).toBe(true);
  expect(String(printed)).toBe(`SELECT "notes"."id" FROM "notes" WHERE "notes"."body" = 'x'`);
  expect(() => d.compile(printed as never)).toThrow(/cannot compile a printed-sql node/);
  expect(() => sql`SELECT ${printed as never}`).toThrow(/printed-sql node cannot be used as a value/);
  expect(() => d.printSql(select(notes.c.id).from(notes).where(notes.c.id.eq(param('id'))))).toThrow(/parameter :id has no value to write inline/);
});

const anyText = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !s.includes('\u0000'));

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('a printed literal reads back as the value bound', async () => {
      await fc.assert(
        fc.asyncProperty(anyText, fc.integer(), async (text, n) => {
          const statement = select({ t: sql<string>`${text}`, n: sql<number>`${n}` });
          const printed = engine().printSql(statement).text;
          // Run here only to prove the literal: printed SQL is for reading.
          const [viaLiteral] = (await engine().execute(sql.unsafe(printed))) as Record<string, unknown>[];
          expect(viaLiteral!['t']).toBe(text);
          expect(Number(viaLiteral!['n'])).toBe(n);
        }),
        { numRuns: 60 },
      );
    });
  });
}
