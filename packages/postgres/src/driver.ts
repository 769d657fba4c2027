/**
 * The pg adapter: one `pg.Client` per pooled connection (the engine's tarn
 * pool does the pooling, not pg.Pool).
 */
import type { CompiledQuery, Driver, DriverConnection, DriverResult } from '@alkahest/core';
import type { Client, ClientConfig } from 'pg';
import type { PostgresDriverOptions } from './url';

/** Type OIDs whose text alkahest's codecs convert themselves, exactly. */
const RAW_TEXT_OIDS = new Set([
  20, // int8: beyond 2^53
  1700, // numeric: exact decimals
  1082, // date: a calendar date, not a local-time Date
  1114, // timestamp: UTC wall-clock time
  1184, // timestamptz
  114, // json
  3802, // jsonb
]);

const identity = (value: string): string => value;

class PostgresConnection implements DriverConnection {
  constructor(private readonly client: Client) {}

  async execute(query: CompiledQuery): Promise<DriverResult> {
    const values = query.params as unknown[];
    if (query.columns.length > 0) {
      const result = await this.client.query<unknown[]>({ text: query.sql, values, rowMode: 'array' });
      return { rows: result.rows, rowsAffected: result.rowCount ?? 0 };
    }
    const result = await this.client.query<Record<string, unknown>>({ text: query.sql, values });
    return { rows: result.rows ?? [], rowsAffected: result.rowCount ?? 0 };
  }
  async begin(): Promise<void> {
    await this.client.query('BEGIN');
  }
  async commit(): Promise<void> {
    await this.client.query('COMMIT');
  }
  async rollback(): Promise<void> {
    await this.client.query('ROLLBACK');
  }
  async ping(): Promise<void> {
    await this.client.query('SELECT 1');
  }
  async close(): Promise<void> {
    await this.client.end();
  }
}

/**
 * Opens PostgreSQL connections with pg.
 *
 * @example
 * ```ts
 * const driver = new PostgresDriver(parsePostgresUrl('postgres://postgres@127.0.0.1:5432/test'));
 * ```
 */
export class PostgresDriver implements Driver {
  readonly poolDefaults: { readonly min?: number; readonly max?: number };

  constructor(private readonly options: PostgresDriverOptions) {
    this.poolDefaults = {
      ...(options.min === undefined ? {} : { min: options.min }),
      ...(options.max === undefined ? {} : { max: options.max }),
    };
  }

  async connect(): Promise<DriverConnection> {
    // Loaded here so that compiling PostgreSQL SQL never needs the driver.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pg = require('pg') as typeof import('pg');
    const o = this.options;
    const config: ClientConfig = {
      ...(o.host === undefined ? {} : { host: o.host }),
      ...(o.port === undefined ? {} : { port: o.port }),
      ...(o.user === undefined ? {} : { user: o.user }),
      ...(o.password === undefined ? {} : { password: o.password }),
      ...(o.database === undefined ? {} : { database: o.database }),
      ...(o.ssl === undefined ? {} : { ssl: o.ssl as ClientConfig['ssl'] }),
      ...(o.applicationName === undefined ? {} : { application_name: o.applicationName }),
      ...(o.statementTimeout === undefined ? {} : { statement_timeout: o.statementTimeout }),
      ...(o.connectTimeout === undefined ? {} : { connectionTimeoutMillis: o.connectTimeout * 1000 }),
      // Per-client parsers: the process-wide pg.types stay untouched for other users of pg.
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          RAW_TEXT_OIDS.has(oid) && format !== 'binary' ? identity : pg.types.getTypeParser(oid, format as 'text')) as never,
      },
    };
    const client = new pg.Client(config);
    await client.connect();
    // The session zone never depends on the server's default; set_config takes it as a bound value.
    await client.query("SELECT set_config('TimeZone', $1, false)", [o.timezone ?? 'UTC']);
    return new PostgresConnection(client);
  }
}
