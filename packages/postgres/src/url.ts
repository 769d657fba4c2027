import { AlkahestError } from '@alkahest/core';

/** Options of the PostgreSQL driver; URL query options map onto these. */
export interface PostgresDriverOptions {
  readonly host?: string;
  readonly port?: number;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /** TLS: `true`, or options passed to `tls.connect`. */
  readonly ssl?: boolean | Readonly<Record<string, unknown>>;
  readonly applicationName?: string;
  /** Server-side statement timeout in milliseconds. */
  readonly statementTimeout?: number;
  /** Seconds to wait for a connection to open. */
  readonly connectTimeout?: number;
  /**
   * The session time zone (default `UTC`). alkahest's own values are exact in
   * any zone; the zone shapes what server-side functions such as `now()` give
   * a `timestamp` column without time zone, so keep UTC if you use them.
   */
  readonly timezone?: string;
  /** Pool size limits for engines on this URL. */
  readonly max?: number;
  readonly min?: number;
}

function integerOption(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new AlkahestError(`PostgreSQL URL option ${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

/**
 * Reads `postgres://user:password@host:port/database?option=value`.
 * Query options: `sslmode` (disable, prefer, require, verify-ca, verify-full),
 * `ssl` (true/false), `application_name`, `statement_timeout` (ms),
 * `connect_timeout` (s), `timezone` (session time zone, default UTC), `max`, `min` (pool size).
 *
 * @example
 * ```ts
 * parsePostgresUrl('postgres://app:secret@db:5432/shop?sslmode=require&max=20')
 * ```
 */
export function parsePostgresUrl(url: string): PostgresDriverOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AlkahestError('not a valid PostgreSQL URL (expected postgres://user:password@host:port/database)');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw new AlkahestError(`not a PostgreSQL URL scheme: ${u.protocol}`);
  const options: { -readonly [K in keyof PostgresDriverOptions]: PostgresDriverOptions[K] } = {};
  if (u.hostname) options.host = decodeURIComponent(u.hostname.replace(/^\[|\]$/g, ''));
  if (u.port) options.port = Number(u.port);
  if (u.username) options.user = decodeURIComponent(u.username);
  if (u.password) options.password = decodeURIComponent(u.password);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (database) options.database = database;
  for (const [key, value] of u.searchParams) {
    switch (key) {
      case 'sslmode':
        if (!['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'].includes(value)) {
          throw new AlkahestError(`unknown sslmode ${JSON.stringify(value)}`);
        }
        options.ssl = value === 'disable' || value === 'allow' || value === 'prefer' ? false : value === 'require' ? { rejectUnauthorized: false } : true;
        break;
      case 'ssl':
        options.ssl = value === 'true' || value === '1';
        break;
      case 'application_name':
        options.applicationName = value;
        break;
      case 'statement_timeout':
        options.statementTimeout = integerOption(key, value);
        break;
      case 'connect_timeout':
        options.connectTimeout = integerOption(key, value);
        break;
      case 'timezone':
        options.timezone = value;
        break;
      case 'max':
        options.max = integerOption(key, value);
        break;
      case 'min':
        options.min = integerOption(key, value);
        break;
      default:
        throw new AlkahestError(`unknown PostgreSQL URL option ${JSON.stringify(key)}`);
    }
  }
  return options;
}
