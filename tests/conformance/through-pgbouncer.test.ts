/**
 * The whole live conformance suite once more on PostgreSQL, through
 * PgBouncer in transaction pooling mode (pgbouncer=true; started by
 * .ci/servers.sh on 6433 in front of the shared server): every case must
 * give the same rows as on a direct connection.
 */
import { createEngine, Engine } from '@alkahest/pool';
import { SkipError } from '../support/databases';
import { extra, serversUp } from '../../packages/pool/test/extra-servers';
import { liveCases } from './harness/live-cases';

describe('postgres through pgbouncer (transaction mode)', () => {
  let engine: Engine | undefined;
  let skip = false;
  beforeAll(async () => {
    skip = !(await serversUp('conformance through pgbouncer', [extra.pgbouncer]));
    if (!skip) engine = createEngine(extra.pgbouncer);
  });
  afterAll(async () => engine?.close());
  liveCases('postgres', () => {
    if (skip) throw new SkipError('pgbouncer');
    if (engine === undefined) throw new Error('pgbouncer engine not ready');
    return engine;
  });
});
