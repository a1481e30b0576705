"""Error responses that need no database: readers get a short Arabic page, never a traceback."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views import defaults

logger = logging.getLogger(__name__)

# Seconds a client or a proxy should wait before asking again during an outage.
RETRY_AFTER = 30


def error_page(template_name: str, status: int, context: dict | None = None) -> HttpResponse:
    # Rendered without the request: context processors may need the very database
    # that is failing.
    return HttpResponse(loader.render_to_string(template_name, context), status=status)


def method_not_allowed(request: HttpRequest, allowed: Iterable[str]) -> HttpResponse:
    response = error_page("405.html", 405)
    response["Allow"] = ", ".join(allowed)
    return response


def database_unavailable(request: HttpRequest, exception: BaseException) -> HttpResponse:
    logger.error("Database unavailable for %s %s: %s", request.method, request.path, exception)
    response = error_page("503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """`handler500`: a database outage met outside a view is still a 503, not a 500."""
    exception = sys.exception()
    if isinstance(exception, (OperationalError, InterfaceError)):
        return database_unavailable(request, exception)
    return defaults.server_error(request)


def arabic_minutes(n: int) -> str:
    """«دقيقة واحدة», «دقيقتين», «5 دقائق», «30 دقيقة»: the noun agrees with its number."""
    if n == 1:
        return _("دقيقة واحدة")
    if n == 2:
        return _("دقيقتين")
    if 3 <= n % 100 <= 10:
        return _("%(n)d دقائق") % {"n": n}
    return _("%(n)d دقيقة") % {"n": n}


def login_locked_out(request: HttpRequest, original_response=None, credentials=None):
    """django-axes' lockout response: 429 and an Arabic page saying how long to wait."""
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return error_page("axes_lockout.html", 429, {"wait": arabic_minutes(minutes)})
