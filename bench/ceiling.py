"""The ceiling: the fastest page Django can serve, for the benchmark to compare against.

A bare Django view returning a fixed 25 KB HTML string: no middleware, no database, no
template, served by the same gunicorn configuration as the site:

    gunicorn -c gunicorn.conf.py bench.ceiling:application
"""

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="ceiling-only-not-a-site-key-0123456789abcdef",
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    USE_I18N=False,
)
django.setup()

_PARAGRAPH = "<p>" + "نص عربي ثابت لقياس أقصى ما يقدمه جانغو. " * 8 + "</p>\n"
_HEAD = '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>سقف</title>'
_BYTES = (_HEAD + "</head><body>\n" + _PARAGRAPH * 200).encode()[: 25 * 1024 - 14]
PAGE = _BYTES.decode("utf-8", "ignore").encode() + b"</body></html>"  # 25 KB, valid UTF-8


def page(request):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path("", page)]
application = get_wsgi_application()
