import { AlkahestError, booleanUrlOption, integerUrlOption, parseServerUrl, ServerAddress, splitHostList, TargetSessionAttrs, targetSessionAttrsOption } from '@alkahest/core/dialect';
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
  /**
   * Several servers, tried in order (`mariadb://h1:3306,h2:3307/db`); `host`
   * and `port` are then the first of them.
   */
  readonly hosts?: readonly ServerAddress[];
  /**
   * Which server of `hosts` to take, with libpq's names: a server with
   * `@@global.read_only` set counts as a read-only standby, one without as a
   * read-write primary (default `any`).
   */
  readonly targetSessionAttrs?: TargetSessionAttrs;
  /**
   * Let `engine.load()` use `LOAD DATA LOCAL INFILE` where the server allows
   * it (`@@local_infile` on; default true). False: multi-row INSERTs always.
   */
  readonly localInfile?: boolean;
}

/**
 * Reads `mysql://user:password@host:port/database?option=value` (or
 * `mariadb://…`, which selects the MariaDB flavour). Query options: `ssl`
 * (true/false), `connect_timeout` (ms), `flavor` (mysql/mariadb), `timezone`
 * (session time zone, default +00:00), `max`, `min`, `prepared_statements`
 * (true/false), `max_prepared_statements`, `target_session_attrs` (any,
 * read-write, read-only, primary, standby, prefer-standby). Several hosts
 * are written `host1:port1,host2:port2`, tried in order.
 *
 * @example
 * ```ts
 * parseMysqlUrl('mariadb://root@127.0.0.1:3306/test?max=5')
 * parseMysqlUrl('mariadb://app@db1:3306,db2:3306/shop?target_session_attrs=read-write')
 * ```
 */
export function parseMysqlUrl(url: string): MysqlDriverOptions {
  const { url: firstHostUrl, hosts } = splitHostList(url, 'MySQL');
  const { options: query, protocol, ...connection } = parseServerUrl(firstHostUrl, ['mysql', 'mariadb'], 'MySQL');
  const options: { -readonly [K in keyof MysqlDriverOptions]: MysqlDriverOptions[K] } = {
    flavor: protocol === 'mariadb' ? 'mariadb' : 'mysql',
    ...connection,
    ...(hosts === undefined ? {} : { hosts }),
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
      case 'target_session_attrs':
        options.targetSessionAttrs = targetSessionAttrsOption('MySQL', value);
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
