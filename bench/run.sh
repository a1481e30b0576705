#!/usr/bin/env bash
# The load benchmark, one command: bench/run.sh (see README, "Benchmark").
#
# Against PostgreSQL (BENCH_DATABASE_URL, default a `newsreader_bench` database on the local
# server, created if missing) holding a generated archive of ARTICLES articles (generated
# if it holds fewer), serves the site with gunicorn as production does (DEBUG off) and
# compares each page with a bare Django view (bench/load.py), then serves it behind Varnish
# beside nginx and bare Django (bench/front.py). ROUNDS, SECONDS_PER_RUN and CACHE_MODES
# ("locmem redis off") tune it.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/newsreader_bench}"
export DEBUG=0 SECURE_SSL_REDIRECT=0 ALLOWED_HOSTS="127.0.0.1,localhost" LOG_LEVEL=WARNING
export SECRET_KEY="${SECRET_KEY:-bench-only-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
ARTICLES="${ARTICLES:-100000}"
PY=.venv/bin/python

make -s .venv/.installed front-deps
if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

$PY bench/prepare.py "$ARTICLES"
$PY manage.py collectstatic --noinput -v0
$PY bench/admin_list.py
echo
# Every public page type's database time, uncached, then the load through gunicorn.
queries=0
$PY bench/page_queries.py || queries=$?
echo
load=0
$PY bench/load.py "$@" || load=$?
echo
# The same pages through the front (Varnish), against bare Django and nginx, in one run.
front=0
$PY bench/front.py || front=$?
exit $((queries || load || front))
