import { AlkahestError, booleanUrlOption, integerUrlOption, parseServerUrl, ServerAddress, splitHostList, TargetSessionAttrs, targetSessionAttrsOption } from '@alkahest/core/dialect';

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
  /**
   * The session's `search_path`: the schemas unqualified names are looked up
   * in, in order (`['app', 'public']`; URL `search_path=app,public`).
   */
  readonly searchPath?: string | readonly string[];
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
  /**
   * Time each named statement's first runs and stop naming one whose plan
   * proves slower once the server may reuse a generic plan, or whose runs take
   * 5 ms or more before it may (default true): the plan PostgreSQL makes once
   * for all values can be far slower for an analytical query than one made
   * for the values at hand. See docs/guide/09-performance.md.
   */
  readonly preparedPlanCheck?: boolean;
  /**
   * Several servers, tried in order (`postgres://h1:5432,h2:5433/db`); `host`
   * and `port` are then the first of them.
   */
  readonly hosts?: readonly ServerAddress[];
  /** Which server of `hosts` to take, with libpq's meanings (default `any`). */
  readonly targetSessionAttrs?: TargetSessionAttrs;
  /**
   * The server is reached through PgBouncer in transaction pooling mode: no
   * named prepared statements, cancel by the protocol's cancel request (which
   * PgBouncer forwards to the right server), and statements that would leave
   * session state behind (`SET` without `LOCAL`, `LISTEN`, `PREPARE`,
   * session advisory locks, temporary tables outlasting the transaction) refused.
   */
  readonly pgbouncer?: boolean;
}

/**
 * Reads `postgres://user:password@host:port/database?option=value`.
 * Query options: `sslmode` (disable, prefer, require, verify-ca, verify-full),
 * `ssl` (true/false), `application_name`, `search_path` (schemas, comma-separated), `statement_timeout` (ms),
 * `connect_timeout` (s), `timezone` (session time zone, default UTC), `max`, `min` (pool size),
 * `prepared_statements` (true/false), `max_prepared_statements`, `prepared_plan_check`
 * (true/false: stop naming a statement whose generic plan proves slower, or a long one before it may),
 * `target_session_attrs` (any, read-write, read-only, primary, standby,
 * prefer-standby: as libpq), `pgbouncer` (true: PgBouncer in transaction mode).
 * Several hosts are written as libpq does: `host1:port1,host2:port2`.
 *
 * @example
 * ```ts
 * parsePostgresUrl('postgres://app:secret@db:5432/shop?sslmode=require&max=20')
 * parsePostgresUrl('postgres://app@db1:5432,db2:5432/shop?target_session_attrs=read-write')
 * ```
 */
export function parsePostgresUrl(url: string): PostgresDriverOptions {
  const { url: firstHostUrl, hosts } = splitHostList(url, 'PostgreSQL');
  const { options: query, protocol: _protocol, ...connection } = parseServerUrl(firstHostUrl, ['postgres', 'postgresql'], 'PostgreSQL');
  const options: { -readonly [K in keyof PostgresDriverOptions]: PostgresDriverOptions[K] } = { ...connection, ...(hosts === undefined ? {} : { hosts }) };
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
      case 'search_path':
        options.searchPath = value.split(',').map((schema) => schema.trim());
        break;
      case 'prepared_statements':
        options.preparedStatements = booleanUrlOption('PostgreSQL', key, value);
        break;
      case 'max_prepared_statements':
        options.maxPreparedStatements = integerUrlOption('PostgreSQL', key, value);
        break;
      case 'prepared_plan_check':
        options.preparedPlanCheck = booleanUrlOption('PostgreSQL', key, value);
        break;
      case 'target_session_attrs':
        options.targetSessionAttrs = targetSessionAttrsOption('PostgreSQL', value);
        break;
      case 'pgbouncer':
        options.pgbouncer = booleanUrlOption('PostgreSQL', key, value);
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
