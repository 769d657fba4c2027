/**
 * Running through PgBouncer in transaction pooling mode, where each
 * transaction (or statement outside one) may get another server session:
 * nothing may leave state on a session, and cancelling goes through the
 * protocol's cancel request, which PgBouncer forwards to the session that
 * runs the statement (pg_cancel_backend of a pid seen earlier could hit
 * another client's statement).
 */
import { CompiledQuery, DriverConnection, DriverResult, LoadPlan, TransactionOptions, UnsupportedFeatureError } from '@alkahest/core/dialect';
import * as net from 'node:net';

/** Statements that set state on the server session, with what to do instead. */
const SESSION_STATE: readonly (readonly [RegExp, string, string])[] = [
  [/^\s*SET\s+(?!LOCAL\b|TRANSACTION\b|CONSTRAINTS\b)/i, 'SET without LOCAL', 'use SET LOCAL inside a transaction'],
  [/^\s*RESET\b/i, 'RESET', 'use SET LOCAL inside a transaction'],
  [/^\s*(LISTEN|UNLISTEN)\b/i, 'LISTEN', 'listen on a direct connection to the server'],
  [/^\s*(PREPARE|DEALLOCATE)\b/i, 'SQL-level PREPARE', "use engine.prepare(), which needs no server-side name"],
  [/^\s*DECLARE\b[^;]*\bWITH\s+HOLD\b/i, 'cursors WITH HOLD', 'use engine.stream(), whose cursor lives in a transaction'],
  [/\bpg_(try_)?advisory_lock(_shared)?\s*\(/i, 'session advisory locks', 'use pg_advisory_xact_lock inside a transaction'],
  [/^\s*CREATE\s+(GLOBAL\s+|LOCAL\s+)?TEMP(ORARY)?\s+TABLE\b(?![^;]*\bON\s+COMMIT\s+DROP\b)/i, 'temporary tables outlasting their transaction', 'create them with ON COMMIT DROP inside a transaction'],
];

/**
 * Throws for a statement that would leave state on a server session shared
 * through PgBouncer; compiled SELECT and DML never do, so only raw SQL and
 * DDL are read.
 *
 * @example
 * ```ts
 * refuseSessionState({ sql: 'SET search_path TO app', statementKind: 'raw', … }) // throws UnsupportedFeatureError
 * ```
 */
export function refuseSessionState(query: Pick<CompiledQuery, 'sql' | 'statementKind'>): void {
  if (query.statementKind !== 'raw' && query.statementKind !== 'ddl') return;
  for (const [pattern, feature, instead] of SESSION_STATE) {
    if (pattern.test(query.sql)) {
      throw new UnsupportedFeatureError(`${feature} through PgBouncer in transaction mode`, 'postgres', `the next transaction may run on another server session; ${instead}, or connect without pgbouncer=true`);
    }
  }
}

/** The PostgreSQL protocol's CancelRequest code (1234 << 16 | 5678). */
const CANCEL_REQUEST_CODE = 80877102;

/**
 * Sends a CancelRequest for the session with this process id and secret key
 * (as libpq's PQcancel does) and waits until the server closes the socket.
 * @internal
 */
export function sendCancelRequest(address: { readonly host?: string; readonly port?: number }, processId: number, secretKey: number, timeoutMillis = 2_000): Promise<void> {
  const packet = Buffer.alloc(16);
  packet.writeInt32BE(16, 0);
  packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
  packet.writeInt32BE(processId, 8);
  packet.writeInt32BE(secretKey | 0, 12);
  const host = address.host ?? 'localhost';
  const socket = host.startsWith('/') ? net.connect({ path: `${host}/.s.PGSQL.${address.port ?? 5432}` }) : net.connect({ host, port: address.port ?? 5432 });
  return new Promise<void>((resolve, reject) => {
    socket.setTimeout(timeoutMillis, () => socket.destroy(new Error('no answer to the cancel request')));
    // Written, not ended: the server closes the socket when it has acted. (Closing first made pgbouncer 1.18
    // abort on the client's early EOF, "bad client state", taking every session with it.)
    socket.once('connect', () => socket.write(packet));
    socket.once('end', () => socket.destroy());
    socket.once('error', reject);
    socket.once('close', () => resolve());
  });
}

/** What the wrapper needs of the pg client: the key PgBouncer handed out at connect. */
export interface CancelKey {
  readonly processID: number | null;
  readonly secretKey: number | null;
}

/**
 * A session through PgBouncer in transaction mode: refuses statements that
 * leave session state, and cancels by the protocol.
 */
export class TransactionPooledConnection implements DriverConnection {
  constructor(
    private readonly inner: DriverConnection,
    private readonly key: CancelKey,
    private readonly address: { readonly host?: string; readonly port?: number },
  ) {}

  execute(query: CompiledQuery): Promise<DriverResult> {
    try {
      refuseSessionState(query);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.inner.execute(query);
  }
  stream(query: CompiledQuery, batchSize: number): AsyncGenerator<readonly (readonly unknown[])[], void, undefined> {
    return this.inner.stream!(query, batchSize);
  }
  load(plan: LoadPlan, rows: AsyncIterable<readonly (readonly unknown[])[]>): Promise<number> {
    return this.inner.load!(plan, rows);
  }
  begin(options?: TransactionOptions): Promise<void> {
    return this.inner.begin(options);
  }
  savepoint(name: string): Promise<void> {
    return this.inner.savepoint(name);
  }
  releaseSavepoint(name: string): Promise<void> {
    return this.inner.releaseSavepoint(name);
  }
  rollbackToSavepoint(name: string): Promise<void> {
    return this.inner.rollbackToSavepoint(name);
  }
  commit(): Promise<void> {
    return this.inner.commit();
  }
  rollback(): Promise<void> {
    return this.inner.rollback();
  }
  ping(): Promise<void> {
    return this.inner.ping();
  }
  async cancel(): Promise<void> {
    const { processID, secretKey } = this.key;
    if (processID === null || secretKey === null) return;
    await sendCancelRequest(this.address, processID, secretKey);
  }
  isAlive(): boolean {
    return this.inner.isAlive?.() !== false;
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
