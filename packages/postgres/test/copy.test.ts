/**
 * COPY's text format (PostgreSQL documentation, "COPY" › File Formats › Text
 * Format), written by copy.ts: golden lines and SQL, and a property test
 * that reading the lines back by the documented rules gives every row, every
 * value, exactly — whatever tabs, newlines, backslashes or `\.` it holds.
 */
import fc from 'fast-check';
import { blob, boolean, integer, table, text } from '@alkahest/core';
import { alkahestDialect, copyField, copyLines, copySql } from '@alkahest/postgres';

/** Reads COPY text-format data back as the server does: one row a line, fields split on raw tabs, then unescaped. */
function readCopyText(data: string): (string | null)[][] {
  const lines = data.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) =>
    line.split('\t').map((field) => {
      if (field === '\\N') return null;
      return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
        switch (e[0]) {
          case 'b': return '\b';
          case 'f': return '\f';
          case 'n': return '\n';
          case 'r': return '\r';
          case 't': return '\t';
          case 'v': return '\v';
          case 'x': return String.fromCharCode(parseInt(e.slice(1), 16));
          default:
            return /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e;
        }
      });
    }),
  );
}

test('golden: fields, NULL, booleans, bytes (bytea hex input, its backslash escaped) and lines', () => {
  expect(copyField('plain')).toBe('plain');
  expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
  expect(copyField('\\.')).toBe('\\\\.');
  expect(copyField('\\N')).toBe('\\\\N');
  expect(copyField(null)).toBe('\\N');
  expect(copyField(true)).toBe('t');
  expect(copyField(false)).toBe('f');
  expect(copyField(12n)).toBe('12');
  expect(copyField(-1.5)).toBe('-1.5');
  expect(copyField(Buffer.from([0, 0x5c, 0xff]))).toBe('\\\\x005cff');
  expect(copyLines([[1, 'Ada'], [2, null]])).toBe('1\tAda\n2\t\\N\n');
  expect(() => copyField(new Date())).toThrow(/COPY cannot write a Date/);
  expect(() => copyField({})).toThrow(/COPY cannot write a object/);
});

test('golden SQL: COPY of the quoted table and columns, from STDIN or a blob', () => {
  const t = table('we"ird', { id: integer(), body: text('bo"dy'), ok: boolean(), raw: blob() });
  const plan = alkahestDialect.createDialect().loadPlan!(t, ['id', 'body', 'raw']);
  expect(copySql(plan, 'STDIN')).toBe('COPY "we""ird" ("id", "bo""dy", "raw") FROM STDIN');
  expect(copySql(plan, "'/dev/blob'")).toBe('COPY "we""ird" ("id", "bo""dy", "raw") FROM \'/dev/blob\'');
});

test('property: any rows of any strings and NULLs read back exactly', () => {
  const value = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\\.', '\\N', '\t', '\n', '\r\n', '\\', ''), fc.constant(null));
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 })), (rows) => {
      expect(readCopyText(copyLines(rows))).toEqual(rows);
    }),
    { numRuns: 500 },
  );
});

test('property: bytes are written as bytea hex that reads back to the same bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      const [[field]] = readCopyText(copyLines([[Buffer.from(bytes)]]));
      expect(field!.startsWith('\\x')).toBe(true);
      expect(Buffer.from(field!.slice(2), 'hex')).toEqual(Buffer.from(bytes));
    }),
  );
});
