/**
 * Host lists and target_session_attrs against the one primary each of
 * PostgreSQL and MariaDB that every run has (live-failover and live-replicas
 * need the extra servers of .ci/servers.sh): a host that refuses is passed
 * over, the primary fits any, read-write, primary and prefer-standby (which
 * takes any when no standby answers), and when nothing fits (standby,
 * read-only) the error names each host and why, with the last connection
 * error as its cause (under the pool's timeout, which tried again).
 */
import { AlkahestError, integer, sql } from '@alkahest/core';
import { createEngine, PoolTimeoutError } from '@alkahest/pool';
import { databases, describeLive } from '../../../tests/support/databases';

/** The URL with a host list: a port that refuses first, then the server itself, then `target_session_attrs`. */
function hostList(url: string, attrs: string): { url: string; server: string } {
  const u = new URL(url);
  const server = `${u.hostname}:${u.port || (u.protocol.startsWith('postgres') ? '5432' : '3306')}`;
  const auth = u.username === '' ? '' : `${u.username}${u.password === '' ? '' : `:${u.password}`}@`;
  return { url: `${u.protocol}//${auth}127.0.0.1:1,${server}${u.pathname}?target_session_attrs=${attrs}`, server };
}

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  const what = db.name === 'postgres' ? 'PostgreSQL' : 'MySQL';

  describeLive(db, `${db.name}: a host list over one primary`, () => {
    test.each(['any', 'read-write', 'primary', 'prefer-standby'])('target_session_attrs=%s passes the refusing host over and connects', async (attrs) => {
      const engine = createEngine(hostList(db.url, attrs).url);
      try {
        expect(await engine.execute(sql`SELECT 1 AS one`.returns({ one: integer() }))).toEqual([{ one: 1 }]);
      } finally {
        await engine.close();
      }
    });

    test.each(['standby', 'read-only'])('target_session_attrs=%s: no host fits, and the error names each with why', async (attrs) => {
      const { url, server } = hostList(db.url, attrs);
      // The pool tries again until its acquire timeout: the error is the last try's.
      const engine = createEngine(url, { pool: { acquireTimeoutMillis: 1_500 } });
      try {
        const error = await engine.execute(sql`SELECT 1`).then(
          () => undefined,
          (e: unknown) => e,
        );
        // The pool tried until its acquire timeout; the host list's error is the cause.
        expect(error).toBeInstanceOf(PoolTimeoutError);
        const cause = (error as Error).cause as Error;
        expect(cause).toEqual(new AlkahestError(`no ${what} server fits target_session_attrs=${attrs} (127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1; ${server}: a primary)`));
        expect(cause.constructor).toBe(AlkahestError);
        expect((cause.cause as { code?: string }).code).toBe('ECONNREFUSED');
      } finally {
        await engine.close();
      }
    });
  });
}

