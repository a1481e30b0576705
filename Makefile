# The two commands: `make run` and `make test`. No activated virtualenv needed.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

# A Python >= 3.12 from the machine: pyenv's (through .python-version) or one on the PATH.
FIND_PYTHON = for p in python3.13 python3.12 python3.14 python3 python; do \
	  if command -v $$p >/dev/null 2>&1 && \
	     $$p -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then \
	    echo $$p; break; \
	  fi; \
	done

.PHONY: help run test test-sqlite test-postgres lint format superuser quality bench messages \
	browser-deps text-deps front-deps serve clean backup restore load collectstatic bench-load

help:
	@echo "make run        serve the site on http://$(HOST):$(PORT) with the demo article"
	@echo "make test       run the whole test suite (SQLite, and PostgreSQL when DATABASE_URL is set)"
	@echo "make lint       ruff check and format check, then mypy (type check)"
	@echo "make serve      gunicorn behind Varnish on http://$(HOST):$(PORT), as production serves (Ctrl-C stops)"
	@echo "make superuser  create an admin account"
	@echo "make quality    entity-linking, search and page-reader figures on the dev corpus (CORPUS=dir for another), ANERcorp-train (QUALITY_CORPORA) and SaudiNewsNet (SEARCH_CORPORA)"
	@echo "make bench      entity-linking cost with 100, 1,000 and 10,000 entities; share-card and snippet cost"
	@echo "make bench-load the site under gunicorn against bare Django, 100,000 articles (bench/run.sh)"
	@echo "make backup     write a complete export to backups/ (OUTPUT=file for another name)"
	@echo "make restore FILE=backups/....json.gz   load an export into an empty database"
	@echo "make load       60 s of load at 64 connections on gunicorn + PostgreSQL (bench/load.sh)"

$(PY):
	@python=$$($(FIND_PYTHON)); \
	if [ -z "$$python" ]; then \
	  echo "No Python 3.12 or newer found. Install one (e.g. 'pyenv install 3.13'," >&2; \
	  echo "or your system's python3.13 package) and run make again." >&2; exit 1; \
	fi; \
	echo "Creating $(VENV) with $$python ($$($$python --version))"; \
	$$python -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

# Absolute links (canonical, previews, feeds, the short link) point to the address served,
# unless SITE_URL says otherwise.
RUN_ENV = DEBUG=1 SITE_URL="$${SITE_URL:-http://$(HOST):$(PORT)}"

run: $(VENV)/.installed text-deps
	$(RUN_ENV) $(PY) manage.py migrate --noinput
	$(RUN_ENV) $(PY) manage.py load_demo
	@echo
	@echo "The site: http://$(HOST):$(PORT)/   The newsroom: http://$(HOST):$(PORT)/admin/"
	@echo "No admin account yet? In another terminal: make superuser"
	@echo "  (or: $(PY) manage.py createsuperuser)"
	@echo
	$(RUN_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

# Interactive at a terminal; scripted (CI, provisioning) from DJANGO_SUPERUSER_USERNAME,
# DJANGO_SUPERUSER_PASSWORD and DJANGO_SUPERUSER_EMAIL. Without either it fails loudly:
# Django alone would print "skipped" and exit 0.
superuser: $(VENV)/.installed
	@if [ -n "$${DJANGO_SUPERUSER_USERNAME:-}" ] || [ -n "$${DJANGO_SUPERUSER_PASSWORD:-}" ]; then \
	  for name in USERNAME PASSWORD EMAIL; do \
	    var=DJANGO_SUPERUSER_$$name; \
	    if [ -z "$${!var:-}" ]; then echo "make superuser: $$var is not set." >&2; exit 2; fi; \
	  done; \
	  DEBUG=1 $(PY) manage.py createsuperuser --noinput; \
	elif [ -t 0 ]; then \
	  DEBUG=1 $(PY) manage.py createsuperuser; \
	else \
	  echo "make superuser: no terminal to ask for a name and password. Set" >&2; \
	  echo "  DJANGO_SUPERUSER_USERNAME, DJANGO_SUPERUSER_PASSWORD and DJANGO_SUPERUSER_EMAIL" >&2; \
	  echo "  to create the account without questions." >&2; \
	  exit 2; \
	fi

# Share cards shape Arabic with Pillow's raqm, which loads the system's FriBiDi at run time.
text-deps: $(VENV)/.installed
	@if $(PY) -c 'from PIL import features; raise SystemExit(not features.check("raqm"))'; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's FriBiDi for Pillow's raqm (Arabic share cards)"; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libfribidi0 >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libfribidi0 >/dev/null; }; \
	else \
	  echo "Pillow has no raqm: install FriBiDi (apt-get install libfribidi0) for share cards." >&2; \
	fi

# Browser tests drive Debian's chromium; Playwright cannot download browsers here.
browser-deps:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; \
	else \
	  echo "No /usr/bin/chromium: browser tests will be skipped (apt-get install chromium)."; \
	fi
	@# The Nu HTML checker (vnu.jar, run with the machine's Java) and Lighthouse, from npm.
	@if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] && command -v npm >/dev/null; then \
	  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; \
	fi

# The front: Debian's Varnish and varnish-modules (xkey, purges by surrogate key).
front-deps:
	@if command -v varnishd >/dev/null && ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's varnish and varnish-modules for the front"; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules >/dev/null; }; \
	else \
	  echo "No varnishd with xkey: apt-get install varnish varnish-modules" >&2; exit 1; \
	fi

# Production-like on 127.0.0.1: Varnish on PORT in front of gunicorn (DEBUG off, collected
# static files), in the foreground (deploy/serve.py).
SERVE_ENV = DEBUG=0 SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} \
	SITE_URL="$${SITE_URL:-http://$(HOST):$(PORT)}" ALLOWED_HOSTS="$${ALLOWED_HOSTS:-$(HOST),localhost}" \
	SECRET_KEY="$${SECRET_KEY:-serve-$$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"

serve: $(VENV)/.installed text-deps front-deps
	$(SERVE_ENV) $(PY) manage.py migrate --noinput
	$(SERVE_ENV) $(PY) manage.py load_demo
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput -v0
	$(SERVE_ENV) PORT=$(PORT) $(PY) deploy/serve.py

# SQLite always; PostgreSQL too when TEST_DATABASE_URL or DATABASE_URL points to one.
test: $(VENV)/.installed-dev browser-deps text-deps front-deps
	$(MAKE) --no-print-directory test-sqlite
	@url="$${TEST_DATABASE_URL:-$${DATABASE_URL:-}}"; \
	if [ -n "$$url" ]; then \
	  DATABASE_URL="$$url" $(MAKE) --no-print-directory test-postgres; \
	else \
	  echo "(DATABASE_URL is not set: PostgreSQL run skipped)"; \
	fi

test-sqlite: $(VENV)/.installed-dev
	@echo "== tests on SQLite"
	env -u DATABASE_URL $(PY) -m pytest $(PYTEST_ARGS)

test-postgres: $(VENV)/.installed-dev
	@echo "== tests on $${DATABASE_URL%%://*}"
	$(PY) -m pytest $(PYTEST_ARGS)

# Ruff, then mypy with django-stubs on newsreader/, articles/ and tests/ ([tool.mypy]).
lint: $(VENV)/.installed-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

format: $(VENV)/.installed-dev
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# Quality figures of the Arabic engine, on SQLite and (with DATABASE_URL) on PostgreSQL;
# the page reader's fields right (no database). Real text measured the same way beside the
# dev corpus (corpora/*/README.md): QUALITY_CORPORA for linking (ANERcorp's train split, the
# half not tuned on; synthetic corpora of traps, each written apart from the linker),
# SEARCH_CORPORA for search (SaudiNewsNet); PAGE_CORPORA for the page reader (scraped pages in
# 984 layouts written apart from it).
QUALITY_CORPORA ?= corpora/anercorp-train/half-b corpora/heldout-synthetic corpora/heldout-2 \
	corpora/heldout-3 corpora/heldout-4 corpora/heldout-5 corpora/heldout-6 corpora/heldout-7 \
	corpora/heldout-8 corpora/heldout-9 corpora/heldout-10 corpora/heldout-11 corpora/heldout-12 \
	corpora/heldout-13 corpora/heldout-14 corpora/heldout-15 corpora/heldout-16 \
	corpora/heldout-17 corpora/heldout-18 corpora/heldout-19 corpora/heldout-20 \
	corpora/heldout-21 corpora/heldout-22 corpora/heldout-23 corpora/heldout-24 \
	corpora/heldout-25 corpora/heldout-26 corpora/heldout-27 corpora/heldout-28 \
	corpora/heldout-29 corpora/heldout-30 corpora/heldout-31 corpora/heldout-32 \
	corpora/heldout-33 corpora/heldout-34 corpora/heldout-35 corpora/heldout-36 \
	corpora/heldout-37 corpora/heldout-38 corpora/heldout-39 corpora/heldout-40 \
	corpora/heldout-41 corpora/heldout-42 corpora/heldout-43 corpora/heldout-44 \
	corpora/heldout-45 corpora/heldout-46 corpora/heldout-47 corpora/heldout-48 \
	corpora/heldout-49 corpora/heldout-50 corpora/heldout-51 corpora/heldout-52 \
	corpora/heldout-53 corpora/heldout-54 corpora/heldout-55 corpora/heldout-56 \
	corpora/heldout-57 corpora/heldout-58 corpora/heldout-59 corpora/heldout-60 \
	corpora/heldout-61 corpora/heldout-62 corpora/heldout-63 corpora/heldout-64
SEARCH_CORPORA ?= corpora/saudinewsnet
PAGE_CORPORA ?= corpora/heldout-pages corpora/heldout-pages-2 corpora/heldout-pages-3 \
	corpora/heldout-pages-4 corpora/heldout-pages-5 corpora/heldout-pages-6 corpora/heldout-pages-7 \
	corpora/heldout-pages-8 corpora/heldout-pages-9 corpora/heldout-pages-10 \
	corpora/heldout-pages-11 corpora/heldout-pages-12 corpora/heldout-pages-13 \
	corpora/heldout-pages-14 corpora/heldout-pages-15 corpora/heldout-pages-16 \
	corpora/heldout-pages-17 corpora/heldout-pages-18 corpora/heldout-pages-19 \
	corpora/heldout-pages-20 corpora/heldout-pages-21 corpora/heldout-pages-22 \
	corpora/heldout-pages-23 corpora/heldout-pages-24 corpora/heldout-pages-25 \
	corpora/heldout-pages-26 corpora/heldout-pages-27 corpora/heldout-pages-28 \
	corpora/heldout-pages-29 corpora/heldout-pages-30 corpora/heldout-pages-31 \
	corpora/heldout-pages-32 corpora/heldout-pages-33 corpora/heldout-pages-34 \
	corpora/heldout-pages-35 corpora/heldout-pages-36 \
	corpora/heldout-pages-37 corpora/heldout-pages-38 corpora/heldout-pages-39 \
	corpora/heldout-pages-40 corpora/heldout-pages-41 corpora/heldout-pages-42 \
	corpora/heldout-pages-43 corpora/heldout-pages-44 corpora/heldout-pages-45 \
	corpora/heldout-pages-46 corpora/heldout-pages-47 corpora/heldout-pages-48 \
	corpora/heldout-pages-49 corpora/heldout-pages-50 corpora/heldout-pages-51 \
	corpora/heldout-pages-52 corpora/heldout-pages-53 corpora/heldout-pages-54 \
	corpora/heldout-pages-55 corpora/heldout-pages-56 \
	corpora/heldout-pages-57 corpora/heldout-pages-58
quality: $(VENV)/.installed-dev
	@url="$${TEST_DATABASE_URL:-$${DATABASE_URL:-}}"; \
	for corpus in $(or $(CORPUS),tests/data/dev-corpus) $(QUALITY_CORPORA) $(SEARCH_CORPORA); do \
	  echo "== $$corpus"; \
	  env -u DATABASE_URL DEBUG=1 $(PY) manage.py evaluate_corpus $$corpus || exit 1; \
	  if [ -n "$$url" ]; then DATABASE_URL="$$url" DEBUG=1 $(PY) manage.py evaluate_corpus $$corpus || exit 1; fi; \
	done
	$(PY) bench/page_reader_quality.py $(CORPUS)
	for corpus in $(PAGE_CORPORA); do $(PY) bench/page_reader_quality.py $$corpus || exit 1; done

bench: $(VENV)/.installed-dev
	$(PY) bench/bench_linking.py
	$(PY) bench/bench_cards.py
	$(PY) bench/bench_images.py
	$(PY) bench/bench_snippets.py
	$(PY) bench/bench_parsing.py

# Backups use the environment's database (DATABASE_URL); DEBUG only matters for the key.
backup: $(VENV)/.installed
	DEBUG=$${DEBUG:-1} $(PY) manage.py backup $(if $(OUTPUT),--output "$(OUTPUT)")

restore: $(VENV)/.installed
	@if [ -z "$(FILE)" ]; then echo "usage: make restore FILE=backups/newsreader-....json.gz" >&2; exit 2; fi
	DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(PY) manage.py restore "$(FILE)"

load: $(VENV)/.installed
	bench/load.sh

# The load benchmark on PostgreSQL (README, "Benchmark"); BENCH_DATABASE_URL picks the database.
bench-load: $(VENV)/.installed
	bench/run.sh

# Hashed, compressed static files for production (whitenoise serves them from staticfiles/).
collectstatic: $(VENV)/.installed
	$(PY) manage.py collectstatic --noinput

# Recompile the Arabic catalogs after editing locale/ar/LC_MESSAGES/*.po (needs gettext).
messages: $(VENV)/.installed-dev
	DEBUG=1 $(PY) manage.py compilemessages --locale ar --ignore .venv

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache .mypy_cache
