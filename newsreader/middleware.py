"""Project-wide response policies: browser permissions, read-only pages, database outages,
Arabic error pages in every mode."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.gzip import GZipMiddleware
from django.urls import Resolver404, get_resolver, resolve

from . import errors

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class PermissionsPolicyMiddleware:
    """Sends `Permissions-Policy` built from `settings.PERMISSIONS_POLICY`.

    `{"camera": []}` refuses the camera to every origin; `{"fullscreen": ["self"]}` allows
    it to the site itself.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.header = ", ".join(
            "{}=({})".format(feature, " ".join(origins))
            for feature, origins in getattr(settings, "PERMISSIONS_POLICY", {}).items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PagesGZipMiddleware(GZipMiddleware):
    """Django's gzip for pages, not for images: JPEG, PNG, AVIF and WebP are compressed
    already, and a streamed file (an upload, newsreader/media.py) would lose its length."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if response.get("Content-Type", "").startswith("image/"):
            return response
        return super().process_response(request, response)


class ReadOnlySiteMiddleware:
    """Readers' pages only read: a writing method gets a clear 405, never a CSRF error
    page, and OPTIONS names the methods a page takes without rendering it.

    Everything that writes lives in the admin, which keeps its own rules.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        match = request.resolver_match  # set before any view is called
        if request.method in ("GET", "HEAD") or (match and "admin" in match.app_names):
            return None
        if request.method == "OPTIONS":
            return HttpResponse(headers={"Allow": ", ".join(SAFE_METHODS)})
        return errors.method_not_allowed(request, SAFE_METHODS)


class DatabaseUnavailableMiddleware:
    """A database that is down or unreachable gives readers a 503 page, not a 500.

    Covers errors raised by views and by template rendering; `errors.server_error` covers
    the rest (a middleware that touched the database first).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            return errors.database_unavailable(request, exception)
        return None


class ArabicErrorPagesMiddleware:
    """Readers get the Arabic 404 and 400 pages with DEBUG on too (`make run`), where Django
    would show its English technical page.

    Django decides that inside its handler, from DEBUG alone, for a URL no pattern matches
    as for a view's Http404: so this resolves the URL first (DEBUG only) and answers the
    exceptions itself. `TECHNICAL_404=1` gives a developer Django's page back (the URL
    patterns it tried). A 500 keeps Django's traceback under DEBUG: it is the developer's,
    and readers never meet DEBUG.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    @staticmethod
    def active() -> bool:
        return settings.DEBUG and not settings.TECHNICAL_404

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.active():
            try:
                resolve(request.path_info, getattr(request, "urlconf", None))
            except Resolver404 as exception:
                return self.error_page(request, 404, exception)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not self.active():
            return None
        if isinstance(exception, Http404):
            return self.error_page(request, 404, exception)
        if isinstance(exception, (BadRequest, SuspiciousOperation)):
            if isinstance(exception, SuspiciousOperation):
                # Logged as Django logs it, since Django will not see it now.
                name = f"django.security.{type(exception).__name__}"
                logging.getLogger(name).error(
                    str(exception), exc_info=exception, extra={"status_code": 400}
                )
            return self.error_page(request, 400, exception)
        return None

    @staticmethod
    def error_page(request: HttpRequest, status: int, exception: Exception) -> HttpResponse:
        handler: Callable[..., HttpResponse] = get_resolver(
            getattr(request, "urlconf", None)
        ).resolve_error_handler(status)
        return handler(request, exception)
