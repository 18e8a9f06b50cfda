#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages if needed and starts a throw-away server on
# 127.0.0.1 for the tests. Prints the lines to export (BATON_TEST_POSTGRES_URL, user, password).
#   eval "$(scripts/postgres.sh start)"      scripts/postgres.sh stop
set -euo pipefail
PORT="${BATON_PG_PORT:-55432}"
DATA="${BATON_PG_DATA:-/tmp/baton-postgres}"

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | while read -r d; do [[ -x "$d/initdb" ]] && echo "$d"; done | tail -1; }

install() {
  if [[ -z "$(bin_dir)" ]]; then
    export DEBIAN_FRONTEND=noninteractive
    (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null) 1>&2
  fi
}

as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

start() {
  install
  local bin; bin="$(bin_dir)"
  if ! as_postgres "$bin/pg_ctl -D $DATA status" >/dev/null 2>&1; then
    rm -rf "$DATA"; mkdir -p "$DATA"
    [[ "$(id -u)" == 0 ]] && chown postgres "$DATA"
    as_postgres "$bin/initdb -D $DATA -U postgres --auth=trust" >/dev/null
    as_postgres "$bin/pg_ctl -D $DATA -l $DATA/server.log -w -o '-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=on' start" >/dev/null
    as_postgres "$bin/psql -h 127.0.0.1 -p $PORT -U postgres -q -c \"CREATE USER baton PASSWORD 'baton'\" -c 'CREATE DATABASE baton OWNER baton'" >/dev/null
  fi
  echo "export BATON_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PORT/baton"
  echo "export BATON_TEST_POSTGRES_USER=baton"
  echo "export BATON_TEST_POSTGRES_PASSWORD=baton"
}

stop() {
  local bin; bin="$(bin_dir)"
  [[ -n "$bin" ]] && as_postgres "$bin/pg_ctl -D $DATA -m fast stop" >/dev/null 2>&1 || true
}

"${1:-start}"
