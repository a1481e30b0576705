"""Project-wide response policies: browser permissions, read-only pages, database outages."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse

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
