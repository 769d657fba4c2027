/**
 * Core's two public surfaces: what applications import (`@alkahest/core`) and
 * what dialect authors import (`@alkahest/core/dialect`); internals in neither.
 */
import * as users from '@alkahest/core';
import * as dialectAuthors from '@alkahest/core/dialect';

const INTERNALS = ['shapeOf', 'sameShape', 'shapeGeneration', 'StatementCache', 'fillTemplate', 'isTemplateStringsArray'];

describe('core public surfaces', () => {
  it('keeps the statement cache and its module state out of both', () => {
    for (const name of INTERNALS) {
      expect(Object.keys(users)).not.toContain(name);
      expect(Object.keys(dialectAuthors)).not.toContain(name);
    }
  });

  it('gives applications the builders and errors, not the compiler', () => {
    for (const name of ['table', 'integer', 'select', 'insert', 'sql', 'fn', 'AlkahestError', 'UniqueViolationError', 'PrintedSql']) {
      expect(Object.keys(users)).toContain(name);
    }
    for (const name of ['SqlCompiler', 'CompilingDialect', 'CompileContext', 'baseCodecs', 'parseServerUrl', 'makeRowDecoder']) {
      expect(Object.keys(users)).not.toContain(name);
    }
  });

  it('keeps the helpers the dialects share out of the applications\' surface', () => {
    const shared = ['operand', 'bindValue', 'andAlso', 'isNoCondition', 'rowCount', 'resolveSelectItems', 'arithmeticType', 'checkArithmetic', 'columnSpec', 'checkIdentifier', 'typeOfValue', 'wrapDatabaseError', 'catalogText', 'groupRows', 'splitTopLevel', 'isDateType', 'isTimestampTz'];
    for (const name of shared) {
      expect(Object.keys(users)).not.toContain(name);
      expect(Object.keys(dialectAuthors)).toContain(name);
    }
  });

  it('gives dialect authors everything applications get, plus the compiler and contracts', () => {
    for (const name of Object.keys(users)) expect(dialectAuthors).toHaveProperty(name, (users as Record<string, unknown>)[name]);
    for (const name of ['SqlCompiler', 'CompilingDialect', 'CompileContext', 'baseCodecs', 'parseServerUrl', 'isolationSql']) {
      expect(Object.keys(dialectAuthors)).toContain(name);
    }
  });

  it('is smaller for applications than for dialect authors', () => {
    expect(Object.keys(users).length).toBeLessThan(Object.keys(dialectAuthors).length);
  });
});
