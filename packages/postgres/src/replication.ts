/**
 * PostgreSQL's replication positions for the replica router: WAL LSNs
 * (`16/B374D848`), compared as 64-bit numbers.
 */
import type { CompiledQuery, DriverConnection, ReplicaState, ReplicationProbe } from '@alkahest/core/dialect';

const raw = (sql: string): CompiledQuery => ({ sql, params: [], columns: [], statementKind: 'raw', dialect: 'postgres' });

/** The primary's WAL insert position: every commit acknowledged before it is at or before it. */
const WRITE_POSITION = raw('SELECT pg_current_wal_lsn()::text AS position');

/**
 * A standby's replayed position and lag. The lag is 0 while it has replayed
 * all it received (an idle primary sends nothing, and the age of the last
 * replayed transaction would grow without the standby falling behind).
 */
const REPLICA_STATE = raw(
  'SELECT pg_is_in_recovery() AS replicating, pg_last_wal_replay_lsn()::text AS position, ' +
    'CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 ' +
    'ELSE (EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000)::float8 END AS lag_millis',
);

/** An LSN as a number: `hi/lo`, both hexadecimal. @internal */
export function lsnValue(lsn: string): bigint {
  const [hi, lo] = lsn.split('/');
  if (hi === undefined || lo === undefined || !/^[0-9A-Fa-f]+$/.test(hi) || !/^[0-9A-Fa-f]+$/.test(lo)) throw new Error(`not a WAL position: ${JSON.stringify(lsn)}`);
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
}

async function firstRow(connection: DriverConnection, query: CompiledQuery): Promise<Record<string, unknown>> {
  const result = await connection.execute(query);
  const row = result.rows[0] as Record<string, unknown> | undefined;
  if (row === undefined) throw new Error(`no row from ${query.sql}`);
  return row;
}

/**
 * Positions by WAL LSN; lag from the standby's own replay timestamp.
 *
 * @example
 * ```ts
 * postgresReplication.reached('0/3000100', '0/30000F8') // true
 * ```
 */
export const postgresReplication: ReplicationProbe = {
  async writePosition(connection) {
    return String((await firstRow(connection, WRITE_POSITION)).position);
  },
  async replicaState(connection): Promise<ReplicaState> {
    const row = await firstRow(connection, REPLICA_STATE);
    const replicating = row.replicating === true;
    if (!replicating || typeof row.position !== 'string') return { replicating };
    return { replicating, position: row.position, lagMillis: Number(row.lag_millis ?? 0) };
  },
  reached(replayed, target) {
    return lsnValue(replayed) >= lsnValue(target);
  },
};
