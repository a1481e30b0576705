"""Settings for the Arabic news reader: one file, every deploy value from the environment.

Read through django-environ from the process environment or an optional `.env` file.
`DEBUG` is off unless asked for (`make run` asks), and production refuses to start
without a real `SECRET_KEY`.
"""

from datetime import timedelta
from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from newsreader.storage_url import media_storage

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
# With DEBUG, a 404 is still the readers' Arabic page; this brings Django's technical page
# (the URL patterns tried) back for a developer (newsreader.middleware.ArabicErrorPagesMiddleware).
TECHNICAL_404 = env.bool("TECHNICAL_404", default=False)

_DEV_SECRET_KEY = "dev-only-insecure-key-never-use-in-production"
SECRET_KEY = env.str("SECRET_KEY", default=_DEV_SECRET_KEY if DEBUG else "")
if not DEBUG and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET_KEY or len(SECRET_KEY) < 32):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 32 characters when DEBUG is off "
        "(for development, run `make run`, which sets DEBUG=1)."
    )

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
SITE_NAME = "قارئ الأخبار"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "simple_history",
    "articles",
    "newsreader.apps.LoginThrottlingConfig",  # django-axes
]

MIDDLEWARE = [
    # First, so that a cached page is served without running the rest (articles/pagecache/).
    "articles.pagecache.middleware.PageCacheMiddleware",
    # Inside it, so that stored pages keep what the front may do with them (articles/edge/).
    "articles.edge.headers.EdgeCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Pages compressed like the static files (CSRF tokens are masked per response).
    "newsreader.middleware.PagesGZipMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "newsreader.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF: a POST to a read-only page is a 405, not a CSRF failure.
    "newsreader.middleware.ReadOnlySiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsreader.limits.NewsroomStatementTimeoutMiddleware",
    "newsreader.middleware.DatabaseUnavailableMiddleware",
    # Inside CommonMiddleware, which still redirects a 404 to the URL with a slash.
    "newsreader.middleware.ArabicErrorPagesMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsreader.urls"
WSGI_APPLICATION = "newsreader.wsgi.application"

TEMPLATES: list[dict[str, Any]] = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
                "django.template.context_processors.csp",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers proceed while an import writes; the busy timeout avoids
    # "database is locked" under a development server's concurrent requests.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
    # A database that does not answer must fail fast (libpq's minimum is 2 s), so pages
    # turn into a 503 instead of holding every worker until the proxy gives up.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=2)
    )

# Serving processes end a PostgreSQL statement that runs longer than this (newsreader/
# limits.py): readers get the Arabic 503; the newsroom's requests get longer.
READER_STATEMENT_TIMEOUT = env.float("READER_STATEMENT_TIMEOUT", default=2.0)
ADMIN_STATEMENT_TIMEOUT = env.float("ADMIN_STATEMENT_TIMEOUT", default=30.0)

# Derived tables Django's data tools never move: dumpdata leaves the search index out and
# loaddata skips it (articles/routers.py).
DATABASE_ROUTERS = ["articles.routers.DerivedDataRouter"]

# A read replica of the primary: readers' queries go there (newsreader/db_router.py).
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = {
        **env.db("DATABASE_REPLICA_URL"),
        "CONN_MAX_AGE": DATABASES["default"].get("CONN_MAX_AGE", 0),
        "CONN_HEALTH_CHECKS": True,
        "TEST": {"MIRROR": "default"},
    }
    if DATABASES["replica"]["ENGINE"] != "django.db.backends.sqlite3":
        # A replica that stops answering must fail fast too, like the primary.
        DATABASES["replica"].setdefault("OPTIONS", {}).setdefault(
            "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=2)
        )
    DATABASE_ROUTERS = [*DATABASE_ROUTERS, "newsreader.db_router.ReplicaRouter"]
# What /healthz reports: the databases this deployment was configured with.
HEALTH_CHECK_DATABASES = list(DATABASES)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Bypassed while Redis is down, slow or full (newsreader/cache.py): the site never
    # depends on it. A Redis that stops answering must not hold a reader for long.
    CACHES["default"]["BACKEND"] = "newsreader.cache.ResilientRedisCache"
    _redis_timeout = env.float("CACHE_TIMEOUT_SECONDS", default=0.5)
    CACHES["default"].setdefault("OPTIONS", {})
    CACHES["default"]["OPTIONS"].setdefault("socket_connect_timeout", _redis_timeout)
    CACHES["default"]["OPTIONS"].setdefault("socket_timeout", _redis_timeout)
# Whole pages for anonymous readers; `CACHE_URL=dummycache://` turns it off. Local memory is
# per process; every process agrees on what is current through the database's render epoch
# (articles/renderer.py), read again at most every PAGE_CACHE_CHECK_SECONDS.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_CHECK_SECONDS = env.float("PAGE_CACHE_CHECK_SECONDS", default=0.5)
# With a cache in another process (Redis), each worker also keeps the pages it served
# lately (articles/pagecache/copies.py); 0 turns that off.
PAGE_CACHE_LOCAL_BYTES = env.int("PAGE_CACHE_LOCAL_BYTES", default=24 * 1024 * 1024)
# Bounds on what readers' requests can make the cache hold: query strings of one page
# (`?q=` of the search page, say), and pages of any kind, stored per content epoch.
PAGE_CACHE_MAX_VARIANTS = env.int("PAGE_CACHE_MAX_VARIANTS", default=200)
PAGE_CACHE_MAX_PAGES = env.int("PAGE_CACHE_MAX_PAGES", default=20_000)

# The shared HTTP cache in front of gunicorn (articles/edge/, deploy/varnish/): where its
# purge listener is (empty: no front, pages keep revalidating at the server), how long it
# keeps a page (purges make changes show at once; this bounds a lost purge), how long a
# stale page may stand in while refetched and while gunicorn fails, and browsers' share.
EDGE_PURGE_URL = env.str("EDGE_PURGE_URL", default="")
EDGE_CACHE_SECONDS = env.int("EDGE_CACHE_SECONDS", default=60)
EDGE_STALE_WHILE_REVALIDATE = env.int("EDGE_STALE_WHILE_REVALIDATE", default=15)
EDGE_STALE_IF_ERROR = env.int("EDGE_STALE_IF_ERROR", default=3600)
EDGE_BROWSER_SECONDS = env.int("EDGE_BROWSER_SECONDS", default=0)
# A purge the front does not acknowledge is tried again, this many times in all.
EDGE_PURGE_ATTEMPTS = env.int("EDGE_PURGE_ATTEMPTS", default=5)

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out client is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["newsreader.formats"]
TIME_ZONE = env.str("TIME_ZONE", default="Africa/Cairo")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Uploaded images: the local MEDIA_ROOT, or S3-compatible storage shared by every app server
# (MEDIA_STORAGE_URL=s3://bucket/prefix?endpoint_url=https://...&region_name=...&custom_domain=...;
# credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as boto3 reads them).
MEDIA_STORAGE_URL = env.str("MEDIA_STORAGE_URL", default="")
STORAGES = {
    "default": media_storage(MEDIA_STORAGE_URL),
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedStaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Lead images (articles/images/): an upload above either limit is refused with a clear message
# before Pillow decodes it (a small file can still claim billions of pixels).
IMAGE_UPLOAD_MAX_BYTES = env.int("IMAGE_UPLOAD_MAX_BYTES", default=20 * 1024 * 1024)
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=50_000_000)

ADMIN_URL = env.str("ADMIN_URL", default="admin/").strip("/") + "/"

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
BEHIND_TLS_PROXY = env.bool("BEHIND_TLS_PROXY", default=False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies append to X-Forwarded-For before us: the client address is read that
# many entries from the right, where a client cannot forge it.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1 if BEHIND_TLS_PROXY else 0)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = CSRF_COOKIE_HTTPONLY = True
# An editor's session ends after a working day, or when the browser closes if asked.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env.bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", default=False)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    # Joining the browsers' preload list is a separate, slow-to-undo submission an operator
    # opts into (SECURE_HSTS_PRELOAD=1); until then the check's reminder is noise.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Our own files only, and no inline script or style: templates have none, and the admin's
# few inline blocks carry the per-request nonce Django adds to them.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Powerful browser features the site never uses, refused for it and anything it embeds.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Login throttling (django-axes): a client that keeps failing on one account is locked out
# of it for a while; a success resets its count. Per account and address, so one editor's
# typos behind the newsroom's shared address do not lock out the whole newsroom.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "newsreader.clientip.client_ip"
AXES_LOCKOUT_CALLABLE = "newsreader.errors.login_locked_out"
AXES_VERBOSE = False

# Listing pages show this many articles.
ARTICLES_PER_PAGE = 20

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# How dates read: month names "egyptian" (يونيو) or "levantine" (حزيران); digits "western"
# (26) or "arabic" (٢٦).
DATE_MONTHS = env.str("DATE_MONTHS", default="egyptian")
DATE_DIGITS = env.str("DATE_DIGITS", default="western")
