import { AlkahestError, booleanUrlOption, integerUrlOption, parseServerUrl } from '@alkahest/core/dialect';
import type { MysqlFlavor } from './flavor';

/** Options of the MySQL driver; URL query options map onto these. */
export interface MysqlDriverOptions {
  readonly host?: string;
  readonly port?: number;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /** TLS: `true`, or options passed to `tls.connect`. */
  readonly ssl?: boolean | Readonly<Record<string, unknown>>;
  /** Milliseconds to wait for a connection to open. */
  readonly connectTimeout?: number;
  readonly flavor?: MysqlFlavor;
  /**
   * The session time zone (default `+00:00`). alkahest writes and reads DATETIME
   * as UTC in any zone; the zone shapes what NOW() and CURRENT_TIMESTAMP give,
   * so keep the default if columns default to `fn.now()`.
   */
  readonly timezone?: string;
  /** Pool size limits for engines on this URL. */
  readonly max?: number;
  readonly min?: number;
  /**
   * Keep statements prepared on each connection for reuse (default true).
   * Values always travel by the binary protocol; when false, each statement
   * is closed on the server after it runs.
   */
  readonly preparedStatements?: boolean;
  /** Prepared statements kept per connection (default 200, least recently used closed first). */
  readonly maxPreparedStatements?: number;
}

/**
 * Reads `mysql://user:password@host:port/database?option=value` (or
 * `mariadb://…`, which selects the MariaDB flavour). Query options: `ssl`
 * (true/false), `connect_timeout` (ms), `flavor` (mysql/mariadb), `timezone`
 * (session time zone, default +00:00), `max`, `min`, `prepared_statements`
 * (true/false), `max_prepared_statements`.
 *
 * @example
 * ```ts
 * parseMysqlUrl('mariadb://root@127.0.0.1:3306/test?max=5')
 * ```
 */
export function parseMysqlUrl(url: string): MysqlDriverOptions {
  const { options: query, protocol, ...connection } = parseServerUrl(url, ['mysql', 'mariadb'], 'MySQL');
  const options: { -readonly [K in keyof MysqlDriverOptions]: MysqlDriverOptions[K] } = {
    flavor: protocol === 'mariadb' ? 'mariadb' : 'mysql',
    ...connection,
  };
  for (const [key, value] of query) {
    switch (key) {
      case 'ssl':
        options.ssl = value === 'true' || value === '1';
        break;
      case 'connect_timeout':
        options.connectTimeout = integerUrlOption('MySQL', key, value);
        break;
      case 'flavor':
        if (value !== 'mysql' && value !== 'mariadb') throw new AlkahestError(`flavor must be mysql or mariadb, got ${JSON.stringify(value)}`);
        options.flavor = value;
        break;
      case 'timezone':
        options.timezone = value;
        break;
      case 'prepared_statements':
        options.preparedStatements = booleanUrlOption('MySQL', key, value);
        break;
      case 'max_prepared_statements':
        options.maxPreparedStatements = integerUrlOption('MySQL', key, value);
        break;
      case 'max':
        options.max = integerUrlOption('MySQL', key, value);
        break;
      case 'min':
        options.min = integerUrlOption('MySQL', key, value);
        break;
      default:
        throw new AlkahestError(`unknown MySQL URL option ${JSON.stringify(key)}`);
    }
  }
  return options;
}
