/**
 * Multi-host URLs, live: libpq's target_session_attrs on PostgreSQL (the
 * MariaDB host list is tested in live-replicas.test.ts, which stops that
 * replica), and a failover: the tests' own primary (5434) stops, its
 * standby (5435) is promoted, and an engine on both hosts finds the new
 * primary; then the pair is restored as it was.
 */
import { ConnectionLostError, OutcomeUnknownError, sql } from '@alkahest/core';
import { createEngine, Engine } from '@alkahest/pool';
import { describeServers, extra, serverPort, servers } from './extra-servers';
import { sleep } from './live-helpers';

const pgHosts = (attrs: string, ports = '127.0.0.1:5434,127.0.0.1:5435'): string => `postgres://postgres@${ports}/test?target_session_attrs=${attrs}`;

describeServers('PostgreSQL host lists (target_session_attrs)', [extra.failoverPrimary, extra.failoverStandby], () => {
  const portFor = async (url: string): Promise<number> => {
    const engine = createEngine(url);
    try {
      return await serverPort(engine, 'postgres');
    } finally {
      await engine.close();
    }
  };

  test.each([
    ['any', '127.0.0.1:5435,127.0.0.1:5434', 5435],
    ['read-write', '127.0.0.1:5435,127.0.0.1:5434', 5434],
    ['primary', '127.0.0.1:5435,127.0.0.1:5434', 5434],
    ['read-only', '127.0.0.1:5434,127.0.0.1:5435', 5435],
    ['standby', '127.0.0.1:5434,127.0.0.1:5435', 5435],
    ['prefer-standby', '127.0.0.1:5434,127.0.0.1:5435', 5435],
    // No standby listed: prefer-standby takes any.
    ['prefer-standby', '127.0.0.1:5434', 5434],
    // A host that refuses is passed over.
    ['any', '127.0.0.1:1,127.0.0.1:5434', 5434],
  ])('target_session_attrs=%s over %s picks %d', async (attrs, hosts, port) => {
    expect(await portFor(pgHosts(attrs, hosts))).toBe(port);
  });

  test('no host fits: the error names every host and why', async () => {
    const engine = createEngine(pgHosts('standby', '127.0.0.1:1,127.0.0.1:5434'), { pool: { acquireTimeoutMillis: 1_500 } });
    try {
      await expect(engine.execute(sql`SELECT 1`)).rejects.toThrow(/no PostgreSQL server fits target_session_attrs=standby \(127\.0\.0\.1:1: .*; 127\.0\.0\.1:5434: a primary\)/);
    } finally {
      await engine.close();
    }
  });
});

describeServers('failover to a promoted standby', [extra.failoverPrimary, extra.failoverStandby], () => {
  let engine: Engine | undefined;
  afterAll(async () => {
    await engine?.close();
    // Whatever happened, the pair is left as it was found: 5434 the primary, 5435 streaming from it.
    servers('restore-failover');
  }, 120_000);

  test('in-flight work fails typed, then new connections find the promoted standby', async () => {
    engine = createEngine(pgHosts('read-write'), { pool: { max: 4, acquireTimeoutMillis: 30_000 } });
    const table = `failover_${process.pid}`;
    await engine.execute(sql`CREATE TABLE ${sql.id(table)} (id integer PRIMARY KEY)`);
    await engine.execute(sql`INSERT INTO ${sql.id(table)} VALUES (1)`);
    expect(await serverPort(engine, 'postgres')).toBe(5434);
    // Replicated before the primary goes: the standby must have replayed the row.
    const standby = createEngine(extra.failoverStandby);
    try {
      for (let i = 0; i < 100 && (await standby.execute(sql`SELECT count(*)::int AS n FROM pg_class WHERE relname = ${table}`))[0]!['n'] !== 1; i++) await sleep(50);
    } finally {
      await standby.close();
    }

    const inFlight = engine.execute(sql`SELECT pg_sleep(30)`);
    inFlight.catch(() => undefined);
    await sleep(300);
    servers('stop', 'pg-failover-a');
    // Typed, never silent: the connection was lost (a statement that may have written: outcome unknown).
    const error: unknown = await inFlight.then(() => undefined, (e: unknown) => e);
    expect(error instanceof ConnectionLostError || error instanceof OutcomeUnknownError).toBe(true);

    servers('promote', 'pg-failover-b');
    expect(await serverPort(engine, 'postgres')).toBe(5435);
    await engine.execute(sql`INSERT INTO ${sql.id(table)} VALUES (2)`);
    const rows = await engine.execute(sql`SELECT count(*)::int AS n FROM ${sql.id(table)}`);
    expect((rows as unknown as Record<string, unknown>[])[0]!['n']).toBe(2);
  }, 120_000);
}, { controls: true });
