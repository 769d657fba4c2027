/**
 * What a replica router asks a database about replication, for drivers to
 * implement: the position a write reached on the primary (PostgreSQL's WAL
 * LSN, MariaDB's GTID), and how far a replica has replayed.
 */
import type { DriverConnection } from './dialect';

/** A replica's state, as the server tells it. */
export interface ReplicaState {
  /** False when the server is not replicating (a primary, a stopped replication thread). */
  readonly replicating: boolean;
  /** The last position replayed, comparable with {@link ReplicationProbe.reached}. */
  readonly position?: string;
  /** How far behind its primary the replica is, in milliseconds, when the server tells. */
  readonly lagMillis?: number;
}

/** Replication queries of one database (see `@alkahest/postgres`'s and `@alkahest/mysql`'s). */
export interface ReplicationProbe {
  /** The primary's position now: a write committed before this call is at or before it. */
  writePosition(connection: DriverConnection): Promise<string>;
  /** What a replica has replayed and how far behind it is. */
  replicaState(connection: DriverConnection): Promise<ReplicaState>;
  /** Whether a replica at `replayed` has applied everything up to `target`. */
  reached(replayed: string, target: string): boolean;
}
