#!/usr/bin/env bash
# Runs a command (the test suite) against a throwaway PostgreSQL and a throwaway Redis on free
# local ports in a temporary folder, and stops both afterwards, whether the command passed or not.
set -euo pipefail

need_packages=()
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || need_packages+=(postgresql postgresql-contrib)
command -v redis-server >/dev/null || need_packages+=(redis-server)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${need_packages[*]} with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  else
    echo "make test needs these packages: ${need_packages[*]} (for example: sudo apt-get install ${need_packages[*]})" >&2
    exit 2
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

workdir=$(mktemp -d /tmp/claimtrack-test.XXXXXX)
chmod 755 "$workdir"
pg_port=$(free_port)
redis_port=$(free_port)
as_db_user=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root: the throwaway cluster belongs to an unprivileged user.
  db_user=nobody
  id postgres >/dev/null 2>&1 && db_user=postgres
  chown "$db_user" "$workdir"
  as_db_user=(runuser -u "$db_user" --)
fi

cleanup() {
  status=$?
  [ -f "$workdir/pgdata/postmaster.pid" ] && "${as_db_user[@]}" "$pg_bin/pg_ctl" -D "$workdir/pgdata" -m immediate stop >/dev/null 2>&1 || true
  if [ -f "$workdir/redis.pid" ]; then
    redis_pid=$(cat "$workdir/redis.pid")
    kill "$redis_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$redis_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$workdir" 2>/dev/null || { sleep 1; rm -rf "$workdir"; }
  exit $status
}
trap cleanup EXIT INT TERM

"${as_db_user[@]}" "$pg_bin/initdb" -D "$workdir/pgdata" -U claimtrack --auth=trust -E UTF8 --no-locale >/dev/null
"${as_db_user[@]}" "$pg_bin/pg_ctl" -D "$workdir/pgdata" -l "$workdir/pg.log" -w \
  -o "-p $pg_port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
"$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U claimtrack claimtrack
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
  --pidfile "$workdir/redis.pid" --logfile "$workdir/redis.log" --dir "$workdir"
for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

export DATABASE_URL="postgres://claimtrack@127.0.0.1:$pg_port/claimtrack"
export TEST_REDIS_URL="redis://127.0.0.1:$redis_port/0"
export CLAIMTRACK_REQUIRE_SERVICES=1
unset CELERY_BROKER_URL
echo "PostgreSQL on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port" >&2
set +e
"$@"
status=$?
set -e
exit $status
