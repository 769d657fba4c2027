#!/usr/bin/env bash
# The servers beyond the shared PostgreSQL (5432) and MariaDB (3306) that the
# replica, failover and pooler tests use, all on 127.0.0.1:
#
#   pg-standby      5433  hot standby streaming from the shared primary on 5432
#   pg-failover-a   5434  a primary of our own, for the failover tests (stopped and restored by them)
#   pg-failover-b   5435  hot standby streaming from pg-failover-a (promoted by them)
#   pgbouncer       6433  transaction pooling in front of 5432
#   mariadb-primary 3307  MariaDB with a GTID binlog (the shared 3306 has none)
#   mariadb-replica 3308  MariaDB replicating from mariadb-primary with GTID
#
# Usage: servers.sh up                  installs what is missing, starts what is down, waits (idempotent)
#        servers.sh stop|start NAME     one server (the failover and health tests use these)
#        servers.sh promote NAME        promotes a PostgreSQL standby
#        servers.sh restore-failover    pg-failover-a primary again, pg-failover-b its standby again
#        servers.sh status              one line per server
# Runs as root (it switches to the postgres and mysql users). The shared servers are only read,
# except for a `host replication` line added to 5432's pg_hba.conf (a reload, no restart).
set -euo pipefail

BASE=${ALKAHEST_CI_DIR:-/var/lib/alkahest-ci}
PG_VERSION=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n1 || true)
PGBIN=/usr/lib/postgresql/$PG_VERSION/bin
SHARED_PG_PORT=5432
PGBOUNCER_PORT=6433

log() { echo "[servers] $*"; }
as_postgres() { runuser -u postgres -- "$@"; }

wait_for() { # seconds, description, command...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 4))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.25
  done
  echo "[servers] $what: not ready within ${seconds} s" >&2
  return 1
}

# --- packages ---------------------------------------------------------------

install_missing() {
  local missing=()
  command -v pgbouncer >/dev/null 2>&1 || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
  command -v pg_basebackup >/dev/null 2>&1 || missing+=(postgresql-client)
  [ -x /usr/bin/mariadb-install-db ] || missing+=(mariadb-server)
  command -v mariadb >/dev/null 2>&1 || missing+=(mariadb-client)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# --- PostgreSQL ---------------------------------------------------------------

pg_port() { case $1 in pg-standby) echo 5433 ;; pg-failover-a) echo 5434 ;; pg-failover-b) echo 5435 ;; *) echo "unknown server $1" >&2; return 1 ;; esac; }
pg_dir() { echo "$BASE/$1"; }
pg_up() { pg_isready -q -h 127.0.0.1 -p "$(pg_port "$1")"; }
pg_sql() { psql -X -q -h 127.0.0.1 -p "$1" -U postgres -d postgres -tAc "$2"; }

# A small configuration of our own: the Debian cluster keeps its files in /etc, not in the data directory.
pg_write_config() { # name
  local dir; dir=$(pg_dir "$1")
  cat >"$dir/postgresql.conf" <<EOF
port = $(pg_port "$1")
listen_addresses = '127.0.0.1'
unix_socket_directories = '/var/run/postgresql'
cluster_name = 'alkahest_$1'
max_connections = 100
shared_buffers = 32MB
wal_level = replica
max_wal_senders = 10
wal_keep_size = 128MB
hot_standby = on
wal_receiver_status_interval = 1s
fsync = off
full_page_writes = on
logging_collector = off
EOF
  cat >"$dir/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
EOF
  chown postgres:postgres "$dir/postgresql.conf" "$dir/pg_hba.conf"
}

pg_start() { # name
  local dir; dir=$(pg_dir "$1")
  pg_up "$1" && return 0
  as_postgres "$PGBIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null
}

pg_stop() { # name
  local dir; dir=$(pg_dir "$1")
  as_postgres "$PGBIN/pg_ctl" -D "$dir" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

pg_streaming() { [ "$(pg_sql "$(pg_port "$1")" "SELECT status FROM pg_stat_wal_receiver")" = streaming ]; }

# A fresh standby of the server on `source_port`, copied with pg_basebackup.
pg_make_standby() { # name, source_port
  local name=$1 source=$2 dir; dir=$(pg_dir "$1")
  log "making $name: pg_basebackup from port $source"
  pg_stop "$name"
  rm -rf "$dir"
  install -d -o postgres -g postgres -m 700 "$dir"
  as_postgres pg_basebackup -h 127.0.0.1 -p "$source" -U postgres -D "$dir" -R -X stream -c fast
  pg_write_config "$name"
  pg_start "$name"
}

pg_make_primary() { # name
  local name=$1 dir; dir=$(pg_dir "$1")
  log "making $name: initdb"
  rm -rf "$dir"
  install -d -o postgres -g postgres -m 700 "$dir"
  as_postgres "$PGBIN/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  pg_write_config "$name"
  pg_start "$name"
  pg_sql "$(pg_port "$name")" 'CREATE DATABASE test'
}

# Up and streaming, or made again.
pg_ensure_standby() { # name, source_port
  local name=$1 source=$2
  if [ -f "$(pg_dir "$name")/standby.signal" ]; then
    pg_start "$name" || true
    if wait_for 20 "$name streaming" pg_streaming "$name"; then return 0; fi
  fi
  pg_make_standby "$name" "$source"
  wait_for 60 "$name streaming" pg_streaming "$name"
}

# The shared primary must accept replication connections from 127.0.0.1: its WAL settings are
# checked (changing them would need a restart), a pg_hba line is added when missing (a reload).
pg_shared_allows_replication() {
  local level senders hba
  level=$(pg_sql $SHARED_PG_PORT 'SHOW wal_level')
  senders=$(pg_sql $SHARED_PG_PORT 'SHOW max_wal_senders')
  if [ "$level" = minimal ] || [ "$senders" = 0 ]; then
    echo "[servers] the PostgreSQL server on $SHARED_PG_PORT has wal_level=$level, max_wal_senders=$senders: a standby needs replica and > 0 (a restart)" >&2
    return 1
  fi
  if [ "$(pg_sql $SHARED_PG_PORT "SELECT count(*) FROM pg_hba_file_rules WHERE 'replication' = ANY(database) AND (address IS NULL OR address = '127.0.0.1') AND auth_method = 'trust'")" = 0 ]; then
    hba=$(pg_sql $SHARED_PG_PORT 'SHOW hba_file')
    log "adding a replication line for 127.0.0.1 to $hba (reload)"
    printf '\n# alkahest CI: the standby on 5433 replicates from here\nhost replication all 127.0.0.1/32 trust\n' >>"$hba"
    pg_sql $SHARED_PG_PORT 'SELECT pg_reload_conf()' >/dev/null
    sleep 0.5
  fi
}

pg_failover_restore() {
  pg_up pg-failover-a && [ "$(pg_sql 5434 'SELECT pg_is_in_recovery()')" = f ] && pg_up pg-failover-b && pg_streaming pg-failover-b && return 0
  if [ ! -f "$(pg_dir pg-failover-a)/PG_VERSION" ]; then pg_make_primary pg-failover-a; fi
  # A promoted pg-failover-b took over while pg-failover-a was down: a is the primary again, b is made anew.
  if [ -f "$(pg_dir pg-failover-b)/PG_VERSION" ] && [ ! -f "$(pg_dir pg-failover-b)/standby.signal" ]; then pg_stop pg-failover-b; fi
  pg_start pg-failover-a
  pg_ensure_standby pg-failover-b 5434
}

# --- pgbouncer ---------------------------------------------------------------

pgbouncer_up() { psql -X -q -h 127.0.0.1 -p $PGBOUNCER_PORT -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; }

pgbouncer_start() {
  local dir=$BASE/pgbouncer
  pgbouncer_up && return 0
  install -d -o postgres -g postgres -m 755 "$dir"
  cat >"$dir/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=$SHARED_PG_PORT

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
admin_users = postgres
pool_mode = transaction
default_pool_size = 10
max_client_conn = 400
ignore_startup_parameters = extra_float_digits
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
  echo '"postgres" ""' >"$dir/userlist.txt"
  chown postgres:postgres "$dir/pgbouncer.ini" "$dir/userlist.txt"
  log "starting pgbouncer on $PGBOUNCER_PORT"
  as_postgres pgbouncer -d "$dir/pgbouncer.ini"
  wait_for 30 pgbouncer pgbouncer_up
}

# --- MariaDB -----------------------------------------------------------------

maria_port() { case $1 in mariadb-primary) echo 3307 ;; mariadb-replica) echo 3308 ;; *) echo "unknown server $1" >&2; return 1 ;; esac; }
maria_dir() { echo "$BASE/$1"; }
maria_sock() { echo "$BASE/$1/mysqld.sock"; }
maria_sql() { mariadb -S "$(maria_sock "$1")" -u root -N -B -e "$2"; }
maria_up() { mariadb-admin -S "$(maria_sock "$1")" -u root ping >/dev/null 2>&1; }

maria_write_config() { # name, server id
  local name=$1 dir; dir=$(maria_dir "$1")
  {
    echo '[mariadbd]'
    echo "datadir = $dir/data"
    echo "port = $(maria_port "$name")"
    echo 'bind-address = 127.0.0.1'
    echo "socket = $(maria_sock "$name")"
    echo "pid-file = $dir/mariadbd.pid"
    echo "log-error = $dir/error.log"
    echo "server-id = $2"
    echo 'skip-name-resolve'
    echo 'innodb_buffer_pool_size = 32M'
    echo 'innodb_flush_log_at_trx_commit = 2'
    echo 'character-set-server = utf8mb4'
    echo 'collation-server = utf8mb4_unicode_520_ci'
    echo 'local_infile = ON' # engine.load(): LOAD DATA LOCAL INFILE
    if [ "$name" = mariadb-primary ]; then
      echo "log-bin = $dir/binlog"
      echo 'binlog_format = ROW'
      echo 'gtid_strict_mode = 1'
    else
      echo "relay-log = $dir/relay"
      echo 'read_only = 1'
    fi
  } >"$dir/my.cnf"
}

maria_start() { # name
  local name=$1 dir; dir=$(maria_dir "$1")
  maria_up "$name" && return 0
  setsid -f /usr/sbin/mariadbd --defaults-file="$dir/my.cnf" --user=mysql </dev/null >>"$dir/stdout.log" 2>&1
  wait_for 60 "$name" maria_up "$name"
  # root over TCP without a password, as on the shared server; not written to the binlog.
  maria_sql "$name" "SET sql_log_bin = 0; CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'; GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION"
}

maria_stop() { # name
  mariadb-admin -S "$(maria_sock "$1")" -u root shutdown >/dev/null 2>&1 || true
}

maria_make() { # name, server id
  local name=$1 dir; dir=$(maria_dir "$1")
  log "making $name: mariadb-install-db"
  maria_stop "$name"
  rm -rf "$dir"
  install -d -o mysql -g mysql -m 750 "$dir"
  maria_write_config "$name" "$2"
  chown mysql:mysql "$dir/my.cnf"
  mariadb-install-db --defaults-file="$dir/my.cnf" --user=mysql --skip-test-db >/dev/null
  maria_start "$name"
}

maria_replicating() {
  local status; status=$(mariadb -S "$(maria_sock mariadb-replica)" -u root -e 'SHOW SLAVE STATUS\G' 2>/dev/null)
  grep -q 'Slave_IO_Running: Yes' <<<"$status" && grep -q 'Slave_SQL_Running: Yes' <<<"$status"
}

maria_ensure() {
  if [ -f "$(maria_dir mariadb-primary)/data/ibdata1" ]; then maria_start mariadb-primary; else maria_make mariadb-primary 2; fi
  maria_sql mariadb-primary 'CREATE DATABASE IF NOT EXISTS test'
  if [ -f "$(maria_dir mariadb-replica)/data/ibdata1" ]; then
    maria_start mariadb-replica
    maria_sql mariadb-replica 'START SLAVE' >/dev/null 2>&1 || true
    if wait_for 20 'mariadb-replica replicating' maria_replicating; then return 0; fi
  fi
  maria_make mariadb-replica 3
  # From the primary's first transaction on, by GTID.
  maria_sql mariadb-replica "SET GLOBAL gtid_slave_pos = ''; CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = 3307, MASTER_USER = 'root', MASTER_PASSWORD = '', MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1; START SLAVE"
  wait_for 60 'mariadb-replica replicating' maria_replicating
}

# --- commands ----------------------------------------------------------------

start_one() {
  case $1 in
    pg-*) pg_start "$1" ;;
    mariadb-*) maria_start "$1"; [ "$1" != mariadb-replica ] || maria_sql "$1" 'START SLAVE' >/dev/null 2>&1 || true ;;
    pgbouncer) pgbouncer_start ;;
    *) echo "unknown server $1" >&2; return 1 ;;
  esac
}

stop_one() {
  case $1 in
    pg-*) pg_stop "$1" ;;
    mariadb-*) maria_stop "$1" ;;
    pgbouncer) [ -f "$BASE/pgbouncer/pgbouncer.pid" ] && kill "$(cat "$BASE/pgbouncer/pgbouncer.pid")" 2>/dev/null || true ;;
    *) echo "unknown server $1" >&2; return 1 ;;
  esac
}

status() {
  local name
  for name in pg-standby pg-failover-a pg-failover-b; do
    if pg_up "$name"; then echo "$name $(pg_port "$name") up recovery=$(pg_sql "$(pg_port "$name")" 'SELECT pg_is_in_recovery()')"; else echo "$name $(pg_port "$name") down"; fi
  done
  if pgbouncer_up; then echo "pgbouncer $PGBOUNCER_PORT up"; else echo "pgbouncer $PGBOUNCER_PORT down"; fi
  for name in mariadb-primary mariadb-replica; do
    if maria_up "$name"; then echo "$name $(maria_port "$name") up"; else echo "$name $(maria_port "$name") down"; fi
  done
}

up() {
  install_missing
  install -d -m 755 "$BASE"
  pg_shared_allows_replication
  pg_ensure_standby pg-standby $SHARED_PG_PORT
  pg_failover_restore
  pgbouncer_start
  maria_ensure
  status
}

case ${1:-up} in
  up) up ;;
  start) start_one "${2:?server name}" ;;
  stop) stop_one "${2:?server name}" ;;
  promote) as_postgres "$PGBIN/pg_ctl" -D "$(pg_dir "${2:?server name}")" -w -t 60 promote >/dev/null ;;
  restore-failover) pg_failover_restore ;;
  status) status ;;
  *) echo "usage: $0 up | start NAME | stop NAME | promote NAME | restore-failover | status" >&2; exit 2 ;;
esac
