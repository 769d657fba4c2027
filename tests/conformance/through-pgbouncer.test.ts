/**
 * The whole live conformance suite once more on PostgreSQL, through
 * PgBouncer in transaction pooling mode (pgbouncer=true; started by
 * .ci/servers.sh on 6433 in front of the shared server): every case must
 * give the same rows as on a direct connection.
 */
import { createEngine, Engine } from '@alkahest/pool';
import { describeServers, extra } from '../../packages/pool/test/extra-servers';
import { liveCases } from './harness/live-cases';

describeServers('postgres through pgbouncer (transaction mode)', [extra.pgbouncer], () => {
  let engine: Engine | undefined;
  beforeAll(() => {
    engine = createEngine(extra.pgbouncer);
  });
  liveCases('postgres', () => {
    if (engine === undefined) throw new Error('pgbouncer engine not ready');
    return engine;
  });
  // After the cases' own hooks, which drop their tables through the engine.
  afterAll(async () => engine?.close());
});
