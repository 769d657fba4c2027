/**
 * MariaDB's replication positions for the replica router: GTID positions
 * (`domain-server-sequence`, one per replication domain, comma-separated).
 */
import type { CompiledQuery, DriverConnection, ReplicaState, ReplicationProbe } from '@alkahest/core/dialect';

const raw = (sql: string): CompiledQuery => ({ sql, params: [], columns: [], statementKind: 'raw', dialect: 'mysql' });

/** Every transaction the primary has written to its binlog, by domain. */
const WRITE_POSITION = raw('SELECT @@global.gtid_binlog_pos AS position');
const REPLICA_STATUS = raw('SHOW SLAVE STATUS');
/** What the replica has applied (SHOW SLAVE STATUS leaves Gtid_Slave_Pos empty on some versions). */
const REPLAYED = raw('SELECT @@global.gtid_slave_pos AS position');

/** The highest sequence number per replication domain of a GTID position. @internal */
export function gtidSequences(position: string): Map<string, bigint> {
  const sequences = new Map<string, bigint>();
  for (const gtid of position.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
    const match = /^(\d+)-(\d+)-(\d+)$/.exec(gtid);
    if (!match) throw new Error(`not a MariaDB GTID position: ${JSON.stringify(position)}`);
    const [, domain, , sequence] = match as unknown as [string, string, string, string];
    const seen = sequences.get(domain);
    if (seen === undefined || BigInt(sequence) > seen) sequences.set(domain, BigInt(sequence));
  }
  return sequences;
}

async function rows(connection: DriverConnection, query: CompiledQuery): Promise<readonly Record<string, unknown>[]> {
  return (await connection.execute(query)).rows as readonly Record<string, unknown>[];
}

/**
 * MariaDB's GTID positions; lag from `Seconds_Behind_Master`, and a replica
 * whose I/O or SQL thread is not running counts as not replicating.
 *
 * @example
 * ```ts
 * mariadbReplication.reached('0-1-12', '0-1-10') // true
 * ```
 */
export const mariadbReplication: ReplicationProbe = {
  async writePosition(connection) {
    return String((await rows(connection, WRITE_POSITION))[0]?.position ?? '');
  },
  async replicaState(connection): Promise<ReplicaState> {
    const status = (await rows(connection, REPLICA_STATUS))[0];
    if (status === undefined || status.Slave_IO_Running !== 'Yes' || status.Slave_SQL_Running !== 'Yes') return { replicating: false };
    const behind = status.Seconds_Behind_Master;
    return {
      replicating: true,
      position: String((await rows(connection, REPLAYED))[0]?.position ?? ''),
      ...(behind === null || behind === undefined ? {} : { lagMillis: Number(behind) * 1000 }),
    };
  },
  reached(replayed, target) {
    const have = gtidSequences(replayed);
    for (const [domain, sequence] of gtidSequences(target)) {
      if ((have.get(domain) ?? -1n) < sequence) return false;
    }
    return true;
  },
};
