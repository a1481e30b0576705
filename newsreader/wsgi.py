import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")

django_application = get_wsgi_application()

from newsreader import limits  # noqa: E402 - needs the settings above

limits.serve_readers()

from articles.pagecache.middleware import PageCacheApplication  # noqa: E402 - needs the settings above

# Cached pages are replayed before Django runs (articles/pagecache/).
application = PageCacheApplication(django_application)
