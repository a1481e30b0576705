#!/usr/bin/env bash
# Load test: 60 seconds at 64 concurrent connections against gunicorn on PostgreSQL with a
# generated archive, production settings (DEBUG off, HTTPS through a TLS proxy). Prints
# throughput and latency percentiles; exits non-zero on any socket error or any response
# outside 2xx/3xx.
#
#   bench/load.sh                       # or: make load
#   LOAD_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mine ARTICLES=20000 bench/load.sh
#
# LOAD_DATABASE_URL  the database (created if missing, kept for the next run; default
#                    newsreader_load on the local server). Never point it at real data:
#                    it is migrated and filled.
# ARTICLES           archive size (default 5000): `manage.py generate_corpus` makes it; without
#                    that command a labelled fallback imports the dev corpus under new titles
# DURATION, CONNECTIONS, THREADS, TIMEOUT   wrk's settings (60s, 64, 4, 5s)
# PORT               where gunicorn listens (default 8118); gunicorn.conf.py is used if present
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-4}"
TIMEOUT="${TIMEOUT:-5s}"
PORT="${PORT:-8118}"
ARTICLES="${ARTICLES:-5000}"
PY=.venv/bin/python

export DATABASE_URL="${LOAD_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/newsreader_load}"
export DJANGO_SETTINGS_MODULE=newsreader.settings
export DEBUG=0 BEHIND_TLS_PROXY=1 ALLOWED_HOSTS=127.0.0.1 LOG_LEVEL=WARNING
export SECRET_KEY="${SECRET_KEY:-load-only-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
work="$(mktemp -d)"
export STATIC_ROOT="$work/static" LOAD_PATHS="$work/paths.lua" LOAD_RESULT="$work/result"

make -s .venv/.installed
if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

echo "== preparing ${DATABASE_URL##*/} with $ARTICLES articles"
$PY bench/load_prepare.py "$ARTICLES" "$LOAD_PATHS"

config=()
[ -f gunicorn.conf.py ] && config=(-c gunicorn.conf.py)
$PY -m gunicorn "${config[@]}" newsreader.wsgi --bind "127.0.0.1:$PORT" \
  --workers "${WEB_CONCURRENCY:-$((2 * $(nproc) + 1))}" --error-logfile "$work/gunicorn.log" &
gunicorn=$!
trap 'kill "$gunicorn" 2>/dev/null; wait "$gunicorn" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break
  sleep 0.5
done

url="http://127.0.0.1:$PORT"
proxy=(-H "X-Forwarded-Proto: https")
echo "== warming up (5 s, not counted)"
wrk -t "$THREADS" -c "$CONNECTIONS" -d 5s --timeout "$TIMEOUT" "${proxy[@]}" -s bench/load.lua "$url" >/dev/null
echo "== $DURATION at $CONNECTIONS connections ($THREADS wrk threads, $(nproc) cores)"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout "$TIMEOUT" "${proxy[@]}" \
  -s bench/load.lua --latency "$url"

# shellcheck disable=SC1090
. "$LOAD_RESULT"
echo
echo "requests:        $requests in $seconds s"
echo "throughput:      $throughput requests/s"
echo "latency:         p50 $p50_ms ms, p90 $p90_ms ms, p99 $p99_ms ms, max $max_ms ms"
echo "socket errors:   $socket_errors"
echo "non-2xx/3xx:     $non_2xx_3xx"
if [ "$socket_errors" != 0 ] || [ "$non_2xx_3xx" != 0 ]; then
  echo "FAILED: see $work/gunicorn.log" >&2
  trap 'kill "$gunicorn" 2>/dev/null' EXIT
  exit 1
fi
echo "OK: zero errors"
