"""gunicorn, as production runs it: `gunicorn -c gunicorn.conf.py newsreader.wsgi`.

Every value can be overridden from the environment (WEB_CONCURRENCY, GUNICORN_BIND, ...).
The app is CPU-bound Python that waits briefly on PostgreSQL, so a few synchronous
workers per core keep the cores busy without the memory of many. The core count is the
one this process may run on (taskset, container CPU sets), not the machine's.
"""

import os

from newsreader import fastpaths

# Articles' addresses are long runs of %XX (their Arabic titles): decode them in C.
fastpaths.install()

_cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (_cores or 1) + 1))
worker_class = "sync"
# Load Django once in the master: workers fork with it already imported and share its pages.
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# Workers are not recycled by default: a recycled worker starts with an empty local-memory
# page cache and cold template and translation caches, and its first pages take a quarter
# of a second on a core its siblings are serving from. Worker memory stays flat (the
# benchmark prints it); set GUNICORN_MAX_REQUESTS if a leak ever shows.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 0))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "warning")
# Behind a TLS-terminating proxy on this host; see BEHIND_TLS_PROXY in the settings.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_fork(server, worker) -> None:
    """Keep the collector off what the master loaded (Django, the app, the lexicon): it is
    never garbage, and scanning it would copy the shared pages into every worker."""
    import gc

    gc.freeze()
