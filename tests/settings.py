"""Test settings: the project's settings with the speed knobs turned, in one place."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key-that-is-long-enough-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("CACHE_URL", "locmemcache://")
os.environ.setdefault("SITE_URL", "https://news.example.org")

from newsreader.settings import *  # noqa: F403

# A second alias on the same test database, as a read replica would be (tests of the router
# turn DATABASE_ROUTERS on where they need it).
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405

# The page cache reads the epoch again at once after a change made in the process, and
# otherwise every PAGE_CACHE_CHECK_SECONDS: long here, so that how many queries a page runs
# does not depend on how long a test took (tests of other processes' changes move the clock).
PAGE_CACHE_CHECK_SECONDS = 3600.0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads go to a folder of this test run, never into the repository.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="newsreader-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Serve static files from the app directories; tests never run collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
