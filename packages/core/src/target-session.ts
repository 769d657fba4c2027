/**
 * Choosing a server from a URL's host list by the kind of session wanted,
 * with libpq's `target_session_attrs` meanings.
 */
import { AlkahestError } from './errors';

/**
 * libpq's `target_session_attrs`: `any` (the first server that answers),
 * `read-write` / `read-only` (by the session's `transaction_read_only`),
 * `primary` / `standby` (by whether the server is in recovery), and
 * `prefer-standby` (a standby if any host is one, else any).
 */
export type TargetSessionAttrs = 'any' | 'read-write' | 'read-only' | 'primary' | 'standby' | 'prefer-standby';

const TARGETS: readonly TargetSessionAttrs[] = ['any', 'read-write', 'read-only', 'primary', 'standby', 'prefer-standby'];

/**
 * Reads a `target_session_attrs` URL option, or throws naming the allowed values.
 *
 * @example
 * ```ts
 * targetSessionAttrsOption('PostgreSQL', 'read-write'); // 'read-write'
 * ```
 */
export function targetSessionAttrsOption(what: string, value: string): TargetSessionAttrs {
  if (!(TARGETS as readonly string[]).includes(value)) {
    throw new AlkahestError(`${what} URL option target_session_attrs must be one of ${TARGETS.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as TargetSessionAttrs;
}

/** An opened session and what the server said about it. */
export interface OpenedSession<C> {
  readonly connection: C;
  /** The session's `transaction_read_only` (MariaDB/MySQL: `@@read_only`). */
  readonly readOnly: boolean;
  /** Whether the server is a standby (in recovery, or a read-only replica). */
  readonly standby: boolean;
  close(): Promise<void>;
}

function fits(session: OpenedSession<unknown>, target: TargetSessionAttrs): boolean {
  switch (target) {
    case 'any':
      return true;
    case 'read-write':
      return !session.readOnly;
    case 'read-only':
      return session.readOnly;
    case 'primary':
      return !session.standby;
    case 'standby':
    case 'prefer-standby':
      return session.standby;
  }
}

/** A server to try: without a host, the driver's default. */
export interface TargetAddress {
  readonly host?: string;
  readonly port?: number;
}

const label = (address: TargetAddress): string => `${address.host ?? 'localhost'}${address.port === undefined ? '' : `:${address.port}`}`;

/**
 * Opens a session on the first host, in order, that answers and fits
 * `target`; sessions that do not fit are closed. With `prefer-standby` and
 * no standby among the hosts, a second pass takes any. When none fits, the
 * error names every host and why it was passed over (the last connection
 * error as its cause).
 *
 * @example
 * ```ts
 * const session = await connectToTarget([{ host: 'db1' }, { host: 'db2' }], 'read-write', 'PostgreSQL', openOne);
 * ```
 */
export async function connectToTarget<C>(
  hosts: readonly TargetAddress[],
  target: TargetSessionAttrs,
  what: string,
  open: (address: TargetAddress) => Promise<OpenedSession<C>>,
): Promise<C> {
  const reasons: string[] = [];
  let lastError: unknown;
  const passes: TargetSessionAttrs[] = target === 'prefer-standby' ? ['prefer-standby', 'any'] : [target];
  for (const pass of passes) {
    for (const address of hosts) {
      let session: OpenedSession<C>;
      try {
        session = await open(address);
      } catch (error) {
        // One host only: its own error, unchanged, as a single-host URL gives it.
        if (hosts.length === 1 && target === 'any') throw error;
        lastError = error;
        if (pass === passes[0]) reasons.push(`${label(address)}: ${(error as Error).message ?? String(error)}`);
        continue;
      }
      if (fits(session, pass)) return session.connection;
      await session.close().catch(() => undefined);
      if (pass === passes[0]) reasons.push(`${label(address)}: ${session.standby ? 'a standby' : 'a primary'}${session.readOnly ? ', read-only' : ''}`);
    }
  }
  throw new AlkahestError(
    `no ${what} server fits target_session_attrs=${target} (${reasons.join('; ')})`,
    lastError === undefined ? undefined : { cause: lastError },
  );
}
