# Sourced by scripts/test and scripts/bench: sets pg_url (a server's "postgres" database)
# and pg_where. $DATABASE_URL when it names PostgreSQL, else the local server when it
# answers, else a throw-away cluster started here from the installed binaries and removed
# on exit.
pg_url=""
pg_cluster=""
pg_cleanup() {
  if [ -n "$pg_cluster" ]; then
    su postgres -s /bin/sh -c "pg_ctl -D '$pg_cluster/data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$pg_cluster"
  fi
}
trap pg_cleanup EXIT

case "${DATABASE_URL:-}" in
  postgres://*|postgresql://*) pg_url=$DATABASE_URL; pg_where="DATABASE_URL" ;;
esac
if [ -z "$pg_url" ] && command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_url="postgres://postgres@127.0.0.1:5432/postgres"; pg_where="local server on 127.0.0.1:5432"
fi
if [ -z "$pg_url" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "No PostgreSQL found: install Debian's postgresql package or set DATABASE_URL." >&2
    exit 1
  fi
  pg_cluster=$(mktemp -d /tmp/sakip-pg.XXXXXX)
  chmod 755 "$pg_cluster"
  port=55432
  as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres "$pg_cluster"; su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
  as_pg "PATH=$bindir:\$PATH initdb -D '$pg_cluster/data' -U postgres -A trust >/dev/null"
  as_pg "PATH=$bindir:\$PATH pg_ctl -D '$pg_cluster/data' -o '-p $port -k $pg_cluster -c listen_addresses=127.0.0.1' -l '$pg_cluster/log' -w start >/dev/null"
  pg_url="postgres://postgres@127.0.0.1:$port/postgres"; pg_where="throw-away cluster on port $port"
fi
