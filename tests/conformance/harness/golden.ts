/**
 * Checks a case's statement against its golden SQL for one dialect.
 */
import type { Dialect, Statement } from '@alkahest/core';
import type { ConformanceCase, DialectName } from './case';
import { placeholderMismatch } from './placeholders';

/** Compiles the case with plain table names and compares with its golden SQL. */
export function expectGolden(dialect: Dialect, dialectName: DialectName, c: ConformanceCase): void {
  const inst = c.instantiate((base) => base);
  const golden = c.sql[dialectName];
  const params = c.params;
  const compile = (s: Statement) => (params === undefined ? dialect.compile(s) : dialect.prepare(s).bind(params));
  if (typeof golden === 'object' && 'error' in golden) {
    expect(() => inst.statements.forEach((s) => compile(s))).toThrow(golden.error);
    return;
  }
  // A statement read back after it runs (MySQL's RETURNING emulation) is part of its golden SQL: `sql; followUp`.
  const compiled = inst.statements.map((s) => {
    const { sql, followUp, params: values } = compile(s);
    // Every placeholder has its own value: a rendering pasted twice would show here.
    expect(placeholderMismatch(sql, values, dialectName)).toBeUndefined();
    return followUp === undefined ? sql : `${sql}; ${followUp}`;
  });
  expect(compiled).toEqual(typeof golden === 'string' ? [golden] : golden);
}
