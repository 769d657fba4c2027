#!/usr/bin/env bash
# The pool's reliability tests that hold for any PostgreSQL connection (transactions,
# load, no leaks, streaming, locking, network faults), run once more with PostgreSQL
# reached through pgbouncer in transaction mode (.ci/servers.sh starts it on 6433).
# The others (cancel, faults, prepared) watch server sessions by pid, which a
# transaction pooler hides: packages/pool/test/live-pgbouncer.test.ts covers those
# behaviours through pgbouncer instead.
set -euo pipefail
cd "$(dirname "$0")/.."
database=${ALKAHEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}
database=${database##*/}
database=${database%%\?*}
export ALKAHEST_PG_URL=${ALKAHEST_PGBOUNCER_URL:-postgres://postgres@127.0.0.1:6433/$database?pgbouncer=true}
exec npx jest packages/pool/test/live-transactions.test.ts packages/pool/test/live-load.test.ts \
  packages/pool/test/live-no-leaks.test.ts packages/pool/test/live-stream.test.ts \
  packages/pool/test/live-locking.test.ts packages/pool/test/live-network.test.ts \
  --testNamePattern '^postgres' "$@"
