/**
 * The replica router's decisions without servers: which compiled
 * statements a replica may serve, how read-your-writes compares positions
 * (PostgreSQL LSNs, MariaDB GTIDs), and the types of a replicated engine.
 * The live behaviour is in live-replicas.test.ts.
 */
import { integer, select, sql, table, text, insert, update } from '@alkahest/core';
import { postgresDialect, postgresReplication, lsnValue } from '@alkahest/postgres';
import { mariadbReplication } from '@alkahest/mysql';
import { createReplicatedEngine, isReplicaRead } from '@alkahest/pool';

const users = table('users', { id: integer().primaryKey(), name: text() });
const pg = postgresDialect();

describe('isReplicaRead', () => {
  test.each([
    ['a plain SELECT', select(users.c.id).from(users), true],
    ['a SELECT with a WHERE', select(users.c.name).from(users).where(users.c.id.eq(1)), true],
    ['SELECT … FOR UPDATE', select(users.c.id).from(users).forUpdate(), false],
    ['SELECT … FOR SHARE', select(users.c.id).from(users).forShare(), false],
    ['INSERT', insert(users).values({ id: 1, name: 'a' }), false],
    ['UPDATE', update(users).set({ name: 'b' }), false],
    ['raw SQL, whatever it says', sql`SELECT 1`, false],
  ] as const)('%s: %s', (_, statement, expected) => {
    expect(isReplicaRead(pg.compile(statement))).toBe(expected);
  });
});

describe('replication positions', () => {
  test('PostgreSQL LSNs compare as 64-bit numbers, not as text', () => {
    expect(lsnValue('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(postgresReplication.reached('0/3000100', '0/30000F8')).toBe(true);
    expect(postgresReplication.reached('0/9FFFFFF', '0/A000000')).toBe(false);
    expect(postgresReplication.reached('1/0', '0/FFFFFFFF')).toBe(true);
    expect(postgresReplication.reached('0/5', '0/5')).toBe(true);
    expect(() => lsnValue('nonsense')).toThrow(/not a WAL position/);
  });

  test('MariaDB GTID positions compare per replication domain', () => {
    expect(mariadbReplication.reached('0-1-12', '0-1-10')).toBe(true);
    expect(mariadbReplication.reached('0-1-9', '0-1-10')).toBe(false);
    // Another server id in the same domain (after a failover) still counts by sequence.
    expect(mariadbReplication.reached('0-2-11', '0-1-10')).toBe(true);
    expect(mariadbReplication.reached('0-1-20,1-1-3', '0-1-10,1-1-4')).toBe(false);
    expect(mariadbReplication.reached('0-1-20,1-1-4', '0-1-10,1-1-4')).toBe(true);
    expect(mariadbReplication.reached('', '0-1-1')).toBe(false);
    expect(mariadbReplication.reached('0-1-1', '')).toBe(true);
  });
});

test('a replicated engine is typed like an engine', async () => {
  const db = createReplicatedEngine('sqlite::memory:', { replicas: [] });
  try {
    await db.execute(sql`CREATE TABLE users (id integer PRIMARY KEY, name text)`);
    await db.execute(insert(users).values({ id: 1, name: 'Ada' }));
    const rows: { name: string | null }[] = await db.execute(select(users.c.name).from(users));
    expect(rows).toEqual([{ name: 'Ada' }]);
    // No replica: reads are served by the primary.
    expect(db.poolStatus().primary.served).toBe(3);
    // @ts-expect-error the replicas are required
    expect(() => createReplicatedEngine('sqlite::memory:', {})).toThrow(/needs `replicas`/);
  } finally {
    await db.close();
  }
});
