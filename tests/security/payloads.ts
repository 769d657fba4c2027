/**
 * Injection payloads, from the ways query builders have been broken before:
 * quote breaking, backslash escapes (MySQL without NO_BACKSLASH_ESCAPES,
 * PostgreSQL with standard_conforming_strings off), comments, stacked
 * statements, placeholders inside values (second-pass substitution), and
 * multibyte characters.
 */
export const stringPayloads: readonly string[] = [
  "'",
  "''",
  "\\'",
  "\\",
  "abc\\",
  "' OR '1'='1",
  "'; DROP TABLE victims; --",
  '"; DROP TABLE victims; --',
  '`; DROP TABLE victims; --',
  '] OR 1=1 --',
  "\\'; DROP TABLE victims; --",
  "1' /*",
  '*/ OR 1=1 /*',
  '?',
  '$1',
  ':1',
  ':name',
  '$$; DROP TABLE victims; $$',
  '%',
  '_',
  "\u00bf'",
  "\u5f00'",
  "💥'; --",
  "a\u2019b",
  "\r\n'; --",
  "${'x'}",
];

/** Identifier payloads: names with every quote character a dialect uses. */
export const identifierPayloads: readonly string[] = [
  'we"ird',
  'we`ird',
  'we]ird',
  "we'ird",
  'we\\ird',
  'x; DROP TABLE victims; --',
  'select',
  'Mixed Case',
  'ü_名前',
];

/**
 * What could break out of a bulk load's data rather than its SQL: the field
 * and line separators, escape characters, end-of-data and NULL markers of
 * PostgreSQL's COPY text format and MySQL's LOAD DATA, alone and inside text.
 */
export const loadPayloads: readonly string[] = [
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\\',
  '\\N',
  'NULL',
  '\\.',
  '\n\\.\n',
  '\\0',
  '\u001a',
  '\\Z',
  'a\tb\tc',
  '\\t',
  '\\\n',
  '"\t"',
  "'\t'",
  ',;|',
  '\u0085\u2028',
];

/**
 * What targets a literal written into the SQL text (`literal()`) rather than a
 * bound value: each dialect's other string syntaxes (PostgreSQL's E'' and U&''
 * escapes and dollar quotes, Oracle's q-quotes, national and hex literals,
 * MySQL's charset introducers and backslash escapes), SQL*Plus substitution,
 * a multibyte lead byte before a backslash, and Oracle's 4,000-byte literal
 * limit crossed by doubled quotes and by multibyte characters.
 */
export const literalPayloads: readonly string[] = [
  "E'\\''; DROP TABLE victims; --",
  "U&'\\0027'; DROP TABLE victims; --",
  "$tag$'; DROP TABLE victims; --$tag$",
  "q'['; DROP TABLE victims; --]'",
  "q'{'}', 'x'",
  "N'x' OR 1=1 --",
  "X'27' OR 1=1 --",
  "_utf8mb4'x' OR 1=1 -- ",
  "\\Z\\0\\n\\r\\'\\\"\\b\\t\\%\\_",
  '\u00a5\\',
  "\u815c\\'; --",
  "&victims'; --",
  "'||'",
  "'".repeat(2500),
  `${'é'.repeat(1999)}'; DROP TABLE victims; --`,
  `${'😀'.repeat(1001)}'`,
  `${'x'.repeat(3999)}'${'y'.repeat(4000)}`,
];
