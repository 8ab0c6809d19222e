# Sourced by .ci/run: a PostgreSQL 15 for the store's tests, named by STANCEWATCH_TEST_PG.
# The machine's own server on 127.0.0.1:5432 when it answers (trust auth, role postgres); else
# Debian's postgresql, installed if missing, as a private throwaway cluster on a loopback port
# (initdb into a temp folder, trust auth, 127.0.0.1 only), stopped and removed when CI exits.
# STANCEWATCH_CI_PG_PORT picks the private port (default 55432); STANCEWATCH_CI_PG_PROBE the port
# probed for a running server (default 5432; point it at a free port to try the private cluster).
ci_postgres() {
  local probe="${STANCEWATCH_CI_PG_PROBE:-5432}" port="${STANCEWATCH_CI_PG_PORT:-55432}"
  if [ -n "${STANCEWATCH_TEST_PG:-}" ]; then return 0; fi
  if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p "$probe"; then
    export STANCEWATCH_TEST_PG="postgres://postgres@127.0.0.1:$probe/postgres"
    return 0
  fi
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  CI_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  CI_PG_DIR="$(mktemp -d)"
  # initdb refuses to run as root: the cluster belongs to the postgres user the package created.
  if [ "$(id -u)" = 0 ]; then chown postgres "$CI_PG_DIR"; fi
  ci_as_pg "$CI_PG_BIN/initdb" -D "$CI_PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >/dev/null
  ci_as_pg "$CI_PG_BIN/pg_ctl" -D "$CI_PG_DIR/data" -l "$CI_PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$CI_PG_DIR" start >/dev/null
  trap ci_postgres_stop EXIT
  export STANCEWATCH_TEST_PG="postgres://postgres@127.0.0.1:$port/postgres"
}

ci_as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ci_postgres_stop() {
  ci_as_pg "$CI_PG_BIN/pg_ctl" -D "$CI_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$CI_PG_DIR"
}
