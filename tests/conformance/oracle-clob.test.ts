/**
 * Oracle cannot compare, sort, group or DISTINCT a CLOB (ORA-00932; text()
 * and, before 23ai, json() are CLOBs there). Across the conformance corpus,
 * every statement as Oracle gets it (its golden SQL path: seeds, the
 * statements, what runs after) must write a CLOB column in those places as
 * `TO_CHAR(col)`, never raw. The check reads the SQL: a CLOB column
 * reference (`TABLE.COL` or `alias.COL`) must not stand next to a comparison
 * operator, before IN / BETWEEN, in an ORDER BY / GROUP BY / PARTITION BY
 * list or a grouping set, after DISTINCT, or inside DECODE.
 */
import type { Statement } from '@alkahest/core';
import type { AnyTable } from './harness/case';
import { alkahestDialect as oracle, OracleCompiler } from '@alkahest/oracle';
import { areas } from './cases';

const types = new OracleCompiler().types;
const dialect = oracle.createDialect();

/** Column names that are a CLOB in every table of the case that has them (upper case, as Oracle SQL writes them). */
function clobColumns(tables: readonly AnyTable[]): string[] {
  const clob = new Set<string>();
  const other = new Set<string>();
  for (const t of tables) for (const c of t.columns) (types.isClob(c.type) ? clob : other).add(c.name.toUpperCase());
  return [...clob].filter((n) => !other.has(n));
}

/** The places in `sql` where the CLOB column `name` stands raw where Oracle would compare it. */
export function rawClobUses(sql: string, name: string): string[] {
  // The assignments of UPDATE … SET and MERGE's UPDATE SET are no comparisons: left out.
  const compared = sql.replace(/\bSET\b.*?(?=\bWHERE\b|\bWHEN\b|$)/gs, ' ');
  const ref = `(?<!TO_CHAR\\()\\b[A-Z_][A-Z0-9_$#]*\\.${name}\\b`;
  const list = '(?:[^()]*?,\\s*)?';
  const patterns = [
    `${ref}\\s*(?:=|<>|!=|<=|>=|<|>)`,
    `(?:=|<>|!=|<=|>=|<|>)\\s*${ref}`,
    `${ref}\\s+(?:NOT\\s+)?(?:IN|BETWEEN)\\b`,
    `(?:ORDER BY|GROUP BY|PARTITION BY|ROLLUP \\(|CUBE \\(|GROUPING SETS \\(\\(?)\\s*${list}${ref}`,
    `DISTINCT\\s+${list}${ref}`,
    `DECODE\\(\\s*${list}${ref}`,
  ];
  return patterns.flatMap((p) => [...compared.matchAll(new RegExp(p, 'g'))].map((m) => m[0]));
}

test('the detector finds a raw CLOB where Oracle compares it, and passes TO_CHAR', () => {
  expect(rawClobUses('SELECT DISTINCT ORDERS.ITEM FROM ORDERS', 'ITEM')).not.toEqual([]);
  expect(rawClobUses('SELECT P.ID FROM PEOPLE P WHERE P.NAME = :1', 'NAME')).not.toEqual([]);
  expect(rawClobUses('SELECT ORDERS.ID FROM ORDERS ORDER BY N DESC, ORDERS.ITEM', 'ITEM')).not.toEqual([]);
  expect(rawClobUses('SELECT ORDERS.ID FROM ORDERS GROUP BY ROLLUP (ORDERS.ID, ORDERS.ITEM)', 'ITEM')).not.toEqual([]);
  expect(rawClobUses('SELECT ORDERS.ID FROM ORDERS WHERE ORDERS.ITEM IN (:1, :2)', 'ITEM')).not.toEqual([]);
  expect(rawClobUses('SELECT TO_CHAR(ORDERS.ITEM) AS ITEM FROM ORDERS GROUP BY TO_CHAR(ORDERS.ITEM) ORDER BY TO_CHAR(ORDERS.ITEM)', 'ITEM')).toEqual([]);
  expect(rawClobUses('SELECT ORDERS.ITEM, LENGTH(ORDERS.ITEM) AS N FROM ORDERS WHERE ORDERS.ITEM LIKE :1', 'ITEM')).toEqual([]);
  expect(rawClobUses('UPDATE PEOPLE SET CITY = PEOPLE.CITY || :1 WHERE PEOPLE.ID = :2', 'CITY')).toEqual([]);
  expect(rawClobUses('UPDATE PEOPLE SET AGE = :1 WHERE PEOPLE.CITY = :2', 'CITY')).not.toEqual([]);
});

const cases = areas.flatMap((area) => area.cases.map((c) => [`${area.name} › ${c.name}`, c] as const));

test.each(cases)('%s: no CLOB is compared, sorted, grouped or DISTINCTed raw in its Oracle SQL', (_name, c) => {
  let inst;
  try {
    inst = c.instantiate((base) => base);
  } catch {
    return; // a case whose statements cannot be built on any dialect has nothing to check
  }
  const names = clobColumns(inst.tables);
  if (names.length === 0) return;
  const statements: Statement[] = [...inst.seed, ...inst.prepare, ...inst.statements, ...inst.then, ...(inst.check === undefined ? [] : [inst.check])];
  const found: string[] = [];
  for (const s of statements) {
    let sql: string;
    try {
      sql = c.params === undefined ? dialect.compile(s).sql : dialect.prepare(s).bind(c.params).sql;
    } catch {
      continue; // refused on Oracle with an error naming the feature: no SQL is sent
    }
    for (const n of names) found.push(...rawClobUses(sql, n).map((use) => `${use}   in: ${sql}`));
  }
  expect(found).toEqual([]);
});
