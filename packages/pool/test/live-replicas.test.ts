/**
 * Read replicas, live: PostgreSQL's shared primary with its hot standby
 * (5433), and the MariaDB primary (3307) with its GTID replica (3308), all
 * started by .ci/servers.sh. Reads spread over replicas, writes reach the
 * primary, read-your-writes holds for 20 concurrent callers, and a stopped
 * (or lagging) replica is skipped and comes back. Also the MariaDB host list,
 * which needs the replica this file stops.
 */
import { builtinTypes, createTable, dropTable, insert, integer, select, sql, table, text, typed } from '@alkahest/core';
import { createEngine, createReplicatedEngine, ReplicatedEngine, RouteReason } from '@alkahest/pool';
import { describeServers, extra, serverPort, servers } from './extra-servers';
import { sleep } from './live-helpers';
import { uniqueName } from '../../../tests/support/databases';

/** Where each statement went, as the routing events told. */
function recorder(): { routes: { server: string; reason: RouteReason }[]; routing: { routed: (e: { server: string; reason: RouteReason }) => void } } {
  const routes: { server: string; reason: RouteReason }[] = [];
  return { routes, routing: { routed: (e) => routes.push({ server: e.server, reason: e.reason }) } };
}

/** Waits until `check` holds (polling), or fails saying what it waited for. */
async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMillis = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMillis} ms: ${what}`);
    await sleep(100);
  }
}

const cases = [
  { dialect: 'postgres' as const, primary: extra.pgPrimary, replica: extra.pgStandby, replicaServer: 'pg-standby' },
  { dialect: 'mysql' as const, primary: extra.mariadbPrimary, replica: extra.mariadbReplica, replicaServer: 'mariadb-replica' },
];

for (const c of cases) {
  describeServers(`${c.dialect} read replicas`, [c.primary, c.replica], () => {
    const items = table(uniqueName('replica_items'), { id: integer().primaryKey(), owner: integer().notNull(), note: text() });
    let db: ReplicatedEngine | undefined;
    const log = recorder();
    // Two pools on the one replica (distinct URLs), so that spreading shows in the counts.
    const replicas = [c.replica, `${c.replica}${c.replica.includes('?') ? '&' : '?'}max=3`];

    beforeAll(async () => {
      db = createReplicatedEngine(c.primary, { replicas, health: { intervalMillis: 300, maxLagMillis: 5_000 }, routing: log.routing });
      await db.execute(createTable(items));
      await db.checkReplicas();
      await eventually('the table on the replica', async () => {
        await db!.checkReplicas();
        return db!.poolStatus().replicas.every((r) => r.healthy);
      });
    }, 60_000);

    afterAll(async () => {
      if (db === undefined) return;
      await db.execute(dropTable(items)).catch(() => undefined);
      await db.close();
    });


    test('reads spread over the replicas; writes, locking reads, transactions and raw SQL reach the primary', async () => {
        const session = db!.session();
      await session.execute(insert(items).values({ id: 1, owner: 0, note: 'seed' }));
      // Once the replicas have replayed the insert, reads go to them, in turn. Both
      // must be seen past it: their checks run side by side, so one may answer just
      // before the replay and the other just after (then only one serves until the
      // next check).
      await eventually('both replicas past the write', async () => {
        await db!.checkReplicas();
        log.routes.length = 0;
        await session.execute(select(items.c.id).from(items));
        await session.execute(select(items.c.id).from(items));
        return log.routes.every((r) => r.reason === 'read') && new Set(log.routes.map((r) => r.server)).size === 2;
      });
      log.routes.length = 0;
      for (let i = 0; i < 6; i++) expect(await session.execute(select(items.c.id).from(items))).toEqual([{ id: 1 }]);
      const servedBy = new Set(log.routes.map((r) => r.server));
      expect(servedBy.size).toBe(2);
      expect([...servedBy].every((s) => s !== 'primary')).toBe(true);
      const status = db!.poolStatus();
      expect(status.replicas.map((r) => r.served).every((n) => n >= 3)).toBe(true);

      // The server itself says where a read ran: a replica is in recovery / read-only.
      const where = select(typed(c.dialect === 'postgres' ? sql`pg_is_in_recovery()` : sql`@@read_only = 1`, builtinTypes.boolean).as('replica'));
      expect(await session.execute(where)).toEqual([{ replica: true }]);
      expect(await session.execute(where, { primary: true })).toEqual([{ replica: false }]);

      log.routes.length = 0;
      await session.execute(select(items.c.id).from(items).forUpdate());
      await session.transaction(async (tx) => tx.execute(select(items.c.id).from(items)));
      await session.execute(sql`SELECT 1 AS one`);
      const held = await session.connect();
      expect(await held.execute(where)).toEqual([{ replica: false }]);
      await held.release();
      expect(log.routes.map((r) => r.server)).toEqual(['primary', 'primary', 'primary']);
    }, 60_000);

    test('read-your-writes: 20 concurrent callers each read their own write at once', async () => {
      const callers = Array.from({ length: 20 }, (_, i) => i + 100);
      const sessions = callers.map(() => db!.session());
      const seen = await Promise.all(
        callers.map(async (id, i) => {
          const session = sessions[i]!;
          await session.execute(insert(items).values({ id, owner: id, note: `caller ${id}` }));
          return session.execute(select(items.c.id, items.c.note).from(items).where(items.c.owner.eq(id)));
        }),
      );
      seen.forEach((rows, i) => expect(rows).toEqual([{ id: callers[i], note: `caller ${callers[i]}` }]));
      // Once a check shows the replicas past those writes, the same reads go to a replica, and still see them.
      await eventually('reads back on a replica', async () => {
        await db!.checkReplicas();
        log.routes.length = 0;
        const again = await Promise.all(callers.map((id, i) => sessions[i]!.execute(select(items.c.id).from(items).where(items.c.owner.eq(id)))));
        again.forEach((rows, i) => expect(rows).toEqual([{ id: callers[i] }]));
        return log.routes.some((r) => r.server !== 'primary');
      });
    }, 60_000);

    test('a replica that stops replaying is taken out (PostgreSQL: past the lag bound), and back when it resumes', async () => {
      const direct = createEngine(c.replica);
      const reasons: (string | undefined)[] = [];
      const probe = createReplicatedEngine(c.primary, { replicas: [c.replica], health: { intervalMillis: 200, maxLagMillis: 1_000 }, routing: { replicaHealth: (e) => reasons.push(e.reason) } });
      const [pause, resume] = c.dialect === 'postgres' ? [sql`SELECT pg_wal_replay_pause()`, sql`SELECT pg_wal_replay_resume()`] : [sql`STOP SLAVE SQL_THREAD`, sql`START SLAVE SQL_THREAD`];
      try {
        await eventually('the replica healthy', () => probe.poolStatus().replicas[0]!.healthy);
        await direct.execute(pause);
        // Writes go on arriving; the replica receives them but does not apply them.
        let n = 0;
        await eventually('the replica taken out', async () => {
          await probe.execute(insert(items).values({ id: 1_000 + n, owner: -1, note: `write ${n++}` }));
          return !probe.poolStatus().replicas[0]!.healthy;
        });
        expect(reasons.at(-1)).toMatch(c.dialect === 'postgres' ? /ms behind \(the bound is 1000 ms\)/ : /not replicating/);
        const read = await probe.execute(select(items.c.id).from(items).where(items.c.id.eq(1_000)));
        expect(read).toEqual([{ id: 1_000 }]);
        expect(probe.poolStatus().primary.served).toBeGreaterThan(0);
      } finally {
        await direct.execute(resume);
        await eventually('the replica back', () => probe.poolStatus().replicas[0]!.healthy);
        await probe.close();
        await direct.close();
      }
    }, 60_000);

    describeServers(`${c.dialect} replica health`, [c.primary, c.replica], () => {
      test('a stopped replica is skipped within its health interval and comes back', async () => {
        const health: boolean[] = [];
        const probe = createReplicatedEngine(c.primary, { replicas: [c.replica], health: { intervalMillis: 300 }, routing: { replicaHealth: (e) => health.push(e.healthy) } });
        try {
          await eventually('the replica healthy', () => probe.poolStatus().replicas[0]!.healthy);
          servers('stop', c.replicaServer);
          // One interval and one check's time are 600 ms; the bound leaves slack for a loaded machine.
          await eventually('the replica taken out', () => !probe.poolStatus().replicas[0]!.healthy, 5_000);
          expect(await probe.execute(select(items.c.id).from(items).where(items.c.id.eq(1)))).toEqual([{ id: 1 }]);
          servers('start', c.replicaServer);
          await eventually('the replica back', () => probe.poolStatus().replicas[0]!.healthy, 30_000);
          await sleep(50);
          const before = probe.poolStatus().replicas[0]!.served;
          expect(await probe.execute(select(items.c.id).from(items).where(items.c.id.eq(1)))).toEqual([{ id: 1 }]);
          expect(probe.poolStatus().replicas[0]!.served).toBe(before + 1);
          expect(health).toEqual([true, false, true]);
        } finally {
          servers('start', c.replicaServer);
          await probe.close();
        }
      }, 90_000);
    }, { controls: true });
  });
}

// Here rather than in live-failover.test.ts: this file stops the MariaDB replica, and its tests run in order.
describeServers('MariaDB host lists', [extra.mariadbPrimary, extra.mariadbReplica], () => {
  test.each([
    ['read-write', '127.0.0.1:3308,127.0.0.1:3307', 3307],
    ['standby', '127.0.0.1:3307,127.0.0.1:3308', 3308],
    ['any', '127.0.0.1:1,127.0.0.1:3308', 3308],
  ])('target_session_attrs=%s over %s picks %d', async (attrs, hosts, port) => {
    const engine = createEngine(`mariadb://root@${hosts}/test?target_session_attrs=${attrs}`);
    try {
      expect(await serverPort(engine, 'mysql')).toBe(port);
    } finally {
      await engine.close();
    }
  });
});
