#!/usr/bin/env bash
# Starts PostgreSQL and MariaDB on 127.0.0.1 when they are down, waits for
# them, and creates the `test` databases the test suites use; then starts the
# extra servers of .ci/servers.sh.
set -euo pipefail

wait_for() { # name, command...
  local name=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then echo "$name is up"; return 0; fi
    sleep 1
  done
  echo "$name did not come up within 60 s" >&2
  return 1
}

if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
wait_for PostgreSQL pg_isready -h 127.0.0.1 -p 5432
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE test'
fi

if ! mariadb-admin -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1; then
  echo "starting MariaDB"
  # Matched by its pid file: the replica tests run other mariadbd servers beside this one.
  # local_infile on (MariaDB's default, said here): engine.load() uses LOAD DATA LOCAL INFILE, which the tests check.
  start-stop-daemon --start --oknodo --background --pidfile /run/mysqld/mysqld.pid --exec /usr/sbin/mariadbd -- --local-infile=ON || true
fi
wait_for MariaDB mariadb-admin -h 127.0.0.1 -P 3306 -u root ping
mariadb -h 127.0.0.1 -P 3306 -u root -e 'CREATE DATABASE IF NOT EXISTS test'
if [ "$(mariadb -h 127.0.0.1 -P 3306 -u root -N -B -e 'SELECT @@local_infile')" != 1 ]; then
  echo "note: MariaDB on 3306 has local_infile off: engine.load() falls back to multi-row INSERTs, and its LOAD DATA test fails" >&2
fi

# The replica, failover and pooler tests' own servers (hot standbys, pgbouncer, a MariaDB
# primary and replica on other ports): installed when missing, started when down.
bash "$(dirname "$0")/servers.sh" up
