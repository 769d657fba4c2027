/**
 * Numbered placeholders past the ones made ahead (1,024): a multi-row INSERT
 * of 1,500 values numbers them 1 … 1,500 in order on PostgreSQL (`$n`) and
 * Oracle (`:n`), with each value at its number.
 */
import { insert, integer, table, text } from '@alkahest/core';
import { OracleCompiler } from '@alkahest/oracle';
import { PostgresCompiler } from '@alkahest/postgres';

const notes = table('notes', { id: integer().primaryKey(), a: text().notNull(), b: text().notNull() });
const rows = Array.from({ length: 500 }, (_, i) => ({ id: i + 1, a: `a${i}`, b: `b${i}` }));

test.each([
  ['postgres', new PostgresCompiler(), /\$(\d+)/g],
  ['oracle', new OracleCompiler(), /:(\d+)/g],
] as const)('%s numbers 1,500 placeholders in order', (_name, compiler, pattern) => {
  const { sql, params } = compiler.compile(insert(notes).values(rows));
  const numbers = [...sql.matchAll(pattern)].map((m) => Number(m[1]));
  expect(numbers).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
  expect(params).toHaveLength(1500);
  expect(params[1023]).toBe(342); // row 342's id, at $1024
  expect(params[1024]).toBe(rows[341]!.a);
  expect(params[1499]).toBe(rows[499]!.b);
});
