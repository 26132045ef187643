# Starts a private PostgreSQL cluster on 127.0.0.1:${EMBARGO_PG_PORT:-55432} owned by the postgres OS user,
# and exports EMBARGO_TEST_PG_URL for the tests. Source this file, then call start_postgres / stop_postgres.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PG_DIR=${PG_DIR:-/tmp/embargo-pg}
PG_PORT=${EMBARGO_PG_PORT:-55432}

pg_up() {
  su postgres -c "$PG_BIN/pg_isready -h 127.0.0.1 -p $PG_PORT -q" 2>/dev/null
}

start_postgres() {
  [ -n "$PG_BIN" ] || { echo "ci: PostgreSQL binaries not found" >&2; return 1; }
  if [ ! -s "$PG_DIR/PG_VERSION" ]; then
    rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"; chown postgres:postgres "$PG_DIR"
    su postgres -c "$PG_BIN/initdb -D $PG_DIR -A trust -U postgres -E UTF8 >/dev/null"
  fi
  if ! pg_up; then
    if ! su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR -o '-c listen_addresses=127.0.0.1 -p $PG_PORT -k /tmp' -l $PG_DIR/log -w start >/dev/null"; then
      echo "ci: PostgreSQL did not start from $PG_DIR; making a fresh cluster" >&2
      rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"; chown postgres:postgres "$PG_DIR"
      su postgres -c "$PG_BIN/initdb -D $PG_DIR -A trust -U postgres -E UTF8 >/dev/null"
      su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR -o '-c listen_addresses=127.0.0.1 -p $PG_PORT -k /tmp' -l $PG_DIR/log -w start >/dev/null"
    fi
  fi
  su postgres -c "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='embargo_test'\"" | grep -q 1 \
    || su postgres -c "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT -U postgres embargo_test"
  export EMBARGO_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/embargo_test?user=postgres"
  echo "ci: PostgreSQL on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR -m fast stop >/dev/null" 2>/dev/null || true
}
