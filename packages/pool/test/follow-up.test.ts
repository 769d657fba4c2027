/**
 * A statement that carries a follow-up of its dialect (MySQL's INSERT …
 * RETURNING, emulated by reading the rows back) is finished by its driver's
 * connection (`finish`), on the lean path and on the observed one (a timeout
 * set); a statement without a follow-up is never handed to `finish`, and a
 * connection without `finish` gives the statement's own result. Without a
 * server: a scripted driver that logs what it was asked.
 */
import { insert, integer, select, table, text } from '@alkahest/core';
import type { CompiledQuery, Driver, DriverConnection, DriverResult } from '@alkahest/core/dialect';
import { Engine } from '@alkahest/pool';
import { mysqlDialect } from '@alkahest/mysql';

const notes = table('notes', { id: integer().primaryKey(), body: text().notNull() });

interface Log {
  readonly executed: string[];
  readonly finished: { readonly sql: string; readonly followUp: string | undefined; readonly insertId: unknown }[];
}

/** A driver whose INSERT answers with an insert id, and whose `finish` (when `withFinish`) answers the read-back with rows of its own. */
function scriptedDriver(withFinish: boolean): { driver: Driver; log: Log } {
  const log: Log = { executed: [], finished: [] };
  const connection: DriverConnection = {
    execute: async (query: CompiledQuery): Promise<DriverResult> => {
      log.executed.push(query.sql);
      if (query.statementKind === 'select') return { rows: [[7, 'seven']], rowsAffected: 0 };
      return { rows: [], rowsAffected: 1, insertId: 41 };
    },
    ...(withFinish
      ? {
          finish: async (query: CompiledQuery, result: DriverResult): Promise<DriverResult> => {
            log.finished.push({ sql: query.sql, followUp: query.followUp, insertId: result.insertId });
            return { rows: [[41, 'read back']], rowsAffected: result.rowsAffected };
          },
        }
      : {}),
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    savepoint: async () => undefined,
    releaseSavepoint: async () => undefined,
    rollbackToSavepoint: async () => undefined,
    ping: async () => undefined,
    // Statements here end at once: a timeout never needs a cancel.
    cancel: async () => undefined,
    close: async () => undefined,
  };
  return { driver: { connect: async () => connection, classifyError: () => undefined }, log };
}

// One row without its key: MySQL reads it back by the AUTO_INCREMENT key the INSERT generated.
const returning = insert(notes).values({ body: 'x' }).returning(notes.c.id, notes.c.body);

describe.each([
  ['the lean path', undefined],
  ['the observed path (a timeout set)', { timeoutMillis: 5_000 }],
])('%s', (_path, options) => {
  test('INSERT … RETURNING is finished by the connection: the rows are its read-back', async () => {
    const { driver, log } = scriptedDriver(true);
    const engine = new Engine(mysqlDialect(), driver);
    try {
      const compiled = engine.compile(returning);
      expect(compiled.followUp).toEqual(expect.stringMatching(/^SELECT /));
      expect(await engine.execute(returning, options)).toEqual([{ id: 41, body: 'read back' }]);
      expect(log.executed).toEqual([compiled.sql]);
      expect(log.finished).toEqual([{ sql: compiled.sql, followUp: compiled.followUp, insertId: 41 }]);
    } finally {
      await engine.close();
    }
  });

  test('a statement without a follow-up is not handed to finish', async () => {
    const { driver, log } = scriptedDriver(true);
    const engine = new Engine(mysqlDialect(), driver);
    try {
      expect(await engine.execute(select(notes.c.id, notes.c.body).from(notes), options)).toEqual([{ id: 7, body: 'seven' }]);
      expect(await engine.execute(insert(notes).values({ id: 1, body: 'y' }), options)).toMatchObject({ rowsAffected: 1 });
      expect(log.finished).toEqual([]);
      expect(log.executed).toHaveLength(2);
    } finally {
      await engine.close();
    }
  });

  test('a connection without finish gives the statement its own result', async () => {
    const { driver, log } = scriptedDriver(false);
    const engine = new Engine(mysqlDialect(), driver);
    try {
      expect(await engine.execute(returning, options)).toEqual([]);
      expect(log.executed).toHaveLength(1);
    } finally {
      await engine.close();
    }
  });
});
