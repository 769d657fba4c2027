import { AlkahestError, booleanUrlOption, integerUrlOption, parseServerUrl } from '@alkahest/core/dialect';

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
  /**
   * Prepare each SELECT/INSERT/UPDATE/DELETE once per connection as a named
   * statement (default true). Turn off behind a pooler that cannot keep them,
   * such as PgBouncer in transaction mode.
   */
  readonly preparedStatements?: boolean;
  /** Named statements per connection (default 200); past it, statements run unnamed. */
  readonly maxPreparedStatements?: number;
}

/**
 * Reads `postgres://user:password@host:port/database?option=value`.
 * Query options: `sslmode` (disable, prefer, require, verify-ca, verify-full),
 * `ssl` (true/false), `application_name`, `statement_timeout` (ms),
 * `connect_timeout` (s), `timezone` (session time zone, default UTC), `max`, `min` (pool size),
 * `prepared_statements` (true/false), `max_prepared_statements`.
 *
 * @example
 * ```ts
 * parsePostgresUrl('postgres://app:secret@db:5432/shop?sslmode=require&max=20')
 * ```
 */
export function parsePostgresUrl(url: string): PostgresDriverOptions {
  const { options: query, protocol: _protocol, ...connection } = parseServerUrl(url, ['postgres', 'postgresql'], 'PostgreSQL');
  const options: { -readonly [K in keyof PostgresDriverOptions]: PostgresDriverOptions[K] } = { ...connection };
  for (const [key, value] of query) {
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
        options.statementTimeout = integerUrlOption('PostgreSQL', key, value);
        break;
      case 'connect_timeout':
        options.connectTimeout = integerUrlOption('PostgreSQL', key, value);
        break;
      case 'timezone':
        options.timezone = value;
        break;
      case 'prepared_statements':
        options.preparedStatements = booleanUrlOption('PostgreSQL', key, value);
        break;
      case 'max_prepared_statements':
        options.maxPreparedStatements = integerUrlOption('PostgreSQL', key, value);
        break;
      case 'max':
        options.max = integerUrlOption('PostgreSQL', key, value);
        break;
      case 'min':
        options.min = integerUrlOption('PostgreSQL', key, value);
        break;
      default:
        throw new AlkahestError(`unknown PostgreSQL URL option ${JSON.stringify(key)}`);
    }
  }
  return options;
}
