/**
 * LOAD DATA's data (MySQL Reference Manual / MariaDB Knowledge Base, "LOAD
 * DATA INFILE": FIELDS TERMINATED BY tab, ESCAPED BY backslash, LINES
 * TERMINATED BY newline, ENCLOSED BY nothing), written by load-data.ts:
 * golden lines and SQL, and a property test that reading the lines back by
 * the documented rules gives every row, every value, exactly.
 */
import fc from 'fast-check';
import { blob, boolean, integer, numeric, table, text } from '@alkahest/core';
import { alkahestDialect, loadDataField, loadDataLines, loadDataSql } from '@alkahest/mysql';

/** Reads the data back as the server does: a row a line, fields split on raw tabs, `\N` NULL, then unescaped. */
function readLoadData(data: string): (string | null)[][] {
  const lines = data.split('\n');
  expect(lines.pop()).toBe('');
  const escapes: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\u001a' };
  return lines.map((line) => line.split('\t').map((field) => (field === '\\N' ? null : field.replace(/\\(.)/gs, (_, c: string) => escapes[c] ?? c))));
}

test('golden: fields, NULL, booleans as 1/0, bytes as hex for UNHEX', () => {
  expect(loadDataField('a\tb\nc\rd\\e\0f')).toBe('a\\tb\\nc\\rd\\\\e\\0f');
  expect(loadDataField('\\N')).toBe('\\\\N');
  expect(loadDataField('NULL')).toBe('NULL');
  expect(loadDataField(null)).toBe('\\N');
  expect(loadDataField(true)).toBe('1');
  expect(loadDataField(false)).toBe('0');
  expect(loadDataField(9007199254740993n)).toBe('9007199254740993');
  expect(loadDataField(Buffer.from([0, 9, 0xff]))).toBe('0009ff');
  expect(loadDataLines([[1, 'Ada'], [2, null]])).toBe('1\tAda\n2\t\\N\n');
  expect(() => loadDataField({})).toThrow(/LOAD DATA cannot write a object/);
});

test('golden SQL: LOAD DATA LOCAL with hex separators (the same under NO_BACKSLASH_ESCAPES), bytes through UNHEX', () => {
  const t = table('we`ird', { id: integer(), body: text('bo`dy'), ok: boolean(), raw: blob(), price: numeric({ precision: 10, scale: 2 }) });
  const dialect = alkahestDialect.createDialect();
  const plan = dialect.loadPlan!(t, ['id', 'body', 'raw', 'price']);
  expect(loadDataSql(plan)).toBe(
    "LOAD DATA LOCAL INFILE 'alkahest-load.tsv' INTO TABLE `we``ird` CHARACTER SET utf8mb4 " +
      "FIELDS TERMINATED BY X'09' ESCAPED BY X'5C' LINES TERMINATED BY X'0A' (`id`, `bo``dy`, @c2, `price`) SET `raw` = UNHEX(@c2)",
  );
  expect(plan.insertSql).toBe('INSERT INTO `we``ird` (`id`, `bo``dy`, `raw`, `price`) VALUES (?, ?, ?, CAST(? AS DECIMAL(65, 30)))');
  expect(plan.insertRowsSql(3)).toBe(
    'INSERT INTO `we``ird` (`id`, `bo``dy`, `raw`, `price`) VALUES (?, ?, ?, CAST(? AS DECIMAL(65, 30))), (?, ?, ?, CAST(? AS DECIMAL(65, 30))), (?, ?, ?, CAST(? AS DECIMAL(65, 30)))',
  );
});

test('property: any rows of any strings and NULLs read back exactly', () => {
  const value = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\\N', 'NULL', '\t', '\n', '\r\n', '\\', '\0', '\\0', '\u001a', ''), fc.constant(null));
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 })), (rows) => {
      expect(readLoadData(loadDataLines(rows))).toEqual(rows);
    }),
    { numRuns: 500 },
  );
});
