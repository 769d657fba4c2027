/**
 * A fake of the oracledb module for tests without an Oracle server. It keeps
 * oracledb's real constants (the fake module's prototype is oracledb itself)
 * and raises errors the way oracledb 6 does:
 *
 * - a database error is `new Error(message)` with `errorNum` and `offset`,
 *   passed through oracledb's own `errors.transformErr` (thin mode:
 *   lib/thin/protocol/protocol.js, `_processMessage`; every method through
 *   lib/util.js `wrapFn`). That function rewrites the disconnect codes of its
 *   `adjustErrorXref` table (ORA-00028, ORA-03113, ORA-03114, ORA-03135,
 *   DPI-1080 …) to `NJS-500: connection to Oracle Database was closed or
 *   broken`, with the original message on the next line (lib/errors.js);
 * - a call on a closed connection fails with `NJS-003: invalid or closed
 *   connection` (lib/connection.js: `errors.assert(this._impl, ERR_INVALID_CONNECTION)`);
 * - `break()` makes the running call fail with `ORA-01013: user requested
 *   cancel of current operation` (the server's answer to a break,
 *   lib/thin/protocol/protocol.js `_recoverFromError`).
 */
import type OracleDB from 'oracledb';
import type { OracledbConnectionLike } from '@alkahest/oracle';

export const realOracledb = jest.requireActual<typeof OracleDB>('oracledb');
const oracleErrors = jest.requireActual<{ transformErr(err: Error): Error & { code: string }; getErr(num: number): Error & { code: string } }>('oracledb/lib/errors.js');

/** oracledb's error for a database message such as `ORA-00001: unique constraint (APP.UQ) violated`. */
export function oracleError(message: string): Error & { code: string; errorNum?: number } {
  const errorNum = Number(/^ORA-(\d{5})/.exec(message)?.[1] ?? 0);
  const error = Object.assign(new Error(message), errorNum ? { errorNum, offset: 0 } : {});
  return oracleErrors.transformErr(error);
}

/** oracledb's own error by number: 3 is NJS-003 (invalid or closed connection). */
export function njsError(num: number): Error & { code: string } {
  return oracleErrors.getErr(num);
}

/** What a scripted statement does: a result, an error, or run until break(). */
export type Reply = Partial<OracleDB.Result<unknown>> | Error | 'until-break';

export interface ExecuteCall {
  readonly connection: number;
  readonly sql: string;
  readonly binds: OracleDB.BindParameters;
  readonly options: OracleDB.ExecuteOptions;
}

/** A fake oracledb connection: statements answered by the server's script. */
export class FakeConnection implements OracledbConnectionLike {
  closed = false;
  private pendingBreak: ((error: Error) => void) | undefined;

  constructor(
    private readonly server: FakeOracle,
    readonly id: number,
  ) {}

  private assertOpen(): void {
    if (this.closed) throw njsError(3);
  }

  async execute(sql: string, binds: OracleDB.BindParameters, options: OracleDB.ExecuteOptions): Promise<OracleDB.Result<unknown>> {
    this.assertOpen();
    // The server refuses binds that do not match the statement's placeholders.
    const placeholders = new Set(sql.replace(/'[^']*'/g, '').match(/:\w+/g) ?? []).size;
    const given = Array.isArray(binds) ? binds.length : Object.keys(binds).length;
    if (given !== placeholders) throw oracleError('ORA-01036: illegal variable name/number');
    this.server.executed.push({ connection: this.id, sql, binds, options });
    this.server.log.push(`${this.id}: ${sql}${options.autoCommit ? ' (autoCommit)' : ''}`);
    const reply = this.server.reply(sql, binds, options);
    if (reply === 'until-break') {
      return new Promise((_, reject) => {
        this.pendingBreak = reject;
      });
    }
    if (reply instanceof Error) {
      if (reply.message.startsWith('NJS-500')) this.closed = true; // oracledb disconnects (protocol.js: nsi.disconnect())
      throw reply;
    }
    return reply as OracleDB.Result<unknown>;
  }

  /** oracledb's executeMany: every row must bind as many values as the statement has placeholders. */
  async executeMany(sql: string, binds: unknown[][], options: OracleDB.ExecuteManyOptions): Promise<OracleDB.Results<unknown>> {
    this.assertOpen();
    const placeholders = new Set(sql.replace(/'[^']*'/g, '').match(/:\w+/g) ?? []).size;
    if (binds.some((row) => row.length !== placeholders) || (options.bindDefs !== undefined && (options.bindDefs as unknown[]).length !== placeholders)) {
      throw oracleError('ORA-01036: illegal variable name/number');
    }
    this.server.executedMany.push({ connection: this.id, sql, binds, options });
    this.server.log.push(`${this.id}: executeMany ${sql} x${binds.length}${options.autoCommit ? ' (autoCommit)' : ''}`);
    const reply = this.server.script(sql, binds as never, options as OracleDB.ExecuteOptions);
    if (reply === 'until-break') throw new Error('the fake cannot hold executeMany until break()');
    if (reply instanceof Error) throw reply;
    return (reply ?? { rowsAffected: binds.length }) as OracleDB.Results<unknown>;
  }

  async commit(): Promise<void> {
    this.assertOpen();
    this.server.log.push(`${this.id}: commit`);
    const failure = this.server.failCommit;
    if (failure) throw failure;
  }

  async rollback(): Promise<void> {
    this.assertOpen();
    this.server.log.push(`${this.id}: rollback`);
  }

  async ping(): Promise<void> {
    this.assertOpen();
    this.server.log.push(`${this.id}: ping`);
  }

  async break(): Promise<void> {
    this.assertOpen();
    this.server.log.push(`${this.id}: break`);
    const reject = this.pendingBreak;
    this.pendingBreak = undefined;
    reject?.(oracleError('ORA-01013: user requested cancel of current operation'));
  }

  async close(): Promise<void> {
    this.assertOpen();
    this.closed = true;
    this.server.log.push(`${this.id}: close`);
  }
}

/** A result set as oracledb's: getRows(n) until an empty batch, then close(). */
export function fakeResultSet(batches: unknown[][][], failAt?: Error): { resultSet: OracleDB.ResultSet<unknown>; closed: () => number; requested: number[] } {
  let closed = 0;
  const requested: number[] = [];
  const resultSet = {
    getRows: async (n: number) => {
      requested.push(n);
      if (failAt && batches.length === 0) throw failAt;
      return batches.shift() ?? [];
    },
    close: async () => {
      closed += 1;
    },
  };
  return { resultSet: resultSet as unknown as OracleDB.ResultSet<unknown>, closed: () => closed, requested };
}

/**
 * The fake "server" and the module whose getConnection() reaches it. By
 * default every statement succeeds with no rows; `script` answers otherwise.
 */
export class FakeOracle {
  readonly connections: FakeConnection[] = [];
  readonly attributes: OracleDB.ConnectionAttributes[] = [];
  readonly executed: ExecuteCall[] = [];
  readonly executedMany: { readonly connection: number; readonly sql: string; readonly binds: unknown[][]; readonly options: OracleDB.ExecuteManyOptions }[] = [];
  readonly log: string[] = [];
  failCommit: Error | undefined;
  /** Fails getConnection() itself (e.g. a listener that refuses). */
  failConnect: Error | undefined;
  script: (sql: string, binds: OracleDB.BindParameters, options: OracleDB.ExecuteOptions) => Reply | undefined = () => undefined;

  reply(sql: string, binds: OracleDB.BindParameters, options: OracleDB.ExecuteOptions): Reply {
    return this.script(sql, binds, options) ?? { rows: [], rowsAffected: 0 };
  }

  /** The module to hand to jest.mock('oracledb'): real constants, fake getConnection. */
  readonly module: typeof OracleDB = Object.create(realOracledb, {
    getConnection: {
      value: async (attributes: OracleDB.ConnectionAttributes) => {
        this.attributes.push(attributes);
        if (this.failConnect) throw this.failConnect;
        const connection = new FakeConnection(this, this.connections.length + 1);
        this.connections.push(connection);
        this.log.push(`${connection.id}: connect`);
        return connection;
      },
    },
  });

  /** The statements run so far, without the session setup each connection starts with. */
  statements(): string[] {
    return this.log.filter((line) => !line.includes('ALTER SESSION'));
  }
}
